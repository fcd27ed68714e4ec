// `npm run bench [-- --scale 100000] [-- --json] [-- --out FILE] [-- --keep DIR] [-- --no-ui] [-- --import-rows N]
//   [-- --only ocr|book|import|<book parts>] [-- --cards DIR]`
// Book parts, comma-separated, run only those measures of the book (no import or OCR):
// search, today, detail, lists, scans, daily, open, export, backup, ui — e.g. `--only today,backup`;
// `--only ui --keep DIR` is the two Chromium rows alone on a book kept by an earlier run.
// Builds a synthetic book in a temp dir (or reuses one with --keep) and measures the hot paths
// through the real backend handlers. Prints a table, or one JSON document with --json.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3-multiple-ciphers';
import { DB_FILE, openBackend, type Backend } from '../../electron/backend/index.js';
import { fixedClock } from '../../electron/backend/context.js';
import { getChoseong } from 'es-hangul';
import type { BookStats } from './book.js';
import { exportContacts } from '../../electron/backend/export/index.js';
import { RENDERER_BUILT, timed, valueMeasure, type Measure } from './measure.js';
import { describeMemory, memorySample, type MemorySample } from './memory.js';

// The Chromium driver (playwright-core, ~100 MB resident once loaded), the OCR corpus and the
// import bench are loaded only when their part runs, after the RSS reading: the RSS row is the
// backend's, and the app's backend never loads them.
const importMeasures = async (...a: Parameters<typeof import('./import.js').importMeasures>) => (await import('./import.js')).importMeasures(...a);
const benchOcr = async (...a: Parameters<typeof import('./ocr.js').benchOcr>) => (await import('./ocr.js')).benchOcr(...a);

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '100000' }, touches: { type: 'string', default: '10' },
    json: { type: 'boolean', default: false }, out: { type: 'string' }, keep: { type: 'string' },
    'no-ui': { type: 'boolean', default: false },
    'import-rows': { type: 'string', default: '100000' },
    // --only ocr | book: one half of the bench; --only import: the import rates alone (no book);
    // --only today,backup (book parts): those measures of the book alone; --only ui: the Chromium
    // rows alone on a kept book (--keep DIR). --cards DIR keeps the rendered card corpus there.
    only: { type: 'string' }, cards: { type: 'string' },
  },
});
const scale = Number(values.scale);
const NOW = '2026-11-23T00:30:00.000Z'; // 09:30 in Seoul: a working morning
const log = (s: string) => { if (!values.json) process.stderr.write(`${s}\n`); };
const BOOK_PARTS = ['search', 'today', 'detail', 'lists', 'scans', 'daily', 'open', 'export', 'backup', 'ui'] as const;
type BookPart = typeof BOOK_PARTS[number];
const only = values.only?.split(',') ?? [];
const bad = only.filter((o) => !['ocr', 'book', 'import', ...BOOK_PARTS].includes(o));
if (bad.length || (only.length > 1 && only.some((o) => !(BOOK_PARTS as readonly string[]).includes(o)))) {
  throw new Error(`--only: ocr, book, import, or book parts (${BOOK_PARTS.join(', ')}), not "${values.only}"`);
}
/** Only some of the book's measures: the whole book part with none named. */
const parts = only.length && only.every((o) => (BOOK_PARTS as readonly string[]).includes(o)) ? new Set(only as BookPart[]) : null;
const want = (part: BookPart): boolean => parts === null || parts.has(part);
/** CPU seconds of this process, workers included: comparable when the shared cores are busy. */
/** A pause longer than the backend's idle delay (idle-gc.ts), like a user's between two requests. */
const idle = () => new Promise((r) => setTimeout(r, 1_500));
const cpuSeconds = (): number => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };

/** Builds the book in a child process (build-book.ts), so the backend measured here — its RSS included — is one that only opened it. */
function buildBookApart(dataDir: string, contacts: number, touches: number): BookStats {
  const r = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./build-book.ts', import.meta.url)), dataDir, String(contacts), String(touches), NOW],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`building the book failed (exit ${r.status})`);
  return JSON.parse(r.stdout) as BookStats;
}

const pick = <T>(xs: T[], i: number): T => xs[i % xs.length]!;

/** Query material drawn from the book itself, so every search class has real hits. */
function searchMaterial(db: Backend['ctx']['db']) {
  const rows = db.prepare(`SELECT c.display_name AS name, c.company, p.raw_value AS phone,
      (SELECT raw_value FROM contact_points e WHERE e.contact_id = c.id AND e.kind = 'email' LIMIT 1) AS email
    FROM contacts c JOIN contact_points p ON p.contact_id = c.id AND p.kind = 'mobile' WHERE c.rowid % 97 = 0 LIMIT 400`).all() as
    { name: string; company: string | null; phone: string; email: string | null }[];
  const korean = rows.filter((r) => /^[가-힣]+$/.test(r.name));
  const latin = rows.filter((r) => /^[A-Za-z ]+$/.test(r.name));
  const classes: [string, (i: number) => string][] = [
    ['1 syllable', (i) => pick(korean, i).name.slice(0, 1)],
    ['2 syllables', (i) => pick(korean, i).name.slice(1, 3)],
    // Words of notes (note_words): the synthetic notes repeat, so these hit ~21k people each — the worst case.
    ['2 syllables in notes', (i) => ['골프', '자녀', '좋아'][i % 3]!],
    ['full name', (i) => pick(korean, i).name],
    ['초성', (i) => getChoseong(pick(korean, i).name).slice(0, 2 + (i % 2))],
    ['4 phone digits', (i) => pick(rows, i).phone.slice(-4)],
    ['full phone with dashes', (i) => pick(rows, i).phone],
    ['e-mail fragment', (i) => (pick(rows.filter((r) => r.email), i).email ?? '').split('@')[0]!.slice(0, 6)],
    ['company', (i) => pick(rows.filter((r) => r.company), i).company!],
    ['Latin name prefix', (i) => pick(latin, i).name.toLowerCase().slice(0, 1 + (i % 4))],
    ['no hit', (i) => `zqx${i}`],
  ];
  // What the UI rows type into the contacts search, one query at a time.
  const typed = [...classes.slice(0, 5).flatMap(([, q]) => [q(1), q(2), q(3)]), pick(latin, 4).name.slice(0, 3)].filter((q) => q.trim() !== '');
  return { rows, classes, typed };
}

/** The Chromium rows (issue 7) on the book in `dataDir`; a browser that cannot load the app costs these rows, not the run. */
async function benchUi(dataDir: string, typed: string[]): Promise<Measure[]> {
  if (!existsSync(RENDERER_BUILT)) {
    log(`ui measures skipped: ${RENDERER_BUILT} is missing (npm run build:renderer)`);
    return [];
  }
  try {
    const { measureUi } = await import('./ui.js');
    return await measureUi(dataDir, NOW, typed, log);
  } catch (e) {
    log(`ui measures failed: ${(e as Error).message.split('\n')[0]}`);
    return [{ name: 'ui measures (failed)', unit: 'ms', p50: null, p95: null, max: null, value: 0, target: 0, ok: false, note: (e as Error).message.split('\n')[0] }];
  }
}

/** The book measures (search, Today, lists, open, UI, export, backup, import): builds or reuses a synthetic book. */
async function benchBook(measures: Measure[]): Promise<{ counts: { c: number; i: number }; stats: BookStats | null; memory: { after: string; sample: MemorySample }[] }> {
  const dataDir = values.keep ?? join(tmpdir(), `inyeon-bench-${process.pid}`);
  const reuse = values.keep !== undefined && existsSync(join(dataDir, DB_FILE));
  if (!reuse) mkdirSync(dataDir, { recursive: true });

  const clock = fixedClock(NOW);
  let stats: BookStats | null = null;
  if (!reuse) {
    log(`building a book of ${scale} contacts…`);
    stats = buildBookApart(dataDir, scale, Number(values.touches));
    log(`  contacts ${stats.seconds.contacts.toFixed(1)} s, ${stats.interactions} interactions ${stats.seconds.interactions.toFixed(1)} s, schedule ${stats.seconds.schedule.toFixed(1)} s`);
  }
  let b: Backend = openBackend({ dataDir, clock });
  const counts = b.ctx.db.prepare('SELECT (SELECT count(*) FROM contacts) AS c, (SELECT count(*) FROM interactions) AS i').get() as { c: number; i: number };

  const { classes, typed } = searchMaterial(b.ctx.db);
  const search = (q: string) => b.invoke('contacts.search', { q, limit: 50 });

  // Where the memory is after each part (the RSS row's note carries the last one). Each reading
  // is taken after the backend has been idle for a moment, as it is between a user's requests:
  // what it does when idle (one full collection after a whole-book job, idle-gc.ts) happens then.
  const memory: { after: string; sample: MemorySample }[] = [];
  const noteMemory = async (after: string) => {
    await idle();
    const sample = memorySample();
    memory.push({ after, sample });
    log(`  memory after ${after}: ${describeMemory(sample)}`);
  };
  await noteMemory('open');

  const N = 200;
  for (const [name, q] of want('search') ? classes : []) {
    log(`search: ${name}`);
    measures.push(await timed(`search: ${name}`, 10, N, (i) => search(q(i))));
  }

  if (want('search')) await noteMemory('search');
  if (want('today')) {
    const busy = b.ctx.db.prepare(`SELECT due_date AS d, count(*) AS n FROM follow_ups WHERE status = 'open' GROUP BY due_date ORDER BY n DESC LIMIT 1`).get() as { d: string; n: number };
    log(`today on ${busy.d}`);
    // Today as the app asks for it: a page of 100 per bucket (renderer/src/stores/today.ts TODAY_PAGE).
    const page100 = { date: busy.d, days: 7, overdueLimit: 100, todayLimit: 100, upcomingLimit: 100 };
    const busyDay = await b.invoke('today.get', page100);
    const todayNote = `${busyDay.counts.today} due on ${busy.d}, ${busyDay.counts.overdue} overdue, ${busyDay.counts.upcoming} in the next 7 days; ${busyDay.items.length} items sent (pages of 100)`;
    measures.push(await timed('today (busy day)', 30, 50, () => b.invoke('today.get', page100), todayNote, undefined, { cpu: true }));
    // After every write (a logged touch) the counts are recounted: Today as the app reloads it.
    const touchIds = (b.ctx.db.prepare('SELECT id FROM contacts WHERE deleted_at IS NULL AND rowid % 61 = 0 LIMIT 200').all() as { id: string }[]).map((r) => r.id);
    measures.push(await timed('today (busy day) right after a logged touch', 30, 50, () => b.invoke('today.get', page100), 'counts recounted',
      (i) => b.invoke('touches.log', { contactId: pick(touchIds, i), kind: 'note' }), { cpu: true }));
    // "Show more" twice in every bucket (450 rows each), and the contract's default pages of 300 (the CLI's).
    const reference = (m: Measure): Measure => ({ ...m, ok: true });
    measures.push(reference(await timed('today (busy day), 450 per bucket (reference)', 0, 20, () => b.invoke('today.get', { ...page100, overdueLimit: 450, todayLimit: 450, upcomingLimit: 450 }))));
    measures.push(reference(await timed('today (busy day), default pages of 300 (reference)', 0, 20, () => b.invoke('today.get', { date: busy.d, days: 7 }))));
  }

  if (want('today')) await noteMemory('today');
  if (want('detail')) {
    // A long-standing customer with a 200-touch timeline.
    const someone = (b.ctx.db.prepare('SELECT id FROM contacts WHERE deleted_at IS NULL LIMIT 1 OFFSET 17').get() as { id: string }).id;
    clock.set(Date.parse(NOW) - 400 * 86_400_000);
    for (let i = 0; i < 200; i++) {
      await b.invoke('touches.log', { contactId: someone, kind: 'call', occurredAt: new Date(Date.parse(NOW) - (400 - i) * 86_400_000).toISOString() });
      clock.set(Date.parse(NOW) - (399 - i) * 86_400_000);
    }
    clock.set(NOW);
    measures.push(await timed('contact detail (200-touch timeline)', 10, N, () => b.invoke('contacts.get', { id: someone })));

    const ids = (b.ctx.db.prepare('SELECT id FROM contacts WHERE deleted_at IS NULL AND rowid % 53 = 0 LIMIT 500').all() as { id: string }[]).map((r) => r.id);
    measures.push(await timed('log touch + reschedule', 5, N, (i) => b.invoke('touches.log', { contactId: pick(ids, i), kind: 'call', outcome: 'positive' })));
  }
  if (want('detail')) await noteMemory('detail');
  if (want('lists')) {
    // List pages: each filter, and each sort of the unfiltered list, paged deep into the book.
    const tag = (b.ctx.db.prepare(`SELECT t.name FROM tags t JOIN contact_tags ct ON ct.tag_id = t.id GROUP BY t.id ORDER BY count(*) DESC LIMIT 1`).get() as { name: string } | undefined)?.name;
    const page = (label: string, q: (i: number) => Parameters<typeof b.invoke<'contacts.list'>>[1]) =>
      timed(`contacts list page (100 rows, ${label})`, 10, N, (i) => b.invoke('contacts.list', q(i)));
    measures.push(await page('stage filter', (i) => ({ stage: (['prospect', 'active', 'new'] as const)[i % 3], sort: 'name', offset: (i * 100) % 5000, limit: 100 })));
    measures.push(await page('freshness filter, by due', (i) => ({ freshness: 'stale', sort: 'due', offset: (i * 100) % 3000, limit: 100 })));
    if (tag) measures.push(await page('tag filter', (i) => ({ tag, sort: 'name', offset: (i * 100) % 3000, limit: 100 })));
    measures.push(await page('no filter, by name', (i) => ({ sort: 'name', offset: (i * 100) % 5000, limit: 100 })));
    measures.push(await page('no filter, recently touched', (i) => ({ sort: 'recent', offset: (i * 100) % 5000, limit: 100 })));
    measures.push(await page('no filter, by due', (i) => ({ sort: 'due', offset: (i * 100) % 5000, limit: 100 })));
    measures.push(await page('no filter, newest', (i) => ({ sort: 'created', offset: (i * 100) % 5000, limit: 100 })));
  }

  if (want('lists')) await noteMemory('lists');

  // The whole-book scans the app runs at every start (Today's lifecycle suggestions, the sidebar's
  // duplicate count) in their worker, as the app asks for them: a first page, then the pages after
  // it from the kept result. Their memory is part of the backend's.
  if (want('scans')) {
    const page = (cursor: number) => ({ cursor, limit: 100 });
    const bytes = (v: unknown) => Buffer.byteLength(JSON.stringify(v));
    const t = performance.now();
    const [first, pairs] = await Promise.all([b.invoke('suggestions.list', page(0)), b.invoke('duplicates.list', { cursor: 0, limit: 50 })]);
    const cold = performance.now() - t;
    const total = (first as { total?: number }).total ?? first.items.length;
    measures.push({ ...valueMeasure('suggestions + duplicates, first pages with the scans (reference)', 'ms', cold, 0,
      `${total} suggestions, first answer ${first.items.length} items in ${(bytes(first) / 1e3).toFixed(0)} kB; ${pairs.total} duplicate pairs; scans ran in the ${b.services.scans.lastRanIn()}`), ok: true });
    measures.push(await timed('suggestions.list, a page of 100 from the kept scan', 10, 50, (i) => b.invoke('suggestions.list', page(((i * 100) % Math.max(100, total - 100)))),
      `${(bytes(await b.invoke('suggestions.list', page(100))) / 1e3).toFixed(0)} kB a page`));
    await noteMemory('scans');
  }
  // The engine's daily pass runs once a day, before the first Today of the morning: the next
  // day's, with the referral asks it proposes (at most referralAsksPerDay new ones).
  if (want('daily')) {
    clock.set(Date.parse(NOW) + 86_400_000);
    const asksBefore = (b.ctx.db.prepare(`SELECT count(*) AS n FROM follow_ups WHERE kind = 'referral-ask' AND status = 'open'`).get() as { n: number }).n;
    const t0 = performance.now();
    const first = await b.invoke('today.get', {});
    const ms = performance.now() - t0;
    const asksAfter = (b.ctx.db.prepare(`SELECT count(*) AS n FROM follow_ups WHERE kind = 'referral-ask' AND status = 'open'`).get() as { n: number }).n;
    measures.push({ ...valueMeasure('first Today of a day, incl. the engine\'s daily pass (reference)', 'ms', ms, 0,
      `${first.counts.today} due today; open referral asks ${asksBefore} → ${asksAfter}`), ok: true });
    clock.set(NOW);
  }

  if (want('daily')) await noteMemory('daily');
  if (want('open')) {
    b.close();
    // Open: version check, migrations and a schema read; quick_check runs after it in a worker.
    measures.push(await timed('open existing book (migration check; quick_check in background)', 500, 5, () => { openBackend({ dataDir, clock }).close(); }));
    let checkMs = 0;
    {
      const t0 = performance.now();
      const o = openBackend({ dataDir, clock });
      const verdict = await o.integrity;
      checkMs = performance.now() - t0;
      o.close();
      if (verdict !== 'ok') throw new Error(`quick_check: ${verdict}`);
    }
    // A reference, not a target (target 0 = none, as for the rates): the check no longer blocks anything.
    measures.push({ ...valueMeasure('background quick_check until integrity is known (reference)', 'ms', checkMs, 0, 'system.info says pending until then; doctor waits for it'), ok: true });
    b = openBackend({ dataDir, clock });
  }

  if (want('open')) await noteMemory('open');
  // Export and backup (issue 5 "Out"). Export streams page by page (the CLI's path); its informational
  // target, 10,000 contacts/s, means a 100k book is saved in ≤ 10 s behind a spinner. The backup is
  // VACUUM INTO + integrity_check + SHA-256 in a worker, so it blocks nothing; its informational
  // target, 0.3 ms a contact (30 s at 100k), keeps the daily automatic backup a background matter.
  for (const [format, vcardVersion, label] of want('export') ? [['vcf', '4.0', 'vCard 4.0'], ['vcf', '3.0', 'vCard 3.0'], ['csv', undefined, 'Google CSV']] as const : []) {
    let bytes = 0;
    const t = performance.now();
    const { count } = exportContacts(b.ctx.db, { format, ...(vcardVersion ? { vcardVersion } : {}) }, (chunk) => { bytes += Buffer.byteLength(chunk); });
    const s = (performance.now() - t) / 1000;
    measures.push(valueMeasure(`export ${label} (streamed)`, 'rows/s', count / s, 10_000, `${count} contacts, ${(bytes / 1e6).toFixed(0)} MB in ${s.toFixed(1)} s`));
  }
  if (want('export')) await noteMemory('export');
  if (want('backup')) {
    const t = performance.now();
    const cpu = cpuSeconds();
    const made = await b.services.backup.create('manual');
    const ms = performance.now() - t;
    measures.push(valueMeasure('backup (VACUUM INTO + integrity_check + hash, in a worker)', 'ms', ms, Math.max(1_000, counts.c * 0.3),
      `${(made.bytes / 1e6).toFixed(0)} MB, verified ${made.verified}, ${(cpuSeconds() - cpu).toFixed(1)} CPU s`));
    const t2 = performance.now();
    const cpu2 = cpuSeconds();
    await b.services.backup.restore(made.name);
    measures.push({ ...valueMeasure('restore (safety backup + copy + verify + swap + reopen) (reference)', 'ms', performance.now() - t2, 0,
      `${(cpuSeconds() - cpu2).toFixed(1)} CPU s`), ok: true });
    rmSync(join(dataDir, 'backups'), { recursive: true, force: true });
  }
  if (want('backup')) await noteMemory('backup');

  if (parts === null) {
    // Raw insert rate on this machine, for scale against import rates once import exists.
    const rawDir = join(tmpdir(), `inyeon-bench-raw-${process.pid}`);
    mkdirSync(rawDir, { recursive: true });
    const raw = new Database(join(rawDir, 'raw.db'));
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = FULL');
    raw.exec('CREATE TABLE t (id TEXT PRIMARY KEY, name TEXT, company TEXT, phone TEXT, email TEXT)');
    const rawIns = raw.prepare('INSERT INTO t VALUES (?, ?, ?, ?, ?)');
    const t0 = performance.now();
    raw.transaction(() => { for (let i = 0; i < 100_000; i++) rawIns.run(`id${i}`, `이름${i}`, '한빛생명', `010${i}`, `x${i}@example.com`); })();
    const rawRate = 100_000 / ((performance.now() - t0) / 1000);
    raw.close();
    rmSync(rawDir, { recursive: true, force: true });
    measures.push(valueMeasure('raw better-sqlite3 insert (reference)', 'rows/s', rawRate, 0, 'reference for import-rate ratios'));
    if (stats) measures.push(valueMeasure('add contacts through the service (reference)', 'rows/s', stats.contacts / stats.seconds.contacts, 0, 'one contacts.add each, batched in transactions'));

    const dbBytes = statSync(join(dataDir, DB_FILE)).size + (existsSync(join(dataDir, `${DB_FILE}-wal`)) ? statSync(join(dataDir, `${DB_FILE}-wal`)).size : 0);
    measures.push(valueMeasure('database size per contact', 'MB', dbBytes / counts.c / 1e6, 0.05, `${(dbBytes / 1e6).toFixed(0)} MB in all`));
  }
  {
    await idle();
    const last = memorySample();
    memory.push({ after: 'the run', sample: last });
    const which = parts === null ? '' : ` (parts: ${[...parts].filter((p) => p !== 'ui').join(', ')})`;
    measures.push(valueMeasure(`backend RSS after the run${which}`, 'MB', last.rss, 300, describeMemory(last)));
  }
  b.close();

  // The app in Chromium on the same book: skipped with --no-ui, or when the renderer is not built.
  if (!values['no-ui'] && want('ui')) measures.push(...await benchUi(dataDir, typed));
  if (!values.keep) rmSync(dataDir, { recursive: true, force: true });

  // Import (issue 5) into a fresh book of its own, after the RSS reading above.
  const importRowCount = Number(values['import-rows']);
  if (importRowCount > 0 && parts === null) measures.push(...await importMeasures(importRowCount, log));
  return { counts, stats, memory };
}

const measures: Measure[] = [];
let scaleInfo: { contacts: number; interactions: number } | null = null;
let build: BookStats | null = null;
let memory: { after: string; sample: MemorySample }[] = [];
if (only[0] === 'import') {
  measures.push(...await importMeasures(Number(values['import-rows']), log));
} else if (only[0] !== 'ocr') {
  const book = await benchBook(measures);
  scaleInfo = { contacts: book.counts.c, interactions: book.counts.i };
  build = book.stats;
  memory = book.memory;
}
if (only.length === 0 || only[0] === 'ocr') {
  log('OCR: rendering the card corpus and recognising every card…');
  measures.push(...await benchOcr({ log, cacheDir: values.cards }));
}

const sqlite = (new Database(':memory:').prepare('SELECT sqlite_version() AS v').get() as { v: string }).v;
const report = {
  ...(scaleInfo ? { scale: scaleInfo } : {}),
  machine: { cpus: cpus().length, node: process.version, sqlite },
  ...(build ? { build } : {}),
  measures,
  ...(memory.length ? { memory } : {}),
};
if (values.out) writeFileSync(values.out, `${JSON.stringify(report, null, 2)}\n`);
if (values.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
else {
  for (const m of measures) {
    const v = m.p95 !== null ? `p50 ${m.p50}  p95 ${m.p95}  max ${m.max}` : `${m.value}`;
    process.stdout.write(`${m.ok ? '✓' : '✗'} ${m.name.padEnd(58)} ${v} ${m.unit}  (target ${m.target})${m.note ? `  — ${m.note}` : ''}\n`);
  }
}
process.exitCode = measures.every((m) => m.ok) ? 0 : 1;
