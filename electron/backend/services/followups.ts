// Follow-ups by hand (issue 4 §7): list, snooze, skip — and the calendar export (§9). A skipped
// follow-up keeps its record; a skipped check-in lets the cadence continue from the last real
// touch (schedule.syncCheckIn steps past the skipped date).
import type { FollowUp } from '../../../shared/domain/types.js';
import { AppError } from '../../../shared/errors.js';
import { buildIcs, type IcsEvent } from '../../../shared/ics.js';
import { FOLLOW_UP_LABELS } from '../../../shared/i18n/labels.js';
import { DUE_HOUR } from '../../../shared/rules/cadence.js';
import { avoidQuietHours } from '../../../shared/rules/limits.js';
import { addDays, atLocalTime, localDate } from '../../../shared/rules/time.js';
import { followUpsOf, getFollowUp, getKeyed, openBetween, openFollowUpsOf, reopenFollowUp, skipFollowUp, snoozeFollowUp, unsnoozeFollowUp, type KeyedRow } from '../db/follow-ups-repo.js';
import type { Context } from '../context.js';
import type { ContactsService } from './contacts.js';
import type { ScheduleService } from './schedule.js';
import type { SettingsService } from './settings.js';

export function createFollowUpsService(ctx: Context, settings: SettingsService, contacts: ContactsService, schedule: ScheduleService) {
  const db = ctx.db;
  const tz = () => settings.get().timeZone;

  function list(contactId: string, all: boolean): { items: FollowUp[] } {
    contacts.requireRow(contactId);
    const rows = all ? followUpsOf(db, contactId, 1000) : openFollowUpsOf(db, contactId);
    return { items: rows.map(schedule.toFollowUp) };
  }

  function requireOpen(id: string) {
    const f = getKeyed(db, id);
    if (!f) throw new AppError('not-found', `No follow-up with id ${id}`);
    if (f.status !== 'open') throw new AppError('conflict', 'That follow-up is no longer open.');
    return f;
  }

  /** Move a follow-up later: a date means 09:00 that day; a time in quiet hours moves to 09:00. */
  function snooze(id: string, until: string): FollowUp {
    return db.transaction(() => {
      const f = requireOpen(id);
      const at = until.length === 10 ? atLocalTime(until, DUE_HOUR, 0, tz()) : avoidQuietHours(new Date(until).toISOString(), tz(), 'later');
      if (at <= ctx.nowIso()) throw new AppError('invalid-input', 'until: must be in the future', [{ path: 'until', message: 'must be in the future' }]);
      snoozeFollowUp(db, id, at, localDate(at, tz()), ctx.nowIso());
      schedule.refreshNextDue(f.contact_id);
      return schedule.toFollowUp(getFollowUp(db, id)!);
    })();
  }

  /**
   * Undo a snooze or a reschedule the user just made (the toast's Undo): due again when it was,
   * however long ago that is — an overdue follow-up snoozed by mistake is overdue again — and no
   * snooze holds it any more (the rules may move it as they would have without the snooze).
   */
  function unsnooze(id: string, dueAt: string): FollowUp {
    return db.transaction(() => {
      const f = requireOpen(id);
      const at = new Date(dueAt).toISOString();
      unsnoozeFollowUp(db, id, at, localDate(at, tz()), ctx.nowIso());
      schedule.refreshNextDue(f.contact_id);
      return schedule.toFollowUp(getFollowUp(db, id)!);
    })();
  }

  function skip(id: string): { skipped: FollowUp; next: FollowUp | null } {
    return db.transaction(() => {
      const f = requireOpen(id);
      skipFollowUp(db, id, 'user', ctx.nowIso());
      // Re-sync the contact: a skipped check-in is followed by the next step of the cadence.
      const checkIn = schedule.syncCheckIn(f.contact_id);
      const next = f.kind === 'check-in' ? checkIn : null;
      return { skipped: schedule.toFollowUp(getFollowUp(db, id)!), next };
    })();
  }

  /**
   * Undo a skip the user just made (the toast's Undo). What the skip made happen is withdrawn
   * (by rule) first — the cadence's next check-in, next year's birthday — so the contact is back
   * as it was: one open check-in, one reminder per key. A rule reminder comes back under its own
   * key, which the user's skip had kept the rules from re-creating.
   */
  function unskip(id: string): FollowUp {
    return db.transaction(() => {
      const f = getKeyed(db, id);
      if (!f) throw new AppError('not-found', `No follow-up with id ${id}`);
      if (f.status !== 'skipped' || f.skipped_by !== 'user') throw new AppError('conflict', 'That follow-up was not skipped by hand.');
      const now = ctx.nowIso();
      const madeBySkip = openFollowUpsOf(db, f.contact_id, f.kind).filter((o) => o.created_at >= f.completed_at!);
      for (const o of madeBySkip) skipFollowUp(db, o.id, 'rule', now);
      if (f.rule_key && openFollowUpsOf(db, f.contact_id, f.kind).some((o) => (o as KeyedRow).rule_key === f.rule_key)) {
        throw new AppError('conflict', 'That reminder is open again already.');
      }
      reopenFollowUp(db, id, now);
      if (f.kind === 'check-in') schedule.syncCheckIn(f.contact_id);
      else schedule.refreshNextDue(f.contact_id);
      return schedule.toFollowUp(getFollowUp(db, id)!);
    })();
  }

  /** Open follow-ups due from today (overdue included, as of today) to `days` ahead, as iCalendar. */
  function ics(days: number): { ics: string; count: number } {
    const today = localDate(ctx.clock.now(), tz());
    const locale = settings.locale();
    const rows = openBetween(db, '0000-01-01', addDays(today, days));
    const events: IcsEvent[] = rows.map((r) => ({
      uid: `${r.id}@inyeon`,
      start: r.due_at,
      minutes: 30,
      summary: `${r.name} — ${FOLLOW_UP_LABELS[locale][r.kind]}`,
      description: schedule.toFollowUp(r).reason,
      updatedAt: r.updated_at,
    }));
    return { ics: buildIcs(events, ctx.nowIso()), count: events.length };
  }

  return { list, snooze, unsnooze, skip, unskip, ics };
}

export type FollowUpsService = ReturnType<typeof createFollowUpsService>;
