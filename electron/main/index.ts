// Electron main process: one instance, one backend (the single writer of the book), one window.
// The decisions live in electron-free modules (security-policy, sender, call, startup, dialogs,
// menu-template); this file only orders them in the app's lifecycle.
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, type BrowserWindow, dialog, safeStorage, session } from 'electron';
import { newestUsableBackup } from '../backend/recovery/latest-backup.js';
import { openSession, type Session } from '../backend/recovery/session.js';
import { openErrorDialog } from './dialogs.js';
import { startDigest } from './digest.js';
import { registerIpc } from './ipc.js';
import { appKeyStores } from './keychain.js';
import { installMenu } from './menu.js';
import { registerAppScheme, serveRenderer } from './protocol.js';
import { hardenSession, installSecurityGuards } from './security.js';
import { bundlePaths, EXIT_OPEN_REFUSED, resolveDataDir, resolveNativeBinding } from './startup.js';
import { createMainWindow, focusWindow } from './window.js';

const paths = bundlePaths(dirname(fileURLToPath(import.meta.url)));
let book: Session | undefined;
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
  // A book that cannot be opened (damaged, newer, read-only…) does not end the app: the window
  // opens on the recovery screen, which asks the session why and offers the ways forward.
  // Encryption at rest: a new key goes to the OS keychain (safeStorage); an encrypted book is
  // unlocked from it, or from a passphrase (browser mode/CLI books) on the unlock screen.
  const keys = appKeyStores(safeStorage, process.env);
  const opened = openSession({
    dataDir, autoBackup: true, ...(nativeBinding ? { nativeBinding } : {}), latestBackup: newestUsableBackup, ownerLock: 'the Inyeon app',
    keyStore: keys.keyStore, keyStores: keys.keyStores,
  });
  book = opened;
  const problem = opened.problem();
  if (problem) console.error(`[inyeon] the book could not be opened (${problem.code}); showing the recovery screen`);
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

/** The shell itself could not start: say so plainly and quit (a book that cannot be opened gets the recovery screen instead). */
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
  book?.close();
});
