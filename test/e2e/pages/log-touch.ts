// The Log-touch dialog (from a contact with `l`, or from a Today row).
import type { Page } from 'playwright-core';

export class LogTouchDialog {
  constructor(readonly page: Page) {}

  async waitFor(): Promise<void> {
    await this.page.getByTestId('log-touch').waitFor();
  }

  async fill(opts: { kind: string; outcome?: string; summary?: string }): Promise<void> {
    await this.page.getByTestId(`touch-kind-${opts.kind}`).click();
    if (opts.outcome) await this.page.getByTestId(`touch-outcome-${opts.outcome}`).click();
    if (opts.summary) await this.page.getByTestId('touch-summary').fill(opts.summary);
  }

  verifyBox(kind: string) {
    return this.page.locator(`[data-testid="touch-verify-point"][data-kind="${kind}"]`);
  }

  async save(): Promise<void> {
    await this.page.getByTestId('log-touch-save').click();
    await this.page.getByTestId('log-touch').waitFor({ state: 'hidden' });
  }
}
