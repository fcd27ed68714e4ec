// The Duplicates screen: pairs side by side, merge or "not the same person".
import type { Locator, Page } from 'playwright-core';

export class DuplicatesPage {
  constructor(readonly page: Page) {}

  pairs(): Locator {
    return this.page.getByTestId('dup-pair');
  }

  pairOf(name: string): Locator {
    return this.pairs().filter({ has: this.page.getByTestId('dup-name').filter({ hasText: name }) });
  }

  selected(): Locator {
    return this.page.locator('[data-testid="dup-pair"][aria-selected="true"]');
  }
}
