import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors.js';
import { externalLinkPrompt, openErrorDialog } from '../../../electron/main/dialogs.js';
import { menuLang, menuTemplate } from '../../../electron/main/menu-template.js';
import { bundlePaths, resolveDataDir, resolveNativeBinding, unpackedPath } from '../../../electron/main/startup.js';

const roles = (items: MenuItemConstructorOptions[]): string[] =>
  items.flatMap((i) => [...(i.role ? [String(i.role)] : []), ...(Array.isArray(i.submenu) ? roles(i.submenu) : [])]);
const labels = (items: MenuItemConstructorOptions[]): string[] =>
  items.flatMap((i) => [...(i.label ? [i.label] : []), ...(Array.isArray(i.submenu) ? labels(i.submenu) : [])]);

describe('menu', () => {
  it('speaks Korean to a Korean system and English otherwise', () => {
    expect(menuLang('ko')).toBe('ko');
    expect(menuLang('ko-KR')).toBe('ko');
    expect(menuLang('en-US')).toBe('en');
    expect(menuLang('kok')).toBe('en');
    expect(labels(menuTemplate({ locale: 'ko-KR', isPackaged: true, platform: 'linux' }))).toContain('편집');
    expect(labels(menuTemplate({ locale: 'de-DE', isPackaged: true, platform: 'linux' }))).toContain('Edit');
  });

  it('has the standard edit, view and window roles', () => {
    const r = roles(menuTemplate({ locale: 'en', isPackaged: true, platform: 'win32' }));
    for (const role of ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen', 'minimize', 'close', 'quit']) {
      expect(r).toContain(role);
    }
  });

  it('offers no developer tools or reload in a packaged build', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const r = roles(menuTemplate({ locale: 'en', isPackaged: true, platform }));
      expect(r).not.toContain('toggleDevTools');
      expect(r).not.toContain('reload');
      expect(r).not.toContain('forceReload');
    }
    expect(roles(menuTemplate({ locale: 'en', isPackaged: false, platform: 'linux' }))).toContain('toggleDevTools');
  });

  it('has the app menu on macOS only', () => {
    expect(roles(menuTemplate({ locale: 'en', isPackaged: true, platform: 'darwin' }))).toContain('about');
    expect(roles(menuTemplate({ locale: 'en', isPackaged: true, platform: 'linux' }))).not.toContain('about');
  });

  it('labels every item that is not a separator', () => {
    const walk = (items: MenuItemConstructorOptions[]): void => {
      for (const i of items) {
        if (i.type !== 'separator') expect(i.label, JSON.stringify(i)).toBeTruthy();
        if (Array.isArray(i.submenu)) walk(i.submenu);
      }
    };
    for (const locale of ['ko-KR', 'en-US']) walk(menuTemplate({ locale, isPackaged: false, platform: 'darwin' }));
  });
});

describe('open error dialog', () => {
  it.each([
    ['db-newer-version', '더 새로운 버전', 'newer version'],
    ['db-corrupt', '손상', 'damaged'],
    ['db-locked', '사용 중', 'Another Inyeon'],
  ] as const)('explains %s in both languages', (code, ko, en) => {
    const err = new AppError(code, `The database /home/me/.config/Inyeon/inyeon.db: ${code}`);
    expect(openErrorDialog(err, 'ko-KR').message).toContain(ko);
    expect(openErrorDialog(err, 'en-US').message).toContain(en);
    expect(openErrorDialog(err, 'en-US').detail).toContain('/home/me/.config/Inyeon/inyeon.db');
  });

  it('shows one line of an unexpected error, never a stack trace', () => {
    const err = new Error('The module was compiled against a different Node.js version\nrequire stack:\n- /x/y.js');
    const d = openErrorDialog(err, 'en');
    expect(d.message).toMatch(/could not open/);
    expect(d.detail).toContain('different Node.js version');
    expect(d.detail).not.toContain('require stack');
    expect(d.detail).not.toMatch(/\n\s+at /);
    expect(openErrorDialog('weird', 'ko').message).toContain('열지 못했습니다');
  });
});

describe('external link prompt', () => {
  it('shows the address and defaults to the safe choice', () => {
    const p = externalLinkPrompt('https://example.com/x', 'en-GB');
    expect(p.detail).toBe('https://example.com/x');
    expect(p.buttons).toEqual(['Open', 'Cancel']);
    expect(externalLinkPrompt('https://example.com/x', 'ko').buttons).toEqual(['열기', '취소']);
  });
});

describe('start-up paths', () => {
  it('takes the data folder from --data-dir, then INYEON_DATA_DIR, then userData', () => {
    expect(resolveDataDir(['app', '--data-dir', '/books/a'], {}, '/user')).toBe('/books/a');
    expect(resolveDataDir(['app', '--data-dir=/books/b'], { INYEON_DATA_DIR: '/env' }, '/user')).toBe('/books/b');
    expect(resolveDataDir(['app', '--data-dir=rel'], {}, '/user', '/cwd')).toBe('/cwd/rel');
    expect(resolveDataDir(['app'], { INYEON_DATA_DIR: '/env' }, '/user')).toBe('/env');
    expect(resolveDataDir(['app', '--data-dir'], {}, '/user')).toBe('/user');
    expect(resolveDataDir(['app', '--data-dir', '--other'], {}, '/user')).toBe('/user');
    expect(resolveDataDir([], {}, '/user')).toBe('/user');
  });

  it('finds the renderer, preload and native folder beside the main bundle', () => {
    expect(bundlePaths('/r/out/main')).toEqual({
      rendererDir: '/r/out/renderer',
      preload: '/r/out/preload/index.cjs',
      nativeDir: '/r/out/native',
      devIcon: '/r/build/icons/256x256.png',
    });
  });

  it('loads the native module from app.asar.unpacked, never from inside the archive', () => {
    expect(unpackedPath('/opt/Inyeon/resources/app.asar/out/native/45.4.1/better_sqlite3.node')).toBe(
      '/opt/Inyeon/resources/app.asar.unpacked/out/native/45.4.1/better_sqlite3.node',
    );
    expect(unpackedPath('C:\\Inyeon\\resources\\app.asar\\out\\x.node')).toBe('C:\\Inyeon\\resources\\app.asar.unpacked\\out\\x.node');
    expect(unpackedPath('/src/out/native/x.node')).toBe('/src/out/native/x.node');
  });

  it('prefers INYEON_NATIVE_BINDING, then the shipped Electron build, else none', () => {
    const shipped = '/opt/r/app.asar.unpacked/out/native/45.4.1/better_sqlite3.node';
    const base = { electronVersion: '45.4.1', nativeDir: '/opt/r/app.asar/out/native' };
    expect(resolveNativeBinding({ ...base, env: { INYEON_NATIVE_BINDING: '/x.node' }, exists: () => true })).toBe('/x.node');
    expect(resolveNativeBinding({ ...base, env: {}, exists: (p) => p === shipped })).toBe(shipped);
    expect(resolveNativeBinding({ ...base, env: {}, exists: () => false })).toBeUndefined();
  });
});
