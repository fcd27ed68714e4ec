import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EXIT_OPEN_REFUSED } from '../../../electron/main/startup.js';
import { locateElectron, platformExecutable } from '../../../scripts/lib/electron-locate.js';
import { downloadHost } from '../../../scripts/lib/electron-download.js';
import {
  afterElectronExit, backendEnv, decideLaunch, EARLY_EXIT_MS, electronArgs, hasDisplay, type LaunchProbe, parseStartArgs, rendererNeedsBuild, serveArgs,
} from '../../../scripts/lib/launch.js';
import { newestMtime } from '../../../scripts/lib/start-main.js';
import { tempDir } from '../../support/temp.js';

const electron = { path: '/r/node_modules/electron/dist/electron', exists: true, version: '45.4.1', abi: 150 };
const probe = (over: Partial<LaunchProbe> = {}): LaunchProbe => ({
  platform: 'linux',
  env: { DISPLAY: ':0' },
  options: { browser: false },
  electron,
  downloadAttempted: false,
  ...over,
});

describe('decideLaunch', () => {
  it('runs Electron when its binary is there and a display is', () => {
    expect(decideLaunch(probe())).toEqual({ mode: 'electron', electronPath: electron.path });
    expect(decideLaunch(probe({ env: { WAYLAND_DISPLAY: 'wayland-0' } }))).toEqual({ mode: 'electron', electronPath: electron.path });
  });

  it('needs no DISPLAY on macOS and Windows', () => {
    expect(decideLaunch(probe({ platform: 'darwin', env: {} })).mode).toBe('electron');
    expect(decideLaunch(probe({ platform: 'win32', env: {} })).mode).toBe('electron');
  });

  it('falls back to browser mode without a display, before trying any download', () => {
    const d = decideLaunch(probe({ env: {}, electron: { ...electron, exists: false } }));
    expect(d).toEqual({ mode: 'browser', reason: expect.stringMatching(/no display/) });
  });

  it('tries the download once when the binary is missing, then falls back', () => {
    const missing = { ...electron, exists: false };
    expect(decideLaunch(probe({ electron: missing }))).toEqual({ mode: 'download-electron' });
    expect(decideLaunch(probe({ electron: missing, downloadAttempted: true }))).toEqual({
      mode: 'browser', reason: expect.stringMatching(/45\.4\.1.*not installed/),
    });
    expect(decideLaunch(probe({ electron: missing, env: { DISPLAY: ':0', INYEON_NO_ELECTRON_DOWNLOAD: '1' } })).mode).toBe('browser');
  });

  it('honours --browser and a missing electron package', () => {
    expect(decideLaunch(probe({ options: { browser: true } }))).toEqual({ mode: 'browser', reason: '--browser was given' });
    expect(decideLaunch(probe({ electron: null }))).toEqual({ mode: 'browser', reason: expect.stringMatching(/not installed/) });
  });

  it('knows where a display is', () => {
    expect(hasDisplay('linux', {})).toBe(false);
    expect(hasDisplay('linux', { DISPLAY: '' })).toBe(false);
    expect(hasDisplay('freebsd', { DISPLAY: ':1' })).toBe(true);
  });
});

describe('afterElectronExit', () => {
  it('falls back when Electron dies right after starting', () => {
    expect(afterElectronExit(1, null, 500)).toEqual({ fallback: true, reason: expect.stringMatching(/exit code 1/) });
    expect(afterElectronExit(null, 'SIGSEGV', 500)).toEqual({ fallback: true, reason: expect.stringMatching(/SIGSEGV/) });
  });

  it('passes the exit code on after a normal session or a late crash', () => {
    expect(afterElectronExit(0, null, 200)).toEqual({ fallback: false, exitCode: 0 });
    expect(afterElectronExit(1, null, EARLY_EXIT_MS + 1)).toEqual({ fallback: false, exitCode: 1 });
    expect(afterElectronExit(null, 'SIGINT', 100)).toEqual({ fallback: false, exitCode: 1 });
  });

  it('does not fall back when the app already explained why it stopped', () => {
    expect(afterElectronExit(EXIT_OPEN_REFUSED, null, 100)).toEqual({ fallback: false, exitCode: EXIT_OPEN_REFUSED });
  });
});

describe('start arguments', () => {
  it('parses and forwards --data-dir, --port and --no-open to browser mode', () => {
    const o = parseStartArgs(['--data-dir', '/b', '--port=8080', '--no-open']);
    expect(o).toEqual({ dataDir: '/b', port: '8080', open: false, browser: false });
    expect(serveArgs(o)).toEqual(['--data-dir', '/b', 'serve', '--port', '8080', '--no-open']);
    expect(serveArgs(parseStartArgs([]))).toEqual(['serve']);
  });

  it('passes the data folder to Electron', () => {
    expect(electronArgs('/app', parseStartArgs(['--data-dir=/b']))).toEqual(['/app', '--data-dir=/b']);
    expect(electronArgs('/app', parseStartArgs(['--browser']))).toEqual(['/app']);
  });

  it.each([['--port', 'x'], ['--port', '70000'], ['--data-dir'], ['--colour']])('rejects %j', (...args) => {
    expect(() => parseStartArgs(args)).toThrow();
  });
});

describe('backendEnv', () => {
  it('caps glibc malloc arenas for the process hosting the backend, keeping the rest and a value set by the user', () => {
    expect(backendEnv({ PATH: '/usr/bin', DISPLAY: ':0' })).toEqual({ PATH: '/usr/bin', DISPLAY: ':0', MALLOC_ARENA_MAX: '2' });
    expect(backendEnv({ MALLOC_ARENA_MAX: '4' }).MALLOC_ARENA_MAX).toBe('4');
  });
});

describe('rendererNeedsBuild', () => {
  it('builds when there is no build or a source is newer', () => {
    expect(rendererNeedsBuild(null, 0)).toBe(true);
    expect(rendererNeedsBuild(100, 200)).toBe(true);
    expect(rendererNeedsBuild(200, 200)).toBe(false);
    expect(rendererNeedsBuild(300, 200)).toBe(false);
  });
});

describe('newestMtime', () => {
  it('finds the newest source file, skipping node_modules and dot folders', () => {
    const d = tempDir('inyeon-mtime-');
    try {
      mkdirSync(join(d.path, 'renderer/src'), { recursive: true });
      mkdirSync(join(d.path, 'renderer/node_modules'), { recursive: true });
      writeFileSync(join(d.path, 'renderer/src/a.ts'), '');
      writeFileSync(join(d.path, 'renderer/node_modules/b.js'), '');
      writeFileSync(join(d.path, 'vite.config.ts'), '');
      utimesSync(join(d.path, 'renderer/src/a.ts'), 1000, 1000);
      utimesSync(join(d.path, 'renderer/node_modules/b.js'), 9000, 9000);
      utimesSync(join(d.path, 'vite.config.ts'), 2000, 2000);
      expect(newestMtime(d.path, ['renderer'])).toBe(1_000_000);
      expect(newestMtime(d.path, ['renderer', 'vite.config.ts', 'missing'])).toBe(2_000_000);
    } finally {
      d.remove();
    }
  });
});

describe('locateElectron (read-only: never runs the download)', () => {
  const dirs: { remove(): void }[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => d.remove()));

  function fakeInstall(withBinary: boolean, pathTxt?: string) {
    const d = tempDir('inyeon-electron-');
    dirs.push(d);
    writeFileSync(join(d.path, 'package.json'), '{"name":"x"}');
    const pkg = join(d.path, 'node_modules/electron');
    mkdirSync(join(pkg, 'dist'), { recursive: true });
    writeFileSync(join(pkg, 'package.json'), JSON.stringify({ name: 'electron', version: '45.4.1', main: 'index.js' }));
    // If anything required the package, this would throw: the lookup must not load it.
    writeFileSync(join(pkg, 'index.js'), 'throw new Error("required electron: would download");');
    writeFileSync(join(pkg, 'abi_version'), '150');
    if (pathTxt !== undefined) writeFileSync(join(pkg, 'path.txt'), pathTxt);
    if (withBinary) writeFileSync(join(pkg, 'dist', pathTxt || 'electron'), '');
    return d.path;
  }

  it('reports a missing binary without loading the package', () => {
    const root = fakeInstall(false);
    expect(locateElectron(root, {}, 'linux')).toEqual({
      path: join(root, 'node_modules/electron/dist/electron'), exists: false, version: '45.4.1', abi: 150,
    });
  });

  it('finds an installed binary through path.txt', () => {
    const root = fakeInstall(true, 'electron');
    expect(locateElectron(root, {}, 'linux')).toMatchObject({ exists: true, abi: 150 });
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH', () => {
    const root = fakeInstall(true, 'electron');
    expect(locateElectron(root, { ELECTRON_OVERRIDE_DIST_PATH: '/nowhere' }, 'linux')).toMatchObject({ path: '/nowhere/electron', exists: false });
  });

  it('is null when the package is not installed', () => {
    const d = tempDir('inyeon-noelectron-');
    dirs.push(d);
    writeFileSync(join(d.path, 'package.json'), '{"name":"x"}');
    expect(locateElectron(d.path)).toBeNull();
  });

  it('names the executable per platform', () => {
    expect(platformExecutable('darwin')).toBe('Electron.app/Contents/MacOS/Electron');
    expect(platformExecutable('win32')).toBe('electron.exe');
    expect(platformExecutable('linux')).toBe('electron');
  });

  it('probes the mirror host when one is configured', () => {
    expect(downloadHost({})).toBe('github.com');
    expect(downloadHost({ ELECTRON_MIRROR: 'https://npmmirror.com/mirrors/electron/' })).toBe('npmmirror.com');
  });
});
