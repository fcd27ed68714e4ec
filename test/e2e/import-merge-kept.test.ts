// A merge on import that keeps the stored company and title (walkthrough leftover): the report
// lists the record, what the file said and what was kept, in Korean; the file's values are in
// the person's notes; it fits at 1280×800 and 1024×700.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { tempDir } from '../support/temp.js';
import { AppShell } from './pages/app.js';
import { ImportPage } from './pages/import.js';
import { launchBrowser, newDataDir, openPage, screenshot, startApp, type RunningApp } from './support/app.js';

let browser: Browser;
let app: RunningApp;
let page: Page;
const scratch = tempDir('inyeon-e2e-merge-kept-');
const csv = join(scratch.path, '명단.csv');
beforeAll(async () => {
  const dir = newDataDir();
  writeFileSync(csv, '이름,회사,직책,휴대폰\r\n김철수,대한물산,부장,010-1234-5678\r\n이영희,한빛생명,대리,010-3333-4444\r\n');
  const r = runCli(['--data-dir', dir.path, '--json', 'contact', 'add', '--name', '김철수', '--company', '한빛생명', '--title', '과장', '--phone', '010-1234-5678']);
  expect(r.status, r.stderr).toBe(0);
  browser = await launchBrowser();
  app = await startApp({ dataDir: dir, env: { LANG: 'ko_KR.UTF-8' } });
  ({ page } = await openPage(browser, app.url, 'ko-KR'));
});
afterAll(async () => { await page?.context().close(); await app?.stop(); await browser?.close(); scratch.remove(); });

describe('import report: what a merge kept (ko)', () => {
  it('lists the merged record with the file\'s values and the kept ones; the notes hold the file\'s', async () => {
    await new AppShell(page).goTo('import');
    const imp = new ImportPage(page);
    await imp.choose(csv);
    await imp.previewed('명단.csv');
    await imp.start();
    expect(await imp.report()).toBe('done');
    expect(await imp.count('merged')).toBe(1);
    const merges = page.getByTestId('import-merges');
    expect(await merges.locator('h3').textContent()).toBe('합쳐진 레코드 1건의 값이 달랐습니다');
    expect(await merges.getByTestId('import-merge-differences').innerText()).toBe('회사: 대한물산 (기존 값 한빛생명 유지)\n직책: 부장 (기존 값 과장 유지)');
    await screenshot(page, 'import-merge-kept-ko');
    await page.setViewportSize({ width: 1024, height: 700 });
    await merges.scrollIntoViewIfNeeded();
    // Nothing of the table is cut off at the smaller window.
    expect(await merges.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
    await screenshot(page, 'import-merge-kept-ko-1024');
    await page.setViewportSize({ width: 1280, height: 800 });
    // The person's name opens them: the file's values are in the notes.
    await merges.getByRole('button', { name: '김철수' }).click();
    await page.getByText('파일의 다른 값 — 회사: 대한물산').first().waitFor();
  });
});
