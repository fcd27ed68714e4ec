// `inyeon import / undo-import / duplicates` (issue 5): the report shape, exit codes 0 and 3,
// Excel with real dates and a mobile that lost its 0, a mapping file, dry run, undo.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../support/cli.js';
import { tempDir } from '../support/temp.js';

// Every test here runs the CLI as child processes, several in a row: seconds each on a loaded
// machine, so these files get more than the project's 30 s per test.
vi.setConfig({ testTimeout: 120_000 });

const FIX = join(import.meta.dirname, '../fixtures/import');

// Each run starts a Node process on a loaded 2-core machine: generous timeouts, few runs.
describe('inyeon import', { timeout: 180_000 }, () => {
  const dir = tempDir();
  afterAll(() => dir.remove());
  const cli = (...args: string[]) => runCli(['--data-dir', dir.path, '--json', '--now', '2026-03-02T01:00:00Z', ...args]);

  it('--dry-run reports without writing', () => {
    const r = cli('import', join(FIX, 'v40.vcf'), '--dry-run');
    expect(r.status, r.stderr).toBe(0);
    expect(r.json()).toMatchObject({ imported: 1, merged: 0, skipped: 0, batchId: null });
  });

  let batchId = '';
  it('imports Excel: Korean headers, real dates, a mobile that lost its leading 0; a nameless row is skipped → exit 3', () => {
    const r = cli('import', join(FIX, 'excel-ko.xlsx'));
    expect(r.status, r.stderr).toBe(3);
    const j = r.json();
    expect(j.files).toEqual([expect.objectContaining({
      file: 'excel-ko.xlsx', format: 'xlsx', encoding: null, records: 3, imported: 2, merged: 0, skipped: 1, rejected: null,
      errors: [{ record: 3, line: 4, reason: expect.stringMatching(/name/) }],
    })]);
    expect(j).toMatchObject({ imported: 2, merged: 0, skipped: 1, batchId: expect.any(String) });
    batchId = j.batchId;
    const park = cli('search', '박지성').json().items[0];
    expect(park).toMatchObject({ birthday: '1981-02-25', company: '인연상사', source: 'import', stage: 'prospect' });
    expect(park.points.map((p: any) => [p.kind, p.value, p.normalized])).toEqual([['mobile', '01012345678', '+821012345678'], ['email', 'park@inyeon.kr', 'park@inyeon.kr']]);
  });

  it('a rejected file is reported with its reason, exit 3; nothing from it is stored', () => {
    const r = cli('import', join(FIX, 'garbage.bin'), join(FIX, 'broken.xlsx'));
    expect(r.status).toBe(3);
    expect(r.json().files.map((f: any) => [f.file, typeof f.rejected])).toEqual([['garbage.bin', 'string'], ['broken.xlsx', 'string']]);
    expect(r.json().batchId).toBeNull();
  });

  it('a mapping file maps unknown columns; same mobile → merged', () => {
    const csv = join(dir.path, 'odd.csv');
    writeFileSync(csv, '고객,연락처,비고란\r\nPark Jisung,010-1234-5678,VIP\r\n');
    expect(cli('import', csv).status).toBe(3);
    const map = join(dir.path, 'map.json');
    writeFileSync(map, JSON.stringify({ 고객: 'name', 연락처: 'mobile', 비고란: 'notes' }));
    const r = cli('import', csv, '--mapping', map);
    expect(r.status, r.stderr).toBe(0);
    expect(r.json()).toMatchObject({ imported: 0, merged: 1, skipped: 0 });
    // --json says per merged record what differed and what was kept; the file's name went to the notes.
    expect(r.json().files[0].mergedRecords).toEqual([expect.objectContaining({
      record: 1, line: 2, name: 'Park Jisung', into: 'book', keptName: '박지성', differences: [{ field: 'name', kept: '박지성', file: 'Park Jisung' }], notedInNotes: true,
    })]);
    expect(cli('search', '박지성').json().items[0].notes).toMatch(/^엑셀에서 옴\n\nVIP\n\n\[(Import|가져오기) 2026-03-02 · odd\.csv\] .*Park Jisung/);
  });

  it('duplicates lists exact pairs and merges them all; undo-import', () => {
    expect(cli('contact', 'add', '--name', '박 지성', '--email', 'PARK@inyeon.kr').status).toBe(0);
    const d = cli('duplicates');
    expect(d.status).toBe(0);
    expect(d.json().items).toEqual([expect.objectContaining({ kind: 'exact', why: ['email'], matched: 'park@inyeon.kr' })]);
    const m = cli('duplicates', '--merge-all-exact');
    expect(m.json().items).toHaveLength(1);
    // The import's people were merged with since: undo that merge first.
    expect(cli('undo-import', batchId).status).toBe(5);
  });

  it('bad usage: no file, unreadable mapping', () => {
    expect(cli('import', join(FIX, 'v40.vcf'), '--mapping', join(dir.path, 'missing.json')).status).toBe(2);
  });
});
