// Suggested stage moves (DESIGN §1 Lifecycle, §4). The first won deal moves a prospect to `new`
// at once (a fact, not a judgement); the others are suggestions the user accepts or dismisses,
// or that are applied automatically when the `autoApplyLifecycle` setting is on.
import type { Stage } from '../domain/enums.js';
import { addDays, daysBetween } from './time.js';
import { addMonths } from './dates.js';

export const NEW_TO_ACTIVE_DAYS = 90;
export const LOYAL_AFTER_YEARS = 3;
export const DEFAULT_DORMANT_AFTER_DAYS = 365;

export type LifecycleRule = 'first-win' | 'settled' | 'second-win' | 'gave-referral' | 'long-tenure' | 'no-touch';

export interface LifecycleFacts {
  stage: Stage;
  /** Signing date of the first won deal (the day they became a customer). */
  firstWonOn: string | null;
  wonCount: number;
  referralsGiven: number;
  /** Local date of the last real touch, else of the day the contact was added. */
  lastTouchOn: string;
}

export interface LifecycleSuggestion {
  to: Stage;
  rule: LifecycleRule;
  /** Days that make the rule true (tenure, silence), for the words of the reason. */
  days?: number;
}

export function lifecycleSuggestion(f: LifecycleFacts, today: string, dormantAfterDays = DEFAULT_DORMANT_AFTER_DAYS): LifecycleSuggestion | null {
  if (f.stage === 'lost' || f.stage === 'dormant') return null;
  const silent = daysBetween(f.lastTouchOn, today);
  if (silent >= dormantAfterDays) return { to: 'dormant', rule: 'no-touch', days: silent };
  if (f.stage === 'prospect') return f.wonCount > 0 ? { to: 'new', rule: 'first-win' } : null;
  if (f.stage === 'new' || f.stage === 'active') {
    if (f.referralsGiven > 0) return { to: 'loyal', rule: 'gave-referral' };
    if (f.firstWonOn && addMonths(f.firstWonOn, LOYAL_AFTER_YEARS * 12) <= today) {
      return { to: 'loyal', rule: 'long-tenure', days: daysBetween(f.firstWonOn, today) };
    }
  }
  if (f.stage === 'new') {
    if (f.wonCount >= 2) return { to: 'active', rule: 'second-win' };
    if (f.firstWonOn && addDays(f.firstWonOn, NEW_TO_ACTIVE_DAYS) <= today) {
      return { to: 'active', rule: 'settled', days: daysBetween(f.firstWonOn, today) };
    }
  }
  return null;
}
