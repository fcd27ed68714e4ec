// The add/edit contact dialog.
import type { Page } from 'playwright-core';

export interface NewContact {
  name: string;
  company?: string;
  title?: string;
  phones?: string[];
  emails?: string[];
  tags?: string[];
  notes?: string;
}

export class ContactForm {
  constructor(readonly page: Page) {}

  async fill(c: NewContact): Promise<void> {
    const p = this.page;
    await p.getByTestId('contact-form').waitFor();
    await p.getByTestId('form-name').fill(c.name);
    if (c.company) await p.getByTestId('form-company').fill(c.company);
    if (c.title) await p.getByTestId('form-title').fill(c.title);
    if (c.notes) await p.locator('#form-notes').fill(c.notes);
    await this.fillRows('phone', c.phones ?? []);
    await this.fillRows('email', c.emails ?? []);
    for (const tag of c.tags ?? []) {
      await p.getByTestId('form-tags-input').fill(tag);
      await p.getByTestId('form-tags-input').press('Enter');
    }
  }

  private async fillRows(group: 'phone' | 'email', values: string[]): Promise<void> {
    for (let i = 0; i < values.length; i++) {
      const inputs = this.page.getByTestId(`form-${group}-value`);
      if ((await inputs.count()) <= i) await this.page.getByTestId(`form-${group}-add`).click();
      await inputs.nth(i).fill(values[i]!);
    }
  }

  async save(): Promise<void> {
    await this.page.getByTestId('contact-form-save').click();
  }

  fieldError(group: 'phone' | 'email') {
    return this.page.getByTestId(`form-${group}-error`);
  }
}
