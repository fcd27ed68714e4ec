// The whole-book lifecycle pass (DESIGN §4 Lifecycle): every live person's suggested stage change
// from the pure rule shared/rules/lifecycle.ts, less those the user dismissed since the stage last
// changed. Read-only and given the settings it needs as plain values, so it runs on the scan
// worker's own connection as well as on the writer's (book-scans.ts).
import type { Locale } from '../../../shared/domain/enums.js';
import type { LifecycleSuggestionItem } from '../../../shared/domain/types.js';
import { renderReason, type Reason } from '../../../shared/i18n/reasons.js';
import { lifecycleSuggestion } from '../../../shared/rules/lifecycle.js';
import { localDate } from '../../../shared/rules/time.js';
import { dismissals, lifecycleRows, type LifecycleRow } from '../db/engine-repo.js';
import type { DB } from '../db/statements.js';

export interface LifecycleScanParams {
  /** The local date the suggestions are for. */
  day: string;
  timeZone: string;
  dormantAfterDays: number;
  /** The language of each suggestion's reason. */
  locale: Locale;
}

export function suggestionOf(r: LifecycleRow, p: LifecycleScanParams): LifecycleSuggestionItem | null {
  const s = lifecycleSuggestion({
    stage: r.stage, firstWonOn: r.first_won, wonCount: r.won, referralsGiven: r.referrals, lastTouchOn: localDate(r.last_at, p.timeZone),
  }, p.day, p.dormantAfterDays);
  if (!s) return null;
  const why: Reason = { code: 'lifecycle', params: { from: r.stage, to: s.to, rule: s.rule, ...(s.days !== undefined ? { days: s.days } : {}) } };
  return { contactId: r.id, name: r.name, from: r.stage, to: s.to, reason: renderReason(why, p.locale), why };
}

/** Open suggestions (of one person, or of the whole book); a dismissed one stays hidden until the stage changes again. */
export function findLifecycleSuggestions(db: DB, p: LifecycleScanParams, contactId?: string): LifecycleSuggestionItem[] {
  const hidden = dismissals(db);
  const items: LifecycleSuggestionItem[] = [];
  for (const r of contactId ? lifecycleRows(db, contactId) : lifecycleRows(db)) {
    const s = suggestionOf(r, p);
    if (!s) continue;
    const dismissedAt = hidden.get(`${r.id} ${s.to}`);
    if (dismissedAt && dismissedAt >= r.stage_changed_at) continue;
    items.push(s);
  }
  return items;
}
