// The hot queries (issue 7) must be answered through indexes: runs each hot path through the real
// backend, then EXPLAIN QUERY PLAN on every statement it prepared (db/statements.ts caches them by
// SQL text). No statement may scan contacts, interactions, follow_ups, search_keys or
// contact_points without an index; the queries that page or rank must not sort their whole
// result either (a sort of one tie group, "LAST TERM", is fine). The app does not run ANALYZE,
// so these are the plans a user's book gets.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preparedSql } from '../../electron/backend/db/statements.js';
import { openTestBackend, type TestBackend } from '../support/backend.js';

const HOT_TABLES = ['contacts', 'interactions', 'follow_ups', 'search_keys', 'contact_points'];

let t: TestBackend;
let someone = '';

beforeAll(async () => {
  t = await openTestBackend('2026-03-02T01:00:00.000Z');
  const names = ['김철수', '김영희', '이민호', '박지성', 'James Smith', 'Jane Doe', '최수진', '정하은'];
  for (let i = 0; i < 40; i++) {
    const c = await t.b.invoke('contacts.add', {
      name: `${names[i % names.length]}${i}`, company: i % 2 ? '한빛생명' : 'Acme Corp', title: '과장', tags: i % 3 ? ['vip'] : [],
      stage: (['prospect', 'new', 'active'] as const)[i % 3], source: 'card',
      points: [{ kind: 'mobile', value: `010-1234-${String(1000 + i)}` }, { kind: 'email', value: `person${i}@example.com` }],
    });
    if (i === 7) someone = c.id;
  }
  const q = (params: object) => t.b.invoke('contacts.search', { limit: 50, ...params } as never);
  for (const s of ['김', '철수', 'ㄱㅊㅅ', 'ja', '김철수', '1234', '010-1234-1007', 'example', '한빛생명', 'zzzq']) {
    await q({ q: s });
    await q({ q: s, stage: 'new' });
    await q({ q: s, tag: 'vip', freshness: 'fresh' });
  }
  for (const sort of ['name', 'recent', 'due', 'created'] as const) {
    await t.b.invoke('contacts.list', { sort, offset: 0, limit: 100 });
    await t.b.invoke('contacts.list', { sort, stage: 'active', offset: 0, limit: 100 });
    await t.b.invoke('contacts.list', { sort, tag: 'vip', offset: 0, limit: 100 });
    for (const freshness of ['fresh', 'aging', 'stale', 'unverified'] as const) {
      await t.b.invoke('contacts.list', { sort, freshness, offset: 0, limit: 100 });
    }
  }
  await t.b.invoke('touches.log', { contactId: someone, kind: 'call', outcome: 'positive' });
  await t.b.invoke('contacts.get', { id: someone });
  await t.b.invoke('today.get', { date: '2026-03-16', days: 7 });
  // Small pages, as the renderer asks first on a busy day; a complaint rides beyond any page.
  await t.b.invoke('touches.log', { contactId: someone, kind: 'call', outcome: 'complaint' });
  await t.b.invoke('today.get', { date: '2026-03-16', days: 7, overdueLimit: 5, todayLimit: 5, upcomingLimit: 5 });
});
afterAll(() => t.close());

interface Plan { sql: string; lines: string[] }

const find = (all: Plan[], re: RegExp) => all.filter((p) => re.test(p.sql)).flatMap((p) => p.lines).join('\n');

function plans(filter: (sql: string) => boolean): Plan[] {
  return preparedSql(t.db).filter(filter).map((sql) => {
    const named = [...sql.matchAll(/@(\w+)/g)].map((m) => m[1]!);
    const params = named.length ? [Object.fromEntries(named.map((n) => [n, null]))] : Array.from(sql.matchAll(/\?/g), () => null);
    const lines = (t.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail);
    return { sql: sql.replace(/\s+/g, ' ').trim(), lines };
  });
}

/** Table names and their aliases in this statement, for the hot tables. */
function hotNames(sql: string): Set<string> {
  const out = new Set<string>(HOT_TABLES);
  for (const m of sql.matchAll(new RegExp(`\\b(${HOT_TABLES.join('|')})\\s+(?:AS\\s+)?(\\w+)`, 'gi'))) {
    if (!/^(WHERE|ON|JOIN|SET|VALUES|ORDER|GROUP|LIMIT|USING|CROSS|LEFT|INNER)$/i.test(m[2]!)) out.add(m[2]!);
  }
  return out;
}

describe('query plans of the hot paths', () => {
  it('prepared the statements under test', () => {
    const sql = preparedSql(t.db).join('\n');
    for (const s of ['FROM search_keys k', 'contact_fts MATCH', 'FROM follow_ups f JOIN contacts c', 'FROM contacts c WHERE', 'FROM interactions']) {
      expect(sql, s).toContain(s);
    }
  });

  it('no full table scan of contacts, interactions, follow_ups, search_keys or contact_points', () => {
    const bad = plans((sql) => !/^\s*(INSERT|DELETE)/i.test(sql)).flatMap((p) => {
      const names = hotNames(p.sql);
      return p.lines.filter((l) => {
        const m = /^SCAN (\w+)(.*)$/.exec(l);
        return m && names.has(m[1]!) && !/USING (COVERING )?INDEX/.test(m[2]!);
      }).map((l) => `${l}   ← ${p.sql}`);
    });
    expect(bad).toEqual([]);
  });

  // Filter × sort pairs with no index of their own still sort the filtered rows (issue 7, left):
  // tag × any sort, stage × recent/due/created, freshness × name/recent/created. Covered here:
  // the unfiltered list in every order, stage × name, freshness × due, search and Today.
  const uncovered = (sql: string) => /tag_id = @tagId/.test(sql) ||
    (/c\.stage = @stage/.test(sql) && !/ORDER BY c\.sort_name/.test(sql)) ||
    (/c\.reach_state = @reachState/.test(sql) && !/ORDER BY c\.next_due_at/.test(sql));

  it('search, list pages and Today read in index order: no sort of the whole result', () => {
    const paged = (sql: string) => /FROM search_keys k|FROM field_keys v|FROM contacts c WHERE .* ORDER BY|FROM follow_ups f JOIN contacts c .* ORDER BY/s.test(sql) && !uncovered(sql);
    const sorted = plans(paged).flatMap((p) => p.lines.filter((l) => /USE TEMP B-TREE FOR (ORDER|GROUP) BY/.test(l)).map((l) => `${l}   ← ${p.sql}`));
    expect(sorted).toEqual([]);
    expect(plans(paged).length).toBeGreaterThanOrEqual(10);
    // Key search reads a value's holders in index order: not even one value's holders are sorted
    // (a company can hold a tenth of the book) — the tag/freshness filters excepted, as above.
    const keyed = plans((sql) => /FROM field_keys v/.test(sql) && !uncovered(sql));
    expect(keyed.length).toBeGreaterThanOrEqual(4);
    expect(keyed.flatMap((p) => p.lines.filter((l) => /TEMP B-TREE/.test(l)).map((l) => `${l}   ← ${p.sql}`))).toEqual([]);
  });

  it('key search, list by name and stage, and the freshness list by due use the intended indexes', () => {
    const all = plans(() => true);
    const find = (re: RegExp) => all.filter((p) => re.test(p.sql)).flatMap((p) => p.lines).join('\n');
    expect(find(/FROM search_keys k/)).toMatch(/SEARCH k USING PRIMARY KEY \(key=\?\)/);
    // A value's keys (0009: names, companies, titles, departments), then its live holders in name order.
    expect(find(/FROM field_keys v CROSS JOIN contacts c ON c\.sort_name = v\.value/))
      .toMatch(/SEARCH v USING PRIMARY KEY \(key=\? AND rank<\?\)\nSEARCH c USING INDEX contacts_live_name \(sort_name=\?\)/);
    for (const field of ['company', 'title', 'department']) {
      expect(find(new RegExp(`FROM field_keys v CROSS JOIN contacts c ON c\\.${field} = v\\.value`)), field)
        .toMatch(new RegExp(`SEARCH v USING PRIMARY KEY \\(key=\\? AND rank=\\?\\)\nSEARCH c USING INDEX contacts_live_${field} \\(${field}=\\?\\)`));
    }
    expect(find(/c\.stage = @stage .*ORDER BY c\.sort_name/)).toMatch(/contacts_live_stage/);
    // A tag's members by name (tagListKey) with no other filter: the page from search_keys alone,
    // so the rows an OFFSET skips are index entries, not look-ups of each person's row.
    const byTag = all.filter((p) => /^SELECT k\.contact_rowid AS rowid FROM search_keys k WHERE k\.key = @tagKey/.test(p.sql));
    expect(byTag).toHaveLength(1);
    expect(byTag[0]!.lines).toEqual(['SEARCH k USING PRIMARY KEY (key=? AND rank=?)']);
    expect(find(/c\.reach_state = @reachState .*ORDER BY c\.next_due_at/)).toMatch(/contacts_live_fresh_due/);
    expect(find(/FROM interactions WHERE contact_id=\? ORDER BY occurred_at DESC/)).toMatch(/interactions_contact/);
    expect(find(/c\.sort_name >= @lo/)).toMatch(/contacts_live_name/);
  });

  // Today (issue 7): each bucket's page comes from follow_ups_agenda, its count from the per-date
  // counts (follow_up_open_days, 0008) by date range, urgent complaint responses from
  // follow_ups_kind_open; 0007 dropped follow_ups_open (a prefix of the agenda index).
  it('Today pages, counts and complaint responses use the agenda, per-date counts and open-kind indexes', () => {
    const all = plans(() => true);
    const today = all.filter((p) => /FROM follow_ups f JOIN contacts c .*f\.due_date/.test(p.sql) && !/complaint-response/.test(p.sql));
    expect(today.length).toBeGreaterThanOrEqual(2);
    for (const p of today) expect(p.lines.join('\n'), p.sql).toMatch(/SEARCH f USING COVERING INDEX follow_ups_agenda \(due_date[<>=]/);
    const counts = all.filter((p) => /FROM follow_up_open_days WHERE due_date/.test(p.sql));
    expect(counts.length).toBeGreaterThanOrEqual(2);
    for (const p of counts) {
      // A range of dates of the per-date counts, never a walk over follow-ups.
      expect(p.lines.join('\n'), p.sql).toMatch(/SEARCH follow_up_open_days USING PRIMARY KEY \(due_date[<>]/);
      expect(p.lines.join('\n'), p.sql).not.toMatch(/follow_ups_agenda/);
      // Less the trashed people's: from the few in the trash, never from every follow-up in range.
      expect(p.lines.join('\n'), p.sql).toMatch(/SEARCH c USING INDEX contacts_deleted[^\n]*\nSEARCH f USING INDEX follow_ups_contact/);
    }
    expect(find(all, /f\.kind = 'complaint-response'/)).toMatch(/INDEX follow_ups_kind_open \(kind=\? AND due_date<\?\)/);
    expect(all.flatMap((p) => p.lines).join('\n')).not.toMatch(/\bfollow_ups_open\b/);
    expect(t.db.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'follow_ups_open'`).all()).toEqual([]);
  });

  // A per-contact question must start from that contact's rows. The planner once answered
  // "last positive touch of X" from interactions_outcome, walking every positive touch in the
  // book on each sync (27 ms a contact at 10k).
  it('per-contact interaction queries start from the contact', () => {
    const perContact = plans((sql) => /FROM interactions\s+WHERE contact_id\s*=\s*\?/.test(sql));
    expect(perContact.map((p) => p.sql).join('\n')).toMatch(/outcome=\?/);
    const bad = perContact.filter((p) => !p.lines.some((l) => /USING (COVERING )?INDEX interactions_contact/.test(l)));
    expect(bad.map((p) => `${p.lines.join(' | ')}   ← ${p.sql}`)).toEqual([]);
  });
});
