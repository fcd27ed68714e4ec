// Many lifecycle suggestions on Today (issue 7): a big book has ~10,000, so suggestions.list is
// paged and the bucket is a virtualized list that fetches the pages its rows fall on as it
// scrolls. 250 people imported and never touched for over a year each get "→ Dormant".
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newDataDir, openPage, pageErrors, screenshot, startApp } from './support/app.js';
import { runCli } from '../support/cli.js';

const dir = newDataDir();
const T0 = '2025-01-06T01:00:00Z';
const LATER = '2026-02-10T01:00:00Z'; // 400 days on: past dormantAfterDays (365) for everyone
const N = 250;
const name = (i: number) => `고객${String(i).padStart(3, '0')}`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  const rows = Array.from({ length: N }, (_, k) => `${name(k + 1)},Mobile,010-6${String(k).padStart(3, '0')}-${String(1000 + k)}`);
  const csv = join(dir.path, 'quiet.csv');
  writeFileSync(csv, `Name,Phone 1 - Type,Phone 1 - Value\n${rows.join('\n')}\n`);
  const r = runCli(['--data-dir', dir.path, '--json', '--now', T0, 'import', csv]);
  expect(r.status, r.stderr).toBe(0);
}, 120_000);
afterAll(async () => { await browser?.close(); dir.remove(); });

describe('Suggestions on Today, paged and virtualized', () => {
  it('shows the full count, renders only the rows on screen, and loads the rest as the list scrolls', async () => {
    const app = await startApp({ dataDir: { path: dir.path, remove: () => undefined }, now: LATER, env: { LANG: 'ko_KR.UTF-8' } });
    const { page } = await openPage(browser, app.url, 'ko-KR');
    try {
      const bucket = page.getByTestId('today-suggestions');
      await bucket.waitFor();
      await expect.poll(() => page.getByTestId('today-suggestions-count').textContent()).toBe(String(N));
      const items = bucket.getByTestId('suggestion-item');
      await expect.poll(() => items.count()).toBeGreaterThan(3);
      // Only what the box shows (plus a few either side) exists: not 250 rows.
      expect(await items.count()).toBeLessThan(40);
      expect(await items.first().getAttribute('data-to')).toBe('dormant');
      expect(await items.first().textContent()).toContain(name(1));
      await bucket.scrollIntoViewIfNeeded();
      await screenshot(page, 'today-suggestions-ko');

      // To the end of the list: the rows there come from the last page (suggestions 201–250).
      const scroll = page.getByTestId('suggestion-scroll');
      await scroll.evaluate((el) => { el.scrollTop = el.scrollHeight; });
      await expect.poll(() => bucket.getByTestId('suggestion-item').filter({ hasText: name(N) }).count()).toBe(1);
      expect(await items.filter({ hasText: name(1) }).count()).toBe(0);
      await screenshot(page, 'today-suggestions-end-ko');

      // Accepting one there: the count drops and the list stays where it was.
      const last = items.filter({ hasText: name(N) });
      await last.getByTestId('suggestion-accept').click();
      await expect.poll(() => page.getByTestId('today-suggestions-count').textContent()).toBe(String(N - 1));
      await expect.poll(() => items.filter({ hasText: name(N) }).count()).toBe(0);
      await expect.poll(() => items.filter({ hasText: name(N - 1) }).count()).toBe(1);
      expect(pageErrors(page)).toEqual([]);
    } finally {
      await page.context().close();
      await app.stop();
    }
  }, 120_000);
});
