// Where the Electron binary is, WITHOUT require('electron'): since Electron 41 that require runs
// install.js synchronously when the binary is missing — a download that hangs or fails offline.
// This repeats its lookup (node_modules/electron/index.js) read-only.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ElectronProbe } from './launch.js';

/** The executable's path inside dist/, as electron's install.js writes it to path.txt. */
export function platformExecutable(platform: NodeJS.Platform): string {
  if (platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

/** Probe the electron package under `root` (its node_modules); null when it is not installed. */
export function locateElectron(root: string, env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): ElectronProbe | null {
  let pkgDir: string;
  try {
    pkgDir = dirname(createRequire(join(root, 'package.json')).resolve('electron/package.json'));
  } catch {
    return null;
  }
  const version = (JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { version: string }).version;
  const pathTxt = join(pkgDir, 'path.txt');
  const recorded = existsSync(pathTxt) ? readFileSync(pathTxt, 'utf8').trim() : '';
  const exe = recorded || platformExecutable(platform);
  const path = env.ELECTRON_OVERRIDE_DIST_PATH ? join(env.ELECTRON_OVERRIDE_DIST_PATH, exe) : join(pkgDir, 'dist', exe);
  const abiFile = join(pkgDir, 'abi_version');
  const abi = existsSync(abiFile) ? Number(readFileSync(abiFile, 'utf8').trim()) || null : null;
  return { path, exists: existsSync(path), version, abi };
}

/** Electron's install script (downloads the binary into node_modules/electron/dist). */
export function electronInstallScript(root: string): string | null {
  try {
    return join(dirname(createRequire(join(root, 'package.json')).resolve('electron/package.json')), 'install.js');
  } catch {
    return null;
  }
}
