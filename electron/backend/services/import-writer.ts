// The write half of an import: prepared records → people in the book, inside the caller's one
// transaction. Duplicates are found with in-memory maps (within the batch, and of the book's
// numbers and e-mails for a large batch) or indexed lookups (a small batch into a large book);
// new people are inserted a chunk at a time, table by table, their rows bound by position
// (import-repo insertRows), their search keys as each person goes in (their company's, title's
// and department's once per distinct value), and their trigram documents in a second pass after
// every person is in (the FTS index grows faster in one run). A merged record is reported with
// the fields it had differently from the person it joined (kept as stored; the file's values
// go to that person's notes, so nothing is dropped silently and Undo takes them back).
// The result is what contacts.add would have stored, person for person (test/integration/import-search).
import type { z } from 'zod';
import type { ContactDraft } from '../../../shared/contract/contacts.js';
import type { ImportMergedRecord, ImportRecordError } from '../../../shared/contract/import.js';
import { differencesNote } from '../../../shared/i18n/import-merge.js';
import type { Reason } from '../../../shared/i18n/reasons.js';
import { nextCheckIn } from '../../../shared/rules/cadence.js';
import { uuidv7 } from '../../../shared/uuid.js';
import { getContactRow, sortName } from '../db/contacts-repo.js';
import {
  addOpenFollowUps, allTags, bookSize, contactsWithPoint, dropBulkIndexes, identityOwners, insertAttachment, insertContactTag, insertRows, insertSearchKey,
  insertTag, rebuildIndexes,
} from '../db/import-repo.js';
import type { NewPoint } from '../db/points-repo.js';
import { insertFieldKeys, insertNoteWords, type FieldEntry } from '../db/search-repo.js';
import type { Context } from '../context.js';
import { fieldDifferences, type KeptValues } from './import-differences.js';
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

/** People whose rows are made, then inserted table by table (contacts before the rows that refer to them). */
const WRITE_CHUNK = 2_000;

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
  /** Filled by the write: each merged record, what differed and what was kept. */
  mergedRecords: ImportMergedRecord[];
}

interface NewPerson {
  draft: Draft;
  normalized: NormalizedPoint[];
  rev: string | null;
  photos: { mime: string; data: Buffer }[];
  /** Reports of the records merged into this person, told its id once it has one. */
  mergedInto: ImportMergedRecord[];
}

/** Keys that make two records the same person: a normalised mobile number or e-mail. */
const draftValues = (d: Draft): KeptValues => ({ name: d.name, company: d.company, department: d.department, title: d.title, birthday: d.birthday });

/** Notes with a line added (the notes' own limit kept). */
const withLine = (notes: string | null, line: string): string => (notes ? `${notes}\n\n${line}` : line).slice(0, 100_000);

const identityKeys = (d: Draft, n: NormalizedPoint[]): string[] =>
  d.points.flatMap((p, i) => (p.kind === 'mobile' || p.kind === 'email') && !n[i]!.forcedStatus ? [`${p.kind} ${n[i]!.normalized}`] : []);

export function createImportWriter(ctx: Context, settings: SettingsService, schedule: ScheduleService, merge: MergeService) {
  const db = ctx.db;

  /** Writes every file of a batch; returns nothing, fills each file's imported/merged counts. */
  function write(files: PreparedFile[], batchId: string, at: string): void {
    const locale = settings.locale();
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
          people.push({ draft: e.draft, normalized: e.normalized, rev: e.rev, photos: e.photo ? [e.photo] : [], mergedInto: [] });
          f.imported++;
        } else if ('idx' in target) {
          const p = people[target.idx]!;
          const differences = fieldDifferences(draftValues(p.draft), draftValues(e.draft));
          const note = differences.length ? differencesNote(f.file, at, differences, locale) : null;
          const report: ImportMergedRecord = {
            record: e.record, line: e.line, name: e.draft.name, into: 'import', contactId: '', keptName: p.draft.name, differences, notedInNotes: note !== null,
          };
          combine(p, e, note);
          p.mergedInto.push(report);
          f.mergedRecords.push(report);
          f.merged++;
        } else {
          const keep = getContactRow(db, target.id)!;
          const differences = fieldDifferences({ ...keep, name: keep.display_name }, draftValues(e.draft));
          const note = differences.length ? differencesNote(f.file, at, differences, locale) : null;
          const draft = note ? { ...e.draft, notes: withLine(e.draft.notes, note) } : e.draft;
          merge.mergeDraftInto(target.id, draft, e.normalized, e.draft.tags.map(tagId), { verifiedAt: e.rev }, e.photo, batchId, at);
          f.mergedRecords.push({
            record: e.record, line: e.line, name: e.draft.name, into: 'book', contactId: target.id, keptName: keep.display_name, differences, notedInNotes: note !== null,
          });
          f.merged++;
        }
        for (const k of keys) if (!owner.has(k)) owner.set(k, target);
      }
    }
    insertPeople(people, batchId, at, tagId);
  }

  /**
   * A second record of the same person in the batch: its distinct points, blanks, notes and tags
   * join the first; `note` says what it had differently (the first record's values are kept).
   */
  function combine(p: NewPerson, e: PreparedRecord, note: string | null): void {
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
    if (e.draft.notes && !d.notes?.includes(e.draft.notes)) d.notes = withLine(d.notes, e.draft.notes);
    if (note) d.notes = withLine(d.notes, note);
    for (const t of e.draft.tags) if (!d.tags.some((x) => x.toLowerCase() === t.toLowerCase()) && d.tags.length < 50) d.tags.push(t);
    if (e.rev && (!p.rev || e.rev > p.rev)) p.rev = e.rev;
    if (e.photo && p.photos.length === 0) p.photos.push(e.photo);
    p.draft = d;
    p.normalized = normalized;
  }

  function insertPeople(people: NewPerson[], batchId: string, at: string, tagId: (name: string) => string): void {
    const due = nextCheckIn(at, 'prospect', settings.cadence(), settings.get().timeZone);
    const reason = due ? JSON.stringify({ code: 'check-in', params: { stage: 'prospect', days: due.days, since: 'import' } } satisfies Reason) : null;
    const deferred = people.length >= DEFER_INDEXES_FROM && people.length >= bookSize(db) ? dropBulkIndexes(db) : null;
    // New rows take the nums after the book's largest, as an INSERT without one would: the
    // search index is keyed by them, so they are known before the rows go in.
    let num = bookSize(db);
    let checkIns = 0;
    const docs: unknown[][] = [];
    // A name's, company's, title's or department's keys once per batch, not once per person
    // (field_keys), written in key order after everyone is in.
    const keyedValues = new Set<string>();
    const fieldEntries: FieldEntry[] = [];
    const slow: string[] = [];
    for (let from = 0; from < people.length; from += WRITE_CHUNK) {
      const part = people.slice(from, from + WRITE_CHUNK);
      const rows = { contacts: [] as unknown[][], points: [] as unknown[][], stages: [] as unknown[][], followUps: [] as unknown[][] };
      const made = part.map((p) => {
        const d = p.draft;
        const id = uuidv7(ctx.clock.now());
        for (const m of p.mergedInto) m.contactId = id;
        const points = pointRows(id, p);
        const reach = reachOf(points);
        const sort = sortName(d.name);
        const rowid = ++num;
        rows.contacts.push([rowid, id, d.name, d.familyName, d.givenName, d.company, d.department, d.title, 'prospect', at, 'import',
          d.birthday, d.notes, sort, reach.state, reach.bestVerifiedAt, d.birthday ? null : (due?.dueAt ?? null), batchId, at, at]);
        rows.stages.push([uuidv7(ctx.clock.now()), id, null, 'prospect', at, null, 'manual']);
        for (const r of points) {
          rows.points.push([r.id, id, r.kind, r.label, r.raw_value, r.normalized, r.is_primary, r.verified_at, r.verified_via, r.status, r.position, at, at]);
        }
        // A birthday brings its reminder: the full sync (rare enough in files to afford).
        if (d.birthday) slow.push(id);
        else if (due && reason) {
          rows.followUps.push([uuidv7(ctx.clock.now()), id, 'check-in', due.dueAt, due.dueDate, 'open', reason, 'rule', at, at]);
          checkIns++;
        }
        return { p, id, rowid, sort, points };
      });
      insertRows(db, 'contacts', rows.contacts);
      insertRows(db, 'contact_points', rows.points);
      insertRows(db, 'stage_changes', rows.stages);
      insertRows(db, 'follow_ups', rows.followUps);
      // Tags and photos are rare in files: row by row, once their person is in.
      for (const { p, id, rowid, sort, points } of made) {
        const d = p.draft;
        const ids: string[] = [];
        for (const t of d.tags) {
          const tid = tagId(t);
          if (insertContactTag(db, id, tid)) ids.push(tid);
        }
        for (const ph of p.photos) insertAttachment(db, { id: uuidv7(ctx.clock.now()), contactId: id, kind: 'photo', mime: ph.mime, data: ph.data, at });
        const entry = searchEntry({ ...d, display_name: d.name, family_name: d.familyName, given_name: d.givenName }, points, d.tags, ids);
        const doc = entry.doc;
        docs.push([rowid, doc.name, doc.org, doc.notes, doc.points, doc.digits]);
        for (const k of entry.keys) insertSearchKey(db, k.key, k.rank, sort, rowid);
        for (const f of entry.fields) {
          const v = `${f.field}\0${f.value}`;
          if (!keyedValues.has(v)) {
            keyedValues.add(v);
            fieldEntries.push(withKeys(f));
          }
        }
      }
    }
    // Back before anything reads them: the birthday syncs below query follow-ups by person.
    if (deferred) {
      if (due) addOpenFollowUps(db, due.dueDate, checkIns);
      rebuildIndexes(db, deferred);
    }
    for (const id of slow) schedule.syncCheckIn(id);
    insertFieldKeys(db, fieldEntries);
    // The trigram index grows faster in one run after everyone is in.
    for (let from = 0; from < docs.length; from += WRITE_CHUNK) insertRows(db, 'contact_fts', docs.slice(from, from + WRITE_CHUNK));
    for (const d of docs) insertNoteWords(db, d[0] as number, d[3] as string);
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
