// The recovery screen (a book that cannot be opened).
import type { Page } from 'playwright-core';

export class RecoveryPage {
  constructor(readonly page: Page) {}

  root = () => this.page.getByTestId('recovery');
  async waitFor(): Promise<void> {
    await this.root().waitFor();
  }
  async title(): Promise<string> {
    return (await this.page.getByTestId('recovery-title').textContent()) ?? '';
  }
  async problem(): Promise<string | null> {
    return this.root().getAttribute('data-problem');
  }
  restore = () => this.page.getByTestId('recovery-restore');
  async startEmpty(): Promise<void> {
    await this.page.getByTestId('recovery-start-empty').click();
    await this.page.getByTestId('recovery-confirm-empty').click();
  }
}

/** The unlock form an encrypted book shows on the recovery screen. */
export class UnlockPage {
  constructor(readonly page: Page) {}

  async unlock(passphrase: string): Promise<void> {
    await this.page.getByTestId('unlock-passphrase').fill(passphrase);
    await this.page.getByTestId('unlock-submit').click();
  }
  error = () => this.page.getByTestId('unlock-error');
}
