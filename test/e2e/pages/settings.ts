// Settings: language, time zone, cadence, sample data.
import type { Page } from 'playwright-core';

export class SettingsPage {
  constructor(readonly page: Page) {}

  async setLanguage(lang: 'ko' | 'en' | 'system'): Promise<void> {
    await this.page.getByTestId('settings-language').selectOption(lang);
  }

  timeZone = () => this.page.getByTestId('settings-timezone');
  timeZoneHits = () => this.page.getByTestId('settings-timezone-hit');
  /** Type into the time zone search and pick the first hit with Enter. */
  async searchTimeZone(text: string): Promise<void> {
    await this.timeZone().click();
    await this.timeZone().fill(text);
    await this.timeZoneHits().first().waitFor();
  }
}

/** Settings → Security: the encryption switch and its dialog. */
export class SecurityPage {
  constructor(readonly page: Page) {}

  switch = () => this.page.getByTestId('security-encryption');
  state = () => this.page.getByTestId('security-state');
  dialog = () => this.page.getByTestId('encrypt-dialog');

  /** Open the turn-on dialog and fill it; `confirm` presses Encrypt. */
  async fillTurnOn(passphrase: string, again = passphrase): Promise<void> {
    await this.switch().click();
    await this.dialog().waitFor();
    await this.page.getByTestId('encrypt-pass').fill(passphrase);
    await this.page.getByTestId('encrypt-again').fill(again);
    await this.page.getByTestId('encrypt-understand').check();
  }
  confirm = () => this.page.getByTestId('encrypt-confirm').click();
  /** What to do with the backups made before (the dialog offers it when there are some). */
  chooseBackups = (choice: 'encrypt' | 'delete' | 'keep') => this.page.getByTestId(`encrypt-backups-${choice}`).check();

  plainBackups = () => this.page.getByTestId('plain-backups');
  encryptPlainBackups = () => this.page.getByTestId('plain-backups-encrypt').click();

  passphraseDialog = () => this.page.getByTestId('passphrase-dialog');
  /** Open Change passphrase, fill current / new / new again, and press Change. */
  async changePassphrase(current: string, next: string, repeat = next): Promise<void> {
    if (!(await this.passphraseDialog().isVisible())) {
      await this.page.getByTestId('security-change-passphrase').click();
      await this.passphraseDialog().waitFor();
    }
    await this.page.getByTestId('passphrase-current').fill(current);
    await this.page.getByTestId('passphrase-next').fill(next);
    await this.page.getByTestId('passphrase-repeat').fill(repeat);
    await this.page.getByTestId('passphrase-confirm').click();
  }
}
