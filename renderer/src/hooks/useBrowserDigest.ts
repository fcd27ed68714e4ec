// The daily digest in browser mode (issue 4): the Web Notifications API, only once the user
// allowed it from Settings (permission is never asked on load). Electron shows its own from the
// main process, so this does nothing there. A timer waits for the next fire time in the user's
// time zone (re-planned when the settings change); clicking the notification shows Today.
import { useEffect, useState } from 'react';
import { nextDigestAt } from '../../../shared/rules/digest';
import { invoke, transportKind } from '../api/client';
import { navigate } from '../stores/navigation';
import { useSettings } from '../stores/settings';

/** Longest single wait: timers drift and laptops sleep, so re-plan at least this often. */
const MAX_WAIT_MS = 10 * 60_000;

export const browserNotificationsAvailable = (): boolean => transportKind === 'http' && typeof Notification !== 'undefined';

export async function showBrowserDigest(): Promise<void> {
  const d = await invoke('digest.get', {});
  const n = new Notification(d.title, { body: d.body, tag: `inyeon-digest-${d.date}` });
  n.onclick = () => {
    window.focus();
    navigate({ name: 'today' });
    n.close();
  };
}

const PERMISSION_EVENT = 'inyeon:notification-permission';

/** Ask for permission (from the Settings toggle only); the digest timer starts once allowed. */
export async function requestDigestPermission(): Promise<NotificationPermission> {
  const p = await Notification.requestPermission();
  window.dispatchEvent(new Event(PERMISSION_EVENT));
  return p;
}

export function useBrowserDigest(): void {
  const [permissionSeen, setPermissionSeen] = useState(0);
  useEffect(() => {
    const bump = () => setPermissionSeen((n) => n + 1);
    window.addEventListener(PERMISSION_EVENT, bump);
    return () => window.removeEventListener(PERMISSION_EVENT, bump);
  }, []);
  const settings = useSettings((s) => s.settings);
  const enabled = settings?.digestEnabled ?? false;
  const time = settings?.digestTime ?? '08:30';
  const tz = settings?.timeZone ?? 'Asia/Seoul';

  useEffect(() => {
    if (!enabled || !browserNotificationsAvailable() || Notification.permission !== 'granted') return;
    let since = Date.now();
    let timer: ReturnType<typeof setTimeout>;
    const tick = () => {
      const now = Date.now();
      if (Date.parse(nextDigestAt(since, time, tz)) <= now) void showBrowserDigest().catch(() => undefined);
      since = now;
      timer = setTimeout(tick, Math.min(MAX_WAIT_MS, Math.max(1_000, Date.parse(nextDigestAt(now, time, tz)) - now)));
    };
    timer = setTimeout(tick, Math.min(MAX_WAIT_MS, Math.max(1_000, Date.parse(nextDigestAt(since, time, tz)) - since)));
    return () => clearTimeout(timer);
  }, [enabled, time, tz, permissionSeen]);
}
