// Undo import after a merge (new-user walkthrough): someone from the import was merged with a
// person on the Duplicates screen since. The undo names that merge in Korean and offers to undo
// it together with the import, instead of refusing for good in English.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { tempDir } from '../support/temp.js';
import { AppShell } from './pages/app.js';
import { launchBrowser, newDataDir, openPage, screenshot, startApp, type RunningApp } from './support/app.js';

let browser: Browser;
let app: RunningApp;
let page: Page;
const scratch = tempDir('inyeon-e2e-undo-merge-');
beforeAll(async () => {
  const dir = newDataDir();
  const csv = join(scratch.path, '명단.csv');
  writeFileSync(csv, '이름,휴대폰\r\n이영희,010-3333-4444\r\n박지성,010-7777-8888\r\n');
  const cli = (...args: string[]) => {
    const r = runCli(['--data-dir', dir.path, '--json', ...args]);
    expect(r.status, r.stderr).toBe(0);
  };
  cli('import', csv);
  cli('contact', 'add', '--name', '이영희', '--company', '한빛생명', '--phone', '010-3333-4444');
  cli('duplicates', '--merge-all-exact');
  browser = await launchBrowser();
  app = await startApp({ dataDir: dir, env: { LANG: 'ko_KR.UTF-8' } });
  ({ page } = await openPage(browser, app.url, 'ko-KR'));
});
afterAll(async () => { await page?.context().close(); await app?.stop(); await browser?.close(); scratch.remove(); });

describe('undo an import after a merge (ko)', () => {
  it('names the later merge and undoes it with the import', async () => {
    await new AppShell(page).goTo('import');
    await page.getByTestId('import-batch-undo').click();
    await page.getByTestId('confirm-ok').click();
    // The second question lists the merge that stands in the way, in Korean.
    await page.locator('.confirm-body').filter({ hasText: '이영희 → 이영희' }).waitFor();
    expect(await page.locator('.confirm-body').textContent()).toContain('합치기를 먼저 되돌립니다');
    await screenshot(page, 'undo-import-merges-ko');
    await page.getByTestId('confirm-ok').click();
    await expect.poll(() => new AppShell(page).toast()).toContain('합치기 1건 되돌림'); // the newest toast: an older one may still show
    await page.getByTestId('import-batch-undone').waitFor();
    // The hand-made 이영희 is back on her own; the imported people are gone.
    await new AppShell(page).goTo('contacts');
    await expect.poll(async () => Number(await page.getByTestId('contact-list').getAttribute('data-total'))).toBe(1);
    expect(await page.getByTestId('contact-row-name').allTextContents()).toEqual(['이영희']);
  });
});
