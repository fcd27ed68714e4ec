// Settings: language, time zone, cadence, sample data.
import type { Page } from 'playwright-core';

export class SettingsPage {
  constructor(readonly page: Page) {}

  async setLanguage(lang: 'ko' | 'en' | 'system'): Promise<void> {
    await this.page.getByTestId('settings-language').selectOption(lang);
  }
}
