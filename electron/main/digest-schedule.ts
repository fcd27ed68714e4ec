// When to show the daily digest (issue 4). Electron-free, so its decisions are testable: the
// main process gives it the backend's dispatch, a way to show a notification, and the clock.
//
// Each tick reads the settings (the user may change the time or turn it off at any moment), and
// fires if the chosen local time passed since the previous tick — once, even after the machine
// slept through it. Ticks come at the fire time, or every 10 minutes at most, so a changed
// setting is picked up without any wiring between Settings and the main process.
import type { DigestResult } from '../../shared/contract/consent.js';
import type { Settings } from '../../shared/domain/types.js';
import { nextDigestAt } from '../../shared/rules/digest.js';

export const MAX_WAIT_MS = 10 * 60_000;

export interface DigestDeps {
  dispatch(method: 'settings.get' | 'digest.get', params: Record<string, never>): Promise<unknown>;
  show(d: DigestResult): void;
  now(): number;
  setTimer(fn: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
}

export function createDigestScheduler(deps: DigestDeps) {
  let since = deps.now();
  let timer: unknown = null;
  let stopped = false;

  async function digestTick(): Promise<void> {
    timer = null;
    if (stopped) return;
    let wait = MAX_WAIT_MS;
    try {
      const s = (await deps.dispatch('settings.get', {})) as Settings;
      const now = deps.now();
      if (s.digestEnabled) {
        const due = Date.parse(nextDigestAt(since, s.digestTime, s.timeZone));
        if (due <= now) deps.show((await deps.dispatch('digest.get', {})) as DigestResult);
        wait = Math.min(MAX_WAIT_MS, Math.max(1_000, Date.parse(nextDigestAt(now, s.digestTime, s.timeZone)) - now));
      }
      since = now;
    } catch (e) {
      // The book closed (quitting) or a read failed: try again later, never crash the app.
      console.error('[inyeon] daily digest:', e instanceof Error ? e.message : e);
    }
    if (!stopped) timer = deps.setTimer(() => void digestTick(), wait);
  }

  return {
    start(): void {
      since = deps.now();
      void digestTick();
    },
    stop(): void {
      stopped = true;
      if (timer !== null) deps.clearTimer(timer);
    },
  };
}
