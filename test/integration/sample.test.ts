// The sample book (issue 3 item 2): generated through the same services as real data, flagged,
// consistent with the closed loop's invariants, and removable in one action leaving nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Contact } from '../../shared/domain/types.js';
import { expectAppError, openTestBackend, rowCounts, rows, tableNames, type TestBackend } from '../support/backend.js';

let t: TestBackend;
let mine: Contact;
beforeAll(async () => {
  t = await openTestBackend('2026-03-02T01:00:00.000Z');
  // The user's own contact, sharing a tag with the sample: it must survive the removal intact.
  mine = await t.b.invoke('contacts.add', { name: '나의고객', tags: ['VIP'], points: [{ kind: 'mobile', value: '010-1212-3434' }] });
});
afterAll(() => t.close());

/** Rows of every table that hangs off contacts and points at a contact that is not there. */
function orphans(): Record<string, number> {
  const checks: Record<string, string> = {
    contact_points: 'SELECT count(*) AS n FROM contact_points WHERE contact_id NOT IN (SELECT id FROM contacts)',
    contact_history: 'SELECT count(*) AS n FROM contact_history WHERE contact_id NOT IN (SELECT id FROM contacts)',
    stage_changes: 'SELECT count(*) AS n FROM stage_changes WHERE contact_id NOT IN (SELECT id FROM contacts)',
    interactions: 'SELECT count(*) AS n FROM interactions WHERE contact_id NOT IN (SELECT id FROM contacts)',
    follow_ups: 'SELECT count(*) AS n FROM follow_ups WHERE contact_id NOT IN (SELECT id FROM contacts)',
    follow_ups_completed_by: 'SELECT count(*) AS n FROM follow_ups WHERE completed_by IS NOT NULL AND completed_by NOT IN (SELECT id FROM interactions)',
    interactions_completed: 'SELECT count(*) AS n FROM interactions WHERE completed_follow_up_id IS NOT NULL AND completed_follow_up_id NOT IN (SELECT id FROM follow_ups)',
    contact_tags: 'SELECT count(*) AS n FROM contact_tags WHERE contact_id NOT IN (SELECT id FROM contacts) OR tag_id NOT IN (SELECT id FROM tags)',
    search_keys: 'SELECT count(*) AS n FROM search_keys WHERE contact_rowid NOT IN (SELECT rowid FROM contacts WHERE deleted_at IS NULL)',
    contact_fts: 'SELECT count(*) AS n FROM contact_fts WHERE rowid NOT IN (SELECT rowid FROM contacts WHERE deleted_at IS NULL)',
    deals: 'SELECT count(*) AS n FROM deals WHERE contact_id NOT IN (SELECT id FROM contacts)',
    referrals: 'SELECT count(*) AS n FROM referrals WHERE referrer_id NOT IN (SELECT id FROM contacts)',
    consents: 'SELECT count(*) AS n FROM consents WHERE contact_id NOT IN (SELECT id FROM contacts)',
    attachments: 'SELECT count(*) AS n FROM attachments WHERE contact_id NOT IN (SELECT id FROM contacts)',
  };
  return Object.fromEntries(Object.entries(checks).map(([k, sql]) => [k, rows<{ n: number }>(t.db, sql)[0]!.n]));
}

describe('sample book', () => {
  it('loads 300 flagged contacts by default', async () => {
    expect(await t.b.invoke('sample.load', {})).toEqual({ added: 300 });
    const info = await t.b.invoke('system.info', {});
    expect(info.sampleContacts).toBe(300);
    expect(info.contacts).toBe(301);
    expect(rows(t.db, `SELECT count(*) AS n FROM contacts WHERE sample = 1 AND source = 'sample'`)).toEqual([{ n: 300 }]);
    expect(rows(t.db, `SELECT count(*) AS n FROM contacts WHERE sample = 0`)).toEqual([{ n: 1 }]);
  });

  it('has history: touches, verified points, several stages, Korean and English names', () => {
    const n = (sql: string) => rows<{ n: number }>(t.db, sql)[0]!.n;
    expect(n('SELECT count(*) AS n FROM interactions')).toBeGreaterThan(300);
    expect(n(`SELECT count(*) AS n FROM contact_points WHERE status = 'verified'`)).toBeGreaterThan(50);
    expect(n(`SELECT count(*) AS n FROM contact_points WHERE status = 'obsolete'`)).toBeGreaterThan(0);
    expect(n('SELECT count(DISTINCT stage) AS n FROM contacts')).toBe(6);
    expect(n(`SELECT count(*) AS n FROM contacts WHERE display_name GLOB '*[가-힣]*'`)).toBeGreaterThan(150);
    expect(n(`SELECT count(*) AS n FROM contacts WHERE display_name GLOB '*[A-Za-z]*'`)).toBeGreaterThan(10);
    // Nothing happened in the future.
    expect(n(`SELECT count(*) AS n FROM interactions WHERE occurred_at > '2026-03-02T01:00:00.000Z'`)).toBe(0);
    expect(n(`SELECT count(*) AS n FROM contacts WHERE created_at > '2026-03-02T01:00:00.000Z'`)).toBe(0);
    // No one was touched before they entered the book.
    expect(n('SELECT count(*) AS n FROM interactions i JOIN contacts c ON c.id = i.contact_id WHERE i.occurred_at < c.created_at')).toBe(0);
  });

  it('is believable: one or two open complaints, recent, on active customers, with complaint-like notes; a small referral tree', async () => {
    const open = rows<{ stage: string; due_at: string; summary: string }>(t.db, `SELECT c.stage, f.due_at, i.summary FROM follow_ups f
      JOIN contacts c ON c.id = f.contact_id JOIN interactions i ON i.contact_id = c.id AND i.outcome = 'complaint'
      WHERE f.kind = 'complaint-response' AND f.status = 'open' AND c.sample = 1 AND i.occurred_at = c.last_touch_at`);
    expect(open.length).toBeGreaterThanOrEqual(1);
    expect(open.length).toBeLessThanOrEqual(2);
    for (const o of open) {
      expect(['active', 'loyal']).toContain(o.stage);
      expect(Date.parse(o.due_at)).toBeGreaterThan(Date.parse('2026-03-01T00:00:00Z')); // answered within a day, not months overdue
    }
    const complaints = rows<{ summary: string }>(t.db, `SELECT summary FROM interactions WHERE outcome = 'complaint'`);
    expect(complaints.length).toBeGreaterThan(0);
    for (const c of complaints) expect(c.summary).toMatch(/항의|불만|complain|upset|late|broken|heard nothing/i);
    const g = await t.b.invoke('referrals.graph', {});
    expect(g.roots.length).toBeGreaterThanOrEqual(2);
    expect(g.roots.some((n) => n.children.some((ch) => ch.children.length > 0))).toBe(true);
  });

  it('every live non-lost contact has exactly one open check-in; lost ones none', () => {
    const bad = rows(t.db, `SELECT c.display_name, c.stage, count(f.id) AS open FROM contacts c
      LEFT JOIN follow_ups f ON f.contact_id = c.id AND f.kind = 'check-in' AND f.status = 'open'
      WHERE c.deleted_at IS NULL GROUP BY c.id
      HAVING (c.stage <> 'lost' AND count(f.id) <> 1) OR (c.stage = 'lost' AND count(f.id) <> 0)`);
    expect(bad).toEqual([]);
  });

  it('every open check-in is due exactly where the cadence says: last real touch (or creation) + interval, 09:00 Seoul', () => {
    const wrong = rows<{ name: string; due_at: string; base: string; stage: string }>(t.db, `
      SELECT c.display_name AS name, c.stage, f.due_at,
        coalesce((SELECT max(occurred_at) FROM interactions i WHERE i.contact_id = c.id AND i.kind <> 'note'), c.created_at) AS base
      FROM contacts c JOIN follow_ups f ON f.contact_id = c.id AND f.status = 'open' AND f.kind = 'check-in'`)
      .filter((r) => {
        const interval = { prospect: 14, new: 30, active: 90, loyal: 60, dormant: 180, lost: 0 }[r.stage]!;
        const seoulDate = new Date(Date.parse(r.base) + 9 * 3_600_000).toISOString().slice(0, 10);
        const due = new Date(Date.parse(`${seoulDate}T00:00:00.000Z`) + interval * 86_400_000).toISOString();
        return due !== r.due_at;
      });
    expect(wrong).toEqual([]);
  });

  it('every contact has at least one stage change, and next_due_at matches its earliest open follow-up', () => {
    expect(rows(t.db, 'SELECT count(*) AS n FROM contacts WHERE id NOT IN (SELECT contact_id FROM stage_changes)')).toEqual([{ n: 0 }]);
    expect(rows(t.db, `SELECT count(*) AS n FROM contacts c WHERE c.next_due_at IS NOT
      (SELECT min(due_at) FROM follow_ups f WHERE f.contact_id = c.id AND f.status = 'open')`)).toEqual([{ n: 0 }]);
    expect(rows(t.db, `SELECT count(*) AS n FROM contacts c WHERE c.last_touch_at IS NOT
      (SELECT max(occurred_at) FROM interactions i WHERE i.contact_id = c.id AND i.kind <> 'note')`)).toEqual([{ n: 0 }]);
  });

  it('its people are searchable and on Today', async () => {
    expect((await t.b.invoke('contacts.search', { q: '김' })).items.length).toBeGreaterThan(10);
    expect((await t.b.invoke('contacts.search', { q: '010' })).items.length).toBeGreaterThan(10);
    const today = await t.b.invoke('today.get', {});
    expect(today.counts.overdue + today.counts.today + today.counts.upcoming).toBeGreaterThan(0);
    expect(orphans()).toEqual(Object.fromEntries(Object.keys(orphans()).map((k) => [k, 0])));
    expect(rows(t.db, 'PRAGMA foreign_key_check')).toEqual([]);
  });

  it('suggests no duplicate pair of Korean names with different family names (윤서준 / 김서준 are colleagues)', async () => {
    const { items } = await t.b.invoke('duplicates.list', { limit: 200 });
    const korean = (n: string) => /^[\uAC00-\uD7A3]{2,4}$/.test(n.replace(/\s+/g, ''));
    const crossFamily = items.filter((p) => korean(p.a.name) && korean(p.b.name) && p.a.name.trim()[0] !== p.b.name.trim()[0]);
    expect(crossFamily.map((p) => `${p.a.name}/${p.b.name}`)).toEqual([]);
    expect(items.length).toBeLessThan(20); // 51 of 300 before family names had to match
  });

  it('cannot be loaded twice', async () => {
    const counts = rowCounts(t.db);
    await expectAppError(t.b.invoke('sample.load', { count: 5 }), 'conflict');
    expect(rowCounts(t.db)).toEqual(counts);
  });

  it('is removed in one action, trashed sample contacts included, leaving no orphan rows and the user\'s own data intact', async () => {
    const sampleId = rows<{ id: string }>(t.db, 'SELECT id FROM contacts WHERE sample = 1 LIMIT 1')[0]!.id;
    await t.b.invoke('contacts.delete', { id: sampleId });
    const mineBefore = await t.b.invoke('contacts.get', { id: mine.id });

    expect(await t.b.invoke('sample.remove', {})).toEqual({ removed: 300 });
    expect(rows(t.db, 'SELECT count(*) AS n FROM contacts')).toEqual([{ n: 1 }]);
    expect((await t.b.invoke('system.info', {})).sampleContacts).toBe(0);
    expect((await t.b.invoke('contacts.trash', {})).items).toEqual([]);
    expect(orphans()).toEqual(Object.fromEntries(Object.keys(orphans()).map((k) => [k, 0])));
    expect(rows(t.db, 'PRAGMA foreign_key_check')).toEqual([]);
    expect(rows(t.db, 'PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    // FTS index consistent with its content.
    t.db.exec(`INSERT INTO contact_fts(contact_fts) VALUES ('integrity-check')`);

    // Every per-contact table holds only the user's contact now.
    for (const table of tableNames(t.db)) {
      const cols = rows<{ name: string }>(t.db, `PRAGMA table_info("${table}")`).map((c) => c.name);
      if (!cols.includes('contact_id')) continue;
      expect(rows(t.db, `SELECT count(*) AS n FROM "${table}" WHERE contact_id <> ?`, mine.id), table).toEqual([{ n: 0 }]);
    }
    const rowid = rows<{ rowid: number }>(t.db, 'SELECT rowid FROM contacts WHERE id = ?', mine.id)[0]!.rowid;
    expect(rows(t.db, 'SELECT count(*) AS n FROM search_keys WHERE contact_rowid <> ?', rowid)).toEqual([{ n: 0 }]);

    expect(await t.b.invoke('contacts.get', { id: mine.id })).toEqual(mineBefore);
    expect((await t.b.invoke('tags.list', {})).items).toEqual([{ name: 'VIP', count: 1 }]);
    expect((await t.b.invoke('contacts.search', { q: '' })).items.map((i) => i.name)).toEqual(['나의고객']);
    expect((await t.b.invoke('today.get', { date: '2026-03-16' })).items.map((i) => i.name)).toEqual(['나의고객']);
  });

  // Tags only the sample used are forgotten with it (otherwise a later "vip" would take the
  // sample's spelling "VIP").
  it('leaves no unused tag rows behind', () => {
    expect(rows(t.db, 'SELECT name FROM tags WHERE id NOT IN (SELECT tag_id FROM contact_tags)')).toEqual([]);
  });

  it('can be loaded again after removal, and a smaller count loads that many', async () => {
    expect(await t.b.invoke('sample.load', { count: 12 })).toEqual({ added: 12 });
    expect((await t.b.invoke('system.info', {})).sampleContacts).toBe(12);
    expect(await t.b.invoke('sample.remove', {})).toEqual({ removed: 12 });
    expect(await t.b.invoke('sample.remove', {})).toEqual({ removed: 0 });
  });
});
