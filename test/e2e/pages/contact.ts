// One contact's page: card, points with freshness, stage, next touch, timeline.
import type { Page } from 'playwright-core';

export class ContactPage {
  constructor(readonly page: Page) {}

  async waitFor(name: string): Promise<void> {
    await this.page.getByTestId('contact-view').waitFor();
    await this.page.getByTestId('contact-name').filter({ hasText: name }).waitFor();
  }

  point(value: string) {
    return this.page.getByTestId('contact-point').filter({ hasText: value });
  }

  timelineItems() {
    return this.page.getByTestId('timeline-item');
  }

  nextTouchReason() {
    return this.page.getByTestId('next-touch-reason');
  }

  async changeStage(stage: string, reason: string): Promise<void> {
    await this.page.getByTestId('stage-picker').selectOption(stage);
    await this.page.getByTestId('stage-reason').fill(reason);
    await this.page.getByTestId('stage-apply').click();
  }
}
