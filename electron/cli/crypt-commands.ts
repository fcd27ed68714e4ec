// `inyeon encrypt on|off|status|passphrase|backups` (issue 8). Passphrases come from files or the
// environment (cli/keys.ts), never from the command line itself (they would sit in the shell
// history and in every `ps` listing).
import { need, oneOf, str, UsageError } from './args.js';
import type { Command } from './commands.js';
import { cliNewPassphrase, cliPassphrase } from './keys.js';

const BACKUP_CHOICES = ['encrypt', 'delete', 'keep'] as const;

export const CRYPT_COMMANDS: Record<string, Command> = {
  encrypt: {
    options: { backups: { type: 'string' }, 'new-passphrase-file': { type: 'string' } },
    usage: [
      'encrypt on [--backups encrypt|delete|keep] | off | status   (encryption at rest; the passphrase from --passphrase-file, INYEON_PASSPHRASE_FILE or INYEON_PASSPHRASE;',
      '      --backups: what to do with the backups made before, which are not encrypted — default keep)',
      '    encrypt passphrase --new-passphrase-file FILE   (change it; the current one as above, the new one from FILE or INYEON_NEW_PASSPHRASE)',
      '    encrypt backups [encrypt|delete]   (the backups that are not encrypted: list them, encrypt them with the book’s key, or delete them)',
    ].join('\n'),
    async run({ invoke, positionals, values: v }) {
      const what = oneOf(need(positionals[0], 'on|off|status|passphrase|backups'), ['on', 'off', 'status', 'passphrase', 'backups'] as const, 'encrypt')!;
      if (v.backups !== undefined && what !== 'on') throw new UsageError('--backups goes with "encrypt on" only');
      if (v['new-passphrase-file'] !== undefined && what !== 'passphrase') throw new UsageError('--new-passphrase-file goes with "encrypt passphrase" only');
      if (what === 'status') return invoke('security.status', {});
      if (what === 'off') return invoke('security.setEncryption', { on: false });
      if (what === 'on') {
        const backups = oneOf(str(v.backups), BACKUP_CHOICES, '--backups') ?? 'keep';
        const status = await invoke('security.setEncryption', { on: true });
        if (backups === 'keep') return status;
        return { ...status, backups: await invoke('security.protectBackups', { action: backups }) };
      }
      if (what === 'passphrase') {
        const current = cliPassphrase(str(v['passphrase-file']));
        if (current === undefined) throw new UsageError('The current passphrase is needed: --passphrase-file FILE, INYEON_PASSPHRASE_FILE or INYEON_PASSPHRASE.');
        const next = cliNewPassphrase(str(v['new-passphrase-file']));
        if (next === undefined) throw new UsageError('The new passphrase is needed: --new-passphrase-file FILE or INYEON_NEW_PASSPHRASE.');
        return invoke('security.changePassphrase', { current, next, repeat: next });
      }
      const action = oneOf(positionals[1], ['encrypt', 'delete'] as const, 'encrypt backups');
      if (!action) return invoke('security.plainBackups', {});
      return invoke('security.protectBackups', { action });
    },
    exitCode: (r) => {
      const failed = (r as { failed?: unknown[]; backupsFailed?: unknown[]; backups?: { failed?: unknown[] } });
      return (failed.failed?.length ?? failed.backupsFailed?.length ?? failed.backups?.failed?.length ?? 0) > 0 ? 1 : 0;
    },
  },
};
