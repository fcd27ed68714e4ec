// Hostile text stays text on screen (issue 8): markup and scripts in names and notes render as
// literal characters and never run; direction marks, zero-width characters, emoji, a 200-character
// unbroken name and a 100 KB note do not break the layout.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContactsPage } from './pages/contacts.js';
import { launchBrowser, openPage, pageErrors, screenshot, startApp, type RunningApp } from './support/app.js';

const PEOPLE = [
  { name: '<script>window.__pwned=1</script>김철수', notes: '<img src=x onerror="window.__pwned=2"><iframe src="javascript:window.__pwned=3">메모' },
  { name: '\u202Eأحمد\u202C 이영희', notes: 'RTL \u202E!olleh\u202C 끝' },
  { name: '박\u200B철\u200D수 👨‍👩‍👧‍👦 🇰🇷', notes: 'zero\u200Bwi\uFEFFdth 🎂' },
  { name: 'W'.repeat(200), notes: `${'긴 메모 '.repeat(20_000).slice(0, 99_990)} 마지막말` },
];

let browser: Browser;
let app: RunningApp;
let page: Page;
const pwned = () => page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? null);

beforeAll(async () => {
  browser = await launchBrowser();
  app = await startApp({ env: { LANG: 'en_US.UTF-8' } });
  // Seed through the app's own API (a 100 KB note is too long for a command line).
  const { port } = new URL(app.url);
  const token = /token=([\w-]+)/.exec(app.url)![1]!;
  for (const p of PEOPLE) {
    const r = await fetch(`http://127.0.0.1:${port}/api/contacts.add`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'x-inyeon-token': token }, body: JSON.stringify({ ...p, company: p.name.slice(0, 30) }),
    });
    expect(r.status).toBe(200);
  }
  ({ page } = await openPage(browser, app.url, 'en-US'));
  page.on('dialog', () => { throw new Error('a dialog opened: a script ran'); });
});
afterAll(async () => {
  await page?.context().close();
  await browser?.close();
  await app?.stop();
});

async function noHorizontalOverflow(): Promise<void> {
  const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
  expect(scroll).toBeLessThanOrEqual(width);
}

describe('hostile text', () => {
  it('lists every name as literal text; nothing runs', async () => {
    await page.getByTestId('nav-contacts').click();
    const list = new ContactsPage(page);
    await list.rows().first().waitFor();
    const names = await list.rowNames();
    expect(names).toContain('<script>window.__pwned=1</script>김철수');
    expect(names).toContain('\u202Eأحمد\u202C 이영희');
    expect(await page.locator('script:not([src])').count()).toBe(0);
    expect(await pwned()).toBeNull();
    await noHorizontalOverflow();
    await screenshot(page, 'hostile-list-en');
  });

  it('shows the notes as text, searchable, and the layout holds with a 100 KB note and a 200-character name', async () => {
    const list = new ContactsPage(page);
    await list.search('onerror');
    await expect.poll(() => list.rowNames()).toEqual(['<script>window.__pwned=1</script>김철수']);
    await list.rows().first().click();
    await page.getByTestId('contact-view').waitFor();
    expect(await page.getByTestId('contact-notes').textContent()).toContain('<img src=x onerror=');
    expect(await page.locator('.notes-text img, .notes-text iframe').count()).toBe(0);

    await page.getByTestId('contact-back').click();
    await list.search('마지막말');
    await expect.poll(() => list.rowNames()).toEqual(['W'.repeat(200)]);
    await list.rows().first().click();
    await page.getByTestId('contact-view').waitFor();
    expect((await page.getByTestId('contact-notes').textContent())?.length).toBeGreaterThan(99_000);
    await noHorizontalOverflow();
    const name = await page.getByTestId('contact-name').boundingBox();
    expect(name!.x + name!.width).toBeLessThanOrEqual(1280);
    await screenshot(page, 'hostile-contact-en');
    expect(await pwned()).toBeNull();
    expect(pageErrors(page)).toEqual([]);
  });
});
