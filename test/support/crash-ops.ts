// The child side of the kill -9 harness (crash.ts): one operation on a data folder, run in its own
// process so the parent can SIGKILL it at any moment. Prints "go" right before the operation and
// "done" after it. Bundled by crash.ts with esbuild so it starts in plain Node within milliseconds.
// Add an operation here (import, backup, restore…) and a scenario in test/integration/crash.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixedClock } from '../../electron/backend/context.js';
import { openDatabase } from '../../electron/backend/db/connection.js';
import { DB_FILE, openBackend } from '../../electron/backend/index.js';
import { restoreBackup } from '../../electron/backend/recovery/files.js';
import { bookKey } from '../../electron/backend/crypt/book-key.js';
import { passphraseKeys } from '../../electron/backend/crypt/keys.js';

const OPS: Record<string, (dir: string, args: string[]) => Promise<void> | void> = {
  /** Open the book: applies every pending migration. */
  migrate: (dir) => {
    openDatabase(join(dir, DB_FILE)).db.close();
  },
  /** Recovery: put the backup in place of the (damaged) book, keeping the book aside. */
  restore: (dir, [backup]) => {
    restoreBackup(backup!, join(dir, DB_FILE), '2026-03-02T01:00:00.000Z');
  },
  /** One large transactional write: the sample book (all or nothing). */
  'sample-load': async (dir, [count]) => {
    const b = openBackend({ dataDir: dir, clock: fixedClock('2026-03-02T01:00:00.000Z'), integrityCheck: 'sync' });
    // Opening is not the operation under test: announce "go" only now.
    process.stdout.write('go\n');
    await b.invoke('sample.load', { count: Number(count) });
    b.close();
  },
  /** An import batch (one file, one transaction): previewed first, "go" right before import.start. */
  import: async (dir, [file]) => {
    const b = openBackend({ dataDir: dir, clock: fixedClock('2026-03-02T01:00:00.000Z'), integrityCheck: 'sync' });
    const p = await b.invoke('import.preview', { name: 'people.csv', dataBase64: readFileSync(file!).toString('base64') });
    process.stdout.write('go\n');
    const { jobId } = await b.invoke('import.start', { previewIds: [p.previewId] });
    for (;;) {
      const s = await b.invoke('import.status', { jobId });
      if (s.state !== 'running') {
        if (s.state !== 'done') throw new Error(`import ${s.state}: ${s.error}`);
        break;
      }
      await new Promise((r) => setTimeout(r, 5));
    }
    await b.close();
  },
  /** Encryption on or off (issue 8): a verified copy swapped in for the book. */
  crypt: async (dir, [onOff, passphrase]) => {
    const key = bookKey(dir, DB_FILE, [passphraseKeys(passphrase!)]);
    const b = openBackend({ dataDir: dir, clock: fixedClock('2026-03-02T01:00:00.000Z'), integrityCheck: 'sync', key });
    process.stdout.write('go\n');
    await b.invoke('security.setEncryption', { on: onOff === 'on', passphrase: passphrase! });
    await b.close();
  },
  /** A new passphrase (issue 8): the book re-keyed (verified copy swapped in), then its key record. */
  rekey: async (dir, [current, next]) => {
    const key = bookKey(dir, DB_FILE, [passphraseKeys(current!)]);
    const b = openBackend({ dataDir: dir, clock: fixedClock('2026-03-02T01:00:00.000Z'), integrityCheck: 'sync', key });
    process.stdout.write('go\n');
    await b.invoke('security.changePassphrase', { current: current!, next: next!, repeat: next! });
    await b.close();
  },
};

const [op, dir, ...args] = process.argv.slice(2);
const run = OPS[op ?? ''];
if (!run || !dir) {
  process.stderr.write(`usage: crash-ops <${Object.keys(OPS).join('|')}> <dataDir> [args]\n`);
  process.exit(2);
}
if (!['sample-load', 'crypt', 'rekey', 'import'].includes(op!)) process.stdout.write('go\n');
await run(dir, args);
process.stdout.write('done\n');
