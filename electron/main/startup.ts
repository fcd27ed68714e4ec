// Start-up decisions that need no Electron: where the book is, which native SQLite build to load,
// and where the bundle's siblings are.
import { dirname, join, resolve } from 'node:path';

/**
 * Exit code when the book could not be opened and the user was already shown why. scripts/start.mjs
 * does not fall back to browser mode on it (that would only repeat the same refusal).
 */
export const EXIT_OPEN_REFUSED = 78;

/**
 * `--data-dir DIR` / `--data-dir=DIR` on the command line, then INYEON_DATA_DIR, then Electron's
 * userData folder (the same folder the CLI uses by default, so both share one book).
 */
export function resolveDataDir(argv: readonly string[], env: NodeJS.ProcessEnv, userData: string, cwd = process.cwd()): string {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith('--data-dir=')) return resolve(cwd, a.slice('--data-dir='.length));
    if (a === '--data-dir' && argv[i + 1] && !argv[i + 1]!.startsWith('--')) return resolve(cwd, argv[i + 1]!);
  }
  if (env.INYEON_DATA_DIR) return resolve(cwd, env.INYEON_DATA_DIR);
  return userData;
}

/** Files the bundle needs, relative to out/main/ (where index.mjs lives, in the tree and in app.asar). */
export function bundlePaths(mainDir: string) {
  const out = dirname(mainDir);
  return {
    rendererDir: join(out, 'renderer'),
    preload: join(out, 'preload', 'index.cjs'),
    nativeDir: join(out, 'native'),
    /** Window icon when running from the source tree (packaged apps get theirs from the installer). */
    devIcon: join(dirname(out), 'build', 'icons', '256x256.png'),
  };
}

/** A native module cannot be loaded from inside app.asar; electron-builder unpacks it beside it. */
export const unpackedPath = (p: string): string => p.replace(/([\\/])app\.asar([\\/])/, '$1app.asar.unpacked$2');

/**
 * Which better_sqlite3.node to load: INYEON_NATIVE_BINDING (set by scripts/start.mjs), else the
 * Electron-ABI build shipped in out/native/<electron-version>/ (packaged app), else undefined —
 * better-sqlite3's own lookup, which finds node_modules' build (Node's ABI: fails clearly in Electron).
 */
export function resolveNativeBinding(opts: {
  env: NodeJS.ProcessEnv;
  electronVersion: string;
  nativeDir: string;
  exists: (p: string) => boolean;
}): string | undefined {
  if (opts.env.INYEON_NATIVE_BINDING) return opts.env.INYEON_NATIVE_BINDING;
  const shipped = unpackedPath(join(opts.nativeDir, opts.electronVersion, 'better_sqlite3.node'));
  return opts.exists(shipped) ? shipped : undefined;
}
