// Plain data that crosses the contract. No classes, no Dates: everything is JSON-safe so the
// same values travel over Electron IPC, the loopback HTTP transport and the CLI's --json.
import type { SearchMatch } from '../rules/search-match.js';
import type {
  Direction, FollowUpKind, FollowUpStatus, Freshness, Locale, Outcome, PointKind, PointStatus,
  Source, Stage, TouchKind, TouchPurpose, VerifiedVia,
} from './enums.js';
import type { Reason } from '../i18n/reasons.js';

/** UTC instant, ISO-8601 with milliseconds and `Z`. */
export type Instant = string;
/** A calendar date `YYYY-MM-DD`, or `--MM-DD` for a yearless birthday. */
export type CalendarDate = string;

export interface ContactPoint {
  id: string;
  kind: PointKind;
  label: string | null;
  value: string;
  normalized: string;
  primary: boolean;
  status: PointStatus;
  verifiedAt: Instant | null;
  verifiedVia: VerifiedVia | null;
  freshness: Freshness;
  /** Why the point is obsolete/bad, as a reason the UI renders in the user's language. */
  problem: Reason | null;
}

/** A point as a file carries it (vCard, CSV): what export writes and import reads. */
export type PointInFile = Pick<ContactPoint, 'kind' | 'label' | 'value' | 'primary'>;

export interface FollowUpRef {
  id: string;
  kind: FollowUpKind;
  dueAt: Instant;
  dueDate: CalendarDate;
  reason: string;
  why: Reason;
}

export interface Contact {
  id: string;
  name: string;
  familyName: string | null;
  givenName: string | null;
  company: string | null;
  department: string | null;
  title: string | null;
  stage: Stage;
  stageChangedAt: Instant;
  source: Source;
  birthday: CalendarDate | null;
  notes: string | null;
  tags: string[];
  points: ContactPoint[];
  freshness: Freshness;
  nextFollowUp: FollowUpRef | null;
  lastTouchAt: Instant | null;
  sample: boolean;
  createdAt: Instant;
  updatedAt: Instant;
  deletedAt: Instant | null;
}

/** One row of the contacts list: enough to render a line without loading points. */
export interface ContactSummary {
  id: string;
  name: string;
  company: string | null;
  title: string | null;
  stage: Stage;
  tags: string[];
  primaryPhone: string | null;
  primaryEmail: string | null;
  freshness: Freshness;
  nextDueAt: Instant | null;
  lastTouchAt: Instant | null;
  deletedAt: Instant | null;
  /** Search results only: the field that matched when the row does not show it (a note). */
  matched?: SearchMatch;
}

export interface Interaction {
  id: string;
  contactId: string;
  kind: TouchKind;
  direction: Direction;
  occurredAt: Instant;
  summary: string | null;
  outcome: Outcome;
  verifiedPointIds: string[];
  completedFollowUpId: string | null;
  createdAt: Instant;
  /** Marketing (an offer or an ask: limited, needs consent) or service and relationship care. */
  purpose: TouchPurpose;
}

export interface FollowUp {
  id: string;
  contactId: string;
  kind: FollowUpKind;
  dueAt: Instant;
  dueDate: CalendarDate;
  status: FollowUpStatus;
  reason: string;
  why: Reason;
  createdBy: 'rule' | 'user';
  completedBy: string | null;
  completedAt: Instant | null;
  /** The deal a renewal/expiry/persistency reminder is about. */
  dealId?: string | null;
  /** Set while snoozed: the follow-up stays open and rules do not pull it earlier. */
  snoozedUntil?: Instant | null;
}

export type DealStatus = 'open' | 'won' | 'lost';

export interface Deal {
  id: string;
  contactId: string;
  title: string;
  status: DealStatus;
  amount: number | null;
  signedOn: CalendarDate | null;
  renewsOn: CalendarDate | null;
  expiresOn: CalendarDate | null;
  createdAt: Instant;
  updatedAt: Instant;
}

export interface Referral {
  id: string;
  referrerId: string;
  referredId: string | null;
  askedAt: Instant | null;
  receivedAt: Instant | null;
  outcome: string | null;
  createdAt: Instant;
}

/** A yearly date other than the birthday, reminded 3 days ahead like a birthday. */
export interface ContactDate {
  id: string;
  contactId: string;
  kind: 'anniversary' | 'custom';
  label: string;
  /** `YYYY-MM-DD` or yearless `--MM-DD`. */
  date: CalendarDate;
  createdAt: Instant;
}

export interface PersonRef {
  id: string;
  name: string;
  stage: Stage;
}

export interface LifecycleSuggestionItem {
  contactId: string;
  name: string;
  from: Stage;
  to: Stage;
  reason: string;
  why: Reason;
}

export interface StageChange {
  id: string;
  contactId: string;
  from: Stage | null;
  to: Stage;
  at: Instant;
  /** In the reader's language: a rule's reason is stored structured (`why`) and rendered on reading. */
  reason: string | null;
  why?: Reason;
  by: 'rule' | 'manual';
}

export interface ContactDetail {
  contact: Contact;
  timeline: Interaction[];
  stageHistory: StageChange[];
  followUps: FollowUp[];
}

export type TodayBucket = 'overdue' | 'today' | 'upcoming';

export interface TodayItem {
  followUpId: string;
  contactId: string;
  name: string;
  company: string | null;
  stage: Stage;
  kind: FollowUpKind;
  dueAt: Instant;
  dueDate: CalendarDate;
  reason: string;
  why: Reason;
  bucket: TodayBucket;
  /** `urgent` (complaint responses) come first in Today, shown in red; absent means normal. */
  priority?: 'urgent' | 'normal';
  /** Other follow-ups for the same person on the same day, merged into this one visit (absent when none). */
  also?: { followUpId: string; kind: FollowUpKind; reason: string; why: Reason }[];
}

export interface CadenceIntervals {
  prospect: number | null;
  new: number | null;
  active: number | null;
  loyal: number | null;
  dormant: number | null;
  lost: number | null;
}

export interface Settings {
  /** `system` follows the OS / browser language (Korean when it is Korean). */
  locale: Locale | 'system';
  timeZone: string;
  staleAfterDays: number;
  agingAfterDays: number;
  cadence: CadenceIntervals;
  /** Apply lifecycle suggestions without asking (each still recorded with its reason). */
  autoApplyLifecycle: boolean;
  maxMarketingPer30Days: number;
  dormantAfterDays: number;
  /** Who SMS advertisements come from ("(광고)한빛생명 김설계"), and the free opt-out number (080-…). */
  marketingSender: string;
  optOutNumber: string;
  /** The daily digest notification: on/off and its local time (HH:MM). */
  digestEnabled: boolean;
  digestTime: string;
  /** At most this many verification follow-ups are created per day, oldest problems first. */
  verificationsPerDay: number;
  /** At most this many referral asks are newly proposed per day, the best candidates first. */
  referralAsksPerDay: number;
}

export interface TagCount {
  name: string;
  count: number;
}
