// CLI commands for export, backup and restore (issue 5 "Out"). Export streams page by page into
// FILE.tmp and renames it into place; a backup made with --out is copied from the verified
// backup in the backups folder and checked against its hash before it gets FILE's name.
import { closeSync, copyFileSync, fsyncSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { EXPORT_FORMATS } from '../../shared/contract/backup.js';
import { fsyncDir, readManifest, sha256File } from '../backend/backup/files.js';
import { exportContacts, exportFileName } from '../backend/export/index.js';
import { localDate } from '../../shared/rules/time.js';
import { need, oneOf, str, UsageError } from './args.js';
import type { Command } from './commands.js';

/** Write to `path` through `path.tmp`: an interrupted run never leaves a half file under the name. */
function writeAtomically(path: string, fill: (write: (chunk: string) => void) => void): number {
  const tmp = `${path}.tmp`;
  const fd = openSync(tmp, 'w', 0o600);
  try {
    fill((chunk) => { writeSync(fd, chunk); });
    fsyncSync(fd);
  } catch (e) {
    closeSync(fd);
    rmSync(tmp, { force: true });
    throw e;
  }
  closeSync(fd);
  renameSync(tmp, path);
  fsyncDir(dirname(path));
  return statSync(path).size;
}

export const BACKUP_COMMANDS: Record<string, Command> = {
  export: {
    options: { format: { type: 'string' }, 'vcard-version': { type: 'string' }, out: { type: 'string' } },
    usage: 'export --format vcf|csv [--vcard-version 3.0|4.0] [--out FILE]   (Google Contacts CSV is UTF-8 with BOM)',
    async run({ backend, values: v }) {
      const format = oneOf(need(str(v.format), '--format'), EXPORT_FORMATS, '--format')!;
      const vcardVersion = oneOf(str(v['vcard-version']), ['3.0', '4.0'] as const, '--vcard-version') ?? '4.0';
      if (format === 'csv' && v['vcard-version'] !== undefined) throw new UsageError('--vcard-version applies to --format vcf only');
      const date = localDate(backend.ctx.clock.now(), backend.services.settings.get().timeZone);
      const file = resolve(str(v.out) ?? exportFileName(format, date, vcardVersion));
      let count = 0;
      const bytes = writeAtomically(file, (write) => {
        count = exportContacts(backend.ctx.db, { format, vcardVersion }, write).count;
      });
      return { file, format, ...(format === 'vcf' ? { vcardVersion } : {}), count, bytes };
    },
  },

  backup: {
    options: { out: { type: 'string' } },
    usage: 'backup [--out FILE]   (a verified copy of the whole book; without --out into the backups folder)',
    async run({ invoke, values: v }) {
      const made = await invoke('backup.create', {});
      const out = str(v.out);
      if (!out) return made;
      const file = resolve(out);
      const tmp = `${file}.tmp`;
      try {
        copyFileSync(made.path, tmp);
        const fd = openSync(tmp, 'r+');
        fsyncSync(fd);
        closeSync(fd);
        if (sha256File(tmp) !== readManifest(made.path)?.sha256) throw new Error('the copy does not match the verified backup');
        renameSync(tmp, file);
        fsyncDir(dirname(file));
      } catch (e) {
        rmSync(tmp, { force: true });
        throw e;
      }
      return { ...made, path: file, name: made.name };
    },
  },

  'backup list': {
    options: {},
    usage: 'backup list',
    run: ({ invoke }) => invoke('backup.list', {}),
  },

  'backup preview': {
    options: {},
    usage: 'backup preview FILE   (what a backup holds; FILE is a name from backup list or a path)',
    run: ({ invoke, positionals }) => invoke('backup.preview', { file: backupFile(need(positionals[0], 'FILE')) }),
  },

  restore: {
    options: {},
    usage: 'restore FILE   (replaces the book with a backup; the current book is saved as a safety backup first)',
    run: ({ invoke, positionals }) => invoke('backup.restore', { file: backupFile(need(positionals[0], 'FILE')) }),
  },
};

/** A bare backup name stays a name (looked up in the backups folder); anything else is a path. */
const backupFile = (f: string): string => (/^inyeon-[\w-]+\.db$/.test(f) ? f : resolve(f));
