// Encryption at rest in browser mode (issue 8): turn it on in Settings with a passphrase (the backups
// made before are kept plain, then encrypted from the Security section), change the passphrase (a
// wrong current one is said so in Korean), restart, the unlock screen refuses the old passphrase and
// takes the new one, and the contacts are back.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { RecoveryPage, UnlockPage } from './pages/recovery.js';
import { SecurityPage } from './pages/settings.js';
import { launchBrowser, newDataDir, openPage, pageErrors, screenshot, startApp } from './support/app.js';

const PASS = '우리집 강아지 복실이 2026';
const NEW_PASS = '새 암호는 더 길고 좋다 2027';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('encryption at rest', () => {
  it('on in Settings (ko), restart, wrong passphrase refused in Korean, right one shows the contacts', async () => {
    const dir = newDataDir();
    for (const name of ['김철수', '이영희']) expect(runCli(['--data-dir', dir.path, 'contact', 'add', '--name', name, '--company', '한빛생명']).status).toBe(0);
    // Two backups from before encryption: plain files.
    for (let i = 0; i < 2; i++) expect(runCli(['--data-dir', dir.path, 'backup']).status).toBe(0);
    const backupFiles = () => readdirSync(join(dir.path, 'backups')).filter((n) => n.endsWith('.db')).map((n) => readFileSync(join(dir.path, 'backups', n)));
    const keep = { path: dir.path, remove: () => undefined };
    try {
      let app = await startApp({ dataDir: keep, env: { LANG: 'ko_KR.UTF-8' } });
      let { page, context } = await openPage(browser, app.url, 'ko-KR');
      try {
        await page.getByTestId('nav-settings').click();
        const security = new SecurityPage(page);
        await security.switch().waitFor();
        expect(await security.switch().isChecked()).toBe(false);
        // A passphrase that is too short, or typed differently twice, is refused in the dialog.
        await security.fillTurnOn('짧은암호', '짧은암호');
        await security.confirm();
        await page.getByTestId('encrypt-pass-error').waitFor();
        expect(await page.getByTestId('encrypt-pass-error').textContent()).toContain('8자 이상');
        await page.getByTestId('encrypt-pass').fill(PASS);
        await page.getByTestId('encrypt-again').fill(PASS);
        expect(await page.getByTestId('encrypt-backups-choice').textContent()).toContain('백업 2개는 암호화되어 있지 않습니다');
        expect(await page.getByTestId('encrypt-backups-encrypt').isChecked()).toBe(true);
        await page.mouse.move(0, 0);
        await screenshot(page, 'encrypt-dialog-ko');
        await page.setViewportSize({ width: 1024, height: 700 });
        await screenshot(page, 'encrypt-dialog-ko-1024');
        await page.setViewportSize({ width: 1280, height: 800 });
        // Keep them for now: the Security section then offers to encrypt them.
        await security.chooseBackups('keep');
        await security.confirm();
        await security.dialog().waitFor({ state: 'detached', timeout: 30_000 });
        expect(await security.switch().isChecked()).toBe(true);
        expect(await security.state().textContent()).toContain('암호화되어 있습니다');
        expect(await security.plainBackups().textContent()).toContain('백업 2개는 암호화되어 있지 않습니다');
        expect(backupFiles().every((b) => b.includes(Buffer.from('김철수')))).toBe(true);
        await page.mouse.move(0, 0);
        await screenshot(page, 'security-on-ko');
        await security.encryptPlainBackups();
        await security.plainBackups().waitFor({ state: 'detached', timeout: 30_000 });
        expect(backupFiles()).toHaveLength(2);
        expect(backupFiles().some((b) => b.includes(Buffer.from('김철수')))).toBe(false);

        // Change the passphrase: a wrong current one is refused on its field, nothing changes.
        await security.changePassphrase('틀린 암호입니다', NEW_PASS);
        await page.getByTestId('passphrase-current-error').waitFor();
        expect(await page.getByTestId('passphrase-current-error').textContent()).toContain('현재 암호가 아닙니다');
        await page.mouse.move(0, 0);
        await screenshot(page, 'passphrase-wrong-ko');
        await page.setViewportSize({ width: 1024, height: 700 });
        await screenshot(page, 'passphrase-wrong-ko-1024');
        await page.setViewportSize({ width: 1280, height: 800 });
        await security.changePassphrase(PASS, NEW_PASS);
        await security.passphraseDialog().waitFor({ state: 'detached', timeout: 30_000 });
        await page.getByText('암호를 바꿨습니다').waitFor();
        // The refused attempt answered 401 (wrong-key), which Chromium logs; nothing else went wrong.
        expect(pageErrors(page).filter((e) => !/401/.test(e))).toEqual([]);
      } finally {
        await context.close();
        await app.stop();
      }
      // The file on disk no longer shows the names.
      expect(readFileSync(join(dir.path, 'inyeon.db')).includes(Buffer.from('김철수'))).toBe(false);

      app = await startApp({ dataDir: keep, env: { LANG: 'ko_KR.UTF-8' } });
      ({ page, context } = await openPage(browser, app.url, 'ko-KR'));
      try {
        const screen = new RecoveryPage(page);
        await screen.waitFor();
        expect(await screen.problem()).toBe('key-required');
        expect(await screen.title()).toBe('암호화된 데이터입니다');
        const unlock = new UnlockPage(page);
        // The old passphrase no longer opens the book.
        await unlock.unlock(PASS);
        await unlock.error().waitFor();
        expect(await unlock.error().textContent()).toContain('암호가 틀렸습니다');
        expect(await screen.problem()).toBe('wrong-key');
        expect(await page.getByTestId('recovery').textContent()).not.toMatch(/\n\s+at |Error:/);
        await page.mouse.move(0, 0);
        await screenshot(page, 'unlock-wrong-ko');
        await page.setViewportSize({ width: 1024, height: 700 });
        await screenshot(page, 'unlock-wrong-ko-1024');
        await unlock.unlock(NEW_PASS);
        await page.getByTestId('today-view').or(page.getByTestId('welcome')).first().waitFor();
        await page.getByTestId('nav-contacts').click();
        await page.getByTestId('contact-row').first().waitFor();
        const list = (await page.getByTestId('contact-list').textContent()) ?? '';
        expect(list).toContain('김철수');
        expect(list).toContain('이영희');
        // The backups (encrypted, then re-keyed with the new passphrase) are listed and verified.
        await page.getByTestId('nav-settings').click();
        await page.getByTestId('settings-security').waitFor();
        expect(await page.getByTestId('plain-backups').count()).toBe(0);
        expect(pageErrors(page).filter((e) => !/401/.test(e))).toEqual([]);
      } finally {
        await context.close();
        await app.stop();
      }
    } finally {
      dir.remove();
    }
  }, 240_000);
});
