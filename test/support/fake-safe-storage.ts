// A stand-in for Electron's safeStorage (the Electron binary cannot run here): reversible per
// "account", failing to decrypt another account's data as the real one does.
import type { AppSafeStorage } from '../../electron/main/keychain.js';

/** A reversible "keychain": XOR with a per-account secret, like safeStorage's per-user key. */
export function fakeSafeStorage(account = 'me', opts: { available?: boolean; backend?: string } = {}): AppSafeStorage & { calls: string[] } {
  const secret = Buffer.from(`keychain-of-${account}`);
  const xor = (b: Buffer) => Buffer.from(b.map((x, i) => x ^ secret[i % secret.length]!));
  const calls: string[] = [];
  return {
    calls,
    isEncryptionAvailable: () => opts.available ?? true,
    encryptString: (s) => { calls.push('encrypt'); return Buffer.concat([Buffer.from('v10'), xor(Buffer.from(s))]); },
    decryptString: (b) => {
      calls.push('decrypt');
      const text = xor(b.subarray(3)).toString();
      if (!/^[0-9a-f]{64}$/.test(text)) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return text;
    },
    ...(opts.backend ? { getSelectedStorageBackend: () => opts.backend! } : {}),
  };
}

