// Backup & export as a user does it (issue 5 "Out"): back up, add a contact, restore the backup →
// the contact is gone and a safety backup is listed; export downloads files that the importer reads.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseImportFile } from '../../electron/backend/import/index.js';
import { runCli } from '../support/cli.js';
import { tempDir } from '../support/temp.js';
import { AppShell } from './pages/app.js';
import { BackupSection } from './pages/backup.js';
import { ContactForm } from './pages/contact-form.js';
import { ContactPage } from './pages/contact.js';
import { ContactsPage } from './pages/contacts.js';
import { launchBrowser, newDataDir, openPage, pageErrors, screenshot, startApp, type RunningApp } from './support/app.js';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

describe('Settings → Backup & export (Korean)', () => {
  let app: RunningApp;
  let page: Page;
  const downloads = tempDir('inyeon-e2e-dl-');
  beforeAll(async () => {
    const dir = newDataDir();
    const seed = runCli(['--data-dir', dir.path, '--json', 'contact', 'add', '--name', '김철수', '--company', '한빛생명, 강남지점', '--phone', '010-1234-5678', '--birthday', '--05-02', '--tag', 'VIP']);
    expect(seed.status, seed.stderr).toBe(0);
    app = await startApp({ dataDir: dir, env: { LANG: 'ko_KR.UTF-8' } });
    ({ page } = await openPage(browser, app.url, 'ko-KR'));
    await new AppShell(page).goTo('settings');
    await page.getByTestId('settings-backup').waitFor();
  });
  afterAll(async () => { await page?.context().close(); await app?.stop(); downloads.remove(); });

  it('backs up now: a verified manual backup is listed with its contact count', async () => {
    const section = new BackupSection(page);
    await section.backUpNow();
    const row = section.rows('manual').first();
    expect(await row.locator('.backup-verified').count()).toBe(1);
    expect(await row.textContent()).toContain('수동');
    await page.getByTestId('settings-backup').scrollIntoViewIfNeeded();
    await screenshot(page, 'settings-backup-ko');
  });

  it('restoring the backup removes a contact added after it, after a safety backup', async () => {
    const shell = new AppShell(page);
    await shell.goTo('contacts');
    await new ContactsPage(page).newContact();
    const form = new ContactForm(page);
    await form.fill({ name: '나중에 온 사람', phones: ['010-9999-0000'] });
    await form.save();
    await new ContactPage(page).waitFor('나중에 온 사람');

    await shell.goTo('settings');
    const section = new BackupSection(page);
    await section.rows('manual').first().waitFor();
    const text = await section.restore(section.rows('manual').first(), () => screenshot(page, 'settings-restore-confirm-ko'));
    expect(text).toContain('안전 백업');
    expect(text).toContain('연락처 1명');
    await section.rows('safety').first().waitFor();
    await expect.poll(() => shell.toast()).toContain('복원했습니다'); // the newest toast: an older one may still show

    await shell.goTo('contacts');
    await page.getByText('김철수').first().waitFor();
    await page.getByTestId('contacts-view').getByText('나중에 온 사람').waitFor({ state: 'detached', timeout: 5_000 }).catch(async (e: unknown) => {
      await screenshot(page, 'restore-failed');
      throw e;
    });
  });

  it('exports vCard and CSV downloads that parse back to the same person', async () => {
    await new AppShell(page).goTo('settings');
    const section = new BackupSection(page);
    for (const which of ['vcf', 'vcf3', 'csv'] as const) {
      const d = await section.export(which);
      expect(d.suggestedFilename()).toMatch(which === 'csv' ? /^inyeon-contacts-\d{4}-\d{2}-\d{2}\.csv$/ : which === 'vcf' ? /^inyeon-contacts-\d{4}-\d{2}-\d{2}-vcard4\.vcf$/ : /^inyeon-contacts-\d{4}-\d{2}-\d{2}-vcard3\.vcf$/);
      const path = `${downloads.path}/${which}-${d.suggestedFilename()}`;
      await d.saveAs(path);
      const parsed = parseImportFile(readFileSync(path));
      expect(parsed.status, which).toBe('parsed');
      if (parsed.status !== 'parsed') continue;
      const drafts = parsed.records.map((r) => ('draft' in r ? r.draft : null));
      expect(drafts).toHaveLength(1);
      expect(drafts[0]).toMatchObject({ name: '김철수', company: '한빛생명, 강남지점', birthday: '--05-02', tags: ['VIP'] });
      expect(drafts[0]!.points.map((p) => p.value)).toEqual(['010-1234-5678']);
    }
    expect(pageErrors(page)).toEqual([]);
  });

  it('fits at 1024×700 in English too', async () => {
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.getByTestId('settings-backup').scrollIntoViewIfNeeded();
    await screenshot(page, 'settings-backup-ko-1024');
    await page.getByTestId('settings-language').selectOption('en');
    await page.getByText('Backup & export').waitFor();
    await page.getByTestId('settings-backup').scrollIntoViewIfNeeded();
    await screenshot(page, 'settings-backup-en-1024');
    await page.setViewportSize({ width: 1280, height: 800 });
  });
});
