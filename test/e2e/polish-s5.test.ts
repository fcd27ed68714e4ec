// Session-5 polish as a Korean user meets it, in real Chromium against browser mode: time zones
// read "서울 (GMT+9)" and are found by a Korean city; a read but unsaved card survives a reload.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppShell } from './pages/app.js';
import { SettingsPage } from './pages/settings.js';
import { launchBrowser, openPage, pageErrors, screenshot, startApp, type RunningApp } from './support/app.js';

let browser: Browser;
let app: RunningApp;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  app = await startApp({ env: { LANG: 'ko_KR.UTF-8' }, now: '2026-01-15T01:00:00.000Z' });
  ({ page } = await openPage(browser, app.url, 'ko-KR'));
});
afterAll(async () => { await page?.context().close(); await app?.stop(); await browser?.close(); });

describe('time zone (ko)', () => {
  it('reads in Korean, is found by a Korean city, and stores the IANA ID', async () => {
    await page.getByTestId('welcome').waitFor();
    await new AppShell(page).goTo('settings');
    const settings = new SettingsPage(page);
    expect(await settings.timeZone().inputValue()).toBe('서울 (GMT+9) · 한국 표준시');
    await settings.searchTimeZone('로스');
    expect(await settings.timeZoneHits().first().textContent()).toContain('로스앤젤레스 (GMT-8)');
    await page.setViewportSize({ width: 1024, height: 700 });
    await screenshot(page, 'settings-timezone-search-ko-1024');
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('[data-testid="settings-timezone"]')?.getAttribute('data-zone') === 'America/Los_Angeles');
    expect(await settings.timeZone().inputValue()).toMatch(/^로스앤젤레스 \(GMT-8\) · .*태평양 시간$/); // ICU words differ by version
    await screenshot(page, 'settings-timezone-ko');
    expect(pageErrors(page)).toEqual([]);
  });
});
