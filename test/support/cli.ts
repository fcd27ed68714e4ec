// Runs the real `inyeon` command (bin/inyeon.mjs) as a child process.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

export const BIN = fileURLToPath(new URL('../../bin/inyeon.mjs', import.meta.url));

export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
  json<T = any>(): T;
}

export function runCli(args: string[], env: NodeJS.ProcessEnv = {}, timeoutMs = 60_000): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'en_US.UTF-8', ...env }, timeout: timeoutMs });
  return {
    status: r.status ?? -1,
    stdout: r.stdout,
    stderr: r.stderr,
    json: () => JSON.parse(r.stdout),
  };
}

/** `inyeon --data-dir DIR --json [--now NOW] …`: the command as a test runs it, many times on one book. */
export function cliIn(dataDir: string, now?: string): (...args: string[]) => CliResult {
  const fixed = ['--data-dir', dataDir, '--json', ...(now ? ['--now', now] : [])];
  return (...args) => runCli([...fixed, ...args]);
}

/** The JSON of a command that must have succeeded (its stderr is the failure message). */
export function okJson<T = any>(r: CliResult): T {
  expect(r.status, r.stderr).toBe(0);
  return r.json<T>();
}
