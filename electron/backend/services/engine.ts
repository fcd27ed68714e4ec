// The engine's daily pass. Most rules re-sync when something is written (a touch, a deal, a
// contact edit); a few change only because days pass — a birthday goes by, a referral ask's
// warmth runs out or its 90-day gap ends, someone falls silent long enough to be dormant. Those
// are brought up to date once per local day, before Today is read, in one transaction. Points
// go stale the same way, so the day's verification follow-ups are made here too.
import { REFERRAL_WARM_DAYS } from '../../../shared/rules/referral.js';
import { addDays, localDate } from '../../../shared/rules/time.js';
import { datesToRoll } from '../db/dates-repo.js';
import { birthdaysToRoll, openReferralAskContacts, referralAskCandidates } from '../db/engine-repo.js';
import { readSetting, writeSetting } from '../db/settings-repo.js';
import type { Context } from '../context.js';
import type { LifecycleService } from './lifecycle.js';
import type { ReferralsService } from './referrals.js';
import type { RemindersService } from './reminders.js';
import type { ScheduleService } from './schedule.js';
import type { SettingsService } from './settings.js';
import type { VerificationService } from './verification.js';

const SWEPT_KEY = 'engineSweptOn';

export function createEngineService(
  ctx: Context, settings: SettingsService, schedule: ScheduleService, reminders: RemindersService, referrals: ReferralsService,
  lifecycle: LifecycleService, verification: VerificationService,
) {
  /** Run the daily pass if it has not run for today (local date of the clock). Returns whether it ran. */
  function sweep(force = false): boolean {
    const today = localDate(ctx.clock.now(), settings.get().timeZone);
    if (!force && readSetting<string>(ctx.db, SWEPT_KEY) === today) return false;
    ctx.db.transaction(() => {
      for (const id of birthdaysToRoll(ctx.db, today)) {
        reminders.syncBirthday(id);
        schedule.refreshNextDue(id);
      }
      for (const id of datesToRoll(ctx.db, today)) {
        reminders.syncDates(id);
        schedule.refreshNextDue(id);
      }
      // Open asks first (moved or withdrawn as the facts say; not new, so not counted), then new
      // ones up to the day's cap, best candidates first; the rest wait for a later day. A warm
      // moment counts for 30 days; a day's margin covers the UTC timestamps vs local dates.
      for (const id of openReferralAskContacts(ctx.db)) {
        referrals.syncReferralAsk(id);
        schedule.refreshNextDue(id);
      }
      if (referrals.proposalsLeft() > 0) {
        const since = addDays(today, -REFERRAL_WARM_DAYS - 1);
        for (const id of referralAskCandidates(ctx.db, new Date(Date.parse(`${since}T00:00:00Z`)).toISOString(), since)) {
          if (referrals.syncReferralAsk(id)) schedule.refreshNextDue(id);
          if (referrals.proposalsLeft() <= 0) break;
        }
      }
      lifecycle.autoApply();
      // Stale and obsolete points: a few verification follow-ups a day, oldest problems first.
      verification.sweep(today);
      writeSetting(ctx.db, SWEPT_KEY, today);
    })();
    return true;
  }

  return { sweep };
}

export type EngineService = ReturnType<typeof createEngineService>;
