// The consent panel on a contact's page.
import type { Page } from 'playwright-core';

export class ConsentPanel {
  constructor(readonly page: Page) {}

  state(channel: string, purpose: 'marketing' | 'night-time') {
    return this.page.getByTestId(`consent-${channel}-${purpose}`);
  }

  async grant(channel: string, evidence: string, purpose: 'marketing' | 'night-time' = 'marketing'): Promise<void> {
    await this.page.getByTestId('consent-grant').click();
    await this.page.getByTestId('consent-channel').selectOption(channel);
    await this.page.getByTestId('consent-purpose').selectOption(purpose);
    await this.page.getByTestId('consent-evidence').fill(evidence);
    await this.page.getByTestId('consent-save').click();
    await this.page.getByTestId('consent-form').waitFor({ state: 'hidden' });
  }

  async withdraw(channel: string, purpose: 'marketing' | 'night-time' = 'marketing'): Promise<void> {
    await this.page.getByTestId(`consent-withdraw-${channel}-${purpose}`).click();
    await this.page.getByTestId('confirm-ok').click();
  }
}
