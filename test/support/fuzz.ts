// Contract fuzzing (issue 8): random and mutated payloads for every contract method, through the
// real dispatch on a real temp book. Payloads come from arbitraries derived from each method's zod
// schema (right keys, values near and across the limits, real and unknown ids, hostile text), from
// mutations of those, and from anything at all. Every call must answer within 5 s with a result or
// a typed AppError with a clear message; a rejected call must leave every table as it was.
// Used by test/integration/fuzz.test.ts (CI size) and `npm run fuzz` (FUZZ_RUNS, nightly size).
import fc from 'fast-check';
import Database from 'better-sqlite3-multiple-ciphers';
import { api, METHODS, type Method } from '../../shared/contract/index.js';
import { AppError, ERROR_CODES } from '../../shared/errors.js';
import type { Backend } from '../../electron/backend/index.js';
import { contentHash } from './backend.js';

/** What the generators draw ids and other "real" values from; refreshed as the book changes. */
export interface Pool {
  ids: string[];
}

const UNKNOWN_ID = '01900000-0000-7000-8000-00000000dead';

/** Text that has broken apps before: markup, direction marks, zero-width, emoji, SQL, controls, sizes. */
export const HOSTILE_TEXT = [
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><b>x</b>', "'; DROP TABLE contacts; --", '%s%n%x', '${7*7}',
  '\u202Eevil\u202C', '\u200B\u200C\u200D\uFEFF', '김\u200B철수', 'ㄱㅊㅅ', '👨‍👩‍👧‍👦🇰🇷', '\uD800', 'a\u0000b', '\t\n\r', '   ',
  '010-1234-5678', '+82 10 1234 5678', '017-246-9013', 'kim@example.com', 'not an email@', 'Asia/Seoul', 'Mars/Olympus',
  '2026-03-05', '2026-02-30', '--05-02', '--02-29', '2026-03-01T00:00:00.000Z', '2099-01-01T00:00:00.000Z', 'yesterday',
  '__proto__', 'constructor', 'toString', '', 'x'.repeat(51), 'x'.repeat(201), 'ㄱ'.repeat(501),
];
/** Just past the longest limits (10,000-character summaries, 100,000-character notes): drawn rarely, they are slow. */
const BIG_TEXT = ['a'.repeat(10_001), '메'.repeat(100_001)];

const interestingNumber = fc.oneof(
  fc.constantFrom(0, 1, -1, 2, 7, 14, 30, 50, 51, 90, 91, 200, 300, 500, 501, 730, 731, 2000, 2001, 3650, 3651, 5000, 5001, 1.5, -0,
    Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, 1e308),
  fc.integer({ min: -10, max: 600 }),
  fc.double({ noNaN: false }),
);

function text(pool: Pool): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.nat().map((i) => (pool.ids.length ? pool.ids[i % pool.ids.length]! : UNKNOWN_ID)) },
    { weight: 1, arbitrary: fc.constant(UNKNOWN_ID) },
    { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_TEXT) },
    { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
    { weight: 1, arbitrary: fc.nat(40).chain((n) => (n === 0 ? fc.constantFrom(...BIG_TEXT) : fc.string({ maxLength: 8 }))) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  );
}

/** Anything a transport could deliver (IPC's structured clone carries more than JSON). */
const anything = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.anything({ maxDepth: 1, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withBigInt: true, withTypedArray: true }),
);

/** Values of the wrong type for any field (cheaper to draw than fc.anything at every node). */
const WRONG_TYPE = fc.constantFrom<unknown>(null, true, false, 0, -1, '', 'x', [], [null], {}, { a: {} }, [[[]]], Number.NaN, Number.POSITIVE_INFINITY, new Date(0), 10n);

type ZodLike = { _zod: { def: Record<string, any> } };

/** An arbitrary shaped like the schema: mostly valid, often just across a limit or of a wrong type. */
export function fromSchema(schema: ZodLike, pool: Pool, depth = 0): fc.Arbitrary<unknown> {
  const def = schema._zod.def;
  const wrong = fc.oneof(WRONG_TYPE, text(pool), interestingNumber);
  const shaped = ((): fc.Arbitrary<unknown> => {
    switch (def.type) {
      case 'string': return text(pool);
      case 'number': return interestingNumber;
      case 'boolean': return fc.boolean();
      case 'enum': return fc.constantFrom(...Object.values(def.entries as Record<string, string>));
      case 'literal': return fc.constantFrom(...(def.values as unknown[]));
      case 'optional': return fc.option(fromSchema(def.innerType, pool, depth), { nil: undefined });
      case 'nullable': return fc.option(fromSchema(def.innerType, pool, depth), { nil: null });
      case 'default': return fc.option(fromSchema(def.innerType, pool, depth), { nil: undefined });
      case 'pipe': return fromSchema(def.in, pool, depth);
      case 'transform': return anything;
      case 'array': return depth > 3 ? fc.constant([]) : fc.oneof(
        { weight: 6, arbitrary: fc.array(fromSchema(def.element, pool, depth + 1), { maxLength: 4 }) },
        // Around the 50-item limits, with one repeated item (generating 50 distinct ones is slow).
        { weight: 1, arbitrary: fc.tuple(fromSchema(def.element, pool, depth + 1), fc.integer({ min: 49, max: 52 })).map(([x, n]) => Array<unknown>(n).fill(x)) },
      );
      case 'record': return fc.dictionary(fc.oneof(fromSchema(def.keyType, pool, depth + 1), fc.string({ maxLength: 8 })) as fc.Arbitrary<string>, fromSchema(def.valueType, pool, depth + 1), { maxKeys: 4 });
      case 'union': return fc.oneof(...(def.options as ZodLike[]).map((o) => fromSchema(o, pool, depth + 1)));
      case 'object': {
        const shape = def.shape as Record<string, ZodLike>;
        return fc.record(Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, fromSchema(v, pool, depth + 1)])), { requiredKeys: [] })
          .map((o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)));
      }
      default: return anything;
    }
  })();
  return fc.oneof({ weight: 9, arbitrary: shaped }, { weight: 1, arbitrary: wrong });
}

/** Mutations of a payload: drop a key, replace a value, add a stray key, wrap it, or nest it. */
function mutate(base: fc.Arbitrary<unknown>, pool: Pool): fc.Arbitrary<unknown> {
  return fc.tuple(base, fc.nat(), fc.oneof(WRONG_TYPE, text(pool), interestingNumber), fc.constantFrom('drop', 'replace', 'stray', 'wrap', 'array', 'proto'))
    .map(([value, i, v, how]) => {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return how === 'wrap' ? { value } : v;
      const o = { ...(value as Record<string, unknown>) };
      const keys = Object.keys(o);
      const key = keys.length ? keys[i % keys.length]! : 'x';
      switch (how) {
        case 'drop': delete o[key]; return o;
        case 'replace': o[key] = v; return o;
        case 'stray': return { ...o, [`extra${i % 3}`]: v, id: v };
        case 'wrap': return { params: o };
        case 'array': return [o];
        default: return JSON.parse(`{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "x": ${JSON.stringify(keys[0] ?? 'y')}}`);
      }
    });
}

export interface FuzzCase {
  method: string;
  params: unknown;
}

export function caseArbitrary(pool: Pool): fc.Arbitrary<FuzzCase> {
  const perMethod = METHODS.map((m) => {
    const shaped = fromSchema(api[m].input as unknown as ZodLike, pool);
    return fc.oneof(
      { weight: 5, arbitrary: shaped },
      { weight: 3, arbitrary: mutate(shaped, pool) },
      { weight: 1, arbitrary: anything },
    ).map((params) => ({ method: m as string, params }));
  });
  const unknownMethod = fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('__proto__', 'constructor', 'contacts', 'contacts.drop', 'CONTACTS.ADD'))
    .map((method) => ({ method, params: {} }));
  return fc.oneof({ weight: 40, arbitrary: fc.oneof(...perMethod) }, { weight: 1, arbitrary: unknownMethod });
}

/**
 * Methods not run when their input happens to be valid: too heavy to run thousands of times, or
 * swapping the whole book under the fuzzer's own connections (security.setEncryption: its valid
 * calls are covered by encryption.test.ts and the kill -9 runs). Invalid inputs are still fuzzed.
 */
const HEAVY: ReadonlySet<Method> = new Set(['sample.load', 'security.setEncryption']);

export interface FuzzReport {
  cases: number;
  accepted: number;
  rejected: Record<string, number>;
  slowestMs: number;
  failures: string[];
}

const changes = (db: Database.Database) => (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;

/** Refresh the pool with ids that exist in the book now (contacts, points, follow-ups, deals, dates). */
export function refreshPool(db: Database.Database, pool: Pool): void {
  const ids: string[] = [];
  for (const t of ['contacts', 'contact_points', 'follow_ups', 'deals', 'interactions']) {
    try {
      ids.push(...(db.prepare(`SELECT id FROM "${t}" ORDER BY random() LIMIT 30`).all() as { id: string }[]).map((r) => r.id));
    } catch {
      // a table this version does not have
    }
  }
  pool.ids = ids;
}

/** Run `runs` cases (seeded) against `b`, checking every answer; returns what happened. */
export async function fuzzContract(b: Backend, runs: number, seed: number, onProgress?: (done: number) => void): Promise<FuzzReport> {
  const db = b.ctx.db;
  // A second, read-only connection sees the writer's commits as a change of data_version: a
  // rejected call must not have committed anything. (A full content hash per call costs ~40 ms.)
  const observer = new Database(db.name, { readonly: true });
  const committed = () => observer.pragma('data_version', { simple: true }) as number;
  try {
    return await run();
  } finally {
    observer.close();
  }

  async function run(): Promise<FuzzReport> {
  const pool: Pool = { ids: [] };
  const report: FuzzReport = { cases: 0, accepted: 0, rejected: {}, slowestMs: 0, failures: [] };
  const arb = caseArbitrary(pool);
  const BATCH = 250;
  for (let done = 0; done < runs && report.failures.length < 10; done += BATCH) {
    refreshPool(db, pool);
    const cases = fc.sample(arb, { numRuns: Math.min(BATCH, runs - done), seed: seed + done });
    for (const c of cases) {
      report.cases++;
      const schema = (api as Record<string, { input: { safeParse(v: unknown): { success: boolean } } }>)[c.method];
      // As dispatch does: absent params (undefined or null) mean {}.
      const valid = Object.prototype.hasOwnProperty.call(api, c.method) && schema!.input.safeParse(c.params ?? {}).success;
      if (valid && HEAVY.has(c.method as Method)) continue;
      // Every 100th schema-valid call also compares a hash of every row, the slow exact check.
      const deep = valid && report.cases % 100 === 0;
      const before = deep ? contentHash(db) : '';
      const changesBefore = changes(db);
      const versionBefore = committed();
      const started = performance.now();
      let error: unknown;
      let result: unknown;
      try {
        result = await b.dispatch(c.method, c.params);
      } catch (e) {
        error = e;
      }
      const ms = performance.now() - started;
      report.slowestMs = Math.max(report.slowestMs, ms);
      const label = () => `${c.method} ${safeJson(c.params).slice(0, 300)}`;
      if (ms > 5000) report.failures.push(`took ${Math.round(ms)} ms: ${label()}`);
      if (error === undefined) {
        report.accepted++;
        try {
          JSON.stringify(result);
        } catch (e) {
          report.failures.push(`result is not JSON (${String(e)}): ${label()}`);
        }
        continue;
      }
      if (!(error instanceof AppError) || !(ERROR_CODES as readonly string[]).includes(error.code)) {
        report.failures.push(`untyped rejection ${String(error)}: ${label()}`);
        continue;
      }
      report.rejected[error.code] = (report.rejected[error.code] ?? 0) + 1;
      if (error.code === 'internal') report.failures.push(`internal error "${error.message}": ${label()}`);
      if (!error.message || error.message.length > 5000 || /\n\s+at /.test(error.message)) report.failures.push(`unclear message "${error.message.slice(0, 200)}": ${label()}`);
      if (!valid && changes(db) !== changesBefore) report.failures.push(`wrote before refusing bad input: ${label()}`);
      if (committed() !== versionBefore) report.failures.push(`committed a write, then rejected (${error.code}): ${label()}`);
      if (deep && contentHash(db) !== before) report.failures.push(`partial write on a rejected call (${error.code}): ${label()}`);
    }
    onProgress?.(Math.min(done + BATCH, runs));
  }
  return report;
  }
}

function safeJson(v: unknown): string {
  try {
    return JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? `${x}n` : x)) ?? String(v);
  } catch {
    return String(v);
  }
}
