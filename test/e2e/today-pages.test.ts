// A busy day on Today (issue 7), in real Chromium against browser mode: 420 people due on one
// day. Today shows the first 50 with the bucket's full count; "Show more" reveals what it holds,
// then fetches more of the bucket from the backend (the renderer asks for pages of 100 at first).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppShell } from './pages/app.js';
import { TodayPage } from './pages/today.js';
import { launchBrowser, newDataDir, openPage, pageErrors, screenshot, startApp } from './support/app.js';
import { runCli } from '../support/cli.js';

const dir = newDataDir();
const T0 = '2026-03-02T01:00:00Z'; // imported on Monday 2 March; prospects' check-ins fall due 14 days later
const DUE = '2026-03-16T01:00:00Z';
const N = 420;
const name = (i: number) => `고객${String(i).padStart(3, '0')}`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  const rows = Array.from({ length: N }, (_, k) => `${name(k + 1)},Mobile,010-5${String(k).padStart(3, '0')}-${String(1000 + k)}`);
  const csv = join(dir.path, 'busy.csv');
  writeFileSync(csv, `Name,Phone 1 - Type,Phone 1 - Value\n${rows.join('\n')}\n`);
  const r = runCli(['--data-dir', dir.path, '--json', '--now', T0, 'import', csv]);
  expect(r.status, r.stderr).toBe(0);
}, 120_000);
afterAll(async () => { await browser?.close(); dir.remove(); });

describe('Today on a busy day', () => {
  it('shows 50 of 420 with the full count, then more, fetching the next page from the backend', async () => {
    const app = await startApp({ dataDir: { path: dir.path, remove: () => undefined }, now: DUE, env: { LANG: 'ko_KR.UTF-8' } });
    const { page } = await openPage(browser, app.url, 'ko-KR');
    try {
      const today = new TodayPage(page);
      const bucket = today.bucket('today');
      await bucket.waitFor();
      await expect.poll(() => page.getByTestId('today-bucket-today-count').textContent()).toBe('420');
      // The first screen's rows are painted first; the rest of the page follows right after.
      await expect.poll(() => bucket.getByTestId('today-item').count()).toBe(50);
      expect(await page.getByTestId('today-bucket-today-shown').textContent()).toBe('420건 중 50건 표시');
      await screenshot(page, 'today-busy-ko');

      const more = page.getByTestId('today-bucket-today-more');
      expect(await more.textContent()).toBe('200건 더 보기');
      await more.scrollIntoViewIfNeeded();
      await screenshot(page, 'today-busy-more-ko');
      await more.click();
      await expect.poll(() => bucket.getByTestId('today-item').count()).toBe(250);
      // Each step past what the store holds fetches from the backend first, then shows.
      await more.click();
      await expect.poll(() => bucket.getByTestId('today-item').count()).toBe(N);
      const names = (await today.order()).map((i) => i.name);
      expect(names.slice(0, 2)).toEqual([name(1), name(2)]);
      expect(names.at(-1)).toBe(name(N));
      expect(await more.count()).toBe(0);
      expect(await page.getByTestId('today-bucket-today-shown').count()).toBe(0);

      // Skipping one reloads Today with the pages already asked for: nothing jumps back to the first page.
      await page.setViewportSize({ width: 1024, height: 700 });
      await today.press('j', 'x');
      await expect.poll(() => page.getByTestId('today-bucket-today-count').textContent()).toBe('419');
      expect(await bucket.getByTestId('today-item').count()).toBe(N - 1);
      await screenshot(page, 'today-busy-ko-1024');

      // The daily cap on new referral asks, in the engine section of Settings, checked per field.
      await new AppShell(page).goTo('settings');
      const field = page.getByTestId('settings-referral-asks');
      expect(await field.inputValue()).toBe('10');
      await field.fill('501');
      await page.getByTestId('settings-engine-save').click();
      expect(await page.getByTestId('settings-referral-asks-error').textContent()).toContain('500');
      await field.fill('3');
      await page.getByTestId('settings-engine-save').click();
      await expect.poll(() => page.getByTestId('toast-text').last().textContent()).toContain('저장');
      await page.getByTestId('settings-engine').scrollIntoViewIfNeeded();
      await screenshot(page, 'settings-referral-asks-ko');
      await page.reload();
      await page.getByTestId('settings-engine').waitFor();
      expect(await page.getByTestId('settings-referral-asks').inputValue()).toBe('3');
      expect(pageErrors(page)).toEqual([]);
    } finally {
      await page.context().close();
      await app.stop();
    }
  }, 120_000);

  it('starts with one request, sent before the app has run, whose answer paints Today', async () => {
    const app = await startApp({ dataDir: { path: dir.path, remove: () => undefined }, now: DUE, env: { LANG: 'ko_KR.UTF-8' } });
    const context = await browser.newContext({ locale: 'ko-KR', viewport: { width: 1280, height: 800 }, timezoneId: 'Asia/Seoul' });
    const page = await context.newPage();
    const calls: string[] = [];
    page.on('request', (r) => { if (r.url().includes('/api/')) calls.push(new URL(r.url()).pathname.replace('/api/', '')); });
    try {
      await page.goto(app.url);
      await expect.poll(() => page.getByTestId('today-bucket-today-count').textContent()).toMatch(/^4(19|20)$/); // 419 after the test above
      await page.waitForFunction(() => performance.getEntriesByName('inyeon:today-painted', 'mark').length > 0);
      // early.ts sent it; the app's own identical call took that answer instead of asking again.
      expect(calls[0]).toBe('system.start');
      expect(calls.filter((c) => c === 'system.start')).toHaveLength(1);
      expect(calls).not.toContain('system.openState');
      expect(calls).not.toContain('today.get');
      expect(calls).not.toContain('settings.get');
      // The settings came with it: the sidebar's language and the book's counts are there.
      expect(await page.getByTestId('nav-today').textContent()).toContain('오늘');
    } finally {
      await context.close();
      await app.stop();
    }
  }, 60_000);
});
