// The app as a user sees it (issue 7): browser mode on the bench's book, driven by Debian's
// Chromium. Reads the renderer's own performance marks (renderer/src/perf.ts): time from
// navigation to Today painted, and from the last search keystroke to its results painted
// (this includes the 120 ms input debounce, which is what the user waits for).
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import type { Page } from 'playwright-core';
import { launchBrowser, openPage, startApp } from '../e2e/support/app.js';
import { percentile, RENDERER_BUILT, type Measure } from './measure.js';

const TODAY_PAINTED = 'inyeon:today-painted';
const SEARCH_RESULTS = 'inyeon:search-results';


const round = (n: number) => Math.round(n * 10) / 10;

function summary(name: string, times: number[], target: number, note: string): Measure {
  const sorted = [...times].sort((a, b) => a - b);
  const p95 = percentile(sorted, 95);
  return { name, unit: 'ms', p50: round(percentile(sorted, 50)), p95: round(p95), max: round(sorted[sorted.length - 1]!), value: round(p95), target, ok: p95 <= target, note };
}

async function waitForEntry(page: Page, name: string, type: 'mark' | 'measure'): Promise<number> {
  const handle = await page.waitForFunction(([n, t]) => {
    const e = performance.getEntriesByName(n!, t as 'mark' | 'measure')[0];
    return e ? (t === 'mark' ? e.startTime : e.duration) : null;
  }, [name, type] as const, { timeout: 30_000, polling: 10 });
  return (await handle.jsonValue()) as number;
}

/**
 * `queries` are typed into the contacts search one at a time (each replacing the last).
 * The book must already exist in `dataDir`; the server opens it with the bench's frozen clock.
 */
export async function measureUi(dataDir: string, now: string, queries: string[], log: (s: string) => void): Promise<Measure[]> {
  if (!existsSync(RENDERER_BUILT)) throw new Error(`${RENDERER_BUILT} is missing: run \`npm run build:renderer\` first`);
  const app = await startApp({ dataDir: { path: dataDir, remove() {} }, now });
  const browser = await launchBrowser();
  try {
    log('ui: time to Today painted');
    const todayTimes: number[] = [];
    for (let i = 0; i < 6; i++) {
      const { context, page } = await openPage(browser, app.url, 'ko-KR');
      const t = await waitForEntry(page, TODAY_PAINTED, 'mark');
      if (i > 0) todayTimes.push(t); // the first load also warms the server's caches and the disk
      // Each load starts with the backend idle, as a start of the app does: the page's own later
      // requests (the sidebar's counts, the suggestions' whole-book scans — ~4 s of CPU at 100k
      // after the first load) finish before the next navigation instead of competing with it.
      await page.waitForLoadState('networkidle');
      await context.close();
    }

    log('ui: search keystroke → results painted');
    const { context, page } = await openPage(browser, app.url, 'ko-KR');
    await waitForEntry(page, TODAY_PAINTED, 'mark');
    await page.getByTestId('nav-contacts').click();
    const box = page.getByTestId('contacts-search');
    await box.waitFor();
    const searchTimes: number[] = [];
    for (const q of queries) {
      await box.fill('');
      await page.evaluate((n) => performance.clearMeasures(n), SEARCH_RESULTS);
      await box.pressSequentially(q, { delay: 30 });
      searchTimes.push(await waitForEntry(page, SEARCH_RESULTS, 'measure'));
    }
    await context.close();
    // The machine is shared: the load average says how much of it these rows had.
    const load = `load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores at the end`;
    return [
      summary('ui: navigation → Today painted (Chromium)', todayTimes, 1000,
        `browser mode, performance mark after paint; loads 2–6 after a first one: ${todayTimes.map((t) => Math.round(t)).join(', ')} ms; ${load}`),
      summary('ui: search keystroke → results painted (Chromium)', searchTimes, 250, `${queries.length} queries; includes the 120 ms debounce; ${load}`),
    ];
  } finally {
    await browser.close();
    await app.stop();
  }
}
