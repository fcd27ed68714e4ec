// Today's bucket counts come from per-date counts kept by triggers (0008), not from a recount
// (issue 7). They must stay exact whatever writes them: random sequences of the operations that
// open, close, move or hide follow-ups — adding people, touches (a complaint opens a response),
// snooze, skip, stage changes, deals with renewals, trash, restore, purge, merge and its undo,
// import and its undo — with the clock rolling over Seoul midnight, are checked after every step
// against a full recount of follow_ups.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors.js';
import { addDays, localDate } from '../../shared/rules/time.js';
import { openTestBackend, rows, type TestBackend } from '../support/backend.js';

const MIGRATION_0008 = new URL('../../electron/backend/db/migrations/0008-open-follow-up-days.sql', import.meta.url);

const STAGES = ['prospect', 'new', 'active', 'dormant', 'lost'] as const;

type Op =
  | { op: 'add'; stage: number; mobile: number }
  | { op: 'touch'; who: number; complaint: boolean; daysAgo: number }
  | { op: 'snooze'; who: number; days: number }
  | { op: 'skip'; who: number }
  | { op: 'stage'; who: number; stage: number }
  | { op: 'deal'; who: number; renewsIn: number }
  | { op: 'trash' | 'restore' | 'purge'; who: number }
  | { op: 'merge'; who: number; other: number }
  | { op: 'undoMerge' }
  | { op: 'import'; mobiles: number[] }
  | { op: 'undoImport' }
  | { op: 'hours'; n: number };

const who = fc.nat(50);
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { arbitrary: fc.record({ op: fc.constant('add' as const), stage: fc.nat(STAGES.length - 1), mobile: fc.nat(9) }), weight: 4 },
  { arbitrary: fc.record({ op: fc.constant('touch' as const), who, complaint: fc.boolean(), daysAgo: fc.nat(40) }), weight: 3 },
  { arbitrary: fc.record({ op: fc.constant('snooze' as const), who, days: fc.integer({ min: 1, max: 20 }) }), weight: 2 },
  { arbitrary: fc.record({ op: fc.constant('skip' as const), who }), weight: 2 },
  fc.record({ op: fc.constant('stage' as const), who, stage: fc.nat(STAGES.length - 1) }),
  fc.record({ op: fc.constant('deal' as const), who, renewsIn: fc.integer({ min: -10, max: 60 }) }),
  fc.record({ op: fc.constantFrom('trash' as const, 'restore' as const, 'purge' as const), who }),
  fc.record({ op: fc.constant('merge' as const), who, other: who }),
  fc.constant({ op: 'undoMerge' as const }),
  fc.record({ op: fc.constant('import' as const), mobiles: fc.array(fc.nat(9), { minLength: 1, maxLength: 3 }) }),
  fc.constant({ op: 'undoImport' as const }),
  { arbitrary: fc.record({ op: fc.constant('hours' as const), n: fc.integer({ min: 1, max: 60 }) }), weight: 2 },
);

let t: TestBackend | undefined;
afterEach(async () => { await t?.close(); t = undefined; });

/** Today's counts as a full recount of follow_ups would give them. */
function recount(db: TestBackend['db'], day: string, days: number) {
  const n = (cond: string, ...p: string[]) => rows<{ n: number }>(db, `SELECT count(*) AS n FROM follow_ups f JOIN contacts c ON c.id = f.contact_id
    WHERE f.status = 'open' AND c.deleted_at IS NULL AND ${cond}`, ...p)[0]!.n;
  return {
    overdue: n('f.due_date < ?', day),
    today: n('f.due_date = ?', day),
    upcoming: days > 0 ? n('f.due_date > ? AND f.due_date <= ?', day, addDays(day, days)) : 0,
  };
}

async function run(ops: Op[]): Promise<void> {
  t = await openTestBackend('2026-03-02T13:00:00.000Z'); // 22:00 in Seoul: two hours before the day rolls over
  const { b, db, clock } = t;
  const merges: string[] = [];
  const batches: string[] = [];
  const all = () => rows<{ id: string }>(db, 'SELECT id FROM contacts ORDER BY num').map((r) => r.id);
  const pick = (i: number) => { const ids = all(); return ids.length ? ids[i % ids.length]! : null; };
  const openOf = (id: string) => rows<{ id: string }>(db, `SELECT id FROM follow_ups WHERE contact_id = ? AND status = 'open' ORDER BY due_at`, id)[0]?.id;
  const mobile = (k: number) => `010-5555-${String(1000 + k)}`;
  let added = 0;

  for (const [step, o] of ops.entries()) {
    const id = 'who' in o ? pick(o.who) : null;
    try {
      switch (o.op) {
        case 'add': await b.invoke('contacts.add', { name: `고객${added++}`, stage: STAGES[o.stage]!, points: [{ kind: 'mobile', value: mobile(o.mobile) }] }); break;
        case 'touch': if (id) await b.invoke('touches.log', { contactId: id, kind: 'call', outcome: o.complaint ? 'complaint' : 'positive', occurredAt: new Date(clock.now() - o.daysAgo * 86_400_000).toISOString() }); break;
        case 'snooze': { const f = id && openOf(id); if (f) await b.invoke('followups.snooze', { id: f, until: addDays(localDate(clock.now(), 'Asia/Seoul'), o.days) }); break; }
        case 'skip': { const f = id && openOf(id); if (f) await b.invoke('followups.skip', { id: f }); break; }
        case 'stage': if (id) await b.invoke('contacts.setStage', { id, stage: STAGES[o.stage]! }); break;
        case 'deal': if (id) await b.invoke('deals.add', { contactId: id, title: '종신보험', renewsOn: addDays(localDate(clock.now(), 'Asia/Seoul'), o.renewsIn) }); break;
        case 'trash': if (id) await b.invoke('contacts.delete', { id }); break;
        case 'restore': if (id) await b.invoke('contacts.restore', { id }); break;
        case 'purge': if (id) await b.invoke('contacts.purge', { id }); break;
        case 'merge': { const other = pick(o.other); if (id && other && other !== id) merges.push((await b.invoke('duplicates.merge', { keepId: id, mergeId: other })).mergeId); break; }
        case 'undoMerge': { const m = merges.pop(); if (m) await b.invoke('duplicates.undoMerge', { mergeId: m }); break; }
        case 'import': {
          const csv = `이름,휴대폰\r\n${o.mobiles.map((k, i) => `가져온${step}-${i},${mobile(k)}`).join('\r\n')}\r\n`;
          const r = await b.services.imports.importFiles([{ name: `people-${step}.csv`, bytes: Buffer.from(csv, 'utf8') }]);
          if (r.batchId) batches.push(r.batchId);
          break;
        }
        case 'undoImport': { const batch = batches.pop(); if (batch) b.services.imports.undo(batch); break; }
        case 'hours': clock.set(clock.now() + o.n * 3_600_000); break;
      }
    } catch (e) {
      // Refusals (purge of someone not in the trash, a merge or undo that no longer applies) are
      // part of the game; anything else is a failure.
      if (!(e instanceof AppError)) throw e;
    }
    // The per-date counts are exactly the open follow-ups per date…
    expect(rows(db, 'SELECT due_date, n FROM follow_up_open_days ORDER BY due_date'), `after step ${step} ${JSON.stringify(o)}`)
      .toEqual(rows(db, `SELECT due_date, count(*) AS n FROM follow_ups WHERE status = 'open' GROUP BY due_date ORDER BY due_date`));
    // …and Today (on the clock's own day, which rolls over at Seoul midnight, and a week ahead) says so.
    const r = await b.invoke('today.get', { days: 7 });
    expect(r.date).toBe(localDate(clock.now(), 'Asia/Seoul'));
    expect(r.counts, `after step ${step} ${JSON.stringify(o)}`).toEqual(recount(db, r.date, 7));
    const ahead = addDays(r.date, 10);
    expect((await b.invoke('today.get', { date: ahead, days: 3 })).counts).toEqual(recount(db, ahead, 3));
  }
}

describe("Today's counts kept by triggers", () => {
  it('equal a full recount after every step of random operations, across Seoul midnight', async () => {
    await fc.assert(fc.asyncProperty(fc.array(opArb, { minLength: 5, maxLength: 30 }), async (ops) => {
      await t?.close();
      await run(ops);
    }), { numRuns: 12, seed: 20261123 });
  }, 240_000);

  it('a book from before 0008 gets the counts of the follow-ups it already has', async () => {
    t = await openTestBackend('2026-03-02T01:00:00.000Z');
    for (let i = 0; i < 6; i++) await t.b.invoke('contacts.add', { name: `고객${i}`, stage: STAGES[i % STAGES.length]! });
    const first = (await t.b.invoke('contacts.list', { sort: 'name', offset: 0, limit: 1 })).items[0]!;
    await t.b.invoke('touches.log', { contactId: first.id, kind: 'call', outcome: 'complaint' });
    // Back to before 0008: no table, no triggers; the follow-ups stay. Then 0008 itself, as the
    // migrator runs it (later migrations cannot be undone here, so the file is run on its own).
    t.db.exec(`DROP TRIGGER follow_ups_open_days_insert; DROP TRIGGER follow_ups_open_days_delete; DROP TRIGGER follow_ups_open_days_update;
      DROP TABLE follow_up_open_days`);
    t.db.transaction(() => t!.db.exec(readFileSync(MIGRATION_0008, 'utf8')))();
    t = t.reopen();
    const byDate = rows(t.db, `SELECT due_date, count(*) AS n FROM follow_ups WHERE status = 'open' GROUP BY due_date ORDER BY due_date`);
    expect(byDate.length).toBeGreaterThan(1);
    expect(rows(t.db, 'SELECT due_date, n FROM follow_up_open_days ORDER BY due_date')).toEqual(byDate);
    const r = await t.b.invoke('today.get', { date: '2026-03-16', days: 7 });
    expect(r.counts).toEqual(recount(t.db, '2026-03-16', 7));
    expect(r.counts.today + r.counts.overdue).toBeGreaterThan(0);
  });
});
