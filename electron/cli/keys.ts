// Where the CLI and browser mode find an encrypted book's passphrase: --passphrase-file FILE, else
// INYEON_PASSPHRASE_FILE, else INYEON_PASSPHRASE. A file is preferred: an environment variable is
// visible to the user's other processes on some systems.
import { type KeyStore, keyFileKeys, passphraseKeys } from '../backend/crypt/keys.js';

export function cliKeyStore(passphraseFile: string | undefined, env: NodeJS.ProcessEnv = process.env): KeyStore | undefined {
  const file = passphraseFile ?? env.INYEON_PASSPHRASE_FILE;
  if (file) return keyFileKeys(file);
  if (env.INYEON_PASSPHRASE) return passphraseKeys(env.INYEON_PASSPHRASE);
  return undefined;
}
