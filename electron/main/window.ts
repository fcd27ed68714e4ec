// The main window. Security settings come from security-policy.ts; navigation guards are attached
// to every web contents by security.ts (installSecurityGuards), so nothing here can forget them.
import { BrowserWindow } from 'electron';
import { APP_ENTRY_URL, webPreferences } from './security-policy.js';

export function createMainWindow(opts: { preload: string; devTools: boolean; icon?: string | undefined }): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    title: 'Inyeon',
    // Shown once painted, so the user never sees a white flash.
    show: false,
    backgroundColor: '#f6f6f7',
    ...(opts.icon ? { icon: opts.icon } : {}),
    webPreferences: webPreferences({ preload: opts.preload, devTools: opts.devTools }),
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_ENTRY_URL);
  return win;
}

/** Bring an existing window to the front (second launch, dock click). */
export function focusWindow(win: BrowserWindow): void {
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}
