// The search index: contact_fts (trigram) and search_keys (tag keys and tag lists), both keyed by
// contacts.num (its rowid), and field_keys, the keys of each distinct name (by sort_name),
// company, title and department, joined to the live people holding that value through
// contacts_live_name / contacts_live_<field>. Only live contacts are indexed; trash and restore
// remove and re-add their rows. A value's keys stay while anyone may hold it again and go with
// its last holder on a purge (pruneFieldKeys).
import { FIELD_RANK, fieldKeys, type KeyedField, type SearchKey } from '../../../shared/rules/search-keys.js';
import { type ReachFilter, reachParams, reachSql } from './contacts-repo.js';
import { type DB, stmt } from './statements.js';

export interface SearchDoc {
  name: string;
  org: string;
  notes: string;
  points: string;
  digits: string;
}

/** A person's name (its sort_name), company, title or department. */
export interface FieldValue {
  field: KeyedField;
  value: string;
}

/** A value and its keys (shared/rules/search-keys fieldKeys). */
export interface FieldEntry extends FieldValue {
  keys: SearchKey[];
}

/** The contacts column a field's value is matched on, and the rank condition of its keys. */
// `order`: the holders' index order (contacts_live_name is (sort_name) + rowid; the others are
// (<field>, sort_name) + rowid), so no statement sorts its result.
const HOLDERS: Record<KeyedField, { column: string; ranks: string; order: string }> = {
  name: { column: 'sort_name', ranks: '< 2', order: 'v.rank, v.value, c.num' },
  company: { column: 'company', ranks: `= ${FIELD_RANK.company}`, order: 'v.value, c.sort_name, c.num' },
  title: { column: 'title', ranks: `= ${FIELD_RANK.title}`, order: 'v.value, c.sort_name, c.num' },
  department: { column: 'department', ranks: `= ${FIELD_RANK.department}`, order: 'v.value, c.sort_name, c.num' },
};

/** `sortName` is contacts.sort_name: keys carry it so key lookups come out in name order. */
export function indexContact(db: DB, rowid: number, sortName: string, doc: SearchDoc, keys: SearchKey[], fields: FieldEntry[]): void {
  unindexContact(db, rowid);
  stmt(db, 'INSERT INTO contact_fts (rowid, name, org, notes, points, digits) VALUES (?, ?, ?, ?, ?, ?)')
    .run(rowid, doc.name, doc.org, doc.notes, doc.points, doc.digits);
  insertNoteWords(db, rowid, doc.notes);
  const ins = stmt(db, 'INSERT OR IGNORE INTO search_keys (key, rank, sort_name, contact_rowid) VALUES (?, ?, ?, ?)');
  for (const k of keys) ins.run(k.key, k.rank, sortName, rowid);
  insertFieldKeys(db, fields);
}

/**
 * Values' keys (those already there, when someone else holds the value, are ignored), written
 * in primary-key order: many values at once then extend the B-tree in runs instead of at random.
 */
export function insertFieldKeys(db: DB, entries: readonly FieldEntry[]): void {
  const rows = entries.flatMap((f) => f.keys.map((k) => ({ key: k.key, rank: k.rank, value: f.value })));
  if (entries.length > 1) rows.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.rank - b.rank || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0)));
  const ins = stmt(db, 'INSERT OR IGNORE INTO field_keys (key, rank, value) VALUES (?, ?, ?)');
  for (const r of rows) ins.run(r.key, r.rank, r.value);
}

/** Whether a live contact holds this value (its keys are then still needed). */
function isHeld(db: DB, { field, value }: FieldValue): boolean {
  const { column } = HOLDERS[field];
  return stmt<[string], { x: number }>(db, `SELECT 1 AS x FROM contacts WHERE ${column} = ? AND deleted_at IS NULL LIMIT 1`).get(value) !== undefined;
}

/**
 * Forget the keys of these values where no live contact holds them any more: a purge leaves no
 * name or company behind. (A trashed holder gets them back when restored: restore re-indexes.)
 */
export function pruneFieldKeys(db: DB, values: Iterable<FieldValue>): void {
  const del = stmt(db, 'DELETE FROM field_keys WHERE key = ? AND rank = ? AND value = ?');
  const seen = new Set<string>();
  for (const v of values) {
    const k = `${v.field}\0${v.value}`;
    if (seen.has(k)) continue;
    seen.add(k);
    if (isHeld(db, v)) continue;
    for (const k of fieldKeys(v.field, v.value)) del.run(k.key, k.rank, v.value);
  }
}

/** Live people with tags: their name and tag names (their tag keys are rebuilt from these). */
export function taggedPeople(db: DB): { rowid: number; name: string; sort_name: string; tags: string[] }[] {
  const people = new Map<number, { rowid: number; name: string; sort_name: string; tags: string[] }>();
  // From contact_tags outwards (CROSS JOIN): the tagged few, not a scan of every contact.
  const rows = stmt<[], { rowid: number; name: string; sort_name: string; tag: string }>(db, `
    SELECT c.num AS rowid, c.display_name AS name, c.sort_name, t.name AS tag
    FROM contact_tags ct CROSS JOIN contacts c ON c.id = ct.contact_id JOIN tags t ON t.id = ct.tag_id
    WHERE c.deleted_at IS NULL`).all();
  for (const r of rows) {
    const p = people.get(r.rowid) ?? { rowid: r.rowid, name: r.name, sort_name: r.sort_name, tags: [] };
    p.tags.push(r.tag);
    people.set(r.rowid, p);
  }
  return [...people.values()];
}

/** Every distinct value of a field among live contacts (read from its index). */
export function distinctFieldValues(db: DB, field: KeyedField): string[] {
  const { column } = HOLDERS[field];
  return stmt<[], { v: string }>(db, `SELECT DISTINCT ${column} AS v FROM contacts WHERE ${column} IS NOT NULL AND deleted_at IS NULL`)
    .all().map((r) => r.v);
}

/** The words of a person's notes (note_words, 0011), for 1–2 syllable queries; nothing for no notes. */
export function insertNoteWords(db: DB, rowid: number, notes: string): void {
  if (notes) stmt(db, 'INSERT INTO note_words (rowid, notes) VALUES (?, ?)').run(rowid, notes);
}

export function unindexContact(db: DB, rowid: number): void {
  stmt(db, 'DELETE FROM contact_fts WHERE rowid = ?').run(rowid);
  stmt(db, 'DELETE FROM note_words WHERE rowid = ?').run(rowid);
  stmt(db, 'DELETE FROM search_keys WHERE contact_rowid = ?').run(rowid);
}

/**
 * The search_keys entry that lists a tag's members by name (rank 0, sort_name, rowid): the
 * contacts list filtered by tag reads it in order instead of sorting every member. No query
 * plan produces a `t:` key, so search never sees these.
 */
export const tagListKey = (tagId: string): string => `t:${tagId}`;

export interface SearchFilter {
  stage?: string | undefined;
  tagId?: string | undefined;
  reach?: ReachFilter | undefined;
}

function filterSql(f: SearchFilter): string {
  return (f.stage ? ' AND c.stage = @stage' : '') +
    (f.tagId ? ' AND c.id IN (SELECT contact_id FROM contact_tags WHERE tag_id = @tagId)' : '') +
    (f.reach ? ` AND ${reachSql(f.reach)}` : '');
}

function filterParams(f: SearchFilter): Record<string, unknown> {
  return { stage: f.stage, tagId: f.tagId, ...(f.reach ? reachParams(f.reach) : {}) };
}

/**
 * Key lookup, best rank first and by name within a rank, stopped as soon as `limit` distinct
 * people are found — no sort, however common the key. Tiers in rank order: names (0–1),
 * companies (2), titles and tags (3), departments (4). A field's values are read in key order
 * (key, rank, value) and each value's live holders from its index in name order — for names the
 * value is the sort_name, so that tier comes out exactly by (rank, name, rowid); people of one
 * company come together. A person found in several tiers is kept at the first (best) one.
 */
export function searchByKey(db: DB, key: string, limit: number, f: SearchFilter): number[] {
  const found = new Set<number>();
  const take = (rows: Iterable<{ rowid: number }>) => {
    for (const r of rows) {
      if (found.size >= limit) break; // leaving the loop finalizes the statement's cursor
      found.add(r.rowid);
    }
  };
  const params = { key, ...filterParams(f) };
  // CROSS JOIN keeps the key table as the outer loop, so the order is its index's.
  const holders = (field: KeyedField) => stmt<[Record<string, unknown>], { rowid: number }>(db, `
    SELECT c.num AS rowid FROM field_keys v CROSS JOIN contacts c ON c.${HOLDERS[field].column} = v.value
    WHERE v.key = @key AND v.rank ${HOLDERS[field].ranks} AND c.deleted_at IS NULL${filterSql(f)}
    ORDER BY ${HOLDERS[field].order}`).iterate(params);
  const tagged = () => stmt<[Record<string, unknown>], { rowid: number }>(db, `
    SELECT k.contact_rowid AS rowid FROM search_keys k CROSS JOIN contacts c ON c.num = k.contact_rowid
    WHERE k.key = @key AND c.deleted_at IS NULL${filterSql(f)}
    ORDER BY k.rank, k.sort_name, k.contact_rowid`).iterate(params);
  for (const tier of [() => holders('name'), () => holders('company'), () => holders('title'), tagged, () => holders('department')]) {
    if (found.size >= limit) break;
    take(tier());
  }
  return [...found];
}

/**
 * Trigram match in three tiers, each read in index order and stopped once `limit` people are
 * found (no bm25 over every match: a common company or e-mail domain matches thousands):
 * 1. names equal to or starting with the text — the contacts_live_name range, so the exact
 *    name comes first (it sorts before every longer name it prefixes), then by name;
 * 2. other names containing it; 3. the other columns; 4. Korean names spelt this way in Latin
 * letters (`sounds`: shared/rules/name-sounds.ts), last because a query naming a family ("park")
 * may mean a company too. Tiers 2–4 come in rowid (insertion) order.
 * `columns` are the FTS columns of tier 3; tiers 1–2 only run when `withName`.
 */
export function searchFts(
  db: DB, phrase: string, text: string, columns: string, withName: boolean, limit: number, f: SearchFilter, sounds: readonly string[] = [],
): number[] {
  const found = new Set<number>();
  const take = (rows: Iterable<{ rowid: number }>) => {
    for (const r of rows) {
      if (found.size >= limit) break; // leaving the loop finalizes the statement's cursor
      found.add(r.rowid);
    }
  };
  const params = { ...filterParams(f) };
  if (withName) {
    // U+10FFFF sorts after every character, so [text, text+U+10FFFF) is "starts with text".
    take(stmt<[Record<string, unknown>], { rowid: number }>(db, `
      SELECT c.num AS rowid FROM contacts c
      WHERE c.deleted_at IS NULL AND c.sort_name >= @lo AND c.sort_name < @hi${filterSql(f)}
      ORDER BY c.sort_name, c.num`).iterate({ ...params, lo: text, hi: `${text}\u{10FFFF}` }));
  }
  const byFts = (match: string) => stmt<[Record<string, unknown>], { rowid: number }>(db, `
    SELECT m.rowid FROM contact_fts m CROSS JOIN contacts c ON c.num = m.rowid
    WHERE contact_fts MATCH @match AND c.deleted_at IS NULL${filterSql(f)}`).iterate({ ...params, match });
  if (withName && found.size < limit) take(byFts(`name : ${phrase}`));
  if (found.size < limit) take(byFts(`${columns} : ${phrase}`));
  for (const sound of sounds) if (found.size < limit) take(byFts(`name : ${ftsPhrase(sound)}`));
  return [...found];
}

/**
 * People whose notes have a word starting with `text` (1–2 syllables: "골프" → 골프를, 골프장),
 * after those already `found` by the key tiers, up to `limit` in all, in rowid order.
 */
export function searchNoteWords(db: DB, text: string, found: readonly number[], limit: number, f: SearchFilter): number[] {
  const out = new Set(found);
  if (out.size >= limit) return [...out];
  const rows = stmt<[Record<string, unknown>], { rowid: number }>(db, `
    SELECT m.rowid FROM note_words m CROSS JOIN contacts c ON c.num = m.rowid
    WHERE note_words MATCH @match AND c.deleted_at IS NULL${filterSql(f)}`).iterate({ ...filterParams(f), match: `${ftsPhrase(text)}*` });
  for (const r of rows) {
    if (out.size >= limit) break;
    out.add(r.rowid);
  }
  return [...out];
}

/** Live people's names as their trigram documents are made from them (the 0014 upgrade). */
export function liveNames(db: DB): { rowid: number; display_name: string; family_name: string | null; given_name: string | null }[] {
  return stmt<[], { rowid: number; display_name: string; family_name: string | null; given_name: string | null }>(db,
    'SELECT num AS rowid, display_name, family_name, given_name FROM contacts WHERE deleted_at IS NULL').all();
}

export interface FtsRow { rowid: number; name: string; org: string; notes: string; points: string; digits: string }

/** Every trigram document, in rowid order. */
export function allFtsRows(db: DB): FtsRow[] {
  return stmt<[], FtsRow>(db, 'SELECT rowid, name, org, notes, points, digits FROM contact_fts ORDER BY rowid').all();
}

/**
 * The trigram index made again from `rows`: the table dropped and created from its own
 * definition, its options (secure-delete) set again, the rows inserted in rowid order. Rewriting
 * a column of most documents in place costs ~2 ms a row (each update deletes and re-adds every
 * trigram of the row, securely); this costs ~1 s per 100,000. Inside the caller's transaction.
 */
export function rebuildFts(db: DB, rows: readonly FtsRow[]): void {
  const { sql } = stmt<[], { sql: string }>(db, "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'contact_fts'").get()!;
  const options = stmt<[], { k: string; v: unknown }>(db, "SELECT k, v FROM contact_fts_config WHERE k <> 'version'").all();
  db.exec('DROP TABLE contact_fts');
  db.exec(sql);
  // A special INSERT takes its option name as a literal (bound, it is "SQL logic error").
  const literal = (v: unknown) => (typeof v === 'number' ? String(v) : `'${String(v).replace(/'/g, "''")}'`);
  for (const o of options) db.exec(`INSERT INTO contact_fts (contact_fts, rank) VALUES (${literal(o.k)}, ${literal(o.v)})`);
  const ins = db.prepare('INSERT INTO contact_fts (rowid, name, org, notes, points, digits) VALUES (?, ?, ?, ?, ?, ?)');
  for (const r of rows) ins.run(r.rowid, r.name, r.org, r.notes, r.points, r.digits);
}

/** A phrase query for FTS5 with the user's text taken literally. */
// (A NUL would end the query string early in SQLite: "unterminated string".)
export const ftsPhrase = (text: string): string => `"${text.replace(/\0/g, '').replace(/"/g, '""')}"`;
