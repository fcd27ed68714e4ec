// The contact form's checks as a Korean user meets them (new-user walkthrough): a phone number
// with letters is a field error, and a number or e-mail someone in the book already has is named
// before saving ("이미 있는 번호: 박민수 (열기)"), without blocking the save.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { ContactForm } from './pages/contact-form.js';
import { ContactPage } from './pages/contact.js';
import { ContactsPage } from './pages/contacts.js';
import { AppShell } from './pages/app.js';
import { launchBrowser, newDataDir, openPage, pageErrors, screenshot, startApp, type RunningApp } from './support/app.js';

let browser: Browser;
let app: RunningApp;
let page: Page;
beforeAll(async () => {
  const dir = newDataDir();
  const seed = runCli(['--data-dir', dir.path, '--json', 'contact', 'add', '--name', '박민수', '--company', '한빛생명',
    '--phone', '010-1234-5678', '--email', 'minsu@hanbit.kr']);
  expect(seed.status, seed.stderr).toBe(0);
  browser = await launchBrowser();
  app = await startApp({ dataDir: dir, env: { LANG: 'ko_KR.UTF-8' } });
  ({ page } = await openPage(browser, app.url, 'ko-KR'));
});
afterAll(async () => { await page?.context().close(); await app?.stop(); await browser?.close(); });

describe('contact form checks (ko)', () => {
  it('a phone number with letters is a field error; nothing is saved', async () => {
    await new AppShell(page).goTo('contacts');
    await new ContactsPage(page).newContact();
    const form = new ContactForm(page);
    await form.fill({ name: '최유리', phones: ['abc-123'] });
    await form.save();
    expect(await form.fieldError('phone').textContent()).toContain('숫자');
    expect(await page.getByTestId('contact-form').isVisible()).toBe(true);
  });

  it('names the person who already has the number or e-mail, and still saves', async () => {
    const form = new ContactForm(page);
    await page.getByTestId('form-phone-value').first().fill('+82 10 1234 5678');
    await form.fill({ name: '박민수', emails: ['MINSU@hanbit.kr'] });
    const phone = page.getByTestId('form-phone-owner');
    await phone.waitFor();
    expect(await phone.textContent()).toBe('이미 있는 번호: 박민수 (열기)');
    expect(await page.getByTestId('form-email-owner').textContent()).toBe('이미 있는 이메일: 박민수 (열기)');
    await screenshot(page, 'contact-form-owner-ko');
    await page.setViewportSize({ width: 1024, height: 700 });
    await screenshot(page, 'contact-form-owner-ko-1024');
    await page.setViewportSize({ width: 1280, height: 800 });
    await form.save();
    await new ContactPage(page).waitFor('박민수');
    await new AppShell(page).goTo('contacts');
    await expect.poll(async () => Number(await page.getByTestId('contact-list').getAttribute('data-total'))).toBe(2);
  });

  it('(열기) opens the person who has it', async () => {
    await new ContactsPage(page).newContact();
    const form = new ContactForm(page);
    await form.fill({ name: '새 사람', phones: ['01012345678'] });
    await page.getByTestId('form-owner-open').first().click();
    await page.getByTestId('contact-form').waitFor({ state: 'hidden' });
    await new ContactPage(page).waitFor('박민수');
    // The refused save of the first test is the only failed request.
    expect(pageErrors(page).filter((e) => !/status of 400/.test(e))).toEqual([]);
  });
});
