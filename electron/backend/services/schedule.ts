// The closed loop's clock (DESIGN §4 Cadence). One function keeps every live contact's open
// check-in where the rules say it belongs; everything that can move it (a touch, a stage
// change, a restore, a cadence setting) calls syncCheckIn inside its own transaction.
import type { FollowUp, FollowUpRef, TodayBucket, TodayItem } from '../../../shared/domain/types.js';
import type { TodayResult } from '../../../shared/contract/touches.js';
import { renderReason, type Reason } from '../../../shared/i18n/reasons.js';
import { nextCheckIn } from '../../../shared/rules/cadence.js';
import { addDays, localDate } from '../../../shared/rules/time.js';
import { uuidv7 } from '../../../shared/uuid.js';
import { getContactRow, updateNextDue } from '../db/contacts-repo.js';
import {
  agendaRange, completeFollowUp, openComplaintResponses, overdue, earliestOpenDue, insertFollowUp, lastUserSkippedCheckIn, openFollowUpsOf,
  parseReason, rescheduleFollowUp, type FollowUpRow, type KeyedRow,
} from '../db/follow-ups-repo.js';
import { lastTouchOf } from '../db/interactions-repo.js';
import type { Context } from '../context.js';
import type { SettingsService } from './settings.js';

export function createScheduleService(ctx: Context, settings: SettingsService) {
  const tz = () => settings.get().timeZone;
  /**
   * The other rule families (birthdays, referral asks, …) that must follow whenever a contact's
   * check-in is synced — they depend on the same facts (stage, touches, trash). Registered by the
   * engine services, run in the caller's transaction.
   */
  const contactHooks: ((contactId: string) => void)[] = [];
  const onContactSync = (fn: (contactId: string) => void): void => { contactHooks.push(fn); };

  function toFollowUp(r: FollowUpRow): FollowUp {
    const why = parseReason(r.reason);
    return {
      id: r.id, contactId: r.contact_id, kind: r.kind, dueAt: r.due_at, dueDate: r.due_date, status: r.status,
      reason: renderReason(why, settings.locale(), localDate(ctx.clock.now(), tz())), why, createdBy: r.created_by, completedBy: r.completed_by,
      completedAt: r.completed_at, dealId: (r as KeyedRow).deal_id ?? null, snoozedUntil: (r as KeyedRow).snoozed_until ?? null,
    };
  }

  const toRef = (f: FollowUp): FollowUpRef => ({ id: f.id, kind: f.kind, dueAt: f.dueAt, dueDate: f.dueDate, reason: f.reason, why: f.why });

  /**
   * Make the contact's open check-in match its stage and last touch: create it, move it, or
   * close it (lost, deleted). Returns the open check-in afterwards, if any.
   */
  function syncCheckIn(contactId: string): FollowUp | null {
    const c = getContactRow(ctx.db, contactId);
    if (!c) return null;
    const now = ctx.nowIso();
    const open = openFollowUpsOf(ctx.db, contactId, 'check-in');
    const last = lastTouchOf(ctx.db, contactId);
    const baseAt = last?.occurred_at ?? c.created_at;
    const skipped = lastUserSkippedCheckIn(ctx.db, contactId, baseAt);
    const due = c.deleted_at ? null : nextCheckIn(baseAt, c.stage, settings.cadence(), tz(), skipped);
    const [keep, ...extra] = open;
    // A snooze holds the check-in back; the rule never pulls it earlier than the snooze.
    const snoozed = (keep as KeyedRow | undefined)?.snoozed_until;
    if (due && snoozed && snoozed > due.dueAt) {
      due.dueAt = snoozed;
      due.dueDate = localDate(snoozed, tz());
    }
    // Exactly one open check-in per contact: anything beyond the first is a leftover.
    for (const f of extra) completeFollowUp(ctx.db, f.id, 'skipped', null, now);
    let result: FollowUp | null = null;
    if (!due) {
      if (keep) completeFollowUp(ctx.db, keep.id, 'skipped', null, now);
    } else {
      const reason: Reason = {
        code: 'check-in',
        params: last
          ? { stage: c.stage, days: due.days, since: 'touch', touch: last.kind }
          : { stage: c.stage, days: due.days, since: c.source === 'card' || c.source === 'import' ? c.source : 'added' },
      };
      if (keep) {
        if (keep.due_at !== due.dueAt || keep.reason !== JSON.stringify(reason)) {
          rescheduleFollowUp(ctx.db, keep.id, due.dueAt, due.dueDate, reason, now);
        }
        result = toFollowUp({ ...keep, due_at: due.dueAt, due_date: due.dueDate, reason: JSON.stringify(reason) });
      } else {
        const id = uuidv7(ctx.clock.now());
        insertFollowUp(ctx.db, { id, contactId, kind: 'check-in', dueAt: due.dueAt, dueDate: due.dueDate, reason, createdBy: 'rule', at: now });
        result = toFollowUp(openFollowUpsOf(ctx.db, contactId, 'check-in')[0]!);
      }
    }
    for (const hook of contactHooks) hook(contactId);
    refreshNextDue(contactId);
    return result;
  }

  function refreshNextDue(contactId: string): void {
    updateNextDue(ctx.db, contactId, earliestOpenDue(ctx.db, contactId));
  }

  function nextFollowUpOf(contactId: string): FollowUpRef | null {
    const first = openFollowUpsOf(ctx.db, contactId)[0];
    return first ? toRef(toFollowUp(first)) : null;
  }

  /**
   * Today's agenda, a page per bucket with each bucket's full count: overdue (the most recently
   * due `limits.overdue`), due today (the first `limits.today`) and due in the next `days` days
   * (the earliest `limits.upcoming`). Open complaint responses always come, beyond any page. A
   * long backlog must not bury today's work, and a busy day at 100k (thousands of follow-ups)
   * must not cost Today its 30 ms: the renderer asks for bigger pages when the user wants more.
   */
  function today(date: string | undefined, days: number, limits: { overdue: number; today: number; upcoming: number }): TodayResult {
    const day = date ?? localDate(ctx.clock.now(), tz());
    const locale = settings.locale();
    const late = overdue(ctx.db, day, limits.overdue);
    const current = agendaRange(ctx.db, day, day, limits.today);
    const soon = days > 0 ? agendaRange(ctx.db, addDays(day, 1), addDays(day, days), limits.upcoming) : { rows: [], total: 0 };
    const seen = new Set<string>();
    const rows = [...late.rows, ...current.rows, ...soon.rows];
    for (const r of rows) seen.add(r.id);
    const until = days > 0 ? addDays(day, days) : day;
    const urgent = openComplaintResponses(ctx.db, until).filter((r) => !seen.has(r.id));
    const all = [...urgent, ...rows].map((r): TodayItem => {
      const why = parseReason(r.reason);
      const bucket: TodayBucket = r.due_date < day ? 'overdue' : r.due_date === day ? 'today' : 'upcoming';
      return {
        followUpId: r.id, contactId: r.contact_id, name: r.name, company: r.company, stage: r.stage, kind: r.kind,
        dueAt: r.due_at, dueDate: r.due_date, reason: renderReason(why, locale, day), why, bucket,
        // Present only when they say something, so plain items keep their original shape.
        ...(r.kind === 'complaint-response' ? { priority: 'urgent' as const } : {}),
      };
    });
    return { date: day, items: mergeVisits(all), counts: { overdue: late.total, today: current.total, upcoming: soon.total } };
  }

  return { syncCheckIn, refreshNextDue, nextFollowUpOf, today, toFollowUp, onContactSync };
}

export type ScheduleService = ReturnType<typeof createScheduleService>;

/**
 * One visit per person and day (DESIGN §1 Not too much): several follow-ups due for the same
 * contact on the same date become one item carrying every reason, led by the most urgent one.
 * Urgent items (complaint responses) go first in the whole list; otherwise the order is kept.
 */
export function mergeVisits(items: TodayItem[]): TodayItem[] {
  // A verification rides along with whatever else brings the person up that day ("while you
  // call about the renewal, ask for the new e-mail"), so it never leads a merged visit.
  const rank = (i: TodayItem) => (i.priority === 'urgent' ? 0 : i.kind === 'verification' ? 3 : i.kind === 'check-in' ? 2 : 1);
  const groups = new Map<string, TodayItem[]>();
  for (const i of items) {
    const k = `${i.contactId} ${i.dueDate}`;
    const g = groups.get(k);
    if (g) g.push(i);
    else groups.set(k, [i]);
  }
  const merged = [...groups.values()].map((g) => {
    const [lead, ...rest] = [...g].sort((a, b) => rank(a) - rank(b));
    if (!rest.length) return lead!;
    return { ...lead!, also: rest.map((r) => ({ followUpId: r.followUpId, kind: r.kind, reason: r.reason, why: r.why })) };
  });
  const urgent = merged.filter((i) => i.priority === 'urgent');
  return [...urgent, ...merged.filter((i) => i.priority !== 'urgent')];
}
