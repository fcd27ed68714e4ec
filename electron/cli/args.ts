// Command-line parsing: global options first (`inyeon [--data-dir DIR] [--json] [--now ISO] [--passphrase-file FILE] <command>`),
// then the command's own options, parsed strictly so a typo is an error, not a silent default.
import { parseArgs, type ParseArgsConfig } from 'node:util';

export class UsageError extends Error {}

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

export const GLOBAL_OPTIONS = {
  'data-dir': { type: 'string' },
  json: { type: 'boolean' },
  now: { type: 'string' },
  'passphrase-file': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} satisfies OptionSpec;

export interface Parsed {
  command: string[];
  positionals: string[];
  values: Record<string, string | boolean | string[] | undefined>;
}

/** Split argv into the command words (`contact add`) and parse everything against its options. */
export function parseCommandLine(rawArgv: string[], commands: Record<string, OptionSpec>): Parsed {
  const argv = joinDashValues(rawArgv);
  const { positionals } = parseArgs({ args: argv, options: looseOptions(commands), allowPositionals: true, strict: false });
  const first = positionals[0];
  const two = positionals.slice(0, 2).join(' ');
  const name = two in commands ? two : first && first in commands ? first : undefined;
  if (!name) {
    if (!first) throw new UsageError('No command given.');
    throw new UsageError(`Unknown command: ${positionals.slice(0, 2).join(' ')}`);
  }
  try {
    const parsed = parseArgs({ args: argv, options: { ...GLOBAL_OPTIONS, ...commands[name] }, allowPositionals: true, strict: true });
    const words = name.split(' ').length;
    return { command: name.split(' '), positionals: parsed.positionals.slice(words), values: parsed.values };
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

/**
 * A yearless birthday is written `--MM-DD`, which looks like an option. No option name starts
 * with a digit, so `--birthday --05-02` becomes `--birthday=--05-02` before parsing.
 */
function joinDashValues(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = argv[i + 1];
    if (/^--[a-z][\w-]*$/.test(a) && next !== undefined && /^--\d/.test(next)) {
      out.push(`${a}=${next}`);
      i++;
    } else out.push(a);
  }
  return out;
}

/** Every option any command knows, so the first pass can find the command words. */
function looseOptions(commands: Record<string, OptionSpec>): OptionSpec {
  const all: OptionSpec = { ...GLOBAL_OPTIONS };
  for (const spec of Object.values(commands)) Object.assign(all, spec);
  return all;
}

export function intOption(v: unknown, name: string): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n)) throw new UsageError(`--${name} must be a whole number`);
  return n;
}

export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
export const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : typeof v === 'string' ? [v] : []);

export const need = (v: string | undefined, what: string): string => {
  if (!v) throw new UsageError(`Missing ${what}.`);
  return v;
};

/** `name` as the user wrote it: `--stage` for an option, `STAGE` for a positional. */
export const oneOf = <T extends string>(v: string | undefined, allowed: readonly T[], name: string): T | undefined => {
  if (v === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(v)) throw new UsageError(`${name} must be one of: ${allowed.join(', ')}`);
  return v as T;
};
