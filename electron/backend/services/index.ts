// Wiring of the services; the order follows their dependencies.
import type { Context } from '../context.js';
import { createCaptureService } from './capture.js';
import { createCaptureDraftsService } from './capture-drafts.js';
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
import { createConsentsService } from './consents.js';
import { createDigestService } from './digest.js';
import { createMarketingService } from './marketing.js';
import { createVerificationService } from './verification.js';
import { createMergeService } from './merge.js';
import { createImportWriter } from './import-writer.js';
import { createImportService } from './import.js';
import { createBookScans, type ScanMode } from '../scans/book-scans.js';
import { createDuplicatesService } from './duplicates.js';
import { createRecognizeService } from './recognize.js';
import { stmt } from '../db/statements.js';
import type { Stage } from '../../../shared/domain/enums.js';
import { type BookHost, createBackupService } from '../backup/service.js';
import { createSecurityService } from '../crypt/service.js';

/**
 * `integrity` reads quick_check's current verdict ('pending' while it runs in the background);
 * `host` is the backend that owns the book file (backup needs it to swap the book on restore).
 */
export function createServices(ctx: Context, integrity: () => string, host: BookHost, opts: { scans?: ScanMode } = {}) {
  // Whole-book read-only scans (duplicate pairs, lifecycle suggestions): a worker thread on a large book.
  const scans = createBookScans(ctx.db, ctx.dataPath, host.access, opts.scans);
  // Settings need the scheduler (a cadence change moves open check-ins) and the scheduler
  // needs settings; the callback closes the loop without a module cycle.
  const settings = createSettingsService(ctx, (stages: Stage[]) => {
    const ids = stmt<[string], { id: string }>(ctx.db,
      `SELECT id FROM contacts WHERE deleted_at IS NULL AND stage IN (SELECT value FROM json_each(?))`).all(JSON.stringify(stages));
    for (const { id } of ids) schedule.syncCheckIn(id);
  });
  const schedule = createScheduleService(ctx, settings);
  const contacts = createContactsService(ctx, settings, schedule);
  const marketing = createMarketingService(ctx, settings);
  const reminders = createRemindersService(ctx, settings, schedule, marketing);
  const referrals = createReferralsService(ctx, settings, contacts, schedule, reminders, marketing);
  const verification = createVerificationService(ctx, settings, schedule, reminders);
  // Every contact sync (add, edit, touch, stage, restore) brings these rule families along.
  schedule.onContactSync((id) => {
    reminders.syncDealsOf(id); // a lost or trashed contact's contract reminders close
    reminders.syncBirthday(id);
    reminders.syncDates(id);
    referrals.syncReferralAsk(id); // last: it makes way for birthdays and dates under the marketing limit
    verification.sync(id);
  });
  const touches = createTouchesService(ctx, contacts, schedule, reminders, marketing, verification);
  const deals = createDealsService(ctx, settings, contacts, schedule, reminders);
  const lifecycle = createLifecycleService(ctx, settings, contacts, scans);
  const followUps = createFollowUpsService(ctx, settings, contacts, schedule);
  const engine = createEngineService(ctx, settings, schedule, reminders, referrals, lifecycle, verification);
  const consents = createConsentsService(ctx, contacts, schedule);
  const digest = createDigestService(ctx, settings);
  const sample = createSampleService(ctx, contacts, touches, referrals);
  const system = createSystemService(ctx, integrity);
  const backup = createBackupService(ctx, () => settings.get().timeZone, host);
  // Encryption at rest (issue 8): swaps the book through the same host as restore.
  const security = createSecurityService(ctx, host);
  // Saving a reviewed card (issue 6); the CLI's `capture --save` uses this too.
  const capture = createCaptureService(ctx, settings, contacts, schedule);
  // Cards read but not saved yet, kept across reloads and restarts.
  const captureDrafts = createCaptureDraftsService(ctx);
  // Reading card images (OCR, issue 6): one tesseract worker, started on the first card.
  const recognizer = createRecognizeService(ctx);
  const merge = createMergeService(ctx, contacts, schedule);
  const imports = createImportService(ctx, createImportWriter(ctx, settings, schedule, merge), merge);
  const duplicates = createDuplicatesService(ctx, merge, scans);
  return {
    settings, schedule, contacts, touches, sample, system, reminders, referrals, deals, lifecycle, followUps, engine,
    backup, security,
    capture, captureDrafts, recognizer,
    marketing, verification, consents, digest,
    merge, imports, duplicates, scans,
  };
}

export type Services = ReturnType<typeof createServices>;
