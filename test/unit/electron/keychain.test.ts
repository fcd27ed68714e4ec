// The app's key stores (issue 8) with a fake safeStorage: the Electron binary cannot run here, so
// the wiring is checked against an object that behaves like it (and like a keychain that is
// missing, weak, or belongs to another user account).
import { describe, expect, it } from 'vitest';
import { passphraseKeys, safeStorageKeys, type SafeStorageLike } from '../../../electron/backend/crypt/keys.js';
import { appKeyStores } from '../../../electron/main/keychain.js';
import { AppError } from '../../../shared/errors.js';
import { fakeSafeStorage } from '../../support/fake-safe-storage.js';

const code = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    return e instanceof AppError ? e.code : `not an AppError: ${String(e)}`;
  }
  return 'no error';
};

describe('safeStorage key store', () => {
  it('keeps a random 32-byte key wrapped by the keychain, never in the clear, and gets the same key back', () => {
    const safe = fakeSafeStorage();
    const store = safeStorageKeys(safe);
    const { key, record } = store.create();
    expect(key).toHaveLength(32);
    expect(record.kind).toBe('safe-storage');
    expect(JSON.stringify(record)).not.toContain(key.toString('hex'));
    expect(JSON.stringify(record)).not.toContain(key.toString('base64'));
    expect(store.unlock(record).equals(key)).toBe(true);
    expect(safe.calls).toEqual(['encrypt', 'decrypt']);
    // Two books get two keys.
    expect(store.create().key.equals(key)).toBe(false);
  });

  it('another account’s keychain cannot unlock it (wrong-key); no keychain → key-required', () => {
    const { record } = safeStorageKeys(fakeSafeStorage('me')).create();
    expect(code(() => safeStorageKeys(fakeSafeStorage('someone-else')).unlock(record))).toBe('wrong-key');
    expect(code(() => safeStorageKeys(fakeSafeStorage('me', { available: false })).unlock(record))).toBe('key-required');
    expect(code(() => safeStorageKeys(fakeSafeStorage('me', { available: false })).create())).toBe('key-required');
  });

  it('a passphrase store does not open a keychain book, and the other way round (key-required: try the next store)', () => {
    const keychainRecord = safeStorageKeys(fakeSafeStorage()).create().record;
    const passRecord = passphraseKeys('correct horse battery').create().record;
    expect(code(() => passphraseKeys('correct horse battery').unlock(keychainRecord))).toBe('key-required');
    expect(code(() => safeStorageKeys(fakeSafeStorage()).unlock(passRecord))).toBe('key-required');
    expect(code(() => passphraseKeys('wrong horse battery').unlock(passRecord))).toBe('wrong-key');
  });
});

describe('appKeyStores', () => {
  it('uses the keychain for new keys and offers a passphrase from the environment as well', () => {
    const s = appKeyStores(fakeSafeStorage(), { INYEON_PASSPHRASE: 'from the environment' });
    expect(s.keyStore?.kind).toBe('safe-storage');
    expect(s.keyStores.map((k) => k.kind)).toEqual(['safe-storage', 'passphrase']);
  });

  it('does not trust Linux’s basic_text backend (a hard-coded password) or a missing keychain', () => {
    for (const safe of [fakeSafeStorage('me', { backend: 'basic_text' }), fakeSafeStorage('me', { available: false })] as SafeStorageLike[]) {
      const s = appKeyStores(safe, {});
      expect(s.keyStore).toBeUndefined();
      expect(s.keyStores).toEqual([]);
    }
    expect(appKeyStores(fakeSafeStorage('me', { backend: 'gnome_libsecret' }), {}).keyStore?.kind).toBe('safe-storage');
  });
});
