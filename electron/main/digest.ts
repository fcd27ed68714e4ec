// The daily digest as a desktop notification (issue 4): "N people to contact today, M overdue".
// Clicking it brings the window forward (or opens one) on Today.
import { type BrowserWindow, Notification } from 'electron';
import type { DigestResult } from '../../shared/contract/consent.js';
import { createDigestScheduler } from './digest-schedule.js';
import { APP_ENTRY_URL } from './security-policy.js';
import { focusWindow } from './window.js';

export function startDigest(opts: {
  dispatch: (method: string, params: unknown) => Promise<unknown>;
  window: () => BrowserWindow | undefined;
  openWindow: () => BrowserWindow;
}): { stop(): void } {
  const show = (d: DigestResult): void => {
    if (!Notification.isSupported()) return;
    const n = new Notification({ title: d.title, body: d.body });
    n.on('click', () => {
      const existing = opts.window();
      const win = existing && !existing.isDestroyed() ? existing : opts.openWindow();
      focusWindow(win);
      // Same page, new fragment: the renderer's router shows Today.
      void win.loadURL(`${APP_ENTRY_URL}#/today`);
    });
    n.show();
  };
  const scheduler = createDigestScheduler({
    dispatch: opts.dispatch,
    show,
    now: () => Date.now(),
    setTimer: (fn, ms) => {
      const t = setTimeout(fn, ms);
      t.unref?.();
      return t;
    },
    clearTimer: (t) => clearTimeout(t as ReturnType<typeof setTimeout>),
  });
  scheduler.start();
  return scheduler;
}
