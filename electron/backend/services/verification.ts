// Verification follow-ups (DESIGN §4 Freshness): a stale or obsolete phone/e-mail → one
// `verification` follow-up per person, saying which point, through which channel and with what
// ask (shared/rules/verification.ts). Kept from flooding Today:
//   - only the daily pass creates them, at most `verificationsPerDay` a day, oldest problem first
//     (an imported phone book full of dead 017 numbers becomes a steady trickle, not a wall);
//   - each is due on the day of the person's next follow-up when that is within a week, so it
//     joins that visit (Today merges one person's follow-ups of a day into one item), else today.
// Closed when a touch verifies a point (done, by that touch), or done by rule when the problem is
// gone — the person has a current mobile besides the dead one, or the point was corrected, removed
// or marked — with how it was answered kept in the task's reason (the contact's history). A problem the user handled is not raised again; re-verifying the point (then
// letting it go stale again) makes a new one.
import type { Interaction } from '../../../shared/domain/types.js';
import { DUE_HOUR } from '../../../shared/rules/cadence.js';
import { verificationPlans, verificationResolution, type VerifiablePoint, type VerificationPlan } from '../../../shared/rules/verification.js';
import { addDays, atLocalTime, localDate } from '../../../shared/rules/time.js';
import { getContactRow } from '../db/contacts-repo.js';
import { completeFollowUp, earliestOpenDue, keyHandled, openKeyed, parseReason, resolveFollowUp, type KeyedRow } from '../db/follow-ups-repo.js';
import { setCompletedFollowUp } from '../db/interactions-repo.js';
import { pointsOf } from '../db/points-repo.js';
import { verificationCandidates, withOpenVerification } from '../db/verification-repo.js';
import type { Context } from '../context.js';
import type { RemindersService, Wanted } from './reminders.js';
import type { ScheduleService } from './schedule.js';
import type { SettingsService } from './settings.js';

const PREFIX = 'verification@';
/** A verification joins the person's next follow-up when that is at most this many days away. */
export const JOIN_WITHIN_DAYS = 7;

export function createVerificationService(ctx: Context, settings: SettingsService, schedule: ScheduleService, reminders: RemindersService) {
  const db = ctx.db;
  const tz = () => settings.get().timeZone;

  const verifiable = (contactId: string): VerifiablePoint[] => pointsOf(db, contactId).map((p) => ({
    id: p.id, kind: p.kind, value: p.raw_value, normalized: p.normalized, status: p.status, verifiedAt: p.verified_at,
  }));

  /** The first problem of this person the user has not already handled. */
  function planOf(contactId: string): VerificationPlan | null {
    return verificationPlans(verifiable(contactId), ctx.clock.now(), settings.get()).find((plan) => !keyHandled(db, contactId, plan.key)) ?? null;
  }

  const wantedOf = (plan: VerificationPlan, dueAt: string): Wanted => ({
    key: plan.key, kind: 'verification', dueAt,
    reason: { code: 'verification', params: { kind: plan.point.kind, value: plan.point.value, problem: plan.problem, prefix: plan.prefix, via: plan.via, offer: plan.offer } },
  });

  /** Keep an open verification true to the facts (contact hook): follow the problem, or close it. Never creates one. */
  function sync(contactId: string): void {
    const open = openKeyed(db, contactId, PREFIX);
    if (!open.length) return;
    const c = getContactRow(db, contactId);
    const live = c && !c.deleted_at && c.stage !== 'lost';
    const plan = live ? planOf(contactId) : null;
    // A task whose problem the user fixed (a new 010 mobile, the point corrected, removed or marked)
    // is done, saying how; syncKeyed then withdraws whatever else is no longer wanted (skipped).
    if (live) {
      const points = verifiable(contactId);
      for (const f of open) {
        if (f.rule_key === plan?.key) continue;
        const resolved = verificationResolution(f.rule_key!, points, ctx.clock.now(), settings.get());
        const reason = parseReason(f.reason);
        if (resolved && reason.code === 'verification') resolveFollowUp(db, f.id, { ...reason, params: { ...reason.params, resolved } }, ctx.nowIso());
      }
    }
    reminders.syncKeyed(contactId, PREFIX, plan ? [wantedOf(plan, open[0]!.due_at)] : []);
  }

  /** Where a new verification goes: with the person's next follow-up if it is near, else today at 09:00. */
  function dueFor(contactId: string, today: string): string {
    const next = earliestOpenDue(db, contactId);
    const todayAt = atLocalTime(today, DUE_HOUR, 0, tz());
    if (next && localDate(next, tz()) >= today && localDate(next, tz()) <= addDays(today, JOIN_WITHIN_DAYS)) {
      return atLocalTime(localDate(next, tz()), DUE_HOUR, 0, tz());
    }
    return todayAt;
  }

  /** The daily pass: bring open ones up to date, then create up to the day's cap, oldest problem first. */
  function sweep(today: string): void {
    for (const id of withOpenVerification(db)) sync(id);
    const cap = settings.get().verificationsPerDay;
    if (cap <= 0) return;
    const staleBefore = new Date(ctx.clock.now() - settings.get().staleAfterDays * 86_400_000).toISOString();
    let created = 0;
    for (const id of verificationCandidates(db, staleBefore, cap * 4)) {
      if (created >= cap) break;
      const plan = planOf(id);
      if (!plan) continue;
      reminders.syncKeyed(id, PREFIX, [wantedOf(plan, dueFor(id, today))]);
      schedule.refreshNextDue(id);
      created++;
    }
  }

  /** A touch that verified a point answers the person's open verification. */
  function afterTouch(i: Interaction): void {
    if (!i.verifiedPointIds.length) return;
    for (const f of openKeyed(db, i.contactId, PREFIX) as KeyedRow[]) {
      completeFollowUp(db, f.id, 'done', i.id, ctx.nowIso());
      if (!i.completedFollowUpId) {
        setCompletedFollowUp(db, i.id, f.id);
        i.completedFollowUpId = f.id;
      }
    }
  }

  return { sync, sweep, afterTouch, planOf };
}

export type VerificationService = ReturnType<typeof createVerificationService>;
