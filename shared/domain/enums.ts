// The vocabularies of the data model (DESIGN §3). One place for each list, used by the
// zod schemas of the contract, the SQL CHECK constraints' tests and the UI pickers.

export const STAGES = ['prospect', 'new', 'active', 'loyal', 'dormant', 'lost'] as const;
export type Stage = (typeof STAGES)[number];

export const SOURCES = ['card', 'import', 'manual', 'referral', 'sample'] as const;
export type Source = (typeof SOURCES)[number];

export const POINT_KINDS = ['mobile', 'phone', 'email', 'address', 'url', 'messenger'] as const;
export type PointKind = (typeof POINT_KINDS)[number];

export const POINT_STATUSES = ['unverified', 'verified', 'bounced', 'obsolete', 'wrong'] as const;
export type PointStatus = (typeof POINT_STATUSES)[number];

export const VERIFIED_VIA = [
  'card', 'call', 'sms-reply', 'email-reply', 'messenger', 'meeting', 'import', 'manual',
] as const;
export type VerifiedVia = (typeof VERIFIED_VIA)[number];

export const TOUCH_KINDS = [
  'meeting', 'call', 'sms', 'email', 'messenger', 'visit', 'gift', 'card-exchange', 'note',
] as const;
export type TouchKind = (typeof TOUCH_KINDS)[number];

export const OUTCOMES = ['positive', 'neutral', 'negative', 'complaint'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const DIRECTIONS = ['outbound', 'inbound'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const FOLLOW_UP_KINDS = [
  'check-in', 'referral-ask', 'birthday', 'date', 'renewal', 'expiry', 'persistency',
  'verification', 'complaint-response', 'custom',
] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];

export const FOLLOW_UP_STATUSES = ['open', 'done', 'skipped', 'snoozed'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

export const FRESHNESS = ['fresh', 'aging', 'stale', 'obsolete', 'unverified', 'bad'] as const;
export type Freshness = (typeof FRESHNESS)[number];

export const LOCALES = ['ko', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** Which channel a touch proves works, and how it is recorded on the point it verified. */
export const VERIFIED_VIA_BY_TOUCH: Record<TouchKind, VerifiedVia | null> = {
  meeting: 'meeting',
  visit: 'meeting',
  'card-exchange': 'card',
  call: 'call',
  sms: 'sms-reply',
  email: 'email-reply',
  messenger: 'messenger',
  gift: 'manual',
  note: null, // a note is a memo to oneself: it proves nothing about a point
};

/** A note is not contact with the person, so it neither completes nor reschedules a check-in. */
export const isContactTouch = (kind: TouchKind): boolean => kind !== 'note';

// Consent and marketing (DESIGN §1 "Not too much", §3 consents, §4 Contact limits).
export const CONSENT_CHANNELS = ['sms', 'email', 'phone', 'messenger'] as const;
export type ConsentChannel = (typeof CONSENT_CHANNELS)[number];

export const CONSENT_PURPOSES = ['marketing', 'night-time'] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

/** Why a touch was made: an offer or an ask (marketing), or service and relationship care. */
export const TOUCH_PURPOSES = ['service', 'marketing'] as const;
export type TouchPurpose = (typeof TOUCH_PURPOSES)[number];
