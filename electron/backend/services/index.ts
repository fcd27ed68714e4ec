// Wiring of the services; the order follows their dependencies.
import type { Context } from '../context.js';
import { createContactsService } from './contacts.js';
import { createSampleService } from './sample.js';
import { createScheduleService } from './schedule.js';
import { createSettingsService } from './settings.js';
import { createSystemService } from './system.js';
import { createTouchesService } from './touches.js';
import { createDealsService } from './deals.js';
import { createEngineService } from './engine.js';
import { createFollowUpsService } from './followups.js';
import { createLifecycleService } from './lifecycle.js';
import { createReferralsService } from './referrals.js';
import { createRemindersService } from './reminders.js';
import { createCaptureService } from './capture.js';
import { stmt } from '../db/statements.js';
import type { Stage } from '../../../shared/domain/enums.js';

/** `integrity` reads quick_check's current verdict ('pending' while it runs in the background). */
export function createServices(ctx: Context, integrity: () => string) {
  // Settings need the scheduler (a cadence change moves open check-ins) and the scheduler
  // needs settings; the callback closes the loop without a module cycle.
  const settings = createSettingsService(ctx, (stages: Stage[]) => {
    const ids = stmt<[string], { id: string }>(ctx.db,
      `SELECT id FROM contacts WHERE deleted_at IS NULL AND stage IN (SELECT value FROM json_each(?))`).all(JSON.stringify(stages));
    for (const { id } of ids) schedule.syncCheckIn(id);
  });
  const schedule = createScheduleService(ctx, settings);
  const contacts = createContactsService(ctx, settings, schedule);
  const reminders = createRemindersService(ctx, settings, schedule);
  const referrals = createReferralsService(ctx, settings, contacts, schedule, reminders);
  // Every contact sync (add, edit, touch, stage, restore) brings these rule families along.
  schedule.onContactSync((id) => {
    reminders.syncDealsOf(id); // a lost or trashed contact's contract reminders close
    reminders.syncBirthday(id);
    reminders.syncDates(id);
    referrals.syncReferralAsk(id);
  });
  const touches = createTouchesService(ctx, contacts, schedule, reminders);
  const deals = createDealsService(ctx, settings, contacts, schedule, reminders);
  const lifecycle = createLifecycleService(ctx, settings, contacts);
  const followUps = createFollowUpsService(ctx, settings, contacts, schedule);
  const engine = createEngineService(ctx, settings, schedule, reminders, referrals, lifecycle);
  const sample = createSampleService(ctx, contacts, touches);
  const system = createSystemService(ctx, integrity);
  const capture = createCaptureService(ctx);
  return { settings, schedule, contacts, touches, sample, system, reminders, referrals, deals, lifecycle, followUps, engine, capture };
}

export type Services = ReturnType<typeof createServices>;
