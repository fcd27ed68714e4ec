// Fuzz through the real import service into a real temp book (issue 5): random bytes,
// truncations and mutated valid files (vCard, CSV, CP949, .xlsx) never crash the import; a
// rejected file leaves every table unchanged, and undoing an accepted one restores the book.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestBackend, isSearchIndexTable, rows, searchIndexContent, tableNames, type TestBackend } from '../support/backend.js';

const FIX = join(import.meta.dirname, '../fixtures/import');

function rng(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
}

const VALID: Uint8Array[] = [
  ...['android-21-qp.vcf', 'outlook-ko-21.vcf', 'iphone-30.vcf', 'v40.vcf', 'google.csv', 'outlook.csv', 'excel-ko-cp949.csv', 'excel-ko.xlsx']
    .map((f) => readFileSync(join(FIX, f))),
  iconv.encode('이름,회사,핸드폰,생일,메모\r\n김철수,인연,010-1111-2222,1979.12.30,"a\r\nb"\r\n김철수,,010 1111 2222,,중복\r\n', 'cp949'),
];

let t: TestBackend;
beforeAll(async () => {
  t = await openTestBackend('2026-03-02T01:00:00.000Z');
  // Someone already in the book, so mutated files also merge into an existing person.
  await t.b.invoke('contacts.add', { name: '김철수', points: [{ kind: 'mobile', value: '010-1111-2222' }, { kind: 'email', value: 'kim@example.com' }] });
});
afterAll(() => t.close());

/** Every table's rows (the FTS index by content, since its shadow tables' layout changes with any rewrite), batch records aside. */
function digest(): string {
  const skip = new Set(['import_batches', 'merges', 'undo_log']);
  const parts = tableNames(t.db).filter((n) => !isSearchIndexTable(n) && !skip.has(n))
    .map((n) => `${n}:${JSON.stringify(rows(t.db, `SELECT * FROM "${n}" ORDER BY 1, 2`), (_k, v) => (v instanceof Uint8Array ? Buffer.from(v).toString('hex') : v))}`);
  parts.push(JSON.stringify(searchIndexContent(t.db)));
  return parts.join('\n');
}

let cases = 0;
async function check(bytes: Uint8Array) {
  cases++;
  const before = digest();
  const r = await t.b.services.imports.importFiles([{ name: 'fuzz', bytes }]);
  const f = r.files[0]!;
  expect(f.imported + f.merged + f.skipped).toBe(f.records);
  if (f.rejected !== null || r.batchId === null) {
    expect(f.rejected === null || f.rejected.length > 5).toBe(true);
    expect(digest()).toBe(before);
    return;
  }
  for (const e of f.errors) expect(e.reason).toMatch(/\w/);
  expect(rows(t.db, 'PRAGMA foreign_key_check')).toEqual([]);
  t.b.services.imports.undo(r.batchId);
  expect(digest()).toBe(before);
}

describe('import fuzz through the service', { timeout: 600_000 }, () => {
  const rand = rng(5_2026_1123);
  it('random bytes', async () => {
    for (let i = 0; i < 300; i++) await check(Uint8Array.from({ length: Math.floor(rand() * 800) }, () => Math.floor(rand() * 256)));
  });
  it('truncations of valid files', async () => {
    for (let i = 0; i < 300; i++) {
      const v = VALID[i % VALID.length]!;
      await check(v.subarray(0, Math.floor(rand() * v.length)));
    }
  });
  it('byte-flipped valid files', async () => {
    for (let i = 0; i < 450; i++) {
      const v = Uint8Array.from(VALID[i % VALID.length]!);
      const flips = 1 + Math.floor(rand() * 8);
      for (let k = 0; k < flips; k++) v[Math.floor(rand() * v.length)] = Math.floor(rand() * 256);
      await check(v);
    }
  });
  it('ran at least 1,000 cases', () => {
    expect(cases).toBeGreaterThanOrEqual(1000);
  });
});
