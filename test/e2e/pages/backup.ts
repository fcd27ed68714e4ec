// Settings → Backup & export.
import type { Download, Locator, Page } from 'playwright-core';

export class BackupSection {
  constructor(readonly page: Page) {}

  rows(kind?: 'auto' | 'manual' | 'safety'): Locator {
    const rows = this.page.getByTestId('backup-row');
    return kind ? this.page.locator(`[data-testid="backup-row"][data-kind="${kind}"]`) : rows;
  }

  async backUpNow(): Promise<void> {
    const before = await this.rows('manual').count();
    await this.page.getByTestId('backup-now').click();
    await this.page.waitForFunction((n) => document.querySelectorAll('[data-testid="backup-row"][data-kind="manual"]').length > n, before);
  }

  /** Restore the backup in `row`; returns the confirmation's text before confirming it. */
  async restore(row: Locator, beforeConfirm?: () => Promise<void>): Promise<string> {
    await row.getByTestId('backup-restore').click();
    const dialog = this.page.getByTestId('confirm-dialog');
    await dialog.waitFor();
    const text = (await dialog.textContent()) ?? '';
    await beforeConfirm?.();
    await this.page.getByTestId('confirm-ok').click();
    await dialog.waitFor({ state: 'detached' });
    return text;
  }

  async export(which: 'vcf' | 'vcf3' | 'csv'): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByTestId(`export-${which}`).click()]);
    return download;
  }
}
