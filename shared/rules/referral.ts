// When to ask for a referral (DESIGN §1, §4 Referral ask): when the relationship is warm — a
// signed contract or a positive touch in the last 30 days — never while a complaint is open, not
// again within 90 days of the last ask, and only from customers (stage new or later, not
// dormant or lost).
import type { Stage } from '../domain/enums.js';
import { daysBetween } from './time.js';

export const REFERRAL_WARM_DAYS = 30;
export const REFERRAL_ASK_GAP_DAYS = 90;
/**
 * A day's new referral asks (setting `referralAsksPerDay`). A big book can hold thousands of warm
 * customers on one morning; Today must stay a list a person can work through. The rest stay
 * eligible and are proposed on later days, the best first (engine-repo referralAskCandidates).
 */
export const DEFAULT_REFERRAL_ASKS_PER_DAY = 10;

export type ReferralBlock = 'stage' | 'dormant' | 'complaint' | 'asked-recently' | 'not-warm';

export interface ReferralFacts {
  stage: Stage;
  /** Local date of the latest positive touch, if any. */
  lastPositiveOn: string | null;
  /** Local date (signed on) of the latest won deal, if any. */
  lastWonOn: string | null;
  lastAskOn: string | null;
  openComplaint: boolean;
}

export type ReferralEligibility =
  | { eligible: true; trigger: 'positive-touch' | 'won-deal'; since: string }
  | { eligible: false; block: ReferralBlock; until?: string };

const within = (date: string | null, today: string, days: number): boolean =>
  date !== null && date <= today && daysBetween(date, today) < days;

export function referralEligibility(f: ReferralFacts, today: string): ReferralEligibility {
  // An open complaint is the reason to name first, whatever else holds the ask: it is what the
  // user must act on (a prospect who complained is not "just not a customer yet").
  if (f.openComplaint) return { eligible: false, block: 'complaint' };
  if (f.stage === 'dormant' || f.stage === 'lost') return { eligible: false, block: 'dormant' };
  if (f.stage === 'prospect') return { eligible: false, block: 'stage' };
  if (within(f.lastAskOn, today, REFERRAL_ASK_GAP_DAYS)) return { eligible: false, block: 'asked-recently' };
  // The warmer (more recent) milestone is the one to mention.
  const won = within(f.lastWonOn, today, REFERRAL_WARM_DAYS) ? f.lastWonOn : null;
  const pos = within(f.lastPositiveOn, today, REFERRAL_WARM_DAYS) ? f.lastPositiveOn : null;
  if (won && (!pos || won >= pos)) return { eligible: true, trigger: 'won-deal', since: won };
  if (pos) return { eligible: true, trigger: 'positive-touch', since: pos };
  return { eligible: false, block: 'not-warm' };
}
