// The daily digest's scheduling decisions (electron/main/digest-schedule.ts) with a hand-driven
// clock and timer: fires once after the chosen local time, follows setting changes, never twice.
import { describe, expect, it } from 'vitest';
import { createDigestScheduler, MAX_WAIT_MS } from '../../../electron/main/digest-schedule.js';

function harness(settings: { digestEnabled: boolean; digestTime: string; timeZone: string }, start: string) {
  let now = Date.parse(start);
  const shown: string[] = [];
  const timers: { fn: () => void; ms: number }[] = [];
  const s = createDigestScheduler({
    dispatch: async (method) => (method === 'settings.get'
      ? settings
      : { date: '', today: 2, overdue: 1, title: 't', body: `digest at ${new Date(now).toISOString()}` }),
    show: (d) => shown.push(d.body),
    now: () => now,
    setTimer: (fn, ms) => { timers.push({ fn, ms }); return timers.length; },
    clearTimer: () => undefined,
  });
  const flush = () => new Promise((r) => setTimeout(r, 0));
  return {
    shown, timers, settings,
    async start() { s.start(); await flush(); await flush(); },
    /** Let the last planned timer fire after its wait. */
    async next() { const t = timers.at(-1)!; now += t.ms; t.fn(); await flush(); await flush(); },
    sleep(ms: number) { now += ms; },
    stop: () => s.stop(),
  };
}

describe('daily digest scheduling', () => {
  it('waits until 08:30 Seoul in steps of at most 10 minutes, shows it once, then waits for tomorrow', async () => {
    const h = harness({ digestEnabled: true, digestTime: '08:30', timeZone: 'Asia/Seoul' }, '2026-03-01T22:00:00.000Z'); // 07:00 Seoul
    await h.start();
    expect(h.shown).toEqual([]);
    for (let i = 0; i < 9; i++) await h.next(); // 90 minutes
    expect(h.shown).toEqual(['digest at 2026-03-01T23:30:00.000Z']);
    expect(h.timers.every((t) => t.ms <= MAX_WAIT_MS)).toBe(true);
    for (let i = 0; i < 20; i++) await h.next();
    expect(h.shown).toHaveLength(1);
  });

  it('after sleeping through the time it shows once on waking, not once per missed day', async () => {
    const h = harness({ digestEnabled: true, digestTime: '08:30', timeZone: 'Asia/Seoul' }, '2026-03-01T22:00:00.000Z');
    await h.start();
    h.sleep(3 * 86_400_000);
    await h.next();
    expect(h.shown).toHaveLength(1);
  });

  it('turned off, it stays silent; a new time is picked up at the next tick', async () => {
    const h = harness({ digestEnabled: false, digestTime: '08:30', timeZone: 'Asia/Seoul' }, '2026-03-01T22:00:00.000Z');
    await h.start();
    for (let i = 0; i < 12; i++) await h.next();
    expect(h.shown).toEqual([]);
    h.settings.digestEnabled = true;
    h.settings.digestTime = '10:00';
    for (let i = 0; i < 6; i++) await h.next(); // 09:00 → 10:00 Seoul
    expect(h.shown).toHaveLength(1);
  });
});
