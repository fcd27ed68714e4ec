// Dated reminders and complaints (DESIGN §4 Dates, Complaint). One sync function per rule
// family, each called inside the writing transaction, like schedule.syncCheckIn:
//   syncDeal      — renewal/expiry 60 and 30 days ahead, persistency in months 13 and 25
//   syncBirthday  — 3 days ahead, one open per contact, rolled to next year once handled or past
//   complaints    — a complaint opens a response due within 24 h; a later touch resolves it
// Rule-made follow-ups carry a key (`deal:<id>:renewal-60@2027-05-01`, `birthday@2026-05-02`):
// at most one open per contact and key, and a key the user already handled is never re-created.
import type { FollowUpKind } from '../../../shared/domain/enums.js';
import type { ContactDate, Deal, FollowUp, Interaction } from '../../../shared/domain/types.js';
import { AppError } from '../../../shared/errors.js';
import type { Reason } from '../../../shared/i18n/reasons.js';
import { DUE_HOUR } from '../../../shared/rules/cadence.js';
import { birthdayReminder, dealMilestones, type DealMilestone } from '../../../shared/rules/dates.js';
import { avoidQuietHours, MARKETING_KINDS } from '../../../shared/rules/limits.js';
import { atLocalTime, localDate } from '../../../shared/rules/time.js';
import { uuidv7 } from '../../../shared/uuid.js';
import { getContactRow } from '../db/contacts-repo.js';
import { datesOf, getDate, insertDate, removeDate as removeDateRow } from '../db/dates-repo.js';
import { dealsOf } from '../db/deals-repo.js';
import {
  completeFollowUp, insertKeyedFollowUp, keyHandled, lastHandledKey, openKeyed, rescheduleFollowUp, skipFollowUp, type KeyedRow,
} from '../db/follow-ups-repo.js';
import { setCompletedFollowUp } from '../db/interactions-repo.js';
import type { DB } from '../db/statements.js';
import type { Context } from '../context.js';
import type { ScheduleService } from './schedule.js';
import type { SettingsService } from './settings.js';
import { isOpenOf, type MarketingService } from './marketing.js';

export interface Wanted {
  key: string;
  kind: FollowUpKind;
  dueAt: string;
  reason: Reason;
  dealId?: string | null;
}

export function createRemindersService(ctx: Context, settings: SettingsService, schedule: ScheduleService, marketing: MarketingService) {
  const db: DB = ctx.db;
  const tz = () => settings.get().timeZone;
  const today = () => localDate(ctx.clock.now(), tz());
  const at9 = (date: string) => atLocalTime(date, DUE_HOUR, 0, tz());

  /**
   * Make the contact's open follow-ups under `prefix` exactly `wanted`: move the ones that
   * moved (never earlier than a snooze), close by rule the ones no longer wanted, create the
   * missing ones — unless the user already handled that key.
   */
  function syncKeyed(contactId: string, prefix: string, wanted: Wanted[]): void {
    const now = ctx.nowIso();
    const open = new Map(openKeyed(db, contactId, prefix).map((r) => [r.rule_key!, r]));
    const keys = new Set(wanted.map((w) => w.key));
    for (const [key, row] of open) if (!keys.has(key)) skipFollowUp(db, row.id, 'rule', now);
    for (const w of wanted) {
      const row = open.get(w.key);
      const held = row?.snoozed_until && row.snoozed_until > w.dueAt ? row.snoozed_until : w.dueAt;
      // Marketing never lands in the 21:00–08:00 quiet hours, even when snoozed there.
      const dueAt = MARKETING_KINDS.has(w.kind) ? avoidQuietHours(held, tz()) : held;
      const dueDate = localDate(dueAt, tz());
      if (row) {
        if (row.due_at !== dueAt || row.reason !== JSON.stringify(w.reason)) rescheduleFollowUp(db, row.id, dueAt, dueDate, w.reason, now);
      } else if (!keyHandled(db, contactId, w.key)) {
        insertKeyedFollowUp(db, {
          id: uuidv7(ctx.clock.now()), contactId, kind: w.kind, dueAt, dueDate, reason: w.reason, key: w.key, dealId: w.dealId ?? null, at: now,
        });
      }
    }
  }

  const openComplaints = (contactId: string): KeyedRow[] => openKeyed(db, contactId, 'complaint@');
  const hasOpenComplaint = (contactId: string): boolean => openComplaints(contactId).length > 0;
  /** The open complaint response (one per person), for saying what comes next after a touch. */
  const openComplaintResponse = (contactId: string): FollowUp | null => {
    const row = openComplaints(contactId)[0];
    return row ? schedule.toFollowUp(row) : null;
  };

  // ── deals ──────────────────────────────────────────────────────────────────────────────────

  function milestoneReason(deal: Deal, m: DealMilestone): Reason {
    if (m.kind === 'persistency') return { code: 'persistency', params: { deal: deal.title, month: m.lead, signedOn: m.on, offer: 'coverage-review' } };
    // Sixty days ahead there is time to review and upgrade; thirty days ahead, keep the contract.
    const offer = m.kind === 'renewal' ? (m.lead >= 60 ? 'upgrade' : 'renewal-review') : 'retention';
    return { code: m.kind, params: { deal: deal.title, on: m.on, daysBefore: m.lead, offer } };
  }

  function syncDeal(deal: Deal): void {
    const c = getContactRow(db, deal.contactId);
    const live = c && !c.deleted_at && c.stage !== 'lost';
    const wanted = live ? dealMilestones(deal, today()).map((m): Wanted => ({
      key: `deal:${deal.id}:${m.key}`, kind: m.kind, dueAt: at9(m.remindOn), reason: milestoneReason(deal, m), dealId: deal.id,
    })) : [];
    syncKeyed(deal.contactId, `deal:${deal.id}:`, wanted);
  }

  const syncDealsOf = (contactId: string): void => { for (const d of dealsOf(db, contactId)) syncDeal(d); };

  // ── birthdays ──────────────────────────────────────────────────────────────────────────────

  /** The last celebration whose reminder was done or skipped (so it is not offered again). */
  function lastHandledBirthday(contactId: string): string | null {
    const k = lastHandledKey(db, contactId, 'birthday@');
    return k ? k.slice('birthday@'.length) : null;
  }

  function syncBirthday(contactId: string): void {
    const c = getContactRow(db, contactId);
    // A gift coupon is marketing: withheld while a complaint is open (it returns once resolved).
    const live = c && !c.deleted_at && c.stage !== 'lost' && c.birthday && !hasOpenComplaint(contactId);
    const r = live ? birthdayReminder(c.birthday!, today(), lastHandledBirthday(contactId)) : null;
    // Within the marketing limit: from 3 days ahead up to the day itself, else not this year.
    // Birthdays come first; anniversaries and referral asks make way for them.
    const day = r ? marketing.place(contactId, r.remindOn, r.on, isOpenOf(['birthday@', 'date:', 'referral-ask@'])) : null;
    syncKeyed(contactId, 'birthday@', r && day ? [{
      key: `birthday@${r.on}`, kind: 'birthday', dueAt: at9(day),
      reason: { code: 'birthday', params: { on: r.on, offer: 'gift-coupon', via: marketing.via(contactId, at9(day)) } },
    }] : []);
  }

  // ── other yearly dates ────────────────────────────────────────────────────────────────────

  /** Anniversaries and custom dates: 3 days ahead like a birthday, each date its own series. */
  function syncDates(contactId: string): void {
    const c = getContactRow(db, contactId);
    const live = c && !c.deleted_at && c.stage !== 'lost' && !hasOpenComplaint(contactId);
    const dates = datesOf(db, contactId);
    const wanted: Wanted[] = [];
    for (const d of live ? dates : []) {
      const prefix = `date:${d.id}@`;
      const handled = lastHandledKey(db, contactId, prefix);
      const r = birthdayReminder(d.date, today(), handled ? handled.slice(prefix.length) : null);
      const day = r ? marketing.place(contactId, r.remindOn, r.on, isOpenOf(['date:', 'referral-ask@']), wanted.map((w) => localDate(w.dueAt, tz()))) : null;
      if (r && day) {
        wanted.push({
          key: `${prefix}${r.on}`, kind: 'date', dueAt: at9(day),
          reason: { code: 'date', params: { label: d.label, kind: d.kind, on: r.on, offer: 'gift-coupon', via: marketing.via(contactId, at9(day)) } },
        });
      }
    }
    syncKeyed(contactId, 'date:', wanted);
  }

  function addDate(d: { contactId: string; label: string; date: string; kind: ContactDate['kind'] }): ContactDate {
    return db.transaction(() => {
      const c = getContactRow(db, d.contactId);
      if (!c) throw new AppError('not-found', `No contact with id ${d.contactId}`);
      if (c.deleted_at) throw new AppError('conflict', 'This contact is in the trash; restore it first.');
      const row: ContactDate = { id: uuidv7(ctx.clock.now()), contactId: d.contactId, kind: d.kind, label: d.label, date: d.date, createdAt: ctx.nowIso() };
      insertDate(db, row);
      syncDates(d.contactId);
      schedule.refreshNextDue(d.contactId);
      return row;
    })();
  }

  function listDates(contactId: string): { items: ContactDate[] } {
    if (!getContactRow(db, contactId)) throw new AppError('not-found', `No contact with id ${contactId}`);
    return { items: datesOf(db, contactId) };
  }

  function removeDate(id: string): { id: string } {
    return db.transaction(() => {
      const d = getDate(db, id);
      if (!d) throw new AppError('not-found', `No date with id ${id}`);
      removeDateRow(db, id, ctx.nowIso());
      syncDates(d.contactId);
      schedule.refreshNextDue(d.contactId);
      return { id };
    })();
  }

  // ── complaints ─────────────────────────────────────────────────────────────────────────────

  /**
   * After a touch: a complaint opens one response task due within 24 hours (kept out of the
   * night, earlier rather than later); a later real touch that is not a complaint resolves it.
   */
  function afterTouch(i: Interaction): FollowUp | null {
    if (i.kind === 'note') return null;
    const open = openComplaints(i.contactId);
    if (i.outcome === 'complaint') {
      if (open.length) return null; // one open response per person: it answers every complaint
      const dueAt = avoidQuietHours(new Date(Date.parse(i.occurredAt) + 86_400_000).toISOString(), tz(), 'earlier');
      const id = uuidv7(ctx.clock.now());
      insertKeyedFollowUp(db, {
        id, contactId: i.contactId, kind: 'complaint-response', dueAt, dueDate: localDate(dueAt, tz()),
        reason: { code: 'complaint', params: { at: i.occurredAt, summary: i.summary ? i.summary.slice(0, 120) : null } },
        key: `complaint@${i.id}`, dealId: null, at: ctx.nowIso(),
      });
      return null;
    }
    let resolved: FollowUp | null = null;
    for (const f of open) {
      const raised = (JSON.parse(f.reason) as { params: { at: string } }).params.at;
      if (i.occurredAt <= raised) continue;
      completeFollowUp(db, f.id, 'done', i.id, ctx.nowIso());
      if (!i.completedFollowUpId) {
        setCompletedFollowUp(db, i.id, f.id);
        i.completedFollowUpId = f.id;
      }
      resolved = schedule.toFollowUp({ ...f, status: 'done', completed_by: i.id, completed_at: ctx.nowIso() });
    }
    return resolved;
  }

  return { syncKeyed, syncDeal, syncDealsOf, syncBirthday, syncDates, addDate, listDates, removeDate, afterTouch, hasOpenComplaint, openComplaintResponse, today };
}

export type RemindersService = ReturnType<typeof createRemindersService>;
