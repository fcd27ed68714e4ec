// Today: the agenda grouped overdue / today / upcoming.
import type { Page } from 'playwright-core';

export class TodayPage {
  constructor(readonly page: Page) {}

  item(contactName: string) {
    return this.page.getByTestId('today-item').filter({ has: this.page.getByTestId('today-item-name').filter({ hasText: contactName }) });
  }

  bucket(b: 'overdue' | 'today' | 'upcoming') {
    return this.page.getByTestId(`today-bucket-${b}`);
  }
}
