// The sample book: loaded from the welcome screen, clearly marked, removed in one action.
// Its screens are the README's screenshots.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppShell } from './pages/app.js';
import { ContactsPage } from './pages/contacts.js';
import { launchBrowser, openPage, pageErrors, screenshot, startApp, type RunningApp } from './support/app.js';

let browser: Browser;
let app: RunningApp;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  app = await startApp({ env: { LANG: 'ko_KR.UTF-8' } });
  ({ page } = await openPage(browser, app.url, 'ko-KR'));
});
afterAll(async () => {
  await page?.context().close();
  await browser?.close();
  await app?.stop();
});

describe('sample book', () => {
  it('loads from the welcome screen and fills Today with reasons', async () => {
    await page.getByTestId('welcome-load-sample').click();
    await page.getByTestId('sample-banner').waitFor({ timeout: 30_000 });
    await page.getByTestId('today-view').waitFor();
    await page.getByTestId('today-item').first().waitFor();
    const reasons = await page.getByTestId('today-item-reason').allTextContents();
    expect(reasons.length).toBeGreaterThan(3);
    // Every item says why, in Korean (check-ins count days; complaints and referral asks say what happened).
    for (const r of reasons) expect(r).toMatch(/[가-힣]{2,}/);
    expect(reasons.some((r) => /\d+일/.test(r))).toBe(true);
    await page.mouse.move(0, 0);
    await screenshot(page, 'today-ko');
  });

  it('lists hundreds of contacts in a virtualized list', async () => {
    await new AppShell(page).goTo('contacts');
    const list = page.getByTestId('contact-list');
    await page.getByTestId('contact-row').first().waitFor();
    expect(Number(await list.getAttribute('data-total'))).toBe(300);
    // Virtualized: far fewer rows in the DOM than contacts in the book.
    expect(await page.getByTestId('contact-row').count()).toBeLessThan(80);
    await screenshot(page, 'contacts-ko');
    // A customer with history makes the better picture of a contact page.
    await page.getByTestId('filter-stage').selectOption('active');
    await expect.poll(async () => Number(await list.getAttribute('data-total'))).toBeLessThan(300);
    await new ContactsPage(page).rows().first().click();
    await page.getByTestId('contact-view').waitFor();
    await page.getByTestId('timeline-item').first().waitFor();
    await page.mouse.move(0, 0);
    await screenshot(page, 'contact-sample-ko');
  });

  it('is removed in one action after confirmation', async () => {
    await page.getByTestId('sample-remove').click();
    await page.getByTestId('confirm-ok').click();
    await page.getByTestId('welcome').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('sample-banner').count()).toBe(0);
  });

  it('produced no script errors or CSP violations', () => {
    expect(pageErrors(page)).toEqual([]);
  });
});
