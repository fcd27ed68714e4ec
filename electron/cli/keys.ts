// Where the CLI and browser mode find an encrypted book's passphrase: --passphrase-file FILE, else
// INYEON_PASSPHRASE_FILE, else INYEON_PASSPHRASE. A file is preferred: an environment variable is
// visible to the user's other processes on some systems. A new passphrase (`encrypt passphrase`)
// comes the same way: --new-passphrase-file FILE, else INYEON_NEW_PASSPHRASE.
import { type KeyStore, passphraseKeys, readPassphraseFile } from '../backend/crypt/keys.js';

export function cliPassphrase(passphraseFile: string | undefined, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const file = passphraseFile ?? env.INYEON_PASSPHRASE_FILE;
  if (file) return readPassphraseFile(file);
  return env.INYEON_PASSPHRASE || undefined;
}

export function cliKeyStore(passphraseFile: string | undefined, env: NodeJS.ProcessEnv = process.env): KeyStore | undefined {
  const passphrase = cliPassphrase(passphraseFile, env);
  return passphrase === undefined ? undefined : passphraseKeys(passphrase);
}

export function cliNewPassphrase(newPassphraseFile: string | undefined, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (newPassphraseFile) return readPassphraseFile(newPassphraseFile);
  return env.INYEON_NEW_PASSPHRASE || undefined;
}
