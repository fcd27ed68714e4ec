// `inyeon encrypt on|off|status` (issue 8). The passphrase comes from --passphrase-file or the
// environment (cli/keys.ts), never from the command line itself (it would sit in the shell history
// and in every `ps` listing).
import { need, oneOf } from './args.js';
import type { Command } from './commands.js';

export const CRYPT_COMMANDS: Record<string, Command> = {
  encrypt: {
    options: {},
    usage: 'encrypt on|off|status   (encryption at rest; the passphrase from --passphrase-file, INYEON_PASSPHRASE_FILE or INYEON_PASSPHRASE)',
    run({ invoke, positionals }) {
      const what = oneOf(need(positionals[0], 'on|off|status'), ['on', 'off', 'status'] as const, 'encrypt')!;
      if (what === 'status') return invoke('security.status', {});
      return invoke('security.setEncryption', { on: what === 'on' });
    },
  },
};
