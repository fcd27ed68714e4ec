// import_batches, merges, undo_log, duplicate_dismissals, and the bulk statements of the import
// (one prepared statement per table, run inside the import's single transaction).
import type { PointKind } from '../../../shared/domain/enums.js';
import type { ImportBatch, MergeRecord } from '../../../shared/contract/import.js';
import { type DB, stmt } from './statements.js';

// ── bulk insert of new people ─────────────────────────────────────────────────────────────────

/** The tables a bulk insert of new people fills, one row or more per person. */
const BULK_TABLES = ['contacts', 'contact_points', 'follow_ups', 'stage_changes'];

/**
 * The trigger that counts open follow-ups per date (migration 0008): a bulk insert of check-ins,
 * all due the same day, adds its count once (addOpenFollowUps) instead of one upsert per row.
 */
const BULK_TRIGGERS = ['follow_ups_open_days_insert'];

export interface DroppedIndexes {
  indexes: { name: string; sql: string }[];
  triggers: { name: string; sql: string }[];
  stats: { tbl: string; idx: string; stat: string }[];
}

/**
 * Drops the secondary indexes of the bulk tables (not the primary keys and UNIQUE constraints the
 * foreign keys use), to be rebuilt by `rebuildIndexes` in the same transaction: one sort per
 * index instead of a B-tree insert per row and index (~13 for a contact). Only for a batch as
 * large as the book: the rebuild reads every row, old ones too. The open-follow-up count trigger
 * goes too: while it is away the caller counts what it inserts (addOpenFollowUps).
 */
export function dropBulkIndexes(db: DB): DroppedIndexes {
  const list = JSON.stringify(BULK_TABLES);
  const indexes = stmt<[string], { name: string; sql: string }>(db, `SELECT name, sql FROM sqlite_schema
    WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (SELECT value FROM json_each(?))`).all(list);
  const triggers = stmt<[string], { name: string; sql: string }>(db, `SELECT name, sql FROM sqlite_schema
    WHERE type = 'trigger' AND name IN (SELECT value FROM json_each(?))`).all(JSON.stringify(BULK_TRIGGERS));
  const hasStats = stmt<[], { n: number }>(db, "SELECT count(*) AS n FROM sqlite_schema WHERE name = 'sqlite_stat1'").get()!.n > 0;
  // DROP INDEX forgets the index's planner statistics; they are put back with it.
  const stats = hasStats
    ? db.prepare<[string], { tbl: string; idx: string; stat: string }>('SELECT tbl, idx, stat FROM sqlite_stat1 WHERE idx IN (SELECT value FROM json_each(?))')
      .all(JSON.stringify(indexes.map((i) => i.name)))
    : [];
  for (const i of indexes) db.exec(`DROP INDEX "${i.name.replace(/"/g, '""')}"`);
  for (const t of triggers) db.exec(`DROP TRIGGER "${t.name.replace(/"/g, '""')}"`);
  return { indexes, triggers, stats };
}

export function rebuildIndexes(db: DB, dropped: DroppedIndexes): void {
  for (const i of dropped.indexes) db.exec(i.sql);
  for (const t of dropped.triggers) db.exec(t.sql);
  if (dropped.stats.length === 0) return;
  const ins = db.prepare('INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (?, ?, ?)');
  for (const s of dropped.stats) ins.run(s.tbl, s.idx, s.stat);
}

/** What the dropped count trigger would have added for `n` open follow-ups inserted due on `dueDate`. */
export function addOpenFollowUps(db: DB, dueDate: string, n: number): void {
  if (n === 0) return;
  stmt(db, 'INSERT INTO follow_up_open_days (due_date, n) VALUES (?, ?) ON CONFLICT (due_date) DO UPDATE SET n = n + excluded.n').run(dueDate, n);
}

// Bulk rows are arrays in the column order below, bound by position: measured here, binding by
// name (an object per row, `@id`…) cost a third more CPU than by position, and packing a chunk
// into one JSON array for json_each more again (each `value->>i` re-reads the row's text).

const BULK_COLUMNS = {
  contacts: ['num', 'id', 'display_name', 'family_name', 'given_name', 'company', 'department', 'title', 'stage', 'stage_changed_at', 'source',
    'birthday', 'notes', 'sort_name', 'reach_state', 'best_verified_at', 'next_due_at', 'import_batch_id', 'created_at', 'updated_at'],
  contact_points: ['id', 'contact_id', 'kind', 'label', 'raw_value', 'normalized', 'is_primary', 'verified_at', 'verified_via', 'status', 'position',
    'created_at', 'updated_at'],
  stage_changes: ['id', 'contact_id', 'from_stage', 'to_stage', 'at', 'reason', 'by'],
  follow_ups: ['id', 'contact_id', 'kind', 'due_at', 'due_date', 'status', 'reason', 'created_by', 'created_at', 'updated_at'],
  contact_fts: ['rowid', 'name', 'org', 'notes', 'points', 'digits'],
} as const;

export type BulkTable = keyof typeof BULK_COLUMNS;

/** Rows as arrays in BULK_COLUMNS[table] order. */
export function insertRows(db: DB, table: BulkTable, rows: readonly unknown[][]): void {
  if (rows.length === 0) return;
  const cols = BULK_COLUMNS[table];
  const ins = stmt(db, `INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`);
  for (const r of rows) ins.run(...r);
}

/** Live and trashed people in the book (its largest rowid: no scan). */
export const bookSize = (db: DB): number => stmt<[], { n: number | null }>(db, 'SELECT max(num) AS n FROM contacts').get()!.n ?? 0;

/**
 * One search key of a new person. Written in the order people are created (contact_rowid
 * ascending): measured on this machine, that costs less CPU than staging the keys and inserting
 * them sorted by key (164k vs 118k keys per CPU-second; test/bench import).
 */
export function insertSearchKey(db: DB, key: string, rank: number, sortName: string, rowid: number): void {
  stmt(db, 'INSERT OR IGNORE INTO search_keys (key, rank, sort_name, contact_rowid) VALUES (?, ?, ?, ?)').run(key, rank, sortName, rowid);
}

/**
 * Every live mobile number and e-mail of the book → its oldest live holder: a large import
 * looks its people up here once instead of querying per record.
 */
export function identityOwners(db: DB): Map<string, string> {
  const owners = new Map<string, string>();
  const rows = stmt<[], { kind: string; normalized: string; contact_id: string }>(db, `
    SELECT p.kind, p.normalized, p.contact_id FROM contact_points p JOIN contacts c ON c.id = p.contact_id
    WHERE p.kind IN ('mobile', 'email') AND p.deleted_at IS NULL AND c.deleted_at IS NULL
    ORDER BY c.created_at DESC, c.num DESC`).iterate();
  // Newest first, so the oldest holder is the one left in the map (as contactsWithPoint's first).
  for (const r of rows) owners.set(`${r.kind} ${r.normalized}`, r.contact_id);
  return owners;
}

/** Live contacts holding this normalised mobile number or e-mail, oldest first. */
export function contactsWithPoint(db: DB, kind: PointKind, normalized: string): string[] {
  return stmt<[string, string], { contact_id: string }>(db, `
    SELECT DISTINCT p.contact_id FROM contact_points p JOIN contacts c ON c.id = p.contact_id
    WHERE p.kind = ? AND p.normalized = ? AND p.deleted_at IS NULL AND c.deleted_at IS NULL
    ORDER BY c.created_at, c.num`).all(kind, normalized).map((r) => r.contact_id);
}

export function allTags(db: DB): Map<string, string> {
  const rows = stmt<[], { id: string; name: string }>(db, 'SELECT id, name FROM tags').all();
  return new Map(rows.map((r) => [r.name.toLowerCase(), r.id]));
}

export function insertTag(db: DB, id: string, name: string, at: string): void {
  stmt(db, 'INSERT INTO tags (id, name, created_at) VALUES (?, ?, ?)').run(id, name, at);
}

/** true when the row was new. */
export function insertContactTag(db: DB, contactId: string, tagId: string): boolean {
  return stmt(db, 'INSERT OR IGNORE INTO contact_tags (contact_id, tag_id) VALUES (?, ?)').run(contactId, tagId).changes > 0;
}

export function insertAttachment(db: DB, a: { id: string; contactId: string; kind: 'photo'; mime: string; data: Buffer; at: string }): void {
  stmt(db, 'INSERT INTO attachments (id, contact_id, kind, mime, data, created_at) VALUES (?, ?, ?, ?, ?, ?)')
    .run(a.id, a.contactId, a.kind, a.mime, a.data, a.at);
}

// ── batches ───────────────────────────────────────────────────────────────────────────────────

interface BatchRow { id: string; at: string; files: string; imported: number; merged: number; undone_at: string | null }
const toBatch = (r: BatchRow): ImportBatch => ({ id: r.id, at: r.at, files: JSON.parse(r.files) as string[], imported: r.imported, merged: r.merged, undoneAt: r.undone_at });

export function insertBatch(db: DB, b: { id: string; at: string; files: string[]; imported: number; merged: number }): void {
  stmt(db, 'INSERT INTO import_batches (id, at, files, imported, merged) VALUES (?, ?, ?, ?, ?)').run(b.id, b.at, JSON.stringify(b.files), b.imported, b.merged);
}

export function getBatch(db: DB, id: string): ImportBatch | undefined {
  const r = stmt<[string], BatchRow>(db, 'SELECT * FROM import_batches WHERE id = ?').get(id);
  return r ? toBatch(r) : undefined;
}

export function listBatches(db: DB, limit = 200): ImportBatch[] {
  return stmt<[number], BatchRow>(db, 'SELECT * FROM import_batches ORDER BY at DESC, id DESC LIMIT ?').all(limit).map(toBatch);
}

export function markBatchUndone(db: DB, id: string, at: string): void {
  stmt(db, 'UPDATE import_batches SET undone_at = ? WHERE id = ?').run(at, id);
}

export interface BatchContact {
  id: string; num: number; touched: number; display_name: string; company: string | null; title: string | null; department: string | null;
}

export function batchContacts(db: DB, batchId: string): BatchContact[] {
  // `touched`: the user logged something with this person since: they go to the trash, not away.
  // The fields: whose search keys an undo may leave without a holder (search-repo pruneFieldKeys).
  return stmt<[string], BatchContact>(db, `
    SELECT c.id, c.num, c.display_name, c.company, c.title, c.department, EXISTS (SELECT 1 FROM interactions i WHERE i.contact_id = c.id)
      OR EXISTS (SELECT 1 FROM deals d WHERE d.contact_id = c.id) AS touched
    FROM contacts c WHERE c.import_batch_id = ?`).all(batchId);
}

export function purgeContact(db: DB, id: string): void {
  stmt(db, 'DELETE FROM contacts WHERE id = ?').run(id);
}

// ── merges and their undo log ───────────────────────────────────────────────────────────────

export interface MergeRow { id: string; kept_id: string; merged_id: string | null; batch_id: string | null; at: string; undone_at: string | null }
export const toMergeRecord = (r: MergeRow): MergeRecord => ({ mergeId: r.id, keptId: r.kept_id, mergedId: r.merged_id ?? '', at: r.at, undoneAt: r.undone_at });

export function insertMerge(db: DB, m: { id: string; keptId: string; mergedId: string | null; batchId: string | null; at: string }): void {
  stmt(db, 'INSERT INTO merges (id, kept_id, merged_id, batch_id, at) VALUES (?, ?, ?, ?, ?)').run(m.id, m.keptId, m.mergedId, m.batchId, m.at);
}

export function getMerge(db: DB, id: string): MergeRow | undefined {
  return stmt<[string], MergeRow>(db, 'SELECT * FROM merges WHERE id = ?').get(id);
}

export function mergesOfBatch(db: DB, batchId: string): MergeRow[] {
  return stmt<[string], MergeRow>(db, 'SELECT * FROM merges WHERE batch_id = ? ORDER BY at DESC, id DESC').all(batchId);
}

/** Merges made after `at` that involve this contact (they must be undone first). */
export function laterMergesOf(db: DB, contactId: string, afterId: string): MergeRow[] {
  return stmt<[string, string, string], MergeRow>(db, `SELECT * FROM merges WHERE undone_at IS NULL AND id > ?
    AND (kept_id = ? OR merged_id = ?)`).all(afterId, contactId, contactId);
}

export function markMergeUndone(db: DB, id: string, at: string): void {
  stmt(db, 'UPDATE merges SET undone_at = ? WHERE id = ?').run(at, id);
}

export type UndoOp = 'insert' | 'update' | 'tag';
export interface UndoEntry { op: UndoOp; tbl: string; row_id: string; data: string | null }

export function appendUndo(db: DB, mergeId: string, seq: number, e: UndoEntry): void {
  stmt(db, 'INSERT INTO undo_log (merge_id, seq, op, tbl, row_id, data) VALUES (?, ?, ?, ?, ?, ?)').run(mergeId, seq, e.op, e.tbl, e.row_id, e.data);
}

export function undoEntries(db: DB, mergeId: string): UndoEntry[] {
  return stmt<[string], UndoEntry>(db, 'SELECT op, tbl, row_id, data FROM undo_log WHERE merge_id = ? ORDER BY seq DESC').all(mergeId);
}

/** The columns of a follow-up that the rules change when they re-sync a person. */
export const FOLLOW_UP_STATE = ['status', 'due_at', 'due_date', 'reason', 'completed_by', 'completed_at', 'updated_at', 'snoozed_until', 'skipped_by'] as const;

/** A person's follow-ups with their rule-changed state, to log what a re-sync changed. */
export function followUpStates(db: DB, contactId: string): Map<string, Record<string, unknown>> {
  const rs = stmt<[string], Record<string, unknown> & { id: string }>(db, `SELECT id, ${FOLLOW_UP_STATE.join(', ')} FROM follow_ups WHERE contact_id = ?`).all(contactId);
  return new Map(rs.map(({ id, ...rest }) => [id, rest]));
}

/** Tables and columns a merge may change; undo refuses anything else (the log is data, not code). */
export const MERGE_COLUMNS: Record<string, readonly string[]> = {
  contacts: ['display_name', 'family_name', 'given_name', 'company', 'department', 'title', 'birthday', 'notes', 'sort_name',
    'created_at', 'last_touch_at', 'deleted_at', 'referred_by', 'updated_at'],
  contact_points: ['contact_id', 'verified_at', 'verified_via', 'status', 'is_primary', 'position'],
  interactions: ['contact_id'], deals: ['contact_id'], contact_dates: ['contact_id'],
  follow_ups: ['contact_id', ...FOLLOW_UP_STATE],
  attachments: ['contact_id'], consents: ['contact_id'], referrals: ['referrer_id', 'referred_id'], contact_history: ['contact_id'],
};

export function rowValues(db: DB, tbl: string, id: string, cols: readonly string[]): Record<string, unknown> | undefined {
  assertColumns(tbl, cols);
  return stmt<[string], Record<string, unknown>>(db, `SELECT ${cols.join(', ')} FROM ${tbl} WHERE id = ?`).get(id);
}

export function setRowValues(db: DB, tbl: string, id: string, values: Record<string, unknown>): void {
  const cols = Object.keys(values);
  if (cols.length === 0) return;
  assertColumns(tbl, cols);
  stmt(db, `UPDATE ${tbl} SET ${cols.map((c) => `${c} = @${c}`).join(', ')} WHERE id = @__id`).run({ ...values, __id: id });
}

export function deleteRow(db: DB, tbl: string, id: string): void {
  assertColumns(tbl, []);
  stmt(db, `DELETE FROM ${tbl} WHERE id = ?`).run(id);
}

export function deleteContactTag(db: DB, contactId: string, tagId: string): void {
  stmt(db, 'DELETE FROM contact_tags WHERE contact_id = ? AND tag_id = ?').run(contactId, tagId);
}

function assertColumns(tbl: string, cols: readonly string[]): void {
  const allowed = MERGE_COLUMNS[tbl];
  if (!allowed || cols.some((c) => !allowed.includes(c))) throw new Error(`undo: ${tbl}(${cols.join(',')}) is not a merge column`);
}

/** Ids of a contact's rows in a table, by the column that points at the contact. */
export function idsReferring(db: DB, tbl: string, col: string, contactId: string, extraWhere = ''): string[] {
  assertColumns(tbl, [col]);
  return stmt<[string], { id: string }>(db, `SELECT id FROM ${tbl} WHERE ${col} = ?${extraWhere}`).all(contactId).map((r) => r.id);
}

export function contactsReferredBy(db: DB, contactId: string): string[] {
  return stmt<[string], { id: string }>(db, 'SELECT id FROM contacts WHERE referred_by = ?').all(contactId).map((r) => r.id);
}

// ── duplicates in the book ───────────────────────────────────────────────────────────────────

/** Groups of live people sharing a normalised mobile number or e-mail. */
export function exactGroups(db: DB): { kind: 'mobile' | 'email'; normalized: string; ids: string[] }[] {
  const rows = stmt<[], { kind: 'mobile' | 'email'; normalized: string; ids: string }>(db, `
    SELECT kind, normalized, json_group_array(DISTINCT contact_id) AS ids FROM (
      SELECT p.kind, p.normalized, p.contact_id FROM contact_points p JOIN contacts c ON c.id = p.contact_id
      WHERE p.kind IN ('mobile', 'email') AND p.deleted_at IS NULL AND c.deleted_at IS NULL
        AND (p.kind, p.normalized) IN (
          SELECT kind, normalized FROM contact_points WHERE kind IN ('mobile', 'email') AND deleted_at IS NULL
          GROUP BY kind, normalized HAVING count(*) > 1)
      ORDER BY c.created_at, c.id)
    GROUP BY kind, normalized HAVING count(DISTINCT contact_id) > 1
    ORDER BY kind, normalized`).all();
  return rows.map((r) => ({ kind: r.kind, normalized: r.normalized, ids: JSON.parse(r.ids) as string[] }));
}

/** Live people grouped by company (case- and space-insensitive), only companies with 2+ people. */
export function companyGroups(db: DB): { company: string; people: { id: string; name: string; family: string | null; given: string | null }[] }[] {
  const rows = stmt<[], { company: string; people: string }>(db, `
    SELECT lower(replace(company, ' ', '')) AS company,
      json_group_array(json_object('id', id, 'name', display_name, 'family', family_name, 'given', given_name)) AS people
    FROM contacts WHERE deleted_at IS NULL AND company IS NOT NULL AND company <> ''
    GROUP BY lower(replace(company, ' ', '')) HAVING count(*) > 1 ORDER BY 1`).all();
  return rows.map((r) => ({ company: r.company, people: JSON.parse(r.people) as { id: string; name: string; family: string | null; given: string | null }[] }));
}

export function dismissedPairs(db: DB): Set<string> {
  return new Set(stmt<[], { k: string }>(db, "SELECT a_id || ' ' || b_id AS k FROM duplicate_dismissals").all().map((r) => r.k));
}

export function insertDismissal(db: DB, a: string, b: string, at: string): void {
  stmt(db, 'INSERT OR IGNORE INTO duplicate_dismissals (a_id, b_id, at) VALUES (?, ?, ?)').run(a, b, at);
}

export interface SideRow {
  id: string; display_name: string; stage: string; company: string | null; title: string | null; created_at: string; deleted_at: string | null;
  last_touch_at: string | null;
}

export function sideRows(db: DB, ids: string[]): Map<string, SideRow & { phones: string[]; emails: string[]; addresses: string[] }> {
  const rows = stmt<[string], SideRow & { phones: string; emails: string; addresses: string }>(db, `
    SELECT c.id, c.display_name, c.stage, c.company, c.title, c.created_at, c.deleted_at, c.last_touch_at,
      (SELECT json_group_array(raw_value) FROM contact_points p WHERE p.contact_id = c.id AND p.deleted_at IS NULL AND p.kind = 'address') AS addresses,
      (SELECT json_group_array(raw_value) FROM contact_points p WHERE p.contact_id = c.id AND p.deleted_at IS NULL AND p.kind IN ('mobile','phone')) AS phones,
      (SELECT json_group_array(raw_value) FROM contact_points p WHERE p.contact_id = c.id AND p.deleted_at IS NULL AND p.kind = 'email') AS emails
    FROM contacts c WHERE c.id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids));
  return new Map(rows.map((r) => [r.id, {
    ...r, phones: JSON.parse(r.phones) as string[], emails: JSON.parse(r.emails) as string[], addresses: JSON.parse(r.addresses) as string[],
  }]));
}

export function insertHistory(db: DB, h: { id: string; contactId: string; field: string; from: string | null; to: string | null; at: string; by: string }): void {
  stmt(db, 'INSERT INTO contact_history (id, contact_id, field, old_value, new_value, at, by) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(h.id, h.contactId, h.field, h.from, h.to, h.at, h.by);
}
