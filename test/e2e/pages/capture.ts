// The Capture screen: drop or pick card images, review the fields, save.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Page } from 'playwright-core';

export type CardFieldName = 'name' | 'company' | 'department' | 'title' | 'mobile' | 'phone' | 'fax' | 'email' | 'url' | 'address';

export class CapturePage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByTestId('nav-capture').click();
    await this.page.getByTestId('capture-view').waitFor();
  }

  /** Drop image files on the screen as a file manager would (a real drop event with a DataTransfer). */
  async drop(paths: string[]): Promise<void> {
    const files = paths.map((p) => ({ name: basename(p), type: p.endsWith('.png') ? 'image/png' : 'image/jpeg', b64: readFileSync(p).toString('base64') }));
    const dt = await this.page.evaluateHandle((list) => {
      const t = new DataTransfer();
      for (const f of list) t.items.add(new File([Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0))], f.name, { type: f.type }));
      return t;
    }, files);
    const view = this.page.getByTestId('capture-view');
    await view.dispatchEvent('dragover', { dataTransfer: dt });
    await view.dispatchEvent('drop', { dataTransfer: dt });
  }

  async pick(paths: string[]): Promise<void> {
    await this.page.getByTestId('capture-file-input').setInputFiles(paths);
  }

  field(f: CardFieldName) {
    return this.page.getByTestId(`capture-${f}`);
  }

  fieldError(f: CardFieldName) {
    return this.page.getByTestId(`capture-${f}-error`);
  }

  async fill(values: Partial<Record<CardFieldName, string>>): Promise<void> {
    for (const [f, v] of Object.entries(values)) await this.field(f as CardFieldName).fill(v);
  }

  items() {
    return this.page.getByTestId('capture-item');
  }

  async statuses(): Promise<string[]> {
    return this.items().evaluateAll((els) => els.map((e) => e.getAttribute('data-status') ?? ''));
  }

  review() {
    return this.page.getByTestId('capture-review');
  }

  /** Ctrl+Enter from the focused field: save this card and move to the next. */
  async saveWithKeyboard(): Promise<void> {
    await this.page.keyboard.press('Control+Enter');
  }
}
