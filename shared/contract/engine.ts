// The relationship engine (issue 4): deals, follow-up handling, referrals, lifecycle
// suggestions and the calendar export.
import { z } from 'zod';
import { STAGES, type Stage } from '../domain/enums.js';
import type { Contact, ContactDate, Deal, FollowUp, LifecycleSuggestionItem, PersonRef, Referral } from '../domain/types.js';
import type { Reason } from '../i18n/reasons.js';
import { BirthdayField, CalendarDateField, Id, InstantField, requiredText } from './fields.js';
import type { ApiGroup } from './group.js';

export const DEAL_STATUSES = ['open', 'won', 'lost'] as const;

const DealFields = {
  title: requiredText(200),
  status: z.enum(DEAL_STATUSES),
  amount: z.number().finite().min(0).max(1e15).nullable(),
  signedOn: CalendarDateField.nullable(),
  renewsOn: CalendarDateField.nullable(),
  expiresOn: CalendarDateField.nullable(),
};

export const DealDraft = z.object({
  contactId: Id,
  title: DealFields.title,
  status: DealFields.status.default('open'),
  amount: DealFields.amount.default(null),
  signedOn: DealFields.signedOn.default(null),
  renewsOn: DealFields.renewsOn.default(null),
  expiresOn: DealFields.expiresOn.default(null),
});
export type DealDraft = z.input<typeof DealDraft>;

export const DealPatch = z.object({
  id: Id,
  title: DealFields.title.optional(),
  status: DealFields.status.optional(),
  amount: DealFields.amount.optional(),
  signedOn: DealFields.signedOn.optional(),
  renewsOn: DealFields.renewsOn.optional(),
  expiresOn: DealFields.expiresOn.optional(),
});

export interface DealResult {
  deal: Deal;
  /** The contact's stage after the change (a first win moves a prospect to `new`). */
  stage: Stage;
  stageChanged: boolean;
  /** The deal's open reminders (renewal, expiry, persistency) after the change. */
  reminders: FollowUp[];
}

export type ReferralEligibilityResult =
  | { eligible: true; reason: string; why: Reason }
  | { eligible: false; reason: string; why: Reason };

export interface ReferralsOf {
  referredBy: PersonRef | null;
  referred: (PersonRef & { won: boolean })[];
  asks: Referral[];
  /** How many people this contact referred, and how many of them signed a contract. */
  credit: { referred: number; won: number };
  eligibility: ReferralEligibilityResult;
}

/** One person in the referral tree: who they are, whether they signed, whom they referred. */
export interface ReferralNode {
  id: string;
  name: string;
  stage: Stage;
  /** Has a won deal. */
  won: boolean;
  /** How many people they referred, and how many of those signed a contract. */
  referred: number;
  referredWon: number;
  /** The people they referred (at most `childLimit` each, down to `depth` levels; `referred` counts all). */
  children: ReferralNode[];
}

export interface ReferralGraph {
  /** Referrers nobody referred, most referrals first: one page of them. */
  roots: ReferralNode[];
  /** All such top referrers (for paging). */
  rootCount: number;
  totals: { referrers: number; referred: number; won: number; /** won / referred, 0 when none. */ conversion: number };
}

/** A date (09:00 local that day) or an exact instant. */
const Until = z.union([CalendarDateField, InstantField]);

export const engineApi = {
  'deals.add': { input: DealDraft, result: {} as DealResult },
  'deals.update': { input: DealPatch, result: {} as DealResult },
  'deals.list': { input: z.object({ contactId: Id }), result: {} as { items: Deal[] } },
  /** Soft delete: the deal's open reminders are withdrawn; `deals.restore` undoes it. */
  'deals.delete': { input: z.object({ id: Id }), result: {} as { id: string; contactId: string } },
  'deals.restore': { input: z.object({ id: Id }), result: {} as DealResult },

  'followups.list': {
    input: z.object({ contactId: Id, all: z.boolean().default(false) }),
    result: {} as { items: FollowUp[] },
  },
  'followups.snooze': { input: z.object({ id: Id, until: Until }), result: {} as FollowUp },
  /** Undo of a user's snooze or reschedule (its toast): due again at `dueAt`, when it was before. */
  'followups.unsnooze': { input: z.object({ id: Id, dueAt: InstantField }), result: {} as FollowUp },
  'followups.skip': { input: z.object({ id: Id }), result: {} as { skipped: FollowUp; next: FollowUp | null } },
  /** Undo of a user's skip (its toast): the follow-up is open again; a check-in made by the skip is withdrawn. */
  'followups.unskip': { input: z.object({ id: Id }), result: {} as FollowUp },

  'referrals.ask': {
    input: z.object({ contactId: Id, at: InstantField.optional() }),
    result: {} as { referral: Referral; completed: FollowUp | null },
  },
  'referrals.record': {
    input: z.object({ referrerId: Id, referredId: Id, at: InstantField.optional() }),
    result: {} as { referral: Referral; referred: Contact; credit: { referred: number; won: number } },
  },
  'referrals.list': { input: z.object({ contactId: Id }), result: {} as ReferralsOf },
  'referrals.graph': {
    input: z.object({
      limit: z.number().int().min(1).max(200).default(50),
      offset: z.number().int().min(0).default(0),
      depth: z.number().int().min(1).max(6).default(4),
      childLimit: z.number().int().min(1).max(200).default(50),
    }).default({ limit: 50, offset: 0, depth: 4, childLimit: 50 }),
    result: {} as ReferralGraph,
  },

  'suggestions.list': {
    /**
     * A page of the book's open suggestions (~10,000 at 100k people), in name order: `cursor` is
     * the position of the first, `nextCursor` that of the next page (null after the last).
     * `contactId`: only that person's suggestion (the contact page), read without scanning the book.
     */
    input: z.object({
      date: CalendarDateField.optional(),
      contactId: Id.optional(),
      cursor: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(500).default(100),
    }).default({ cursor: 0, limit: 100 }),
    result: {} as { date: string; items: LifecycleSuggestionItem[]; total: number; nextCursor: number | null },
  },
  'suggestions.accept': { input: z.object({ contactId: Id, to: z.enum(STAGES) }), result: {} as Contact },
  'suggestions.dismiss': { input: z.object({ contactId: Id, to: z.enum(STAGES) }), result: {} as { contactId: string; to: Stage } },

  'dates.add': {
    input: z.object({ contactId: Id, label: requiredText(100), date: BirthdayField, kind: z.enum(['anniversary', 'custom']).default('custom') }),
    result: {} as ContactDate,
  },
  'dates.list': { input: z.object({ contactId: Id }), result: {} as { items: ContactDate[] } },
  'dates.remove': { input: z.object({ id: Id }), result: {} as { id: string } },

  'calendar.ics': {
    input: z.object({ days: z.number().int().min(1).max(730).default(90) }).default({ days: 90 }),
    result: {} as { ics: string; count: number },
  },
} satisfies ApiGroup;
