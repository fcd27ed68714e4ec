// The engine's parts of a contact page: deals (and the deal dialog), referrals, the complaint
// banner, the lifecycle suggestion and the open follow-ups.
import type { Page } from 'playwright-core';

export interface DealInput {
  title: string;
  status?: 'open' | 'won' | 'lost';
  amount?: string;
  signedOn?: string;
  renewsOn?: string;
  expiresOn?: string;
}

export class DealsSection {
  constructor(readonly page: Page) {}

  items() {
    return this.page.getByTestId('deal-item');
  }

  item(title: string) {
    return this.items().filter({ hasText: title });
  }

  async add(d: DealInput): Promise<void> {
    await this.page.getByTestId('deal-add').click();
    await this.fill(d);
    await this.page.getByTestId('deal-save').click();
  }

  async fill(d: DealInput): Promise<void> {
    const p = this.page;
    await p.getByTestId('deal-dialog').waitFor();
    await p.getByTestId('deal-title').fill(d.title);
    if (d.status) await p.getByTestId(`deal-status-${d.status}`).click();
    if (d.amount !== undefined) await p.getByTestId('deal-amount').fill(d.amount);
    for (const k of ['signedOn', 'renewsOn', 'expiresOn'] as const) if (d[k] !== undefined) await p.getByTestId(`deal-${k}`).fill(d[k]!);
  }

  fieldError(field: 'title' | 'amount' | 'signedOn' | 'renewsOn' | 'expiresOn') {
    return this.page.getByTestId(`deal-${field}-error`);
  }
}

export class ReferralsSection {
  constructor(readonly page: Page) {}

  eligibility() {
    return this.page.getByTestId('referral-eligibility');
  }

  askedButton() {
    return this.page.getByTestId('referral-asked');
  }

  async record(search: string, pick: string): Promise<void> {
    await this.page.getByTestId('referral-record').click();
    await this.page.getByTestId('record-referral').waitFor();
    await this.page.getByTestId('referral-picker').fill(search);
    await this.page.getByTestId('referral-picker-hit').filter({ hasText: pick }).click();
    await this.page.getByTestId('record-referral').waitFor({ state: 'hidden' });
  }

  referred() {
    return this.page.getByTestId('referred-item');
  }
}

export class ContactEngine {
  readonly deals: DealsSection;
  readonly referrals: ReferralsSection;
  constructor(readonly page: Page) {
    this.deals = new DealsSection(page);
    this.referrals = new ReferralsSection(page);
  }

  complaintBanner() {
    return this.page.getByTestId('complaint-banner');
  }

  openFollowUps(kind?: string) {
    const all = this.page.getByTestId('open-follow-up');
    return kind ? all.and(this.page.locator(`[data-kind="${kind}"]`)) : all;
  }
}
