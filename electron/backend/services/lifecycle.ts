// Lifecycle suggestions (DESIGN §4 Lifecycle): new → active, → loyal, → dormant, from the pure
// rule shared/rules/lifecycle.ts. Each is accepted or dismissed by the user, or applied by rule
// when `autoApplyLifecycle` is on; every applied one goes into stage history with its reason.
import type { Stage } from '../../../shared/domain/enums.js';
import type { Contact, LifecycleSuggestionItem } from '../../../shared/domain/types.js';
import { AppError } from '../../../shared/errors.js';
import { renderReason, type Reason } from '../../../shared/i18n/reasons.js';
import { lifecycleSuggestion } from '../../../shared/rules/lifecycle.js';
import { localDate } from '../../../shared/rules/time.js';
import { dismiss as dismissRow, dismissals, lifecycleRows, type LifecycleRow } from '../db/engine-repo.js';
import { writeCount } from '../db/statements.js';
import type { Context } from '../context.js';
import type { ContactsService } from './contacts.js';
import type { SettingsService } from './settings.js';

export function createLifecycleService(ctx: Context, settings: SettingsService, contacts: ContactsService) {
  const db = ctx.db;
  const tz = () => settings.get().timeZone;
  const today = () => localDate(ctx.clock.now(), tz());

  function suggestionOf(r: LifecycleRow, date: string): LifecycleSuggestionItem | null {
    const s = lifecycleSuggestion({
      stage: r.stage, firstWonOn: r.first_won, wonCount: r.won, referralsGiven: r.referrals, lastTouchOn: localDate(r.last_at, tz()),
    }, date, settings.get().dormantAfterDays);
    if (!s) return null;
    const why: Reason = { code: 'lifecycle', params: { from: r.stage, to: s.to, rule: s.rule, ...(s.days !== undefined ? { days: s.days } : {}) } };
    return { contactId: r.id, name: r.name, from: r.stage, to: s.to, reason: renderReason(why, settings.locale()), why };
  }

  // The whole book's suggestions take over a second at 100k contacts and Today asks at every start;
  // they are kept for the day until the next write to the book (settings included).
  let cached: { key: string; items: LifecycleSuggestionItem[] } | null = null;

  /** Open suggestions as of `date`; a dismissed one stays hidden until the stage changes again. */
  function list(date?: string, contactId?: string): { date: string; items: LifecycleSuggestionItem[] } {
    const day = date ?? today();
    if (contactId) return { date: day, items: scan(day, contactId) };
    const key = `${day} ${writeCount(db)} ${settings.locale()}`;
    if (cached?.key !== key) cached = { key, items: scan(day) };
    return { date: day, items: cached.items };
  }

  function scan(day: string, contactId?: string): LifecycleSuggestionItem[] {
    const hidden = dismissals(db);
    const items: LifecycleSuggestionItem[] = [];
    if (contactId) contacts.requireRow(contactId);
    for (const r of contactId ? lifecycleRows(db, contactId) : lifecycleRows(db)) {
      const s = suggestionOf(r, day);
      if (!s) continue;
      const dismissedAt = hidden.get(`${r.id} ${s.to}`);
      if (dismissedAt && dismissedAt >= r.stage_changed_at) continue;
      items.push(s);
    }
    return items;
  }

  function accept(contactId: string, to: Stage): Contact {
    const r = lifecycleRows(db, contacts.requireRow(contactId).id)[0];
    const s = r ? suggestionOf(r, today()) : null;
    if (!s || s.to !== to) throw new AppError('conflict', `There is no suggestion to move this contact to ${to}; use contacts.setStage to change it by hand.`);
    return contacts.setStage(contactId, to, s.why, 'rule');
  }

  function dismiss(contactId: string, to: Stage): { contactId: string; to: Stage } {
    contacts.requireRow(contactId);
    dismissRow(db, contactId, to, ctx.nowIso());
    return { contactId, to };
  }

  /** The daily pass with `autoApplyLifecycle` on: apply every suggestion, each with its reason. */
  function autoApply(): number {
    if (!settings.get().autoApplyLifecycle) return 0;
    const { items } = list();
    for (const s of items) contacts.setStage(s.contactId, s.to, s.why, 'rule');
    return items.length;
  }

  return { list, accept, dismiss, autoApply };
}

export type LifecycleService = ReturnType<typeof createLifecycleService>;
