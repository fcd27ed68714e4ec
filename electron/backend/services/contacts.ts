// People: add, edit, find, move through stages, trash and restore. Every write is one
// transaction that also keeps the search index, reachability and check-in in step.
import type { z } from 'zod';
import type { ContactDraft as ContactDraftSchema, PointDraft } from '../../../shared/contract/contacts.js';
import type { Freshness, Stage } from '../../../shared/domain/enums.js';
import type { Contact, ContactDetail, ContactSummary, StageChange, TagCount } from '../../../shared/domain/types.js';
import { AppError, type FieldIssue } from '../../../shared/errors.js';
import { renderReason, storedReason, type Reason } from '../../../shared/i18n/reasons.js';
import { planQuery } from '../../../shared/rules/search-keys.js';
import { searchMatch } from '../../../shared/rules/search-match.js';
import { uuidv7 } from '../../../shared/uuid.js';
import {
  type ContactFields, type ContactRow, type ListQuery, EDITABLE_FIELDS, contactRowsByRowids, deleteContactRow,
  getContactRow, insertContact, listContactRowids, setDeletedAt, touchUpdatedAt, updateContactFields, updateReach,
  updateStage,
  mergedInto,
} from '../db/contacts-repo.js';
import { appendAudit } from '../db/audit-repo.js';
import { checkpointTruncate } from '../db/connection.js';
import { followUpsOf } from '../db/follow-ups-repo.js';
import { recordChange } from '../db/history-repo.js';
import { timelineOf } from '../db/interactions-repo.js';
import { insertPoint, pointsOf, primaryPointsOf, softDeletePoint, updatePoint, type PointRow } from '../db/points-repo.js';
import { ftsPhrase, indexContact, pruneFieldKeys, searchByKey, searchFts, searchNoteWords, unindexContact, type SearchFilter } from '../db/search-repo.js';
import { insertStageChange, stageHistoryOf } from '../db/stages-repo.js';
import { pruneUnusedTags, setContactTags, tagCounts, tagIdByName, tagIdsOf, tagsOf } from '../db/tags-repo.js';
import { cachedUntilWrite } from '../db/statements.js';
import type { Context } from '../context.js';
import { freshnessOfReach, normalizePoint, reachOf, toContactPoint, type NormalizedPoint } from './points.js';
import type { ScheduleService } from './schedule.js';
import { fieldValues, searchEntry, withKeys } from './search-doc.js';
import type { SettingsService } from './settings.js';

type Draft = z.output<typeof ContactDraftSchema>;
type PointInput = z.output<typeof PointDraft>;

export interface AddOptions {
  /** When the contact came into the book (sample data and imports set it in the past). */
  at?: string;
  sample?: boolean;
  verifiedVia?: 'card' | 'import' | null;
}

export function createContactsService(ctx: Context, settings: SettingsService, schedule: ScheduleService) {
  const db = ctx.db;
  const fs = () => settings.get();

  // ── reading ────────────────────────────────────────────────────────────────────────────────

  function requireRow(id: string): ContactRow {
    const row = getContactRow(db, id);
    if (!row) throw new AppError('not-found', `No contact with id ${id}`);
    return row;
  }

  function toContact(row: ContactRow): Contact {
    const now = ctx.clock.now();
    const points = pointsOf(db, row.id).map((p) => toContactPoint(p, now, fs()));
    return {
      id: row.id, name: row.display_name, familyName: row.family_name, givenName: row.given_name,
      company: row.company, department: row.department, title: row.title, stage: row.stage,
      stageChangedAt: row.stage_changed_at, source: row.source, birthday: row.birthday, notes: row.notes,
      tags: tagsOf(db, [row.id]).get(row.id) ?? [], points,
      freshness: freshnessOfReach(row.reach_state, row.best_verified_at, now, fs()),
      nextFollowUp: row.deleted_at ? null : schedule.nextFollowUpOf(row.id),
      lastTouchAt: row.last_touch_at, sample: row.sample === 1,
      createdAt: row.created_at, updatedAt: row.updated_at, deletedAt: row.deleted_at,
    };
  }

  function toSummaries(rows: ContactRow[]): ContactSummary[] {
    const ids = rows.map((r) => r.id);
    const tags = tagsOf(db, ids);
    const primary = primaryPointsOf(db, ids);
    const now = ctx.clock.now();
    return rows.map((r) => ({
      id: r.id, name: r.display_name, company: r.company, title: r.title, stage: r.stage,
      tags: tags.get(r.id) ?? [], primaryPhone: primary.get(r.id)?.phone ?? null, primaryEmail: primary.get(r.id)?.email ?? null,
      freshness: freshnessOfReach(r.reach_state, r.best_verified_at, now, fs()),
      nextDueAt: r.next_due_at, lastTouchAt: r.last_touch_at, deletedAt: r.deleted_at,
    }));
  }

  function get(id: string): ContactDetail {
    const row = requireRow(id);
    return {
      contact: toContact(row),
      timeline: timelineOf(db, id),
      stageHistory: stageHistoryOf(db, id).map(readStageReason),
      followUps: followUpsOf(db, id).map(schedule.toFollowUp),
    };
  }

  function reachFilter(f: Freshness | undefined): ListQuery['reach'] {
    if (!f) return undefined;
    const now = ctx.clock.now();
    const daysAgo = (d: number) => new Date(now - d * 86_400_000).toISOString();
    const { agingAfterDays, staleAfterDays } = fs();
    switch (f) {
      case 'fresh': return { state: 'verified', verifiedAfter: daysAgo(agingAfterDays) };
      case 'aging': return { state: 'verified', verifiedBefore: daysAgo(agingAfterDays), verifiedAfter: daysAgo(staleAfterDays) };
      case 'stale': return { state: 'verified', verifiedBefore: daysAgo(staleAfterDays) };
      default: return { state: f };
    }
  }

  function tagFilter(tag: string | undefined): string | undefined | null {
    if (!tag) return undefined;
    return tagIdByName(db, tag) ?? null; // null: an unknown tag matches nobody
  }

  function list(q: { stage?: Stage | undefined; tag?: string | undefined; freshness?: Freshness | undefined; sort: ListQuery['sort']; offset: number; limit: number }) {
    const tagId = tagFilter(q.tag);
    if (tagId === null) return { items: [], total: 0 };
    const { rowids, total } = listContactRowids(db, { ...q, tagId, reach: reachFilter(q.freshness) });
    return { items: toSummaries(contactRowsByRowids(db, rowids)), total };
  }

  function search(q: { q: string; limit: number; stage?: Stage | undefined; tag?: string | undefined; freshness?: Freshness | undefined }) {
    const tagId = tagFilter(q.tag);
    if (tagId === null) return { items: [] };
    const plan = planQuery(q.q);
    const filter: SearchFilter = { stage: q.stage, tagId, reach: reachFilter(q.freshness) };
    let rowids: number[];
    switch (plan.kind) {
      case 'empty': return { items: list({ ...q, sort: 'name', offset: 0 }).items };
      case 'keys':
        rowids = searchByKey(db, plan.key, q.limit, filter);
        if (plan.notes) rowids = searchNoteWords(db, plan.notes, rowids, q.limit, filter);
        break;
      case 'digits': rowids = searchFts(db, ftsPhrase(plan.digits), plan.digits, 'digits', false, q.limit, filter); break;
      case 'fts': rowids = searchFts(db, ftsPhrase(plan.text), plan.text, '{org notes points}', true, q.limit, filter, plan.sounds); break;
    }
    const rows = contactRowsByRowids(db, rowids);
    // Say which field matched when the row would not show it ("메모: …골프를 좋아함").
    return {
      items: toSummaries(rows).map((item, i) => {
        const matched = searchMatch(q.q, { name: rows[i]!.display_name, company: rows[i]!.company, title: rows[i]!.title, department: rows[i]!.department, notes: rows[i]!.notes });
        return matched ? { ...item, matched } : item;
      }),
    };
  }

  function trash() {
    const { rowids } = listContactRowids(db, { sort: 'name', offset: 0, limit: 10_000, deleted: true });
    return { items: toSummaries(contactRowsByRowids(db, rowids)) };
  }

  // Every tag with its live members (~150 ms at 100k), asked for at every start: kept until a write.
  const tags = (): { items: TagCount[] } => ({ items: cachedUntilWrite(db, 'tags.list', () => tagCounts(db)) });

  // ── writing ────────────────────────────────────────────────────────────────────────────────

  function fieldsOf(d: Draft): ContactFields {
    return {
      display_name: d.name, family_name: d.familyName, given_name: d.givenName, company: d.company,
      department: d.department, title: d.title, birthday: d.birthday, notes: d.notes,
    };
  }

  /** Rebuild the contact's search entries and stored reachability from its current rows. */
  function reindex(id: string): void {
    const row = requireRow(id);
    const points = refreshReach(id);
    if (row.deleted_at) return unindexContact(db, row.rowid);
    const { doc, keys, fields } = searchEntry(row, points, tagsOf(db, [id]).get(id) ?? [], tagIdsOf(db, id));
    indexContact(db, row.rowid, row.sort_name, doc, keys, fields.map(withKeys));
  }

  /** Store the contact's best reachable point (after points or their verification changed). */
  function refreshReach(id: string): PointRow[] {
    const points = pointsOf(db, id);
    const reach = reachOf(points);
    updateReach(db, id, reach.state, reach.bestVerifiedAt);
    return points;
  }

  /** Insert/update/remove points so the stored set matches the draft; returns nothing, records history. */
  function writePoints(contactId: string, drafts: PointInput[], at: string, verifiedVia: 'card' | 'import' | null, by: string): void {
    const existing = new Map(pointsOf(db, contactId).map((p) => [p.id, p]));
    const seen = new Set<string>();
    // One primary per kind: the first one marked, else the first of that kind.
    const primaryIndex = new Map<string, number>();
    drafts.forEach((d, i) => { if (d.primary && !primaryIndex.has(d.kind)) primaryIndex.set(d.kind, i); });
    drafts.forEach((d, i) => { if (!primaryIndex.has(d.kind)) primaryIndex.set(d.kind, i); });
    const normalized = normalizeAll(drafts);
    drafts.forEach((d, i) => {
      const n = normalized[i]!;
      const isPrimary = primaryIndex.get(d.kind) === i ? 1 : 0;
      const old = d.id ? existing.get(d.id) : undefined;
      if (d.id && !old) throw new AppError('invalid-input', `points.${i}.id: no such point on this contact`, [{ path: `points.${i}.id`, message: 'no such point on this contact' }]);
      if (old) {
        seen.add(old.id);
        const sameValue = old.normalized === n.normalized && old.kind === d.kind;
        // A changed number or address is a new, unproven channel: its verification starts over.
        const row: PointRow = {
          ...old, kind: d.kind, label: d.label, raw_value: d.value, normalized: n.normalized, is_primary: isPrimary, position: i,
          verified_at: sameValue ? old.verified_at : null, verified_via: sameValue ? old.verified_via : null,
          status: n.forcedStatus ?? (sameValue ? (old.status === 'obsolete' ? 'unverified' : old.status) : 'unverified'),
        };
        if (!sameValue) recordChange(db, contactId, `point.${d.kind}`, old.raw_value, d.value, at, by);
        updatePoint(db, row, at);
      } else {
        insertPoint(db, {
          id: uuidv7(ctx.clock.now()), contact_id: contactId, kind: d.kind, label: d.label, raw_value: d.value,
          normalized: n.normalized, is_primary: isPrimary, position: i,
          verified_at: verifiedVia && !n.forcedStatus ? at : null, verified_via: verifiedVia && !n.forcedStatus ? verifiedVia : null,
          status: n.forcedStatus ?? (verifiedVia === 'card' ? 'verified' : 'unverified'),
        }, at);
      }
    });
    for (const old of existing.values()) {
      if (seen.has(old.id)) continue;
      softDeletePoint(db, old.id, at);
      recordChange(db, contactId, `point.${old.kind}`, old.raw_value, null, at, by);
    }
  }

  /** Every point checked before anything is written, so the form can mark all bad rows at once. */
  function normalizeAll(drafts: PointInput[]): NormalizedPoint[] {
    const issues: FieldIssue[] = [];
    const out = drafts.map((d, i) => {
      try {
        return normalizePoint(d.kind, d.value, `points.${i}.value`);
      } catch (e) {
        if (e instanceof AppError && e.issues) issues.push(...e.issues);
        else throw e;
        return null;
      }
    });
    if (issues.length) throw new AppError('invalid-input', issues.map((i) => `${i.path}: ${i.message}`).join('; '), issues);
    return out as NormalizedPoint[];
  }

  function add(d: Draft, opts: AddOptions = {}): Contact {
    const at = opts.at ?? ctx.nowIso();
    const id = uuidv7(ctx.clock.now());
    ctx.db.transaction(() => {
      insertContact(db, { ...fieldsOf(d), id, stage: d.stage, source: d.source, sample: opts.sample ?? false, referred_by: null, at });
      insertStageChange(db, { id: uuidv7(ctx.clock.now()), contactId: id, from: null, to: d.stage, at, reason: null, by: 'manual' });
      writePoints(id, d.points, at, opts.verifiedVia ?? (d.source === 'card' ? 'card' : null), 'user');
      setContactTags(db, id, d.tags, at);
      reindex(id);
      schedule.syncCheckIn(id);
    })();
    return toContact(requireRow(id));
  }

  function update(id: string, d: Draft): Contact {
    const at = ctx.nowIso();
    ctx.db.transaction(() => {
      const row = requireRow(id);
      if (row.deleted_at) throw new AppError('conflict', 'This contact is in the trash; restore it before editing.');
      const next = fieldsOf(d);
      for (const f of EDITABLE_FIELDS) recordChange(db, id, f, row[f], next[f], at, 'user');
      updateContactFields(db, id, next, at);
      writePoints(id, d.points, at, null, 'user');
      setContactTags(db, id, d.tags, at);
      if (d.stage !== row.stage) changeStage(row, d.stage, null, 'manual', at);
      reindex(id);
      schedule.syncCheckIn(id);
    })();
    return toContact(requireRow(id));
  }

  /**
   * A rule's reason is kept structured (JSON of a Reason) and rendered when read, in the reader's
   * language — like follow-up reasons. A person's typed reason is kept as typed.
   */
  function readStageReason(c: StageChange): StageChange {
    const why = c.by === 'rule' ? storedReason(c.reason) : null;
    return why ? { ...c, reason: renderReason(why, settings.locale()), why } : c;
  }

  function changeStage(row: ContactRow, stage: Stage, reason: string | Reason | null, by: 'rule' | 'manual', at: string): void {
    const text = reason === null || typeof reason === 'string' ? reason : JSON.stringify(reason);
    insertStageChange(db, { id: uuidv7(ctx.clock.now()), contactId: row.id, from: row.stage, to: stage, at, reason: text, by });
    updateStage(db, row.id, stage, at);
  }

  function setStage(id: string, stage: Stage, reason: string | Reason | null, by: 'rule' | 'manual' = 'manual'): Contact {
    ctx.db.transaction(() => {
      const row = requireRow(id);
      if (row.deleted_at) throw new AppError('conflict', 'This contact is in the trash; restore it first.');
      if (row.stage === stage) return;
      changeStage(row, stage, reason, by, ctx.nowIso());
      schedule.syncCheckIn(id);
    })();
    return toContact(requireRow(id));
  }

  function remove(id: string): { id: string; deletedAt: string } {
    const at = ctx.nowIso();
    ctx.db.transaction(() => {
      const row = requireRow(id);
      if (row.deleted_at) throw new AppError('conflict', 'This contact is already in the trash.');
      setDeletedAt(db, id, at, at);
      unindexContact(db, row.rowid);
    })();
    return { id, deletedAt: at };
  }

  function restore(id: string): Contact {
    ctx.db.transaction(() => {
      const row = requireRow(id);
      if (!row.deleted_at) throw new AppError('conflict', 'This contact is not in the trash.');
      // Merged into someone else: restoring would bring the duplicate back beside the merged record.
      if (mergedInto(db, id)) throw new AppError('conflict', 'This contact was merged into another; undo the merge instead.');
      setDeletedAt(db, id, null, ctx.nowIso());
      reindex(id);
      schedule.syncCheckIn(id);
    })();
    return toContact(requireRow(id));
  }

  /**
   * Destroy a trashed contact for good (it must be in the trash first: two deliberate steps).
   * Everything about them goes: points, touches, follow-ups, deals, dates, consents, history and
   * attachments (ON DELETE CASCADE), search rows (FTS with secure-delete, search_keys), tags only
   * they had; others' referred_by links to them are cleared (ON DELETE SET NULL). secure_delete
   * zeroes the freed bytes and a TRUNCATE checkpoint empties the WAL, so their name is no longer
   * in the files. What remains is one audit line with the time and their id. (`audit: false`:
   * generated sample people, removed in bulk by sample.remove, are nobody to account for.)
   */
  function purge(id: string, opts: { audit?: boolean } = {}): { id: string } {
    ctx.db.transaction(() => {
      const row = requireRow(id);
      if (!row.deleted_at) throw new AppError('conflict', 'Move the contact to the trash before deleting it for good.');
      unindexContact(db, row.rowid);
      deleteContactRow(db, id);
      pruneUnusedTags(db);
      pruneFieldKeys(db, fieldValues(row));
      if (opts.audit !== false) appendAudit(db, ctx.nowIso(), 'contact.purged', id);
    })();
    // Inside a caller's transaction the WAL still holds uncommitted frames: the caller's business.
    if (!db.inTransaction) checkpointTruncate(db);
    return { id };
  }

  return {
    add, update, get, list, search, setStage, remove, restore, trash, purge, tags, toContact, requireRow, reindex, refreshReach,
    touchUpdatedAt: (id: string) => touchUpdatedAt(db, id, ctx.nowIso()),
  };
}

export type ContactsService = ReturnType<typeof createContactsService>;
