// The Referrals view: totals and the referrer tree.
import type { Page } from 'playwright-core';

export class ReferralsPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByTestId('nav-referrals').click();
    await this.page.getByTestId('referrals-view').waitFor();
  }

  stat(name: 'referrers' | 'referred' | 'won' | 'conversion') {
    return this.page.getByTestId(`stat-${name}`);
  }

  node(name: string) {
    return this.page.getByTestId('ref-node').filter({ has: this.page.getByTestId('ref-node-name').filter({ hasText: name }) }).first();
  }
}
