// Session-5 polish as a Korean user meets it, in real Chromium against browser mode: time zones
// read "서울 (GMT+9)" and are found by a Korean city; a read but unsaved card survives a reload.
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppShell } from './pages/app.js';
import { CapturePage } from './pages/capture.js';
import { ContactForm } from './pages/contact-form.js';
import { ContactPage } from './pages/contact.js';
import { ContactsPage } from './pages/contacts.js';
import { LogTouchDialog } from './pages/log-touch.js';
import { SettingsPage } from './pages/settings.js';
import { launchBrowser, newDataDir, openPage, pageErrors, screenshot, startApp, type RunningApp } from './support/app.js';

let browser: Browser;
let app: RunningApp;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  // No OCR data: a dropped card is typed by hand at once (reading is not what is tested here).
  app = await startApp({ env: { LANG: 'ko_KR.UTF-8', INYEON_OCR_LANG_PATH: '/nonexistent-ocr-data' }, now: '2026-01-15T01:00:00.000Z' });
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

describe('an unsaved card (ko)', () => {
  it('survives a reload: offered as 저장하지 않은 명함 1장, continued with its image and fields, gone once saved', async () => {
    const capture = new CapturePage(page);
    await capture.open();
    await capture.drop([join(import.meta.dirname, '../fixtures/cards/card-001.jpg')]);
    await capture.review().waitFor();
    await capture.fill({ name: '정다운', company: '다온상사' });
    // The draft is written half a second after the last keystroke.
    await page.waitForResponse((r) => r.url().includes('/api/capture.drafts.save') && r.request().postData()?.includes('다온상사') === true);
    await page.reload();
    await capture.open();
    const notice = page.getByTestId('capture-drafts');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('저장하지 않은 명함 1장');
    await screenshot(page, 'capture-drafts-ko');
    await page.setViewportSize({ width: 1024, height: 700 });
    await screenshot(page, 'capture-drafts-ko-1024');
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByTestId('capture-drafts-resume').click();
    await capture.review().waitFor();
    expect(await capture.field('name').inputValue()).toBe('정다운');
    expect(await capture.field('company').inputValue()).toBe('다온상사');
    expect(await page.locator('.review-image img').count()).toBeGreaterThan(0);
    await screenshot(page, 'capture-draft-resumed-ko');
    await capture.field('name').focus();
    await capture.saveWithKeyboard();
    await page.getByTestId('capture-done').waitFor();
    await page.reload();
    const listed = page.waitForResponse((r) => r.url().includes('/api/capture.drafts.list'));
    await capture.open();
    await listed;
    expect(await page.getByTestId('capture-drafts').count()).toBe(0);
    // The card could not be read (no OCR data here): that 503 is the one expected console line.
    expect(pageErrors(page).filter((e) => !/503 \(Service Unavailable\)/.test(e))).toEqual([]);
  });
});

describe('a word inside a note (ko)', () => {
  it('is found by two syllables, and the row says the note matched', async () => {
    await new AppShell(page).goTo('contacts');
    const contacts = new ContactsPage(page);
    await contacts.newContact();
    const form = new ContactForm(page);
    await form.fill({ name: '한도윤', company: '미래에셋', notes: '주말마다 라운딩, 골프를 좋아함. 둘째 아들 수능' });
    await form.save();
    await new ContactPage(page).waitFor('한도윤');
    await new AppShell(page).goTo('contacts');
    await contacts.search('골프');
    await page.getByTestId('contact-row-match').first().waitFor();
    expect(await contacts.rowNames()).toContain('한도윤');
    expect(await page.getByTestId('contact-row-match').first().textContent()).toBe('메모: 주말마다 라운딩, 골프를 좋아함. 둘째 아들 수능');
    await screenshot(page, 'search-notes-ko');
    await page.setViewportSize({ width: 1024, height: 700 });
    await screenshot(page, 'search-notes-ko-1024');
    await page.setViewportSize({ width: 1280, height: 800 });
  });
});

describe('a dead number and a complaint (ko)', () => {
  // Verification tasks are made by the day's first pass: the contact is added one day, the
  // app restarted on the next (same book) finds the dead number.
  const dir = newDataDir();
  let next: RunningApp;
  let p: Page;
  beforeAll(async () => {
    const first = await startApp({ dataDir: { path: dir.path, remove: () => undefined }, env: { LANG: 'ko_KR.UTF-8' }, now: '2026-01-15T01:00:00.000Z' });
    const { page: p0 } = await openPage(browser, first.url, 'ko-KR');
    await p0.getByTestId('welcome-add-contact').click();
    const form = new ContactForm(p0);
    await form.fill({ name: '서지훈', phones: ['017-234-5678'] });
    await form.save();
    await new ContactPage(p0).waitFor('서지훈');
    await p0.context().close();
    await first.stop();
    next = await startApp({ dataDir: dir, env: { LANG: 'ko_KR.UTF-8' }, now: '2026-01-16T01:00:00.000Z' });
    ({ page: p } = await openPage(browser, next.url, 'ko-KR'));
  });
  afterAll(async () => { await p?.context().close(); await next?.stop(); });

  it('a new 010 closes the 017 task with the reason in the timeline; a complaint names itself in the toast and the referral box', async () => {
    await p.getByText('017 번호는 더 이상 연결되지 않음', { exact: false }).first().waitFor();
    await new AppShell(p).goTo('contacts');
    const contacts = new ContactsPage(p);
    await contacts.rows().first().click();
    const contact = new ContactPage(p);
    await contact.waitFor('서지훈');
    await p.getByTestId('contact-edit').click();
    await p.getByTestId('contact-form').waitFor();
    await p.getByTestId('form-phone-add').click();
    await p.getByTestId('form-phone-value').nth(1).fill('010-3456-7890');
    await new ContactForm(p).save();
    const resolved = p.getByTestId('timeline-resolved');
    await resolved.waitFor();
    expect(await resolved.textContent()).toContain('완료: 새 휴대폰 010-3456-7890 등록');
    // The timeline's count is what it lists (the closed task included), not the touches alone.
    expect(await p.getByTestId('timeline-count').textContent()).toBe(String(await p.getByTestId('timeline').locator('li').count()));
    await resolved.scrollIntoViewIfNeeded();
    await screenshot(p, 'contact-verification-resolved-ko');

    await p.keyboard.press('l');
    const dialog = new LogTouchDialog(p);
    await dialog.waitFor();
    await dialog.fill({ kind: 'call', outcome: 'complaint', summary: '설명 부족' });
    await dialog.save();
    await expect.poll(() => new AppShell(p).toast()).toMatch(/^기록했습니다\. 불만 응대: .+까지 \(24시간 안에\)$/); // the newest toast: an older one may still show
    expect(await p.getByTestId('referral-eligibility').textContent()).toContain('처리 중인 불만이 있음');
    await screenshot(p, 'contact-complaint-ko');
    await p.setViewportSize({ width: 1024, height: 700 });
    await screenshot(p, 'contact-complaint-ko-1024');
  });
});
