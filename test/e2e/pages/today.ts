// Today: urgent complaint responses, the agenda grouped overdue / today / upcoming, snooze /
// skip / reschedule (by button or keyboard), and lifecycle suggestions.
import type { Page } from 'playwright-core';

export class TodayPage {
  constructor(readonly page: Page) {}

  item(contactName: string) {
    return this.page.getByTestId('today-item').filter({ has: this.page.getByTestId('today-item-name').filter({ hasText: contactName }) });
  }

  /** One follow-up of a person by kind (a person may have several on Today). */
  itemOfKind(contactName: string, kind: string) {
    return this.item(contactName).and(this.page.locator(`[data-kind="${kind}"]`));
  }

  bucket(b: 'urgent' | 'overdue' | 'today' | 'upcoming') {
    return this.page.getByTestId(`today-bucket-${b}`);
  }

  /** Every item in screen order: [follow-up id, contact name, kind]. */
  async order(): Promise<{ id: string; name: string; kind: string; urgent: boolean }[]> {
    return this.page.getByTestId('today-item').evaluateAll((els) => els.map((el) => ({
      id: el.getAttribute('data-follow-up-id') ?? '',
      name: el.querySelector('[data-testid="today-item-name"]')?.textContent ?? '',
      kind: el.getAttribute('data-kind') ?? '',
      urgent: el.getAttribute('data-urgent') === 'true',
    })));
  }

  selected() {
    return this.page.locator('[data-testid="today-item"][aria-selected="true"]');
  }

  suggestion(contactName: string) {
    return this.page.getByTestId('suggestion-item').filter({ hasText: contactName });
  }

  /** Press keys with nothing focused, as a keyboard user on Today would. */
  async press(...keys: string[]): Promise<void> {
    for (const k of keys) await this.page.keyboard.press(k);
  }
}
