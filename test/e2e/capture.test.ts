// Business-card capture (issue 6) as a user does it, in real Chromium against browser mode.
// Entering a card by hand (the path for a card the OCR cannot read) and reading a rendered card
// with the real offline OCR engine.
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppShell } from './pages/app.js';
import { CapturePage } from './pages/capture.js';
import { ContactPage } from './pages/contact.js';
import { TodayPage } from './pages/today.js';
import { launchBrowser, openPage, pageErrors, screenshot, startApp, type RunningApp } from './support/app.js';

// Without recognition data the engine refuses at once, so every card takes the by-hand path
// (what a user sees when a card cannot be read); the last block reads cards for real.
const BY_HAND = { INYEON_OCR_LANG_PATH: '/nonexistent-ocr-data' };

const CARD = fileURLToPath(new URL('../fixtures/cards/kim-chulsoo-front.png', import.meta.url));
const BACK = fileURLToPath(new URL('../fixtures/cards/kim-chulsoo-back.png', import.meta.url));
// 10:00 in Seoul on 2 March 2026.
const NOW = '2026-03-02T01:00:00.000Z';
// The failed recognitions (503: no recognition data, on purpose) and the refused saves (400).
const EXPECTED_ERRORS = /status of (400|503)/;

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

describe('capturing a card by hand, in Korean', () => {
  let app: RunningApp;
  let page: Page;
  let capture: CapturePage;
  beforeAll(async () => {
    app = await startApp({ now: NOW, env: { LANG: 'ko_KR.UTF-8', ...BY_HAND } });
    ({ page } = await openPage(browser, app.url, 'ko-KR'));
    capture = new CapturePage(page);
  });
  afterAll(async () => { await page?.context().close(); await app?.stop(); });

  it('opens Capture from the sidebar with the four ways in', async () => {
    await page.getByTestId('welcome').waitFor();
    await capture.open();
    const empty = page.getByTestId('capture-empty');
    await empty.waitFor();
    expect(await empty.textContent()).toContain('명함 이미지를 여기에 끌어다 놓거나, 붙여넣거나, 파일을 고르거나, 카메라로 찍으세요');
    for (const id of ['capture-pick', 'capture-camera', 'capture-manual']) expect(await empty.getByTestId(id).isVisible(), id).toBe(true);
    await screenshot(page, 'capture-empty-ko');
  });

  it('a dropped card that cannot be read is offered for entry by hand, beside its image', async () => {
    await capture.drop([CARD]);
    await expect.poll(() => capture.statuses(), { timeout: 15_000 }).toEqual(['failed']);
    expect(await page.getByTestId('capture-unreadable').textContent()).toContain('이 명함을 읽지 못했습니다 — 항목을 직접 입력하세요');
    expect(await page.getByTestId('capture-preview').locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1050);
    // Keyboard focus starts on the name.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('capture-name');
  });

  it('refuses a malformed e-mail next to its field, saving nothing', async () => {
    await capture.fill({ name: '김철수', company: '(주)한빛소프트', department: '영업본부', title: '팀장', mobile: '010-1234-5678', email: 'chulsoo@' });
    await capture.saveWithKeyboard();
    await capture.fieldError('email').waitFor();
    expect(await capture.statuses()).toEqual(['failed']);
  });

  it('saves with Ctrl+Enter: a prospect, its card image, and a thank-you due in Today', async () => {
    await capture.fill({ email: 'chulsoo@hanbit.co.kr' });
    await page.getByTestId('capture-event').fill('서울 국제 보험 박람회');
    await screenshot(page, 'capture-review-ko');
    await page.setViewportSize({ width: 1024, height: 700 });
    await screenshot(page, 'capture-review-ko-1024');
    await page.setViewportSize({ width: 1280, height: 800 });
    await capture.field('email').focus();
    await capture.saveWithKeyboard();
    await expect.poll(() => capture.statuses(), { timeout: 15_000 }).toEqual(['saved']);
    await expect.poll(() => new AppShell(page).toast()).toContain('김철수 님을 잠재 고객으로 저장했습니다'); // the newest toast: an older one may still show
    await page.getByTestId('capture-done').waitFor();

    await page.getByTestId('nav-today').click();
    const item = new TodayPage(page).item('김철수');
    await item.waitFor();
    expect(await item.textContent()).toContain('3월 2일 서울 국제 보험 박람회에서 명함 교환 — 하루 안에 감사 메시지 보내기');
    await screenshot(page, 'capture-today-ko');
  });

  it('shows the card on the contact page, verified by the card; a click enlarges it', async () => {
    await page.getByTestId('today-item-name').filter({ hasText: '김철수' }).first().click();
    const contact = new ContactPage(page);
    await contact.waitFor('김철수');
    await expect(contact.point('010-1234-5678').getAttribute('data-freshness')).resolves.toBe('fresh');
    const thumbs = page.getByTestId('card-image');
    await thumbs.first().locator('img').waitFor();
    expect(await thumbs.count()).toBe(1);
    await screenshot(page, 'contact-card-ko');
    await thumbs.first().click();
    await page.getByTestId('card-image-large').locator('img').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('card-image-large').waitFor({ state: 'detached' });
  });

  it('warns about the same mobile and updates the existing contact field by field', async () => {
    await capture.open();
    await page.getByTestId('capture-manual').click();
    await capture.fill({ name: '김철수', company: '(주)한빛소프트', title: '본부장', mobile: '010 1234 5678' });
    const dup = page.getByTestId('capture-duplicate');
    await dup.waitFor();
    expect(await dup.textContent()).toContain('김철수 ((주)한빛소프트) 님과 휴대전화가 같습니다');
    await page.getByTestId('capture-update-existing').click();
    await page.getByTestId('capture-merge').waitFor();
    // The card's new title is picked by default; the mobile is the same, so it is not offered.
    expect(await page.getByTestId('merge-title-card').isChecked()).toBe(true);
    expect(await page.getByTestId('merge-mobile').count()).toBe(0);
    await screenshot(page, 'capture-merge-ko');
    await page.getByTestId('capture-save').click();
    await page.getByTestId('toast-text').filter({ hasText: '명함으로 김철수 님 정보를 업데이트했습니다' }).waitFor();
    await page.getByTestId('nav-contacts').click();
    await page.getByTestId('contacts-view').waitFor();
    expect(await page.getByTestId('contact-row').count()).toBe(1);
    expect(await page.getByTestId('contact-row').first().textContent()).toContain('본부장');
  });

  it('reads a batch one card at a time; Esc skips, a skipped card can be reopened', async () => {
    await capture.open();
    await page.getByTestId('capture-clear').click(); // every card so far is saved: no question asked
    await capture.pick([CARD, BACK, CARD]);
    await expect.poll(() => capture.statuses(), { timeout: 15_000 }).toEqual(['failed', 'failed', 'failed']);
    expect(await page.getByTestId('capture-progress').textContent()).toContain('3장을 읽었습니다');
    await page.keyboard.press('Escape');
    await expect.poll(() => capture.statuses()).toEqual(['skipped', 'failed', 'failed']);
    await capture.items().first().click();
    await expect.poll(() => capture.statuses()).toEqual(['failed', 'failed', 'failed']);
    // Clearing unsaved cards asks first.
    await page.getByTestId('capture-clear').click();
    await page.getByTestId('confirm-dialog').waitFor();
    await page.getByTestId('confirm-cancel').click();
    expect(await capture.items().count()).toBe(3);
  });

  it('keeps a front and a back: both show on the contact page', async () => {
    await page.getByTestId('capture-clear').click();
    await page.getByTestId('confirm-dialog').waitFor();
    await page.getByTestId('confirm-ok').click();
    await capture.drop([CARD]);
    await page.getByTestId('capture-unreadable').waitFor();
    await page.getByTestId('capture-back-input').setInputFiles(BACK);
    await page.getByTestId('capture-side-back').waitFor();
    await capture.fill({ name: '박영희', company: '한빛소프트', email: 'younghee@hanbit.co.kr' });
    await page.getByTestId('capture-save').click();
    await expect.poll(() => capture.statuses(), { timeout: 15_000 }).toEqual(['saved']);
    await page.getByTestId('toast-text').filter({ hasText: '박영희' }).waitFor();
    await page.getByTestId('toast-action').last().click();
    await new ContactPage(page).waitFor('박영희');
    await expect.poll(() => page.getByTestId('card-image').evaluateAll((els) => els.map((e) => e.getAttribute('data-kind'))))
      .toEqual(['card-front', 'card-back']);
  });

  it('reads a stack of 50 one at a time; Cancel stops the rest, which can still be typed in', async () => {
    await capture.open();
    await page.getByTestId('capture-clear').click();
    // Without recognition data every card "fails" in milliseconds, faster than any click. Hold
    // each answer back until Cancel has been pressed, as a card being read for a second would be.
    let release!: () => void;
    const cancelled = new Promise<void>((r) => { release = r; });
    await page.route('**/api/capture.recognize', async (route) => {
      await cancelled;
      await route.continue();
    });
    await capture.drop(Array.from({ length: 50 }, () => CARD));
    await expect.poll(() => capture.statuses()).toContain('reading');
    await page.getByTestId('capture-cancel').click();
    release();
    // The card being read when Cancel was pressed finishes on its own; none is left waiting.
    await expect.poll(async () => (await capture.statuses()).filter((x) => x === 'queued' || x === 'reading').length, { timeout: 30_000 }).toBe(0);
    const statuses = await capture.statuses();
    expect(statuses).toHaveLength(50);
    // The first card was being read when Cancel was pressed; the 49 behind it were never read.
    expect(statuses.filter((x) => x === 'failed')).toHaveLength(1);
    expect(statuses.filter((x) => x === 'cancelled')).toHaveLength(49);
    expect(await page.getByTestId('capture-progress').textContent()).toContain('아직 읽지 않은 명함은 직접 입력할 수 있습니다');
    await screenshot(page, 'capture-batch-ko');
    await page.unroute('**/api/capture.recognize');
  });

  it('produced no script errors or CSP violations', () => {
    expect(pageErrors(page).filter((e) => !EXPECTED_ERRORS.test(e))).toEqual([]);
  });
});

describe('the Capture screen in English', () => {
  let app: RunningApp;
  let page: Page;
  beforeAll(async () => {
    app = await startApp({ now: NOW, env: { LANG: 'en_US.UTF-8', ...BY_HAND } });
    ({ page } = await openPage(browser, app.url, 'en-US'));
  });
  afterAll(async () => { await page?.context().close(); await app?.stop(); });

  it('fits at 1280×800 and 1024×700, empty and reviewing', async () => {
    const capture = new CapturePage(page);
    await page.getByTestId('welcome').waitFor();
    await page.keyboard.press('g');
    await page.keyboard.press('a');
    await page.getByTestId('capture-empty').waitFor();
    expect(await page.getByTestId('capture-empty').textContent()).toContain('Drop card images here, paste, pick files, or use the camera');
    await screenshot(page, 'capture-empty-en');
    await page.setViewportSize({ width: 1024, height: 700 });
    await screenshot(page, 'capture-empty-en-1024');
    await capture.drop([CARD, CARD]);
    await page.getByTestId('capture-unreadable').waitFor();
    expect(await page.getByTestId('capture-unreadable').textContent()).toContain('Could not read this card — enter the fields by hand');
    await capture.fill({ name: 'Chulsoo Kim', company: 'Hanbit Soft', mobile: '010-1234-5678' });
    await screenshot(page, 'capture-review-en-1024');
    // Saved: the notice stacks above the sticky Save/Skip bar of the next card, never over it.
    await capture.saveWithKeyboard();
    await page.getByTestId('toast-text').filter({ hasText: 'Chulsoo Kim' }).waitFor();
    // Measured once the notice has slid in and the next card's panel has settled (a fast machine
    // measured mid-animation).
    await expect.poll(async () => {
      const toast = (await page.getByTestId('toasts').boundingBox())!;
      const save = (await page.getByTestId('capture-save').boundingBox())!;
      return toast.y + toast.height <= save.y;
    }).toBe(true);
    await screenshot(page, 'capture-saved-en-1024');
    await page.setViewportSize({ width: 1280, height: 800 });
    await screenshot(page, 'capture-review-en');
    // Nothing overflows the window sideways at either size.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(pageErrors(page).filter((e) => !EXPECTED_ERRORS.test(e))).toEqual([]);
  });
});

describe('photographing a card with the webcam', () => {
  let app: RunningApp;
  let camBrowser: Browser;
  let page: Page;
  beforeAll(async () => {
    app = await startApp({ now: NOW, env: { LANG: 'en_US.UTF-8', ...BY_HAND } });
    // Chromium's fake camera (a moving test pattern), granted without a prompt.
    camBrowser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'],
    });
    ({ page } = await openPage(camBrowser, app.url, 'en-US'));
  });
  afterAll(async () => { await page?.context().close(); await camBrowser?.close(); await app?.stop(); });

  it('shows the live camera under the CSP and adds the photo as a card', async () => {
    const capture = new CapturePage(page);
    await page.getByTestId('welcome').waitFor();
    await capture.open();
    await page.getByTestId('capture-camera').click();
    await page.getByTestId('camera-video').waitFor({ state: 'visible', timeout: 15_000 });
    await screenshot(page, 'capture-camera-en');
    await page.getByTestId('camera-shoot').click();
    await page.getByTestId('camera').waitFor({ state: 'detached' });
    await expect.poll(() => capture.statuses(), { timeout: 15_000 }).toEqual(['failed']);
    expect(await page.getByTestId('capture-preview').locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    // The camera is let go when the dialog closes.
    expect(pageErrors(page).filter((e) => !EXPECTED_ERRORS.test(e))).toEqual([]);
  });
});

// Needs the OCR engine (branch ocr): drop a card, the fields come back read; correct one; save.
describe('capturing a card with OCR', () => {
  let app: RunningApp;
  let page: Page;
  beforeAll(async () => {
    app = await startApp({ now: NOW, env: { LANG: 'ko_KR.UTF-8' } });
    ({ page } = await openPage(browser, app.url, 'ko-KR'));
  });
  afterAll(async () => { await page?.context().close(); await app?.stop(); });

  it('reads the card, takes a correction, saves a prospect with its thank-you in Today', async () => {
    const capture = new CapturePage(page);
    await page.getByTestId('welcome').waitFor();
    await capture.open();
    await capture.drop([CARD]);
    await expect.poll(() => capture.statuses(), { timeout: 30_000 }).toEqual(['ready']);
    await expect.poll(() => capture.field('name').inputValue()).toBe('김철수');
    expect(await capture.field('mobile').inputValue()).toMatch(/010.?1234.?5678/);
    expect(await capture.field('email').inputValue()).toBe('chulsoo@hanbit.co.kr');
    // A click on a field shows where it was read.
    await capture.field('name').click();
    await page.getByTestId('capture-box').waitFor();
    await screenshot(page, 'capture-review-ocr-ko');
    await capture.fill({ title: '영업팀장' });
    await capture.saveWithKeyboard();
    await expect.poll(() => capture.statuses(), { timeout: 15_000 }).toEqual(['saved']);
    await page.getByTestId('nav-today').click();
    const item = new TodayPage(page).item('김철수');
    await item.waitFor();
    expect(await item.textContent()).toContain('명함 교환 — 하루 안에 감사 메시지 보내기');
    await page.getByTestId('today-item-name').filter({ hasText: '김철수' }).first().click();
    await new ContactPage(page).waitFor('김철수');
    expect(await page.getByTestId('contact-org').textContent()).toContain('영업팀장');
  });
});
