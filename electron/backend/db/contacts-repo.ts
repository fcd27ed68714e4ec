// contacts: SQL and row mapping for people. Derived columns (last_touch_at, reach_state,
// best_verified_at, next_due_at) are written only through the update* functions here.
import type { Source, Stage } from '../../../shared/domain/enums.js';
import { type DB, cachedCount, stmt } from './statements.js';

export interface ContactRow {
  rowid: number;
  num: number;
  id: string;
  display_name: string;
  family_name: string | null;
  given_name: string | null;
  company: string | null;
  department: string | null;
  title: string | null;
  stage: Stage;
  stage_changed_at: string;
  source: Source;
  referred_by: string | null;
  birthday: string | null;
  notes: string | null;
  sample: number;
  last_touch_at: string | null;
  reach_state: ReachState;
  best_verified_at: string | null;
  next_due_at: string | null;
  sort_name: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export type ReachState = 'verified' | 'unverified' | 'obsolete' | 'bad';

/** The fields a person edits; everything else is derived or set by the services. */
export interface ContactFields {
  display_name: string;
  family_name: string | null;
  given_name: string | null;
  company: string | null;
  department: string | null;
  title: string | null;
  birthday: string | null;
  notes: string | null;
}

export const EDITABLE_FIELDS: (keyof ContactFields)[] = [
  'display_name', 'family_name', 'given_name', 'company', 'department', 'title', 'birthday', 'notes',
];

// `num` is the INTEGER PRIMARY KEY (the rowid alias); rows carry it as `rowid` for the search index.
const COLUMNS = 'num AS rowid, *';
export const sortName = (name: string): string => name.normalize('NFC').trim().toLowerCase();

export function insertContact(db: DB, row: ContactFields & {
  id: string; stage: Stage; source: Source; sample: boolean; referred_by: string | null; at: string;
}): number {
  const r = stmt(db, `INSERT INTO contacts (id, display_name, family_name, given_name, company, department, title,
      stage, stage_changed_at, source, referred_by, birthday, notes, sample, sort_name, created_at, updated_at)
    VALUES (@id, @display_name, @family_name, @given_name, @company, @department, @title,
      @stage, @at, @source, @referred_by, @birthday, @notes, @sample, @sort_name, @at, @at)`)
    .run({ ...row, sample: row.sample ? 1 : 0, sort_name: sortName(row.display_name) });
  return Number(r.lastInsertRowid);
}

export function updateContactFields(db: DB, id: string, f: ContactFields, at: string): void {
  stmt(db, `UPDATE contacts SET display_name=@display_name, family_name=@family_name, given_name=@given_name,
      company=@company, department=@department, title=@title, birthday=@birthday, notes=@notes,
      sort_name=@sort_name, updated_at=@at WHERE id=@id`)
    .run({ ...f, sort_name: sortName(f.display_name), at, id });
}

export function updateStage(db: DB, id: string, stage: Stage, at: string): void {
  stmt(db, 'UPDATE contacts SET stage=?, stage_changed_at=?, updated_at=? WHERE id=?').run(stage, at, at, id);
}

export function updateReach(db: DB, id: string, state: ReachState, bestVerifiedAt: string | null): void {
  stmt(db, 'UPDATE contacts SET reach_state=?, best_verified_at=? WHERE id=?').run(state, bestVerifiedAt, id);
}

export function updateLastTouch(db: DB, id: string, lastTouchAt: string | null): void {
  stmt(db, 'UPDATE contacts SET last_touch_at=? WHERE id=?').run(lastTouchAt, id);
}

export function updateNextDue(db: DB, id: string, nextDueAt: string | null): void {
  stmt(db, 'UPDATE contacts SET next_due_at=? WHERE id=?').run(nextDueAt, id);
}

export function touchUpdatedAt(db: DB, id: string, at: string): void {
  stmt(db, 'UPDATE contacts SET updated_at=? WHERE id=?').run(at, id);
}

export function setDeletedAt(db: DB, id: string, deletedAt: string | null, at: string): void {
  stmt(db, 'UPDATE contacts SET deleted_at=?, updated_at=? WHERE id=?').run(deletedAt, at, id);
}

export function deleteContactRow(db: DB, id: string): void {
  stmt(db, 'DELETE FROM contacts WHERE id=?').run(id);
}

export function getContactRow(db: DB, id: string): ContactRow | undefined {
  return stmt<[string], ContactRow>(db, `SELECT ${COLUMNS} FROM contacts WHERE id=?`).get(id);
}

export function contactRowsByRowids(db: DB, rowids: number[]): ContactRow[] {
  if (rowids.length === 0) return [];
  const rows = stmt<[string], ContactRow>(db, `SELECT ${COLUMNS} FROM contacts WHERE num IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(rowids));
  const byRowid = new Map(rows.map((r) => [r.rowid, r]));
  return rowids.map((r) => byRowid.get(r)).filter((r): r is ContactRow => r !== undefined);
}

export function sampleContactIds(db: DB): string[] {
  return stmt<[], { id: string }>(db, 'SELECT id FROM contacts WHERE sample = 1').all().map((r) => r.id);
}

/**
 * A person merged into another is kept (soft-deleted) only so the merge can be undone: they are
 * not in the trash (restoring them would bring the duplicate back). The IN list is built once per
 * query, not probed per row (merges has no index on merged_id).
 */
const NOT_MERGED_AWAY = 'c.id NOT IN (SELECT merged_id FROM merges WHERE merged_id IS NOT NULL AND undone_at IS NULL)';

/** The live merge that took this person into someone else, if any. */
export function mergedInto(db: DB, id: string): { mergeId: string; keptId: string } | undefined {
  return stmt<[string], { mergeId: string; keptId: string }>(db,
    'SELECT id AS mergeId, kept_id AS keptId FROM merges WHERE merged_id = ? AND undone_at IS NULL ORDER BY id DESC LIMIT 1').get(id);
}

export function countContacts(db: DB): { live: number; deleted: number; sample: number } {
  return stmt<[], { live: number; deleted: number; sample: number }>(db, `SELECT
      count(*) FILTER (WHERE deleted_at IS NULL) AS live,
      count(*) FILTER (WHERE deleted_at IS NOT NULL AND ${NOT_MERGED_AWAY}) AS deleted,
      count(*) FILTER (WHERE sample = 1 AND deleted_at IS NULL) AS sample
    FROM contacts c`).get()!;
}

export interface ReachFilter {
  state: ReachState;
  verifiedAfter?: string;
  verifiedBefore?: string;
}

/**
 * SQL for a freshness filter over `contacts c`. Same boundaries as pointFreshness: fresh while
 * age < agingAfterDays, so exactly N days old is already the next bucket (verified after the
 * bound → younger; at or before it → older).
 */
export function reachSql(r: ReachFilter, dateByIndex = true): string {
  // `+` keeps the planner from answering the date range by index (then sorting every match):
  // by due, contacts_live_fresh_due is read in order and the date checked in the same entry.
  const d = dateByIndex ? 'c.best_verified_at' : '+c.best_verified_at';
  return ['c.reach_state = @reachState',
    ...(r.verifiedAfter ? [`${d} > @verifiedAfter`] : []),
    ...(r.verifiedBefore ? [`${d} <= @verifiedBefore`] : [])].join(' AND ');
}

export const reachParams = (r: ReachFilter): Record<string, unknown> => ({
  reachState: r.state,
  ...(r.verifiedAfter ? { verifiedAfter: r.verifiedAfter } : {}),
  ...(r.verifiedBefore ? { verifiedBefore: r.verifiedBefore } : {}),
});

export interface ListQuery {
  stage?: Stage | undefined;
  tagId?: string | undefined;
  /** Freshness filter translated to reach_state / best_verified_at bounds by the service. */
  reach?: ReachFilter | undefined;
  sort: 'name' | 'recent' | 'due' | 'created';
  offset: number;
  limit: number;
  deleted?: boolean;
}

// Ties are broken by num (the rowid every index ends with), so each order is read straight from
// an index (0001/0003). NULLs sort first in SQLite: DESC puts never-touched people last by itself,
// and NULLS LAST keeps people without a due date after everyone who has one.
const ORDER_BY: Record<ListQuery['sort'], string> = {
  name: 'c.sort_name, c.num',
  recent: 'c.last_touch_at DESC, c.num DESC',
  due: 'c.next_due_at NULLS LAST, c.num',
  created: 'c.created_at DESC, c.num DESC',
};

export function listContactRowids(db: DB, q: ListQuery): { rowids: number[]; total: number } {
  const where: string[] = [q.deleted ? `c.deleted_at IS NOT NULL AND ${NOT_MERGED_AWAY}` : 'c.deleted_at IS NULL'];
  const params: Record<string, unknown> = {};
  if (q.stage) { where.push('c.stage = @stage'); params.stage = q.stage; }
  const TAG = 'c.id IN (SELECT contact_id FROM contact_tags WHERE tag_id = @tagId)';
  if (q.tagId) { where.push(TAG); params.tagId = q.tagId; }
  if (q.reach) {
    where.push(reachSql(q.reach, q.sort !== 'due'));
    Object.assign(params, reachParams(q.reach));
  }
  const whereSql = where.join(' AND ');
  const order = q.deleted ? 'c.deleted_at DESC, c.num DESC' : ORDER_BY[q.sort];
  // By tag and name: the tag's search_keys entries (search-repo tagListKey) are already in
  // (sort_name, rowid) order — only live contacts are indexed — so no member list is sorted.
  // With no other filter the page is read from that index alone: the rows an OFFSET skips cost
  // an index entry each, not a look-up of each person's row (a tag of ~6,000 people paged 3,000
  // deep: ~6 → ~0.5 ms at 100k).
  const byTagKey = q.tagId !== undefined && q.sort === 'name' && !q.deleted;
  const others = where.filter((w) => w !== TAG && w !== 'c.deleted_at IS NULL');
  const sql = !byTagKey
    ? `SELECT c.num AS rowid FROM contacts c WHERE ${whereSql} ORDER BY ${order} LIMIT @limit OFFSET @offset`
    : others.length === 0
      ? `SELECT k.contact_rowid AS rowid FROM search_keys k WHERE k.key = @tagKey AND k.rank = 0
          ORDER BY k.sort_name, k.contact_rowid LIMIT @limit OFFSET @offset`
      : `SELECT c.num AS rowid FROM search_keys k CROSS JOIN contacts c ON c.num = k.contact_rowid
          WHERE k.key = @tagKey AND k.rank = 0 AND ${where.filter((w) => w !== TAG).join(' AND ')}
          ORDER BY k.sort_name, k.contact_rowid LIMIT @limit OFFSET @offset`;
  const rowids = stmt<[Record<string, unknown>], { rowid: number }>(db, sql)
    .all({ ...(byTagKey ? { ...params, tagId: undefined, tagKey: `t:${q.tagId}` } : params), limit: q.limit, offset: q.offset })
    .map((r) => r.rowid);
  const total = cachedCount(db, `SELECT count(*) AS n FROM contacts c WHERE ${whereSql}`, params);
  return { rowids, total };
}
