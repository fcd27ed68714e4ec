// Lifecycle suggestions (DESIGN §4 Lifecycle): new → active, → loyal, → dormant, from the pure
// rule shared/rules/lifecycle.ts. Each is accepted or dismissed by the user, or applied by rule
// when `autoApplyLifecycle` is on; every applied one goes into stage history with its reason.
import type { Stage } from '../../../shared/domain/enums.js';
import type { Contact, LifecycleSuggestionItem } from '../../../shared/domain/types.js';
import { AppError } from '../../../shared/errors.js';
import { localDate } from '../../../shared/rules/time.js';
import { dismiss as dismissRow, lifecycleRows } from '../db/engine-repo.js';
import type { BookScans } from '../scans/book-scans.js';
import { findLifecycleSuggestions, suggestionOf, type LifecycleScanParams } from '../scans/lifecycle-suggestions.js';
import type { Context } from '../context.js';
import type { ContactsService } from './contacts.js';
import type { SettingsService } from './settings.js';

export function createLifecycleService(ctx: Context, settings: SettingsService, contacts: ContactsService, scans: BookScans) {
  const db = ctx.db;
  const tz = () => settings.get().timeZone;
  const today = () => localDate(ctx.clock.now(), tz());

  const params = (day: string): LifecycleScanParams => {
    const { timeZone, dormantAfterDays } = settings.get();
    return { day, timeZone, dormantAfterDays, locale: settings.locale() };
  };

  /**
   * Open suggestions as of `date`; a dismissed one stays hidden until the stage changes again.
   * The whole book's (over a second at 100k contacts, asked for by Today at every start) are read
   * off the request path and kept until the next write (scans/book-scans.ts); one person's in line.
   */
  async function list(date?: string, contactId?: string, limit?: number): Promise<{ date: string; items: LifecycleSuggestionItem[]; total: number }> {
    const day = date ?? today();
    let items: LifecycleSuggestionItem[];
    if (contactId) {
      contacts.requireRow(contactId);
      items = findLifecycleSuggestions(db, params(day), contactId);
    } else {
      items = (await scans.get({ kind: 'lifecycle', params: params(day) })).items;
    }
    return { date: day, items: limit === undefined ? items : items.slice(0, limit), total: items.length };
  }

  function accept(contactId: string, to: Stage): Contact {
    const r = lifecycleRows(db, contacts.requireRow(contactId).id)[0];
    const s = r ? suggestionOf(r, params(today())) : null;
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
    // In line: the daily pass writes, and may run inside a transaction.
    const items = scans.now({ kind: 'lifecycle', params: params(today()) });
    for (const s of items) contacts.setStage(s.contactId, s.to, s.why, 'rule');
    return items.length;
  }

  return { list, accept, dismiss, autoApply };
}

export type LifecycleService = ReturnType<typeof createLifecycleService>;
