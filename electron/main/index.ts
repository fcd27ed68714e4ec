// Electron main process: one instance, one backend (the single writer of the book), one window.
// The decisions live in electron-free modules (security-policy, sender, call, startup, dialogs,
// menu-template); this file only orders them in the app's lifecycle.
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, type BrowserWindow, dialog, session } from 'electron';
import { type Backend, openBackend } from '../backend/index.js';
import { openErrorDialog } from './dialogs.js';
import { startDigest } from './digest.js';
import { registerIpc } from './ipc.js';
import { installMenu } from './menu.js';
import { registerAppScheme, serveRenderer } from './protocol.js';
import { hardenSession, installSecurityGuards } from './security.js';
import { bundlePaths, EXIT_OPEN_REFUSED, resolveDataDir, resolveNativeBinding } from './startup.js';
import { createMainWindow, focusWindow } from './window.js';

const paths = bundlePaths(dirname(fileURLToPath(import.meta.url)));
let backend: Backend | undefined;
let mainWindow: BrowserWindow | undefined;
let digest: { stop(): void } | undefined;

// Before `ready`: the scheme must be privileged, and every renderer sandboxed regardless of options.
registerAppScheme();
app.enableSandbox();
if (process.platform === 'win32') app.setAppUserModelId('kr.inyeon.app');

if (!app.requestSingleInstanceLock()) {
  // Another Inyeon owns the book (and its single writer connection): it will focus its window.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow && !mainWindow.isDestroyed()) focusWindow(mainWindow);
  });
  installSecurityGuards();
  app.whenReady().then(start, fail);
}

function start(): void {
  hardenSession(session.defaultSession);
  serveRenderer(paths.rendererDir);
  installMenu({ locale: app.getLocale(), isPackaged: app.isPackaged, platform: process.platform });

  const dataDir = resolveDataDir(process.argv.slice(1), process.env, app.getPath('userData'));
  const nativeBinding = resolveNativeBinding({
    env: process.env,
    electronVersion: process.versions.electron ?? '',
    nativeDir: paths.nativeDir,
    exists: existsSync,
  });
  try {
    backend = openBackend({ dataDir, autoBackup: true, ...(nativeBinding ? { nativeBinding } : {}) });
  } catch (e) {
    fail(e);
    return;
  }
  const opened = backend;
  registerIpc((method, params) => opened.dispatch(method, params), () => new Set(mainWindow && !mainWindow.isDestroyed() ? [mainWindow.webContents.id] : []));
  openWindow();
  // The daily digest notification; clicking it shows Today.
  digest = startDigest({
    dispatch: (method, params) => opened.dispatch(method, params),
    window: () => mainWindow,
    openWindow: () => { openWindow(); return mainWindow!; },
  });

  // macOS keeps the app alive without windows; the dock icon brings one back.
  app.on('activate', () => {
    if (!mainWindow || mainWindow.isDestroyed()) openWindow();
  });
}

function openWindow(): void {
  const icon = !app.isPackaged && existsSync(paths.devIcon) ? paths.devIcon : undefined;
  mainWindow = createMainWindow({ preload: paths.preload, devTools: !app.isPackaged, icon });
  mainWindow.on('closed', () => {
    mainWindow = undefined;
  });
}

/** The book could not be opened (newer version, damaged, locked, wrong native build…): say so plainly and quit. */
function fail(e: unknown): void {
  const text = openErrorDialog(e, app.getLocale());
  console.error(`[inyeon] could not start: ${text.detail.split('\n').pop()}`);
  dialog.showMessageBoxSync({ type: 'error', title: text.title, message: text.message, detail: text.detail, buttons: ['OK'] });
  app.exit(EXIT_OPEN_REFUSED);
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

// Close the single writer connection last, so WAL is checkpointed and nothing is half-written.
app.on('will-quit', () => {
  digest?.stop();
  backend?.close();
  backend = undefined;
});
