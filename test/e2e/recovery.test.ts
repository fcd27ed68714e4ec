// A damaged book opens on the recovery screen (issue 8): plain words in Korean and English,
// restore from the latest backup, or start empty with the damaged file kept aside.
import { closeSync, mkdirSync, openSync, readdirSync, statSync, truncateSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { RecoveryPage } from './pages/recovery.js';
import { launchBrowser, newDataDir, openPage, pageErrors, screenshot, startApp } from './support/app.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A book with two people, a backup of it in backups/, then the book damaged by `damage`. */
function damagedBook(damage: (path: string) => void, withBackup: boolean) {
  const dir = newDataDir();
  for (const name of ['김철수', '이영희']) expect(runCli(['--data-dir', dir.path, 'contact', 'add', '--name', name]).status).toBe(0);
  const path = join(dir.path, 'inyeon.db');
  if (withBackup) {
    mkdirSync(join(dir.path, 'backups'));
    const db = new Database(path, { readonly: true });
    db.prepare('VACUUM INTO ?').run(join(dir.path, 'backups', 'inyeon-2026-03-01.db'));
    db.close();
  }
  damage(path);
  return dir;
}

describe('recovery screen', () => {
  it('a truncated book (ko): says it is damaged, restores the latest backup, keeps the damaged file', async () => {
    const dir = damagedBook((p) => truncateSync(p, 3000), true);
    const app = await startApp({ dataDir: { path: dir.path, remove: () => undefined }, env: { LANG: 'ko_KR.UTF-8' } });
    const { page, context } = await openPage(browser, app.url, 'ko-KR');
    try {
      const screen = new RecoveryPage(page);
      await screen.waitFor();
      expect(await screen.problem()).toBe('db-corrupt');
      expect(await screen.title()).toBe('데이터 파일이 손상되었습니다');
      expect(await page.getByTestId('recovery').textContent()).not.toMatch(/\n\s+at |Error:/);
      await page.mouse.move(0, 0);
      await screenshot(page, 'recovery-ko');
      await page.setViewportSize({ width: 1024, height: 700 });
      await screenshot(page, 'recovery-ko-1024');
      await screen.restore().click();
      await page.getByTestId('today-view').or(page.getByTestId('welcome')).first().waitFor();
      await page.getByTestId('nav-contacts').click();
      await page.getByTestId('contact-row').first().waitFor();
      expect((await page.getByTestId('contact-list').textContent()) ?? '').toContain('김철수');
      expect(readdirSync(dir.path).some((f) => /^inyeon\.db\.damaged-/.test(f))).toBe(true);
      expect(pageErrors(page)).toEqual([]);
    } finally {
      await context.close();
      await app.stop();
      dir.remove();
    }
  });

  it('a garbled book without a backup (en): start empty after confirmation', async () => {
    const dir = damagedBook((p) => {
      const fd = openSync(p, 'r+');
      writeSync(fd, Buffer.alloc(3996, 0x5a), 0, 3996, 100);
      closeSync(fd);
    }, false);
    const app = await startApp({ dataDir: { path: dir.path, remove: () => undefined }, env: { LANG: 'en_US.UTF-8' } });
    const { page, context } = await openPage(browser, app.url, 'en-US');
    try {
      const screen = new RecoveryPage(page);
      await screen.waitFor();
      expect(await screen.title()).toBe('Your book is damaged');
      await page.getByTestId('recovery-no-backup').waitFor();
      expect(await screen.restore().count()).toBe(0);
      await screenshot(page, 'recovery-en');
      await screen.startEmpty();
      await page.getByTestId('welcome').waitFor();
      expect(readdirSync(dir.path).some((f) => /^inyeon\.db\.damaged-/.test(f))).toBe(true);
      expect(pageErrors(page)).toEqual([]);
    } finally {
      await context.close();
      await app.stop();
      dir.remove();
    }
  });

  it('damage the background quick_check finds after opening (ko): the recovery screen takes over and restores', async () => {
    const dir = newDataDir();
    expect(runCli(['--data-dir', dir.path, 'sample', 'load', '--count', '300']).status).toBe(0);
    const path = join(dir.path, 'inyeon.db');
    mkdirSync(join(dir.path, 'backups'));
    const db = new Database(path, { readonly: true });
    db.prepare('VACUUM INTO ?').run(join(dir.path, 'backups', 'inyeon-2026-03-01.db'));
    db.close();
    // Garbage over a page in the middle: the header and schema read, so the book opens first.
    const size = statSync(path).size;
    const fd = openSync(path, 'r+');
    writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, Math.floor(size / 2 / 4096) * 4096);
    closeSync(fd);
    const app = await startApp({ dataDir: { path: dir.path, remove: () => undefined }, env: { LANG: 'ko_KR.UTF-8' } });
    const { page, context } = await openPage(browser, app.url, 'ko-KR');
    try {
      const screen = new RecoveryPage(page);
      await screen.root().waitFor({ timeout: 30_000 });
      expect(await screen.problem()).toBe('db-corrupt');
      expect(await screen.title()).toBe('데이터 파일이 손상되었습니다');
      await screen.restore().click();
      await page.getByTestId('today-view').or(page.getByTestId('welcome')).first().waitFor();
      expect(readdirSync(dir.path).some((f) => /^inyeon\.db\.damaged-/.test(f))).toBe(true);
    } finally {
      await context.close();
      await app.stop();
      dir.remove();
    }
  }, 90_000);
});
