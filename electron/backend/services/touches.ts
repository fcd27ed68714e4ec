// Logging a touch — the closed loop (DESIGN §1, §4). In one transaction: the interaction is
// appended, the follow-up it answers is completed, the points it proved are marked verified,
// and the next check-in is scheduled from the stage's cadence.
import type { z } from 'zod';
import type { TouchDraft, TouchResult } from '../../../shared/contract/touches.js';
import { VERIFIED_VIA_BY_TOUCH, isContactTouch } from '../../../shared/domain/enums.js';
import type { FollowUp, Interaction } from '../../../shared/domain/types.js';
import { AppError } from '../../../shared/errors.js';
import { uuidv7 } from '../../../shared/uuid.js';
import { updateLastTouch } from '../db/contacts-repo.js';
import { completeFollowUp, getFollowUp, openFollowUpsOf } from '../db/follow-ups-repo.js';
import { insertInteraction, lastTouchOf, setCompletedFollowUp } from '../db/interactions-repo.js';
import { markPointVerified, pointsOf } from '../db/points-repo.js';
import type { Context } from '../context.js';
import type { ContactsService } from './contacts.js';
import { verifiedStatusAfterTouch } from './points.js';
import type { RemindersService } from './reminders.js';
import type { ScheduleService } from './schedule.js';
import type { MarketingService } from './marketing.js';
import type { VerificationService } from './verification.js';

type Draft = z.output<typeof TouchDraft>;

export function createTouchesService(
  ctx: Context, contacts: ContactsService, schedule: ScheduleService, reminders: RemindersService, marketing: MarketingService,
  verification: VerificationService,
) {
  const db = ctx.db;

  function log(d: Draft): TouchResult {
    const now = ctx.nowIso();
    const occurredAt = d.occurredAt ? new Date(d.occurredAt).toISOString() : now;
    if (Date.parse(occurredAt) > ctx.clock.now() + 60_000) {
      throw new AppError('invalid-input', 'occurredAt: a touch cannot be logged in the future', [{ path: 'occurredAt', message: 'is in the future' }]);
    }
    return ctx.db.transaction((): TouchResult => {
      const contact = contacts.requireRow(d.contactId);
      if (contact.deleted_at) throw new AppError('conflict', 'This contact is in the trash; restore it before logging a touch.');

      const points = new Map(pointsOf(db, d.contactId).map((p) => [p.id, p]));
      d.verifiedPointIds.forEach((pid, i) => {
        if (!points.has(pid)) {
          throw new AppError('invalid-input', `verifiedPointIds.${i}: not a phone or e-mail of this contact`, [{ path: `verifiedPointIds.${i}`, message: 'not a point of this contact' }]);
        }
      });
      if (d.followUpId && !isContactTouch(d.kind)) {
        throw new AppError('invalid-input', 'followUpId: a note does not complete a follow-up; log the call, meeting or message itself', [{ path: 'followUpId', message: 'a note does not complete a follow-up' }]);
      }
      const target = d.followUpId ? getFollowUp(db, d.followUpId) : undefined;
      if (d.followUpId && (!target || target.contact_id !== d.contactId)) {
        throw new AppError('invalid-input', 'followUpId: not a follow-up of this contact', [{ path: 'followUpId', message: 'not a follow-up of this contact' }]);
      }
      if (target && target.status !== 'open') {
        throw new AppError('conflict', 'That follow-up was already completed.');
      }
      // The app never sends; it blocks. A marketing touch without consent, at night, over the
      // limit or while a complaint is open is refused, naming why. Service is never blocked.
      if (d.purpose === 'marketing') marketing.assertAllowed(d.contactId, d.kind, occurredAt);

      const previous = lastTouchOf(db, d.contactId);
      const interaction: Interaction = {
        id: uuidv7(ctx.clock.now()), contactId: d.contactId, kind: d.kind, direction: d.direction, occurredAt,
        summary: d.summary, outcome: d.outcome, verifiedPointIds: d.verifiedPointIds, completedFollowUpId: null, createdAt: now,
        purpose: d.purpose,
      };
      insertInteraction(db, interaction);

      // Which follow-up this touch completes: the one it was logged against, else — for a real
      // touch that is now the latest — the open check-in it satisfies. A note completes nothing.
      let completed: FollowUp | null = null;
      const isLatest = !previous || occurredAt >= previous.occurred_at;
      const toComplete = target ?? (isContactTouch(d.kind) && isLatest ? openFollowUpsOf(db, d.contactId, 'check-in')[0] : undefined);
      if (toComplete) {
        completeFollowUp(db, toComplete.id, 'done', interaction.id, now);
        setCompletedFollowUp(db, interaction.id, toComplete.id);
        interaction.completedFollowUpId = toComplete.id;
        completed = schedule.toFollowUp(getFollowUp(db, toComplete.id)!);
      }

      const via = VERIFIED_VIA_BY_TOUCH[d.kind];
      for (const pid of d.verifiedPointIds) {
        const p = points.get(pid)!;
        // Keep the newest proof: a touch logged late must not make a point look older.
        if (!via || (p.verified_at && p.verified_at > occurredAt)) continue;
        markPointVerified(db, pid, occurredAt, via, verifiedStatusAfterTouch(p.status));
      }

      // Proving a point answers the open verification (the rule closes or re-aims it otherwise).
      if (isContactTouch(d.kind)) verification.afterTouch(interaction);

      // A complaint opens its 24-hour response; a later touch resolves an open one.
      const resolved = reminders.afterTouch(interaction);
      if (!completed && resolved) completed = resolved;

      if (isContactTouch(d.kind)) updateLastTouch(db, d.contactId, lastTouchOf(db, d.contactId)?.occurred_at ?? null);
      contacts.touchUpdatedAt(d.contactId);
      if (d.verifiedPointIds.length) contacts.refreshReach(d.contactId);
      const next = schedule.syncCheckIn(d.contactId);
      return { interaction, completed, next, urgent: reminders.openComplaintResponse(d.contactId) };
    })();
  }

  return { log };
}

export type TouchesService = ReturnType<typeof createTouchesService>;
