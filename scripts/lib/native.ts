// An Electron-ABI build of the SQLite driver (better-sqlite3-multiple-ciphers, a superset of
// better-sqlite3 with encryption; its addon keeps the name better_sqlite3.node) in
// out/native/<electron-version>/better_sqlite3.node.
// node_modules keeps its Node-ABI build untouched (tests, the CLI and browser mode load it): the
// Electron build is compiled in a temporary copy of the package and only its .node file is kept.
import { spawn } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { addonAbiOfFile, addonMatches, describeAbi } from './native-abi.js';

/** The driver the backend loads (electron/backend/db/driver.ts). */
export const SQLITE_PACKAGE = 'better-sqlite3-multiple-ciphers';

export const electronNativePath = (root: string, electronVersion: string): string =>
  join(root, 'out', 'native', electronVersion, 'better_sqlite3.node');

/**
 * The environment for the rebuild. npm exports its config as npm_config_*; `nodedir=/usr` (as on
 * these machines) makes node-gyp compile against the system Node's headers — a silent Node-ABI
 * build. The other keys could likewise redirect the target runtime.
 */
export function rebuildEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(env)) {
    if (/^npm_config_(nodedir|target|runtime|disturl|dist_url|build_from_source)$/i.test(k)) continue;
    out[k] = v;
  }
  return out;
}

export type NativeResult = { ok: true; path: string; built: boolean } | { ok: false; reason: string };

export interface EnsureOptions {
  root: string;
  electronVersion: string;
  /** NODE_MODULE_VERSION the build must have (node_modules/electron/abi_version). */
  abi: number;
  timeoutMs: number;
  /** Rebuild even when a matching file exists. */
  force?: boolean;
  log?: (line: string) => void;
}

/** Written beside the .node: a build of another driver version must not be reused after an update. */
interface Stamp {
  /** The driver's version (SQLITE_PACKAGE; the field name predates the switch from better-sqlite3). */
  betterSqlite3: string;
  electron: string;
  abi: number;
}

const stampPath = (target: string) => target.replace(/\.node$/, '.json');

function readStamp(target: string): Stamp | null {
  try {
    return JSON.parse(readFileSync(stampPath(target), 'utf8')) as Stamp;
  } catch {
    return null;
  }
}

/** Is the existing build usable: right ABI, built from the installed driver for this Electron? */
export function nativeUpToDate(target: string, want: Stamp): boolean {
  const stamp = readStamp(target);
  return (
    existsSync(target) && stamp !== null && stamp.betterSqlite3 === want.betterSqlite3 && stamp.electron === want.electron &&
    addonMatches(addonAbiOfFile(target), want.abi)
  );
}

export async function ensureElectronNative(o: EnsureOptions): Promise<NativeResult> {
  const target = electronNativePath(o.root, o.electronVersion);
  let source: string;
  try {
    source = dirname(createRequire(join(o.root, 'package.json')).resolve(`${SQLITE_PACKAGE}/package.json`));
  } catch {
    return { ok: false, reason: `${SQLITE_PACKAGE} is not installed (run npm install)` };
  }
  const version = (JSON.parse(readFileSync(join(source, 'package.json'), 'utf8')) as { version: string }).version;
  const want: Stamp = { betterSqlite3: version, electron: o.electronVersion, abi: o.abi };
  if (!o.force && nativeUpToDate(target, want)) return { ok: true, path: target, built: false };

  const work = mkdtempSync(join(tmpdir(), 'inyeon-native-'));
  try {
    const copy = join(work, 'node_modules', SQLITE_PACKAGE);
    // Everything but the existing build: the copy must compile from its own sources.
    cpSync(source, copy, { recursive: true, filter: (p) => relative(source, p).split(sep)[0] !== 'build' });
    // With prebuild-install beside the copy, @electron/rebuild first tries the driver's published
    // Electron binary (no compiler needed); the ABI check below still decides what is kept.
    linkPrebuildInstall(o.root, join(work, 'node_modules'));
    writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'inyeon-native-build', version: '0.0.0', private: true, dependencies: { [SQLITE_PACKAGE]: version } }));

    o.log?.(`Building ${SQLITE_PACKAGE} for Electron ${o.electronVersion} (NODE_MODULE_VERSION ${o.abi})…`);
    const run = await runRebuild(o.root, work, o.electronVersion, o.timeoutMs);
    if (!run.ok) return run;

    const built = join(copy, 'build', 'Release', 'better_sqlite3.node');
    if (!existsSync(built)) return { ok: false, reason: 'the rebuild finished but produced no better_sqlite3.node' };
    const abi = addonAbiOfFile(built);
    if (!addonMatches(abi, o.abi)) {
      return {
        ok: false,
        reason: `the rebuild produced a module for ${describeAbi(abi)}, not Electron's ${o.abi} (is nodedir set in your npm config?)`,
      };
    }
    mkdirSync(dirname(target), { recursive: true });
    // Copy then rename: a half-written .node must never be picked up by the next start.
    const partial = `${target}.partial`;
    copyFileSync(built, partial);
    renameSync(partial, target);
    writeFileSync(stampPath(target), `${JSON.stringify(want, null, 2)}\n`);
    return { ok: true, path: target, built: true };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function linkPrebuildInstall(root: string, nodeModules: string): void {
  try {
    const dir = dirname(createRequire(join(root, 'node_modules', SQLITE_PACKAGE, 'package.json')).resolve('prebuild-install/package.json'));
    symlinkSync(dir, join(nodeModules, 'prebuild-install'), 'junction');
  } catch {
    /* not installed: node-gyp compiles from source */
  }
}

/** @electron/rebuild in a child process, so a hung download or compiler can be killed on time. */
function runRebuild(root: string, buildPath: string, electronVersion: string, timeoutMs: number): Promise<{ ok: true } | { ok: false; reason: string }> {
  const script = join(root, 'scripts', 'rebuild-native.mjs');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, '--build-path', buildPath, '--electron-version', electronVersion, '--module', SQLITE_PACKAGE], {
      cwd: root,
      env: rebuildEnv(process.env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const keep = (b: Buffer) => {
      output = (output + b.toString()).slice(-4000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      resolve({ ok: false, reason: `could not run the rebuild: ${e.message}` });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) return resolve({ ok: true });
      resolve({ ok: false, reason: signal === 'SIGKILL' ? `the rebuild took longer than ${Math.round(timeoutMs / 1000)} s` : rebuildFailure(output) });
    });
  });
}

/** One line on why @electron/rebuild failed, from its (long) output. */
export function rebuildFailure(output: string): string {
  if (/network connectivity|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|getaddrinfo|socket hang up/i.test(output)) {
    return "Electron's headers could not be downloaded (no network?)";
  }
  if (/not found: (make|g\+\+|cc|python)|find Python|MSBuild|Visual Studio|xcode-select/i.test(output)) {
    return 'no C++ build tools were found (see docs/packaging.md)';
  }
  const last = output.trim().split('\n').filter(Boolean).slice(-1)[0] ?? '';
  return `the rebuild failed${last ? `: ${last.trim().slice(0, 300)}` : ''}`;
}
