// follow_ups: what is due for whom, and why.
import type { FollowUpKind, FollowUpStatus, Stage } from '../../../shared/domain/enums.js';
import type { Reason } from '../../../shared/i18n/reasons.js';
import { type DB, cachedCount, stmt } from './statements.js';

export interface FollowUpRow {
  id: string;
  contact_id: string;
  kind: FollowUpKind;
  due_at: string;
  due_date: string;
  status: FollowUpStatus;
  reason: string;
  created_by: 'rule' | 'user';
  completed_by: string | null;
  completed_at: string | null;
  created_at: string;
  updated_at: string;
}

export const parseReason = (json: string): Reason => JSON.parse(json) as Reason;

export function insertFollowUp(db: DB, f: {
  id: string; contactId: string; kind: FollowUpKind; dueAt: string; dueDate: string; reason: Reason; createdBy: 'rule' | 'user'; at: string;
}): void {
  stmt(db, `INSERT INTO follow_ups (id, contact_id, kind, due_at, due_date, status, reason, created_by, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, 'open', ?, ?, ?, ?)`)
    .run(f.id, f.contactId, f.kind, f.dueAt, f.dueDate, JSON.stringify(f.reason), f.createdBy, f.at, f.at);
}

export function getFollowUp(db: DB, id: string): FollowUpRow | undefined {
  return stmt<[string], FollowUpRow>(db, 'SELECT * FROM follow_ups WHERE id=?').get(id);
}

export function openFollowUpsOf(db: DB, contactId: string, kind?: FollowUpKind): FollowUpRow[] {
  return kind
    ? stmt<[string, string], FollowUpRow>(db, `SELECT * FROM follow_ups WHERE contact_id=? AND kind=? AND status='open' ORDER BY due_at`).all(contactId, kind)
    : stmt<[string], FollowUpRow>(db, `SELECT * FROM follow_ups WHERE contact_id=? AND status='open' ORDER BY due_at`).all(contactId);
}

export function followUpsOf(db: DB, contactId: string, limit = 200): FollowUpRow[] {
  return stmt<[string, number], FollowUpRow>(db,
    `SELECT * FROM follow_ups WHERE contact_id=? ORDER BY status <> 'open', due_at DESC LIMIT ?`).all(contactId, limit);
}

export function completeFollowUp(db: DB, id: string, status: 'done' | 'skipped', interactionId: string | null, at: string): void {
  stmt(db, `UPDATE follow_ups SET status=?, completed_by=?, completed_at=?, updated_at=? WHERE id=?`)
    .run(status, interactionId, at, at, id);
}

/** A rule's follow-up answered without a touch: done, its reason now saying how (kept as history). */
export function resolveFollowUp(db: DB, id: string, reason: Reason, at: string): void {
  stmt(db, `UPDATE follow_ups SET status='done', reason=?, completed_at=?, updated_at=? WHERE id=?`).run(JSON.stringify(reason), at, at, id);
}

export function rescheduleFollowUp(db: DB, id: string, dueAt: string, dueDate: string, reason: Reason, at: string): void {
  stmt(db, 'UPDATE follow_ups SET due_at=?, due_date=?, reason=?, updated_at=? WHERE id=?')
    .run(dueAt, dueDate, JSON.stringify(reason), at, id);
}

export function earliestOpenDue(db: DB, contactId: string): string | null {
  return stmt<[string], { d: string | null }>(db,
    `SELECT min(due_at) AS d FROM follow_ups WHERE contact_id=? AND status='open'`).get(contactId)?.d ?? null;
}

export interface AgendaRow extends Pick<FollowUpRow, 'id' | 'contact_id' | 'kind' | 'due_at' | 'due_date' | 'reason'> {
  name: string;
  company: string | null;
  stage: Stage;
}

// Only what Today shows, so follow_ups_agenda and contacts_agenda (0003) answer it without
// reading a table row: at 100k, a busy day is over a thousand rows.
const AGENDA_SELECT = `SELECT f.id, f.contact_id, f.kind, f.due_at, f.due_date, f.reason, c.display_name AS name, c.company, c.stage
  FROM follow_ups f JOIN contacts c ON c.id = f.contact_id
  WHERE f.status = 'open' AND c.deleted_at IS NULL`;

// Today's counts (recounted after every write, so on Today's path): the open follow-ups per date
// (follow_up_open_days, kept by triggers, 0008) summed over the bucket's dates — ~2,000 rows at
// 100k, where counting the follow_ups_agenda entries meant walking ~70,000 overdue ones — less
// the trashed people's. Those are counted from the (few) people in the trash: CROSS JOIN keeps
// contacts_deleted the outer loop, where the planner, without statistics, would otherwise walk
// every follow-up in the range and look its contact up. `dates` is a condition on due_date.
function openDueCount(db: DB, dates: 'due_date < ?' | 'due_date >= ? AND due_date <= ?', params: string[]): number {
  return cachedCount(db, `SELECT
      (SELECT coalesce(sum(n), 0) FROM follow_up_open_days WHERE ${dates}) -
      (SELECT count(*) FROM contacts c CROSS JOIN follow_ups f ON f.contact_id = c.id AND f.status = 'open'
        WHERE c.deleted_at IS NOT NULL AND ${dates.replaceAll('due_date', 'f.due_date')}) AS n`, [...params, ...params]);
}

/** The `limit` most recently due open follow-ups before `beforeDate`, earliest first, and how many there are. */
export function overdue(db: DB, beforeDate: string, limit: number): { rows: AgendaRow[]; total: number } {
  const rows = stmt<[string, number], AgendaRow>(db, `${AGENDA_SELECT} AND f.due_date < ?
    ORDER BY f.due_date DESC, f.due_at DESC LIMIT ?`).all(beforeDate, limit).reverse();
  return { rows, total: openDueCount(db, 'due_date < ?', [beforeDate]) };
}

/**
 * The first `limit` open follow-ups due from `fromDate` to `untilDate` (local dates; one day for
 * Today's own bucket), earliest first, then by name, and how many there are. A busy day at 100k
 * is thousands of rows: only the page is read into rows and rendered.
 */
export function agendaRange(db: DB, fromDate: string, untilDate: string, limit: number): { rows: AgendaRow[]; total: number } {
  const rows = stmt<[string, string, number], AgendaRow>(db, `${AGENDA_SELECT} AND f.due_date >= ? AND f.due_date <= ?
    ORDER BY f.due_date, f.due_at, c.sort_name LIMIT ?`).all(fromDate, untilDate, limit);
  return { rows, total: openDueCount(db, 'due_date >= ? AND due_date <= ?', [fromDate, untilDate]) };
}

/**
 * Open complaint responses of live contacts due up to `untilDate`: few, and always shown in full
 * whatever the page sizes (DESIGN §1 Complaints first). Read through follow_ups_kind_open.
 */
export function openComplaintResponses(db: DB, untilDate: string): AgendaRow[] {
  return stmt<[string], AgendaRow>(db, `${AGENDA_SELECT} AND f.kind = 'complaint-response' AND f.due_date <= ?
    ORDER BY f.due_date, f.due_at`).all(untilDate);
}

// ── rule-keyed follow-ups (0002): one open per contact and key ─────────────────────────────

export interface KeyedRow extends FollowUpRow {
  rule_key: string | null;
  deal_id: string | null;
  snoozed_until: string | null;
  skipped_by: 'user' | 'rule' | null;
}

export function insertKeyedFollowUp(db: DB, f: {
  id: string; contactId: string; kind: FollowUpKind; dueAt: string; dueDate: string; reason: Reason; key: string; dealId: string | null; at: string;
}): void {
  stmt(db, `INSERT INTO follow_ups (id, contact_id, kind, due_at, due_date, status, reason, created_by, rule_key, deal_id, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, 'open', ?, 'rule', ?, ?, ?, ?)`)
    .run(f.id, f.contactId, f.kind, f.dueAt, f.dueDate, JSON.stringify(f.reason), f.key, f.dealId, f.at, f.at);
}

/** Open follow-ups of a contact whose key starts with `prefix`. */
export function openKeyed(db: DB, contactId: string, prefix: string): KeyedRow[] {
  return stmt<[string, number, string], KeyedRow>(db, `SELECT * FROM follow_ups WHERE contact_id=? AND status='open'
    AND rule_key IS NOT NULL AND substr(rule_key, 1, ?) = ? ORDER BY due_at`).all(contactId, prefix.length, prefix);
}

/** Whether the user already handled this key (done, or skipped by them); a rule's own withdrawal does not count. */
export function keyHandled(db: DB, contactId: string, key: string): boolean {
  return stmt<[string, string], { n: number }>(db, `SELECT count(*) AS n FROM follow_ups WHERE contact_id=? AND rule_key=?
    AND (status = 'done' OR skipped_by = 'user')`)
    .get(contactId, key)!.n > 0;
}

/** The greatest key under `prefix` the user handled (keys of one family end with their date, so they sort by it). */
export function lastHandledKey(db: DB, contactId: string, prefix: string): string | null {
  return stmt<[string, number, string], { k: string | null }>(db, `SELECT max(rule_key) AS k FROM follow_ups WHERE contact_id=?
    AND rule_key IS NOT NULL AND substr(rule_key, 1, ?) = ? AND (status = 'done' OR skipped_by = 'user')`).get(contactId, prefix.length, prefix)?.k ?? null;
}

export function getKeyed(db: DB, id: string): KeyedRow | undefined {
  return stmt<[string], KeyedRow>(db, 'SELECT * FROM follow_ups WHERE id=?').get(id);
}

export function skipFollowUp(db: DB, id: string, by: 'user' | 'rule', at: string): void {
  stmt(db, `UPDATE follow_ups SET status='skipped', skipped_by=?, completed_at=?, updated_at=? WHERE id=?`).run(by, at, at, id);
}

/** Undo of a user's skip: open again, as it was before. */
export function reopenFollowUp(db: DB, id: string, at: string): void {
  stmt(db, `UPDATE follow_ups SET status='open', skipped_by=NULL, completed_at=NULL, updated_at=? WHERE id=?`).run(at, id);
}

export function snoozeFollowUp(db: DB, id: string, until: string, dueDate: string, at: string): void {
  stmt(db, 'UPDATE follow_ups SET due_at=?, due_date=?, snoozed_until=?, updated_at=? WHERE id=?').run(until, dueDate, until, at, id);
}

/** A snooze taken back: due at `dueAt` again, and no longer held by a snooze. */
export function unsnoozeFollowUp(db: DB, id: string, dueAt: string, dueDate: string, at: string): void {
  stmt(db, 'UPDATE follow_ups SET due_at=?, due_date=?, snoozed_until=NULL, updated_at=? WHERE id=?').run(dueAt, dueDate, at, id);
}

/** The latest due date of a check-in the user skipped after `afterIso` (the last touch): the cadence steps past it. */
export function lastUserSkippedCheckIn(db: DB, contactId: string, afterIso: string): string | null {
  return stmt<[string, string], { d: string | null }>(db, `SELECT max(due_date) AS d FROM follow_ups WHERE contact_id=? AND kind='check-in'
    AND status='skipped' AND skipped_by='user' AND due_at > ?`).get(contactId, afterIso)?.d ?? null;
}

/** Due dates of marketing follow-ups (open, or done within the window) of a contact. */
export function marketingDates(db: DB, contactId: string, kinds: string[], sinceDate: string, exceptOpenKind: string): string[] {
  return stmt<[string, string, string, string], { d: string }>(db, `SELECT due_date AS d FROM follow_ups WHERE contact_id=?
    AND kind IN (SELECT value FROM json_each(?)) AND (status='open' OR (status='done' AND due_date >= ?))
    AND NOT (status='open' AND kind=?)`)
    .all(contactId, JSON.stringify(kinds), sinceDate, exceptOpenKind).map((r) => r.d);
}

/** When a referral-ask follow-up was last answered by a touch (that touch was the ask). */
export function lastDoneOfKind(db: DB, contactId: string, kind: FollowUpKind): string | null {
  return stmt<[string, string], { a: string | null }>(db, `SELECT max(completed_at) AS a FROM follow_ups
    WHERE contact_id=? AND kind=? AND status='done'`).get(contactId, kind)?.a ?? null;
}

/** Open follow-ups due in [from, until] of live contacts, for the calendar. */
export function openBetween(db: DB, fromDate: string, untilDate: string): (FollowUpRow & { name: string })[] {
  // Whole rows (the calendar export needs updated_at and the status), unlike Today's lean agenda.
  return stmt<[string, string], FollowUpRow & { name: string }>(db, `SELECT f.*, c.display_name AS name
    FROM follow_ups f JOIN contacts c ON c.id = f.contact_id
    WHERE f.status = 'open' AND c.deleted_at IS NULL AND f.due_date >= ? AND f.due_date <= ?
    ORDER BY f.due_date, f.due_at, c.sort_name`).all(fromDate, untilDate);
}
