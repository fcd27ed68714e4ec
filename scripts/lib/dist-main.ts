// `npm run dist`: check Electron is obtainable, build out/, compile better-sqlite3 for Electron's
// ABI (explicitly, never during install or test), then electron-builder with electron-builder.yml.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builderPlatformFlag, type DistOptions, electronZipName, parseDistArgs, planElectron } from './dist-plan.js';
import { downloadHost, reachable } from './electron-download.js';
import { locateElectron } from './electron-locate.js';
import { ensureElectronNative, rebuildEnv } from './native.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const fail = (message: string): number => {
  console.error(`npm run dist: ${message}`);
  return 1;
};

export async function main(argv: string[], root = ROOT, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let opts: DistOptions;
  try {
    opts = parseDistArgs(argv, process.platform);
  } catch (e) {
    return fail((e as Error).message);
  }
  const electron = locateElectron(root, env);
  if (!electron) return fail('the electron package is not installed (run npm install).');
  if (!electron.abi) return fail('node_modules/electron/abi_version is missing; reinstall the electron package.');

  const zipName = electronZipName(electron.version, opts.platform, process.arch);
  const caches = electronCaches(env);
  const explicitPath = opts.electronDist ?? env.INYEON_ELECTRON_DIST;
  const plan = planElectron({
    version: electron.version,
    zipName,
    explicit: explicitPath ? { path: explicitPath, exists: existsSync(explicitPath) } : undefined,
    hostDist: electron.exists ? join(electron.path, ...upToDist(opts.platform)) : undefined,
    cachedZip: findFile(caches, zipName, 3),
    // INYEON_DIST_OFFLINE: air-gapped build machines (and tests) skip the network probe.
    online: !env.INYEON_DIST_OFFLINE && (await reachable(downloadHost(env))),
    searched: caches,
  });
  if (!plan.ok) return fail(plan.message);
  console.log(`npm run dist: Electron ${electron.version} from ${plan.via}.`);

  if (!opts.skipBuild) {
    if ((await run(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build'], root, env)) !== 0) return fail('the renderer build failed (see above).');
    if ((await run(process.execPath, [join(root, 'scripts/build-electron.mjs')], root, env)) !== 0) return fail('the Electron build failed (see above).');
  }
  const native = await ensureElectronNative({
    root, electronVersion: electron.version, abi: electron.abi, timeoutMs: 15 * 60_000, log: (l) => console.log(`npm run dist: ${l}`),
  });
  if (!native.ok) return fail(`better-sqlite3-multiple-ciphers could not be compiled for Electron ${electron.version}: ${native.reason}.`);

  const builder = join(root, 'node_modules/electron-builder/cli.js');
  const args = [
    builder, builderPlatformFlag(opts.platform), ...(opts.dirOnly ? ['--dir'] : []),
    '--config', join(root, 'electron-builder.yml'), '--publish', 'never',
    ...(plan.electronDist ? [`-c.electronDist=${plan.electronDist}`] : []),
  ];
  if ((await run(process.execPath, args, root, rebuildEnv(env))) !== 0) return fail('electron-builder failed (see its output above).');
  console.log('npm run dist: done — installers are in dist/.');
  return 0;
}

/** node_modules/electron/dist is the folder electronDist wants; electron.path is the executable inside it. */
function upToDist(platform: string): string[] {
  return platform === 'darwin' ? ['..', '..', '..', '..'] : ['..'];
}

/** Where Electron zips are cached: @electron/get's cache and electron-builder's. */
export function electronCaches(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform, home = homedir()): string[] {
  const list: string[] = [];
  if (env.ELECTRON_CACHE) list.push(env.ELECTRON_CACHE);
  if (env.electron_config_cache) list.push(env.electron_config_cache);
  if (env.ELECTRON_BUILDER_CACHE) list.push(env.ELECTRON_BUILDER_CACHE);
  if (list.length > 0) return list;
  if (platform === 'darwin') return [join(home, 'Library/Caches/electron'), join(home, 'Library/Caches/electron-builder')];
  if (platform === 'win32') {
    const local = env.LOCALAPPDATA ?? join(home, 'AppData/Local');
    return [join(local, 'electron/Cache'), join(local, 'electron-builder/Cache')];
  }
  const cache = env.XDG_CACHE_HOME ?? join(home, '.cache');
  return [join(cache, 'electron'), join(cache, 'electron-builder')];
}

/** A file by name under these folders, at most `depth` levels down (@electron/get nests by URL hash). */
export function findFile(dirs: string[], name: string, depth: number): string | undefined {
  for (const dir of dirs) {
    const direct = join(dir, name);
    if (existsSync(direct)) return direct;
    if (depth <= 0) continue;
    let subs: string[] = [];
    try {
      subs = readdirSync(dir).map((s) => join(dir, s)).filter((p) => statSync(p).isDirectory());
    } catch {
      continue;
    }
    const found = findFile(subs, name, depth - 1);
    if (found) return found;
  }
  return undefined;
}

function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd, env, stdio: 'inherit' });
    child.on('error', () => resolve(1));
    child.on('close', (code) => resolve(code ?? 1));
  });
}
