// Consent and marketing as a Korean user meets them, in real Chromium against browser mode:
// a new contact has no consent; recording it needs evidence; a marketing text then gets a lawful
// "(광고)" draft; withdrawn, the same touch is blocked with the reason, and Save is disabled.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConsentPanel } from './pages/consent.js';
import { ContactForm } from './pages/contact-form.js';
import { ContactPage } from './pages/contact.js';
import { LogTouchDialog } from './pages/log-touch.js';
import { AppShell } from './pages/app.js';
import { launchBrowser, openPage, pageErrors, screenshot, startApp, type RunningApp } from './support/app.js';

let browser: Browser;
let app: RunningApp;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  app = await startApp({ env: { LANG: 'ko_KR.UTF-8' }, now: '2026-03-02T01:00:00.000Z' });
  ({ page } = await openPage(browser, app.url, 'ko-KR'));
});
afterAll(async () => { await page?.context().close(); await app?.stop(); await browser?.close(); });

describe('consent and marketing (ko)', () => {
  it('sets the sender and opt-out number in Settings', async () => {
    await page.getByTestId('welcome').waitFor();
    await new AppShell(page).goTo('settings');
    await page.getByTestId('settings-sender').fill('한빛생명 김설계');
    await page.getByTestId('settings-optout').fill('080-123-4567');
    await page.getByTestId('settings-marketing-save').click();
    await page.getByTestId('settings-sms-preview').filter({ hasText: '무료수신거부 080-123-4567' }).waitFor();
    expect(await page.getByTestId('settings-sms-preview').textContent()).toMatch(/^\(광고\)한빛생명 김설계/);
    await page.getByTestId('settings-marketing-section').scrollIntoViewIfNeeded();
    await screenshot(page, 'settings-marketing-ko');
  });

  it('a new contact has no consent; recording one needs evidence', async () => {
    await page.getByTestId('nav-today').click();
    await page.getByTestId('welcome-add-contact').click();
    const form = new ContactForm(page);
    await form.fill({ name: '이영희', phones: ['010-2222-3333'], emails: ['young@example.com'] });
    await form.save();
    await new ContactPage(page).waitFor('이영희');
    const consent = new ConsentPanel(page);
    await expect(consent.state('sms', 'marketing').getAttribute('data-state')).resolves.toBe('none');
    await page.getByTestId('consent-grant').click();
    await page.getByTestId('consent-save').click();
    await page.getByTestId('consent-error').waitFor();
    await page.getByTestId('consent-evidence').fill('동의서 서명 2026-03-02');
    await page.getByTestId('consent-save').click();
    await page.getByTestId('consent-form').waitFor({ state: 'hidden' });
    await expect(consent.state('sms', 'marketing').getAttribute('data-state')).resolves.toBe('granted');
    await page.getByTestId('consent-history-toggle').click();
    expect(await page.getByTestId('consent-history').textContent()).toContain('동의서 서명 2026-03-02');
    await screenshot(page, 'contact-consent-ko');
  });

  it('a marketing text is allowed and drafted with (광고) and the opt-out line', async () => {
    await page.keyboard.press('l');
    const dialog = new LogTouchDialog(page);
    await dialog.waitFor();
    await dialog.fill({ kind: 'sms' });
    await page.getByTestId('touch-purpose-marketing').click();
    await page.getByTestId('marketing-allowed').waitFor();
    await page.getByTestId('sms-draft-body').fill('봄맞이 보장 점검 이벤트를 안내드립니다.');
    const text = await page.getByTestId('sms-draft-text').textContent();
    expect(text).toBe('(광고)한빛생명 김설계\n봄맞이 보장 점검 이벤트를 안내드립니다.\n무료수신거부 080-123-4567');
    await screenshot(page, 'log-touch-marketing-ko');
    await page.setViewportSize({ width: 1024, height: 700 });
    await screenshot(page, 'log-touch-marketing-ko-1024');
    await page.setViewportSize({ width: 1280, height: 800 });
    await dialog.save();
  });

  it('withdrawn, the same touch is blocked with the reason and cannot be saved', async () => {
    await new ConsentPanel(page).withdraw('sms');
    // The panel shows the backend's answer once it arrives: wait for it, not for the click alone.
    await expect.poll(() => new ConsentPanel(page).state('sms', 'marketing').getAttribute('data-state')).toBe('withdrawn');
    await page.keyboard.press('l');
    const dialog = new LogTouchDialog(page);
    await dialog.waitFor();
    await dialog.fill({ kind: 'sms' });
    await page.getByTestId('touch-purpose-marketing').click();
    await page.getByTestId('marketing-block-no-consent').waitFor();
    expect(await page.getByTestId('marketing-blocked').textContent()).toContain('광고 수신 동의가 없습니다');
    expect(await page.getByTestId('log-touch-save').isDisabled()).toBe(true);
    await screenshot(page, 'log-touch-blocked-ko');
    // Service is never blocked.
    await page.getByTestId('touch-purpose-service').click();
    expect(await page.getByTestId('log-touch-save').isDisabled()).toBe(false);
    await page.keyboard.press('Escape');
    expect(pageErrors(page)).toEqual([]);
  });
});
