import { z } from 'zod';
import { DIRECTIONS, OUTCOMES, TOUCH_KINDS, TOUCH_PURPOSES } from '../domain/enums.js';
import type { FollowUp, Interaction, TodayItem } from '../domain/types.js';
import { CalendarDateField, Id, InstantField, optionalText } from './fields.js';
import type { ApiGroup } from './group.js';

export const TouchDraft = z.object({
  contactId: Id,
  kind: z.enum(TOUCH_KINDS),
  outcome: z.enum(OUTCOMES).default('neutral'),
  direction: z.enum(DIRECTIONS).default('outbound'),
  summary: optionalText(10_000),
  /** When it happened; defaults to now. A touch logged late still counts from when it happened. */
  occurredAt: InstantField.optional(),
  /** The phones/e-mails this touch proved to work. */
  verifiedPointIds: z.array(Id).max(50).default([]),
  /** The follow-up this touch answers (from Today); otherwise the open check-in is completed. */
  followUpId: Id.optional(),
  /**
   * Marketing (an offer, a coupon, an ask) is limited and needs consent; a blocked one is refused
   * with `marketing-blocked`. Service and relationship care never are.
   */
  purpose: z.enum(TOUCH_PURPOSES).default('service'),
});
export type TouchDraft = z.input<typeof TouchDraft>;

export interface TodayResult {
  date: string;
  items: TodayItem[];
  /** How many follow-ups each bucket holds in all (each may be more than the items sent: see the limits). */
  counts: { overdue: number; today: number; upcoming: number };
}

export interface TouchResult {
  interaction: Interaction;
  completed: FollowUp | null;
  /** The next check-in (the cadence the touch reset). */
  next: FollowUp | null;
  /**
   * The person's open complaint response, if any (DESIGN §1 Complaints first): after a complaint
   * this — due within 24 h — is what comes next, not the check-in.
   */
  urgent: FollowUp | null;
}

/** What Today is asked for: the date (default the book's today), how far ahead, and each bucket's page. */
export const TodayQuery = z.object({
  date: CalendarDateField.optional(),
  days: z.number().int().min(0).max(90).default(7),
  /**
   * Page sizes per bucket (issue 7): at most this many overdue items (the most recently due),
   * items due today (the first by time, then name) and upcoming items (the earliest); each
   * bucket's full size is in `counts`, and the renderer asks again with a bigger page to show
   * more. A busy day in a 100k book is thousands of rows, and reading them all cost Today its
   * 30 ms. Open complaint responses are always included, beyond any page.
   */
  overdueLimit: z.number().int().min(0).max(5000).default(300),
  todayLimit: z.number().int().min(0).max(5000).default(300),
  upcomingLimit: z.number().int().min(0).max(5000).default(300),
});

export const touchesApi = {
  'touches.log': { input: TouchDraft, result: {} as TouchResult },
  'today.get': { input: TodayQuery, result: {} as TodayResult },
} satisfies ApiGroup;
