// How `npm start` decides between the Electron window and browser mode. Pure: the probe is
// gathered by scripts/start.mjs, the decision is made (and unit-tested) here.
import { EXIT_OPEN_REFUSED } from '../../electron/main/startup.js';

export interface StartOptions {
  dataDir?: string | undefined;
  port?: string | undefined;
  /** false with --no-open: browser mode prints the URL but does not open a browser. */
  open: boolean;
  /** --browser: skip Electron even where it could run. */
  browser: boolean;
}

/** `npm start -- [--data-dir DIR] [--port N] [--no-open] [--browser]`; unknown options are an error, not ignored. */
export function parseStartArgs(argv: readonly string[]): StartOptions {
  const opts: StartOptions = { open: true, browser: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const [name, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new Error(`${name} needs a value`);
      return v;
    };
    if (name === '--data-dir') opts.dataDir = value();
    else if (name === '--port') {
      const v = value();
      if (!/^\d{1,5}$/.test(v) || Number(v) > 65535) throw new Error(`--port must be a number from 0 to 65535, not "${v}"`);
      opts.port = v;
    } else if (name === '--no-open') opts.open = false;
    else if (name === '--browser') opts.browser = true;
    else throw new Error(`Unknown option: ${a} (known: --data-dir DIR, --port N, --no-open, --browser)`);
  }
  return opts;
}

/** Arguments for `node bin/inyeon.mjs …` in browser mode. */
export function serveArgs(o: StartOptions): string[] {
  return [
    ...(o.dataDir ? ['--data-dir', o.dataDir] : []),
    'serve',
    ...(o.port ? ['--port', o.port] : []),
    ...(o.open ? [] : ['--no-open']),
  ];
}

/**
 * The environment of the process that hosts the backend (browser mode's server, or Electron, whose
 * main process hosts it): glibc's malloc arenas capped at 2. Each thread that allocates gets an
 * arena of its own (up to 8 per core), and an arena keeps the pages it touched after the thread
 * ends — the background workers (quick_check, backups, the whole-book scans) would leave that
 * much resident each. glibc reads the variable once at process start, so it is set here, by the
 * launcher; a value the user set is kept. (Harmless elsewhere: other C libraries ignore it.)
 */
export function backendEnv(env: Readonly<NodeJS.ProcessEnv>): NodeJS.ProcessEnv {
  return { ...env, MALLOC_ARENA_MAX: env.MALLOC_ARENA_MAX ?? '2' };
}

/** Arguments for the Electron binary: the app folder, then our own switches. */
export function electronArgs(appDir: string, o: StartOptions): string[] {
  return [appDir, ...(o.dataDir ? [`--data-dir=${o.dataDir}`] : [])];
}

export interface ElectronProbe {
  /** The executable Electron would run (node_modules/electron/dist/…), whether or not it exists. */
  path: string;
  exists: boolean;
  version: string;
  /** NODE_MODULE_VERSION of this Electron (node_modules/electron/abi_version). */
  abi: number | null;
}

export interface LaunchProbe {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  options: Pick<StartOptions, 'browser'>;
  /** null: the electron package itself is not installed. */
  electron: ElectronProbe | null;
  /** Whether we already tried (and failed) to fetch the binary in this run. */
  downloadAttempted: boolean;
}

export type LaunchDecision =
  | { mode: 'electron'; electronPath: string }
  | { mode: 'download-electron' }
  | { mode: 'browser'; reason: string };

/** A window can be shown: always on macOS/Windows; on Linux only with an X11 or Wayland display. */
export function hasDisplay(platform: NodeJS.Platform, env: Readonly<Record<string, string | undefined>>): boolean {
  if (platform === 'darwin' || platform === 'win32') return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

export function decideLaunch(p: LaunchProbe): LaunchDecision {
  if (p.options.browser) return { mode: 'browser', reason: '--browser was given' };
  if (!p.electron) return { mode: 'browser', reason: 'the electron package is not installed' };
  // Checked before the binary so a headless machine never downloads Electron for nothing.
  if (!hasDisplay(p.platform, p.env)) return { mode: 'browser', reason: 'there is no display (DISPLAY / WAYLAND_DISPLAY is not set)' };
  if (!p.electron.exists) {
    if (!p.downloadAttempted && !p.env.INYEON_NO_ELECTRON_DOWNLOAD) return { mode: 'download-electron' };
    return { mode: 'browser', reason: `Electron ${p.electron.version}'s binary is not installed and could not be downloaded` };
  }
  return { mode: 'electron', electronPath: p.electron.path };
}

/** How long Electron gets to prove it can start: an exit before this is a failed start, not the user quitting. */
export const EARLY_EXIT_MS = 8_000;

/** After Electron exits: fall back to browser mode when it died right away, otherwise exit with its code. */
export function afterElectronExit(code: number | null, signal: string | null, elapsedMs: number): { fallback: true; reason: string } | { fallback: false; exitCode: number } {
  // The app already told the user why (e.g. a book from a newer version): browser mode would only repeat it.
  if (code === EXIT_OPEN_REFUSED) return { fallback: false, exitCode: code };
  const failed = signal !== null ? signal !== 'SIGINT' && signal !== 'SIGTERM' : code !== 0;
  if (failed && elapsedMs < EARLY_EXIT_MS) {
    return { fallback: true, reason: `Electron stopped right after starting (${signal ? `signal ${signal}` : `exit code ${code}`})` };
  }
  return { fallback: false, exitCode: code ?? (signal ? 1 : 0) };
}

/** The renderer must be (re)built when there is no build or a source is newer than it. */
export function rendererNeedsBuild(builtAtMs: number | null, newestSourceMs: number): boolean {
  return builtAtMs === null || newestSourceMs > builtAtMs;
}
