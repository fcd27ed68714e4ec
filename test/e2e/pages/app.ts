// The app shell: sidebar navigation and the things every screen shares.
import type { Page } from 'playwright-core';

export class AppShell {
  constructor(readonly page: Page) {}

  async goTo(screen: 'today' | 'contacts' | 'referrals' | 'import' | 'duplicates' | 'capture' | 'trash' | 'settings'): Promise<void> {
    await this.page.getByTestId(`nav-${screen}`).click();
    await this.page.getByTestId(`${screen}-view`).waitFor();
  }

  async toast(): Promise<string> {
    const t = this.page.getByTestId('toast-text').last();
    await t.waitFor();
    return (await t.textContent()) ?? '';
  }

  /** The open contact-point badges etc. render words in the UI language: a cheap language probe. */
  async navLabel(screen: 'today' | 'contacts'): Promise<string> {
    return (await this.page.getByTestId(`nav-${screen}`).textContent()) ?? '';
  }
}
