// Merging two records of one person, and undoing it. Every change a merge makes is appended to
// undo_log (old column values, rows added, tags added), so undo replays it backwards exactly.
// Used by duplicates.merge (two people in the book) and by the import (a file's record merged
// into someone already in the book). Callers run these inside their own transaction.
import type { z } from 'zod';
import type { ContactDraft } from '../../../shared/contract/contacts.js';
import type { MergeRecord } from '../../../shared/contract/import.js';
import { AppError } from '../../../shared/errors.js';
import { uuidv7 } from '../../../shared/uuid.js';
import { getContactRow, sortName, type ContactRow } from '../db/contacts-repo.js';
import {
  appendUndo, contactsReferredBy, insertAttachment, deleteContactTag, deleteRow, getMerge, idsReferring, insertContactTag, insertHistory, insertMerge,
  followUpStates, laterMergesOf, markMergeUndone, rowValues, setRowValues, toMergeRecord, undoEntries, type MergeRow, type UndoEntry,
} from '../db/import-repo.js';
import { lastTouchOf } from '../db/interactions-repo.js';
import { insertPoint, pointsOf } from '../db/points-repo.js';
import { unindexContact } from '../db/search-repo.js';
import { tagIdsOf } from '../db/tags-repo.js';
import type { Context } from '../context.js';
import type { ContactsService } from './contacts.js';
import type { NormalizedPoint } from './points.js';
import type { ScheduleService } from './schedule.js';

type Draft = z.output<typeof ContactDraft>;

/** Fields filled from the other record when the kept one has none. */
const FILLABLE = ['family_name', 'given_name', 'company', 'department', 'title', 'birthday'] as const;
const DRAFT_FIELD: Record<(typeof FILLABLE)[number], keyof Draft> = {
  family_name: 'familyName', given_name: 'givenName', company: 'company', department: 'department', title: 'title', birthday: 'birthday',
};

/** The rows that follow a person to the kept record (open rule-made follow-ups are re-made by the rules instead). */
const MOVED: { tbl: string; col: string; where?: string }[] = [
  { tbl: 'interactions', col: 'contact_id' },
  { tbl: 'deals', col: 'contact_id' },
  { tbl: 'follow_ups', col: 'contact_id', where: " AND NOT (status = 'open' AND created_by = 'rule')" },
  { tbl: 'contact_dates', col: 'contact_id' },
  { tbl: 'attachments', col: 'contact_id' },
  { tbl: 'consents', col: 'contact_id' },
  { tbl: 'referrals', col: 'referrer_id' },
  { tbl: 'referrals', col: 'referred_id' },
];

export function createMergeService(ctx: Context, contacts: ContactsService, schedule: ScheduleService) {
  const db = ctx.db;

  /** Appends to one merge's undo log. */
  function recorder(mergeId: string) {
    let seq = 0;
    const log = (e: UndoEntry) => appendUndo(db, mergeId, seq++, e);
    return {
      /** Sets columns, logging their old values. */
      update(tbl: string, id: string, values: Record<string, unknown>): void {
        const old = rowValues(db, tbl, id, Object.keys(values));
        if (!old) return;
        const changed = Object.fromEntries(Object.entries(values).filter(([k, v]) => old[k] !== v));
        if (Object.keys(changed).length === 0) return;
        log({ op: 'update', tbl, row_id: id, data: JSON.stringify(Object.fromEntries(Object.keys(changed).map((k) => [k, old[k]]))) });
        setRowValues(db, tbl, id, changed);
      },
      inserted(tbl: string, id: string): void { log({ op: 'insert', tbl, row_id: id, data: null }); },
      tag(contactId: string, tagId: string): void {
        if (insertContactTag(db, contactId, tagId)) log({ op: 'tag', tbl: 'contact_tags', row_id: contactId, data: tagId });
      },
      /** Re-syncs a person's rules (check-in, birthday, …), logging the follow-ups it adds or changes. */
      sync(contactId: string): void {
        const before = followUpStates(db, contactId);
        settle(contactId);
        for (const [fid, now] of followUpStates(db, contactId)) {
          const was = before.get(fid);
          if (!was) { log({ op: 'insert', tbl: 'follow_ups', row_id: fid, data: null }); continue; }
          const changed = Object.keys(now).filter((k) => now[k] !== was[k]);
          if (changed.length) log({ op: 'update', tbl: 'follow_ups', row_id: fid, data: JSON.stringify(Object.fromEntries(changed.map((k) => [k, was[k]]))) });
        }
      },
      history(contactId: string, field: string, from: string | null, to: string | null, at: string, by: string): void {
        if (from === to) return;
        const id = uuidv7(ctx.clock.now());
        insertHistory(db, { id, contactId, field, from, to, at, by });
        log({ op: 'insert', tbl: 'contact_history', row_id: id, data: null });
      },
    };
  }
  type Recorder = ReturnType<typeof recorder>;

  function requireLive(id: string): ContactRow {
    const row = getContactRow(db, id);
    if (!row) throw new AppError('not-found', `No contact with id ${id}`);
    if (row.deleted_at) throw new AppError('conflict', 'This contact is in the trash; restore it before merging.');
    return row;
  }

  const joinNotes = (a: string | null, b: string | null): string | null => {
    if (!b || a?.includes(b)) return a;
    if (!a || b.includes(a)) return b;
    return `${a}\n\n${b}`;
  };

  /** Merge person `mergeId` into `keepId`: `mergeId` goes to the trash, everything of theirs stays reachable from `keepId`. */
  function mergeContacts(keepId: string, mergeId: string, by: 'merge' | 'import' = 'merge', batchId: string | null = null): MergeRecord {
    if (keepId === mergeId) throw new AppError('invalid-input', 'A contact cannot be merged into itself.', [{ path: 'mergeId', message: 'must differ from keepId' }]);
    const keep = requireLive(keepId);
    const gone = requireLive(mergeId);
    const at = ctx.nowIso();
    const id = uuidv7(ctx.clock.now());
    insertMerge(db, { id, keptId: keepId, mergedId: mergeId, batchId, at });
    const r = recorder(id);
    // Fields: keep the kept record's; fill its blanks; keep both notes; the earliest created date.
    const fields: Record<string, unknown> = {};
    for (const f of FILLABLE) if (keep[f] === null && gone[f] !== null) fields[f] = gone[f];
    const notes = joinNotes(keep.notes, gone.notes);
    if (notes !== keep.notes) fields.notes = notes;
    if (gone.created_at < keep.created_at) fields.created_at = gone.created_at;
    fields.updated_at = at;
    for (const [f, v] of Object.entries(fields)) {
      if (f !== 'updated_at' && f !== 'created_at') r.history(keepId, f, keep[f as keyof ContactRow] as string | null, v as string | null, at, by);
    }
    r.update('contacts', keepId, fields);
    // Points: every distinct one moves over; for one both have, the latest verification wins.
    const kept = pointsOf(db, keepId);
    const primaryKinds = new Set(kept.filter((p) => p.is_primary).map((p) => p.kind));
    let position = kept.length;
    for (const p of pointsOf(db, mergeId)) {
      const same = kept.find((k) => k.kind === p.kind && k.normalized === p.normalized);
      if (same) {
        if (p.verified_at && (!same.verified_at || p.verified_at > same.verified_at)) {
          r.update('contact_points', same.id, { verified_at: p.verified_at, verified_via: p.verified_via, status: p.status });
        }
        continue;
      }
      r.update('contact_points', p.id, { contact_id: keepId, position: position++, is_primary: primaryKinds.has(p.kind) ? 0 : p.is_primary });
      if (p.is_primary) primaryKinds.add(p.kind);
      r.history(keepId, `point.${p.kind}`, null, p.raw_value, at, by);
    }
    for (const tagId of tagIdsOf(db, mergeId)) r.tag(keepId, tagId);
    for (const m of MOVED) for (const rowId of idsReferring(db, m.tbl, m.col, mergeId, m.where)) r.update(m.tbl, rowId, { [m.col]: keepId });
    for (const cid of contactsReferredBy(db, mergeId)) if (cid !== keepId) r.update('contacts', cid, { referred_by: keepId });
    r.history(keepId, 'merged', null, `${gone.display_name} (${mergeId})`, at, by);
    r.update('contacts', mergeId, { deleted_at: at, updated_at: at });
    unindexContact(db, gone.rowid);
    r.sync(keepId);
    r.sync(mergeId);
    return toMergeRecord(getMerge(db, id)!);
  }

  /**
   * Merge a file's record into someone already in the book: new points (unverified, via import),
   * blanks filled, notes kept, tags added. Returns the merge id (for the batch's undo).
   */
  function mergeDraftInto(
    keepId: string, d: Draft, normalized: NormalizedPoint[], tagIds: string[], pointMeta: { verifiedAt: string | null },
    photo: { mime: string; data: Buffer } | null, batchId: string, at: string,
  ): string {
    const keep = requireLive(keepId);
    const id = uuidv7(ctx.clock.now());
    insertMerge(db, { id, keptId: keepId, mergedId: null, batchId, at });
    const r = recorder(id);
    const fields: Record<string, unknown> = {};
    for (const f of FILLABLE) {
      const v = d[DRAFT_FIELD[f]] as string | null;
      if (keep[f] === null && v) fields[f] = v;
    }
    const notes = joinNotes(keep.notes, d.notes);
    if (notes !== keep.notes) fields.notes = notes;
    for (const [f, v] of Object.entries(fields)) r.history(keepId, f, keep[f as keyof ContactRow] as string | null, v as string | null, at, 'import');
    if (Object.keys(fields).length) r.update('contacts', keepId, { ...fields, updated_at: at });
    const kept = pointsOf(db, keepId);
    const have = new Set(kept.map((p) => `${p.kind} ${p.normalized}`));
    const primaryKinds = new Set(kept.filter((p) => p.is_primary).map((p) => p.kind));
    let position = kept.length;
    d.points.forEach((p, i) => {
      const n = normalized[i]!;
      const key = `${p.kind} ${n.normalized}`;
      if (have.has(key)) return;
      have.add(key);
      const pid = uuidv7(ctx.clock.now());
      insertPoint(db, {
        id: pid, contact_id: keepId, kind: p.kind, label: p.label, raw_value: p.value, normalized: n.normalized,
        is_primary: primaryKinds.has(p.kind) ? 0 : 1, position: position++,
        verified_at: n.forcedStatus ? null : pointMeta.verifiedAt, verified_via: 'import', status: n.forcedStatus ?? 'unverified',
      }, at);
      primaryKinds.add(p.kind);
      r.inserted('contact_points', pid);
      r.history(keepId, `point.${p.kind}`, null, p.value, at, 'import');
    });
    for (const tagId of tagIds) r.tag(keepId, tagId);
    if (photo) {
      const aid = uuidv7(ctx.clock.now());
      insertAttachment(db, { id: aid, contactId: keepId, kind: 'photo', mime: photo.mime, data: photo.data, at });
      r.inserted('attachments', aid);
    }
    r.sync(keepId); // a birthday filled in brings its reminder
    return id;
  }

  /** Recompute what is derived from a person's rows after they changed hands. */
  function settle(contactId: string): void {
    const row = getContactRow(db, contactId);
    if (!row) return;
    const last = lastTouchOf(db, contactId)?.occurred_at ?? null;
    setRowValues(db, 'contacts', contactId, { last_touch_at: last, sort_name: sortName(row.display_name) });
    contacts.reindex(contactId);
    schedule.syncCheckIn(contactId);
  }

  /**
   * Every merge still in place that must be undone before the given people can go back to how
   * they were: those made after `afterId` involving a seed person, then, transitively, the later
   * merges involving the people *those* merges touched. Newest first, the order they undo in.
   */
  function laterMerges(seeds: [contactId: string, afterId: string][], skip: (m: MergeRow) => boolean = () => false): MergeRow[] {
    const found = new Map<string, MergeRow>();
    const queue = [...seeds];
    for (let seed = queue.pop(); seed; seed = queue.pop()) {
      for (const m of laterMergesOf(db, seed[0], seed[1])) {
        if (found.has(m.id) || skip(m)) continue;
        found.set(m.id, m);
        queue.push([m.kept_id, m.id]);
        if (m.merged_id) queue.push([m.merged_id, m.id]);
      }
    }
    return [...found.values()].sort((a, b) => (a.id < b.id ? 1 : -1));
  }

  /** The refusal that names who was merged since, so the user knows which merge stands in the way. */
  function blockedBy(later: MergeRow[]): AppError {
    const name = (id: string | null) => (id ? getContactRow(db, id)?.display_name ?? '?' : '?');
    const issues = later.map((m) => ({ path: `merges.${m.id}`, message: `${name(m.merged_id)} → ${name(m.kept_id)}` }));
    return new AppError('merge-blocked', `Later merges involve these people; undo them first: ${issues.map((i) => i.message).join(', ')}.`, issues);
  }

  /** Reverts one merge. Refused (`merge-blocked`) when a later merge involving either person is still in place. */
  function undoMerge(mergeId: string, inBatch = false): MergeRecord {
    const m = getMerge(db, mergeId);
    if (!m) throw new AppError('not-found', `No merge with id ${mergeId}`);
    if (m.undone_at) throw new AppError('conflict', 'This merge was already undone.');
    if (m.batch_id && !inBatch) throw new AppError('conflict', 'This merge was made by an import; undo the import instead.');
    const later = laterMerges([[m.kept_id, m.id], ...(m.merged_id ? [[m.merged_id, m.id] as [string, string]] : [])],
      (x) => inBatch && x.batch_id === m.batch_id);
    if (later.length) throw blockedBy(later);
    for (const e of undoEntries(db, mergeId)) {
      if (e.op === 'insert') deleteRow(db, e.tbl, e.row_id);
      else if (e.op === 'tag') deleteContactTag(db, e.row_id, e.data!);
      else setRowValues(db, e.tbl, e.row_id, JSON.parse(e.data!) as Record<string, unknown>);
    }
    markMergeUndone(db, mergeId, ctx.nowIso());
    settle(m.kept_id);
    if (m.merged_id) settle(m.merged_id);
    return toMergeRecord(getMerge(db, mergeId)!);
  }

  return {
    mergeContacts, mergeDraftInto, undoMerge, laterMerges, blockedBy,
    merge: (keepId: string, mergeId: string) => db.transaction(() => mergeContacts(keepId, mergeId))(),
    undo: (mergeId: string) => db.transaction(() => undoMerge(mergeId))(),
  };
}

export type MergeService = ReturnType<typeof createMergeService>;
