// `inyeon [--data-dir DIR] [--json] [--now ISO-8601] <command>` — the CLI over the same
// handlers as the app. With --json, stdout is exactly one JSON document; errors go to stderr
// (with --json as {"error":{code,message}}) and a non-zero exit code.
import type { ErrorCode } from '../../shared/errors.js';
import { AppError } from '../../shared/errors.js';
import { DB_FILE, openBackend, type Backend } from '../backend/index.js';
import { fixedClock } from '../backend/context.js';
import { newestUsableBackup } from '../backend/recovery/latest-backup.js';
import { openSession } from '../backend/recovery/session.js';
import { intOption, parseCommandLine, str, UsageError, type OptionSpec } from './args.js';
import { COMMANDS } from './commands.js';
import { defaultDataDir } from './data-dir.js';
import { formatHuman } from './output.js';
import { serve } from './serve.js';
import { bookKey } from '../backend/crypt/book-key.js';
import { cliKeyStore } from './keys.js';

const SERVE_OPTIONS: OptionSpec = { port: { type: 'string' }, 'no-open': { type: 'boolean' } };

export const EXIT: Record<ErrorCode | 'usage', number> = {
  usage: 2, 'invalid-input': 2, 'unknown-method': 2, unauthorized: 1, 'not-found': 4, conflict: 5,
  'db-newer-version': 6, 'db-corrupt': 6, 'db-locked': 6, 'disk-full': 7, 'read-only': 7, internal: 1, 'marketing-blocked': 5, 'merge-blocked': 5,
  'unreadable-image': 2, 'ocr-unavailable': 1, 'ocr-timeout': 1,
  'key-required': 8, 'wrong-key': 8,
};

function helpText(): string {
  const lines = ['Usage: inyeon [--data-dir DIR] [--json] [--now ISO-8601] [--passphrase-file FILE] <command>', '', 'Commands:'];
  for (const c of Object.values(COMMANDS)) lines.push(`  ${c.usage}`);
  lines.push('  serve [--port N] [--no-open]   (browser mode)');
  lines.push('', `Data folder: --data-dir, else INYEON_DATA_DIR, else ${defaultDataDir()}`);
  return lines.join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  let backend: Backend | undefined;
  try {
    if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
      process.stdout.write(`${helpText()}\n`);
      return 0;
    }
    const specs: Record<string, OptionSpec> = { serve: SERVE_OPTIONS };
    for (const [name, c] of Object.entries(COMMANDS)) specs[name] = c.options;
    const parsed = parseCommandLine(argv, specs);
    const name = parsed.command.join(' ');
    if (parsed.values.help) {
      process.stdout.write(`${name === 'serve' ? 'serve [--port N] [--no-open]' : COMMANDS[name]!.usage}\n`);
      return 0;
    }
    const now = str(parsed.values.now);
    if (now !== undefined && Number.isNaN(Date.parse(now))) throw new UsageError('--now must be an ISO-8601 date-time');
    const keyStore = cliKeyStore(str(parsed.values['passphrase-file']));
    const open = {
      dataDir: str(parsed.values['data-dir']) ?? defaultDataDir(),
      keyStore,
      ...(now ? { clock: fixedClock(now) } : {}),
      // doctor is the one command that must wait for the full quick_check; the rest open fast.
      integrityCheck: name === 'doctor' ? ('sync' as const) : ('background' as const),
      // The daily automatic backup belongs to a running app, not to one-shot commands.
      autoBackup: name === 'serve',
    };
    if (name === 'serve') {
      // Browser mode starts even when the book cannot be opened: the page shows why and the ways forward.
      // An encrypted book without a passphrase given: the page asks for it (recovery.unlock).
      const session = openSession({ ...open, keyStores: keyStore ? [keyStore] : [], latestBackup: newestUsableBackup, ownerLock: 'browser mode (inyeon serve)' });
      const problem = session.problem();
      if (problem) process.stderr.write(`inyeon: ${problem.message}\nThe page shows this and the ways forward.\n`);
      try {
        await serve(session, { port: intOption(parsed.values.port, 'port'), open: !parsed.values['no-open'], json });
      } finally {
        session.close();
      }
      return 0;
    }
    backend = openBackend({ ...open, key: bookKey(open.dataDir, DB_FILE, keyStore ? [keyStore] : []) });
    const command = COMMANDS[name]!;
    const result = await command.run({ invoke: backend.invoke, backend, values: parsed.values, positionals: parsed.positionals });
    process.stdout.write(json ? `${JSON.stringify(result)}\n` : `${formatHuman(result, backend.services.settings.locale())}\n`);
    return command.exitCode?.(result) ?? 0;
  } catch (e) {
    const err = e instanceof AppError ? e : e instanceof UsageError ? new AppError('invalid-input', e.message) : new AppError('internal', e instanceof Error ? e.message : String(e));
    const code = e instanceof UsageError ? 'usage' : err.code;
    if (json) process.stderr.write(`${JSON.stringify({ error: { code: err.code, message: err.message, ...(err.issues ? { issues: err.issues } : {}) } })}\n`);
    else process.stderr.write(`inyeon: ${err.message}${e instanceof UsageError ? '\nRun "inyeon --help" for usage.' : ''}\n`);
    return EXIT[code];
  } finally {
    // Awaited: the OCR worker thread must be gone before the process can exit.
    await backend?.close();
  }
}

