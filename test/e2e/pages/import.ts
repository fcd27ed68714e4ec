// The Import screen: choose files, check each preview and mapping, start, read the report, undo.
import type { Locator, Page } from 'playwright-core';

export class ImportPage {
  constructor(readonly page: Page) {}

  /** Files go in through the real <input type="file">, as the "Choose files…" button does. */
  async choose(...paths: string[]): Promise<void> {
    await this.page.getByTestId('import-file-input').setInputFiles(paths);
  }

  file(name: string): Locator {
    return this.page.locator(`[data-testid="import-file"][data-file="${name}"]`);
  }

  /** Waits until the backend's preview of the file is in (any outcome but "reading"). */
  async previewed(name: string): Promise<Locator> {
    await this.page.locator(`[data-testid="import-file"][data-file="${name}"]:not([data-state="reading"])`).waitFor({ timeout: 60_000 });
    return this.file(name);
  }

  async mapColumn(fileName: string, column: string, target: string): Promise<void> {
    await this.file(fileName).locator(`[data-testid="mapping-row"][data-column="${column}"]`).getByTestId('mapping-target').selectOption(target);
  }

  async start(): Promise<void> {
    await this.page.getByTestId('import-start').click();
  }

  /** Waits for the report and returns its state (done, cancelled, failed). */
  async report(): Promise<string> {
    const r = this.page.getByTestId('import-report');
    await r.waitFor({ timeout: 60_000 });
    return (await r.getAttribute('data-state')) ?? '';
  }

  async count(what: 'imported' | 'merged' | 'skipped' | 'rejected'): Promise<number> {
    return Number((await this.page.getByTestId(`import-count-${what}`).textContent())?.replace(/\D/g, ''));
  }

  async importMore(): Promise<void> {
    await this.page.getByTestId('import-more').click();
  }

  batches(): Locator {
    return this.page.getByTestId('import-batch');
  }
}
