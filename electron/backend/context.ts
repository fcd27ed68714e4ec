// What every service gets: the one connection, the clock, and the current settings.
// The clock is injected so tests and the CLI (`--now`) can ask "what is due on date X".
import type { DB } from './db/statements.js';

export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** A clock frozen at one instant (CLI `--now`, tests), optionally advanced by hand. */
export function fixedClock(at: string | number): Clock & { set(at: string | number): void; advanceDays(n: number): void } {
  let ms = typeof at === 'number' ? at : Date.parse(at);
  return {
    now: () => ms,
    set: (v) => { ms = typeof v === 'number' ? v : Date.parse(v); },
    advanceDays: (n) => { ms += n * 86_400_000; },
  };
}

export interface Context {
  db: DB;
  clock: Clock;
  dataPath: string;
  version: string;
  nowIso(): string;
}

export function createContext(db: DB, clock: Clock, dataPath: string, version: string): Context {
  return { db, clock, dataPath, version, nowIso: () => new Date(clock.now()).toISOString() };
}
