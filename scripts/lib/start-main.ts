// `npm start`: build what is stale, then open the Electron window — or, where Electron cannot run
// (no binary and no way to fetch it, no display, a failed start), browser mode with the URL
// printed. Decisions come from launch.ts; this file gathers facts and runs processes.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { downloadHost, reachable, runElectronInstall } from './electron-download.js';
import { electronInstallScript, locateElectron } from './electron-locate.js';
import { afterElectronExit, backendEnv, decideLaunch, electronArgs, parseStartArgs, rendererNeedsBuild, serveArgs, type StartOptions } from './launch.js';
import { ensureElectronNative } from './native.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const say = (line: string) => console.log(`Inyeon: ${line}`);

const DOWNLOAD_TIMEOUT_MS = 5 * 60_000;
// Compiling SQLite takes ~2 minutes on 2 cores; offline it fails within seconds.
const NATIVE_TIMEOUT_MS = 10 * 60_000;

export async function main(argv: string[], root = ROOT): Promise<number> {
  let opts: StartOptions;
  try {
    opts = parseStartArgs(argv);
  } catch (e) {
    console.error(`npm start: ${(e as Error).message}`);
    return 2;
  }

  if (!process.env.INYEON_SKIP_RENDERER_BUILD && rendererNeedsBuild(mtime(join(root, 'out/renderer/index.html')), newestMtime(root, ['renderer', 'shared', 'vite.config.ts']))) {
    say('building the app pages…');
    const vite = join(createRequire(join(root, 'package.json')).resolve('vite/package.json'), '..', 'bin', 'vite.js');
    if ((await run(process.execPath, [vite, 'build', '--logLevel', 'warn'], root)) !== 0 || !existsSync(join(root, 'out/renderer/index.html'))) {
      console.error('Inyeon: the app pages failed to build (see above; is another build writing out/renderer at the same time?).');
      return 1;
    }
  }
  if ((await run(process.execPath, [join(root, 'scripts/build-electron.mjs')], root, true)) !== 0) {
    console.error('Inyeon: the Electron bundles failed to build (see above).');
    return 1;
  }

  let downloadAttempted = false;
  for (;;) {
    const electron = locateElectron(root);
    const decision = decideLaunch({ platform: process.platform, env: process.env, options: opts, electron, downloadAttempted });
    if (decision.mode === 'browser') return browserMode(root, opts, decision.reason);
    if (decision.mode === 'download-electron') {
      downloadAttempted = true;
      const script = electronInstallScript(root);
      const host = downloadHost(process.env);
      if (script && (await reachable(host))) {
        say(`downloading Electron ${electron?.version ?? ''} (first run)…`);
        await runElectronInstall(script, DOWNLOAD_TIMEOUT_MS);
      }
      continue;
    }
    if (!electron?.abi) return browserMode(root, opts, 'Electron\'s ABI version is unknown (node_modules/electron/abi_version is missing)');
    const native = await ensureElectronNative({ root, electronVersion: electron.version, abi: electron.abi, timeoutMs: NATIVE_TIMEOUT_MS, log: say });
    if (!native.ok) return browserMode(root, opts, `SQLite could not be built for Electron: ${native.reason}`);

    const started = Date.now();
    const env: NodeJS.ProcessEnv = { ...backendEnv(process.env), INYEON_NATIVE_BINDING: native.path };
    delete env.ELECTRON_RUN_AS_NODE;
    const result = await wait(spawn(decision.electronPath, electronArgs(root, opts), { cwd: root, env, stdio: 'inherit' }));
    const after = afterElectronExit(result.code, result.signal, Date.now() - started);
    if (after.fallback) return browserMode(root, opts, after.reason);
    return after.exitCode;
  }
}

async function browserMode(root: string, opts: StartOptions, reason: string): Promise<number> {
  say(`opening in browser mode because ${reason}.`);
  const { code, signal } = await wait(spawn(process.execPath, [join(root, 'bin/inyeon.mjs'), ...serveArgs(opts)], { cwd: root, env: backendEnv(process.env), stdio: 'inherit' }));
  return code ?? (signal === 'SIGINT' || signal === 'SIGTERM' ? 0 : 1);
}

function run(cmd: string, args: string[], cwd: string, quiet = false): Promise<number> {
  return wait(spawn(cmd, args, { cwd, stdio: quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit' })).then((r) => r.code ?? 1);
}

/**
 * Wait for a child, passing termination on. Ctrl+C reaches the whole process group already, so
 * SIGINT is only forwarded if the child is still running a moment later (sent to us alone).
 */
function wait(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null; error?: Error }> {
  return new Promise((resolve) => {
    const onInt = () => setTimeout(() => child.exitCode === null && child.signalCode === null && child.kill('SIGINT'), 500).unref();
    const onTerm = () => child.kill('SIGTERM');
    process.on('SIGINT', onInt);
    process.on('SIGTERM', onTerm);
    const finish = (r: { code: number | null; signal: NodeJS.Signals | null; error?: Error }) => {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      resolve(r);
    };
    child.once('error', (error) => finish({ code: 1, signal: null, error }));
    child.once('exit', (code, signal) => finish({ code, signal }));
  });
}

function mtime(path: string): number | null {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return null;
  }
}

/** Newest modification time among these files/folders (recursively), skipping node_modules. */
export function newestMtime(root: string, entries: string[]): number {
  let newest = 0;
  const visit = (p: string) => {
    let st;
    try {
      st = statSync(p);
    } catch {
      return;
    }
    if (st.isDirectory()) {
      for (const name of readdirSync(p)) if (name !== 'node_modules' && !name.startsWith('.')) visit(join(p, name));
    } else newest = Math.max(newest, st.mtimeMs);
  };
  for (const e of entries) if (existsSync(join(root, e))) visit(join(root, e));
  return newest;
}
