// The app's key stores for an encrypted book (issue 8), built from Electron's safeStorage (passed
// in: this module imports nothing from electron, so it is tested with a fake). The keychain keeps
// a new key when encryption is turned on; a passphrase (INYEON_PASSPHRASE_FILE/INYEON_PASSPHRASE,
// or the unlock screen) opens a book encrypted in browser mode or by the CLI.
import { type KeyStore, keyFileKeys, passphraseKeys, type SafeStorageLike, safeStorageKeys } from '../backend/crypt/keys.js';

export interface AppSafeStorage extends SafeStorageLike {
  /** Linux only: 'basic_text' means no real keychain (a hard-coded password) — not worth a key. */
  getSelectedStorageBackend?(): string;
}

export function appKeyStores(safe: AppSafeStorage, env: NodeJS.ProcessEnv): { keyStore: KeyStore | undefined; keyStores: KeyStore[] } {
  const weak = safe.getSelectedStorageBackend?.() === 'basic_text';
  const keychain = !weak && safe.isEncryptionAvailable() ? safeStorageKeys(safe) : undefined;
  const passphrase = env.INYEON_PASSPHRASE_FILE ? keyFileKeys(env.INYEON_PASSPHRASE_FILE) : env.INYEON_PASSPHRASE ? passphraseKeys(env.INYEON_PASSPHRASE) : undefined;
  return { keyStore: keychain, keyStores: [keychain, passphrase].filter((s): s is KeyStore => s !== undefined) };
}
