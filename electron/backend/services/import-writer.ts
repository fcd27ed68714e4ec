// The write half of an import: prepared records → people in the book, inside the caller's one
// transaction. Duplicates are found with in-memory maps (within the batch, and of the book's
// numbers and e-mails for a large batch) or indexed lookups (a small batch into a large book);
// new people are inserted with prepared statements, their search keys as each person goes in
// (their company's, title's and department's once per distinct value),
// and their trigram documents in a second pass after every person is in (the FTS index grows
// faster in one run).
// The result is what contacts.add would have stored, person for person (test/integration/import-search).
import type { z } from 'zod';
import type { ContactDraft } from '../../../shared/contract/contacts.js';
import type { ImportRecordError } from '../../../shared/contract/import.js';
import type { Reason } from '../../../shared/i18n/reasons.js';
import { nextCheckIn } from '../../../shared/rules/cadence.js';
import { uuidv7 } from '../../../shared/uuid.js';
import { sortName } from '../db/contacts-repo.js';
import { insertFollowUp } from '../db/follow-ups-repo.js';
import {
  allTags, bookSize, contactsWithPoint, dropBulkIndexes, identityOwners, rebuildIndexes, insertAttachment, insertContactTag, insertFtsRow, insertImportedContact, insertSearchKey, insertTag,
} from '../db/import-repo.js';
import { insertPoint, type NewPoint } from '../db/points-repo.js';
import { insertFieldKeys, type FieldEntry, type SearchDoc } from '../db/search-repo.js';
import { insertStageChange } from '../db/stages-repo.js';
import type { Context } from '../context.js';
import type { MergeService } from './merge.js';
import { reachOf, type NormalizedPoint } from './points.js';
import type { ScheduleService } from './schedule.js';
import { searchEntry, withKeys } from './search-doc.js';
import type { SettingsService } from './settings.js';

type Draft = z.output<typeof ContactDraft>;

/**
 * From this many records on, the book's numbers and e-mails are read into a map once (~1 s per
 * 100k points) rather than looked up record by record (two indexed queries each).
 */
const OWNER_MAP_FROM = 2_000;

/**
 * From this many new people on, and when they are at least as many as the book already holds,
 * the bulk tables' secondary indexes are dropped for the insert and rebuilt after it (one sort
 * each instead of ~20 random B-tree inserts per person; test/bench import).
 */
const DEFER_INDEXES_FROM = 5_000;

/** One good record of a file, its points normalised (bad ones already dropped with a warning). */
export interface PreparedRecord {
  record: number;
  line: number;
  draft: Draft;
  normalized: NormalizedPoint[];
  /** vCard REV: the last-known date of the points. */
  rev: string | null;
  photo: { mime: string; data: Buffer } | null;
}

export interface PreparedFile {
  file: string;
  entries: PreparedRecord[];
  imported: number;
  merged: number;
  warnings: ImportRecordError[];
}

interface NewPerson {
  draft: Draft;
  normalized: NormalizedPoint[];
  rev: string | null;
  photos: { mime: string; data: Buffer }[];
}

/** Keys that make two records the same person: a normalised mobile number or e-mail. */
const identityKeys = (d: Draft, n: NormalizedPoint[]): string[] =>
  d.points.flatMap((p, i) => (p.kind === 'mobile' || p.kind === 'email') && !n[i]!.forcedStatus ? [`${p.kind} ${n[i]!.normalized}`] : []);

export function createImportWriter(ctx: Context, settings: SettingsService, schedule: ScheduleService, merge: MergeService) {
  const db = ctx.db;

  /** Writes every file of a batch; returns nothing, fills each file's imported/merged counts. */
  function write(files: PreparedFile[], batchId: string, at: string): void {
    const tags = allTags(db);
    const tagId = (name: string): string => {
      const k = name.toLowerCase();
      let id = tags.get(k);
      if (!id) {
        id = uuidv7(ctx.clock.now());
        insertTag(db, id, name, at);
        tags.set(k, id);
      }
      return id;
    };
    const people: NewPerson[] = [];
    const owner = new Map<string, { idx: number } | { id: string }>();
    const records = files.reduce((s, f) => s + f.entries.length, 0);
    const book = records >= OWNER_MAP_FROM ? identityOwners(db) : null;
    const inBook = (k: string): string | undefined => {
      if (book) return book.get(k);
      const sp = k.indexOf(' ');
      return contactsWithPoint(db, k.slice(0, sp) as 'mobile' | 'email', k.slice(sp + 1))[0];
    };
    for (const f of files) {
      for (const e of f.entries) {
        const keys = identityKeys(e.draft, e.normalized);
        let target: { idx: number } | { id: string } | undefined;
        for (const k of keys) if ((target = owner.get(k))) break;
        if (!target) {
          for (const k of keys) {
            const found = inBook(k);
            if (found) { target = { id: found }; break; }
          }
        }
        if (!target) {
          target = { idx: people.length };
          people.push({ draft: e.draft, normalized: e.normalized, rev: e.rev, photos: e.photo ? [e.photo] : [] });
          f.imported++;
        } else if ('idx' in target) {
          combine(people[target.idx]!, e);
          f.merged++;
        } else {
          merge.mergeDraftInto(target.id, e.draft, e.normalized, e.draft.tags.map(tagId), { verifiedAt: e.rev }, e.photo, batchId, at);
          f.merged++;
        }
        for (const k of keys) if (!owner.has(k)) owner.set(k, target);
      }
    }
    insertPeople(people, batchId, at, tagId);
  }

  /** A second record of the same person in the batch: its distinct points, blanks, notes and tags join the first. */
  function combine(p: NewPerson, e: PreparedRecord): void {
    const d = { ...p.draft, points: [...p.draft.points], tags: [...p.draft.tags] };
    const normalized = [...p.normalized];
    const have = new Set(d.points.map((x, i) => `${x.kind} ${normalized[i]!.normalized}`));
    e.draft.points.forEach((x, i) => {
      const key = `${x.kind} ${e.normalized[i]!.normalized}`;
      if (have.has(key) || d.points.length >= 50) return;
      have.add(key);
      d.points.push({ ...x, primary: false });
      normalized.push(e.normalized[i]!);
    });
    for (const f of ['familyName', 'givenName', 'company', 'department', 'title', 'birthday'] as const) d[f] ??= e.draft[f];
    if (e.draft.notes && !d.notes?.includes(e.draft.notes)) d.notes = d.notes ? `${d.notes}\n\n${e.draft.notes}`.slice(0, 100_000) : e.draft.notes;
    for (const t of e.draft.tags) if (!d.tags.some((x) => x.toLowerCase() === t.toLowerCase()) && d.tags.length < 50) d.tags.push(t);
    if (e.rev && (!p.rev || e.rev > p.rev)) p.rev = e.rev;
    if (e.photo && p.photos.length === 0) p.photos.push(e.photo);
    p.draft = d;
    p.normalized = normalized;
  }

  function insertPeople(people: NewPerson[], batchId: string, at: string, tagId: (name: string) => string): void {
    const due = nextCheckIn(at, 'prospect', settings.cadence(), settings.get().timeZone);
    const reason: Reason | null = due ? { code: 'check-in', params: { stage: 'prospect', days: due.days, since: 'import' } } : null;
    // Search rows: keys as each person goes in (tens per person; holding them all would cost
    // hundreds of MB at 100k people), FTS documents after everyone is in.
    const deferred = people.length >= DEFER_INDEXES_FROM && people.length >= bookSize(db) ? dropBulkIndexes(db) : null;
    const docs: { rowid: number; doc: SearchDoc }[] = [];
    // A name's, company's, title's or department's keys once per batch, not once per person
    // (field_keys), written in key order after everyone is in.
    const keyedValues = new Set<string>();
    const fieldEntries: FieldEntry[] = [];
    const slow: string[] = [];
    for (const p of people) {
      const d = p.draft;
      const id = uuidv7(ctx.clock.now());
      const points = pointRows(id, p);
      const reach = reachOf(points);
      const sort = sortName(d.name);
      const rowid = insertImportedContact(db, {
        id, display_name: d.name, family_name: d.familyName, given_name: d.givenName, company: d.company, department: d.department,
        title: d.title, birthday: d.birthday, notes: d.notes, sort_name: sort, reach_state: reach.state, best_verified_at: reach.bestVerifiedAt,
        next_due_at: d.birthday ? null : (due?.dueAt ?? null), import_batch_id: batchId, at,
      });
      insertStageChange(db, { id: uuidv7(ctx.clock.now()), contactId: id, from: null, to: 'prospect', at, reason: null, by: 'manual' });
      for (const r of points) insertPoint(db, r, at);
      const ids: string[] = [];
      for (const t of d.tags) {
        const tid = tagId(t);
        if (insertContactTag(db, id, tid)) ids.push(tid);
      }
      for (const ph of p.photos) insertAttachment(db, { id: uuidv7(ctx.clock.now()), contactId: id, kind: 'photo', mime: ph.mime, data: ph.data, at });
      // A birthday brings its reminder: the full sync (rare enough in files to afford).
      if (d.birthday) slow.push(id);
      else if (due && reason) insertFollowUp(db, { id: uuidv7(ctx.clock.now()), contactId: id, kind: 'check-in', dueAt: due.dueAt, dueDate: due.dueDate, reason, createdBy: 'rule', at });
      const entry = searchEntry({ ...d, display_name: d.name, family_name: d.familyName, given_name: d.givenName }, points, d.tags, ids);
      docs.push({ rowid, doc: entry.doc });
      for (const k of entry.keys) insertSearchKey(db, k.key, k.rank, sort, rowid);
      for (const f of entry.fields) {
        const v = `${f.field}\0${f.value}`;
        if (!keyedValues.has(v)) {
          keyedValues.add(v);
          fieldEntries.push(withKeys(f));
        }
      }
    }
    // Back before anything reads them: the birthday syncs below query follow-ups by person.
    if (deferred) rebuildIndexes(db, deferred);
    for (const id of slow) schedule.syncCheckIn(id);
    insertFieldKeys(db, fieldEntries);
    for (const x of docs) insertFtsRow(db, x.rowid, x.doc);
  }

  /** Points as contacts.add stores them: one primary per kind, unverified, verified_via import, REV as the last-known date. */
  function pointRows(contactId: string, p: NewPerson): NewPoint[] {
    const primaryIndex = new Map<string, number>();
    p.draft.points.forEach((d, i) => { if (d.primary && !primaryIndex.has(d.kind)) primaryIndex.set(d.kind, i); });
    p.draft.points.forEach((d, i) => { if (!primaryIndex.has(d.kind)) primaryIndex.set(d.kind, i); });
    return p.draft.points.map((d, i) => {
      const n = p.normalized[i]!;
      return {
        id: uuidv7(ctx.clock.now()), contact_id: contactId, kind: d.kind, label: d.label, raw_value: d.value, normalized: n.normalized,
        is_primary: primaryIndex.get(d.kind) === i ? 1 : 0, position: i,
        verified_at: n.forcedStatus ? null : p.rev, verified_via: 'import', status: n.forcedStatus ?? 'unverified',
      };
    });
  }

  return { write };
}

export type ImportWriter = ReturnType<typeof createImportWriter>;
