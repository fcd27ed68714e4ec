// Import rates (issue 5): 100,000 CSV rows, then 100,000 vCards, into a fresh book through the
// real import service (parse, normalise, dedupe, insert, search index), against a raw
// better-sqlite3 insert of the same rows measured in the same run on the same disk.
import { mkdirSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { openBackend } from '../../electron/backend/index.js';
import { fixedClock } from '../../electron/backend/context.js';
import { valueMeasure, type Measure } from './measure.js';

const FAMILY = ['김', '이', '박', '최', '정', '강', '조', '윤', '장', '임', '한', '오', '서', '신', '권'];
const GIVEN = ['민준', '서연', '도윤', '지우', '하준', '서윤', '철수', '영희', '지성', '수빈', '예준', '지민', '현우', '은지'];
const COMPANY = ['한빛생명', '인연상사', '대한물산', '미래에셋', '삼성화재', '현대해상', 'ACME Korea', '서울전자', '동방건설', '새봄유통'];
const TITLE = ['과장', '대리', '부장', '차장', '사원', '팀장', '이사'];

export interface ImportRow { name: string; company: string; title: string; mobile: string; email: string; notes: string }

/** Rows with distinct numbers from `offset`; every 50th repeats an earlier mobile (a duplicate to merge). */
export function importRows(n: number, offset: number): ImportRow[] {
  const out: ImportRow[] = [];
  for (let i = 0; i < n; i++) {
    const k = i % 50 === 49 ? offset + i - 7 : offset + i;
    const mid = String(1000 + Math.floor(k / 10_000) % 9000).padStart(4, '0');
    const last = String(k % 10_000).padStart(4, '0');
    const name = `${FAMILY[k % FAMILY.length]}${GIVEN[Math.floor(k / FAMILY.length) % GIVEN.length]}`;
    out.push({
      name, company: COMPANY[k % COMPANY.length]!, title: TITLE[k % TITLE.length]!, mobile: `010-${mid}-${last}`,
      email: `user${k}@example${k % 97}.co.kr`, notes: i % 10 === 0 ? `${COMPANY[(k + 3) % COMPANY.length]} 소개, 연간 보험료 상담` : '',
    });
  }
  return out;
}

export const toCsv = (rows: ImportRow[]): Buffer => Buffer.from(['이름,회사,직책,휴대폰,이메일,메모',
  ...rows.map((r) => [r.name, r.company, r.title, r.mobile, r.email, r.notes].join(','))].join('\r\n'), 'utf8');

export const toVcf = (rows: ImportRow[]): Buffer => Buffer.from(rows.map((r) => [
  'BEGIN:VCARD', 'VERSION:3.0', `N:${r.name.slice(0, 1)};${r.name.slice(1)};;;`, `FN:${r.name}`, `ORG:${r.company}`, `TITLE:${r.title}`,
  `TEL;TYPE=CELL:${r.mobile}`, `EMAIL;TYPE=INTERNET:${r.email}`, ...(r.notes ? [`NOTE:${r.notes}`] : []), 'END:VCARD',
].join('\r\n')).join('\r\n') + '\r\n', 'utf8');

/** Rows/s of a raw insert of the same rows (one table, one transaction, like the import's). */
function rawRate(dir: string, rows: ImportRow[]): number {
  const raw = new Database(join(dir, `raw-${Math.random()}.db`));
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = FULL');
  raw.exec('CREATE TABLE t (id TEXT PRIMARY KEY, name TEXT, company TEXT, title TEXT, mobile TEXT, email TEXT, notes TEXT)');
  const ins = raw.prepare('INSERT INTO t VALUES (?, ?, ?, ?, ?, ?, ?)');
  const t0 = performance.now();
  raw.transaction(() => { rows.forEach((r, i) => ins.run(`id${i}`, r.name, r.company, r.title, r.mobile, r.email, r.notes)); })();
  const rate = rows.length / ((performance.now() - t0) / 1000);
  raw.close();
  return rate;
}

export async function importMeasures(n: number, log: (s: string) => void): Promise<Measure[]> {
  const dir = join(tmpdir(), `inyeon-bench-import-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const b = openBackend({ dataDir: dir, clock: fixedClock('2026-11-23T00:30:00.000Z') });
  const measures: Measure[] = [];
  try {
    for (const [label, rows] of [['CSV rows', importRows(n, 0)], ['vCards', importRows(n, n)]] as const) {
      const file = label === 'CSV rows' ? toCsv(rows) : toVcf(rows);
      log(`import: ${n} ${label}`);
      const load = loadavg()[0]!;
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const r = await b.services.imports.importFiles([{ name: `bench.${label === 'CSV rows' ? 'csv' : 'vcf'}`, bytes: file }]);
      const rate = n / ((performance.now() - t0) / 1000);
      const cpu = process.cpuUsage(c0);
      const raw = rawRate(dir, rows);
      // Rows per CPU-second and the load average say how much of the rate the machine's other
      // users took (8 engineers share these 2 cores).
      const note = `${r.imported} new, ${r.merged} merged, ${r.skipped} skipped; raw insert of the same rows ${Math.round(raw)} rows/s; `
        + `${Math.round(n / ((cpu.user + cpu.system) / 1e6))} rows per CPU-second; load average ${load.toFixed(1)}`;
      measures.push(valueMeasure(`import ${n} ${label} (parse, normalise, dedupe, index)`, 'rows/s', rate, 20_000, note));
      measures.push(valueMeasure(`import ${label}: share of a raw insert`, 'ratio', rate / raw, 0.25));
    }
  } finally {
    b.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return measures;
}
