// The contacts list with its instant search.
import type { Locator, Page } from 'playwright-core';

export class ContactsPage {
  constructor(readonly page: Page) {}

  async search(q: string): Promise<void> {
    const box = this.page.getByTestId('contacts-search');
    await box.fill(q);
  }

  rows(): Locator {
    return this.page.getByTestId('contact-row');
  }

  rowNames(): Promise<string[]> {
    return this.page.getByTestId('contact-row-name').allTextContents();
  }

  async newContact(): Promise<void> {
    await this.page.getByTestId('add-contact').click();
  }
}
