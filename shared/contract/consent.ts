// Consent, marketing checks and the daily digest (issue 4, second half).
import { z } from 'zod';
import { CONSENT_CHANNELS, CONSENT_PURPOSES, TOUCH_KINDS, type ConsentChannel } from '../domain/enums.js';
import type { CurrentConsent } from '../rules/consent.js';
import type { MarketingBlock } from '../rules/marketing.js';
import { Id, InstantField, optionalText, requiredText } from './fields.js';
import type { ApiGroup } from './group.js';

export interface ConsentRecord {
  id: string;
  contactId: string;
  channel: ConsentChannel;
  purpose: (typeof CONSENT_PURPOSES)[number];
  granted: boolean;
  at: string;
  evidence: string | null;
}

export interface ChannelConsent {
  channel: ConsentChannel;
  marketing: CurrentConsent;
  nightTime: CurrentConsent;
}

export interface ConsentsOf {
  contactId: string;
  /** One row per channel (sms, email, phone, messenger), as of now. */
  current: ChannelConsent[];
  /** Every grant and withdrawal, newest first. */
  history: ConsentRecord[];
}

export interface MarketingCheck {
  /** The consent channel the touch kind travels over; `null` in person. */
  channel: ConsentChannel | null;
  /** Why a marketing touch is refused now (empty: allowed), most serious first. */
  blocks: MarketingBlock[];
  /** Marketing touches and suggestions of this person in the 30-day window, and the limit. */
  recent: number;
  max: number;
}

export interface DigestResult {
  date: string;
  /** People (not follow-ups) due today, and people with something overdue. */
  today: number;
  overdue: number;
  title: string;
  body: string;
}

const ConsentChange = {
  contactId: Id,
  channel: z.enum(CONSENT_CHANNELS),
  purpose: z.enum(CONSENT_PURPOSES).default('marketing'),
  /** When it was given or withdrawn; defaults to now. */
  at: InstantField.optional(),
};

export const consentApi = {
  'consents.list': { input: z.object({ contactId: Id }), result: {} as ConsentsOf },
  'consents.grant': {
    // Evidence is required: "signed form 2026-11-02", "recorded call", "web form #123".
    input: z.object({ ...ConsentChange, evidence: requiredText(500) }),
    result: {} as ConsentsOf,
  },
  'consents.withdraw': {
    input: z.object({ ...ConsentChange, evidence: optionalText(500) }),
    result: {} as ConsentsOf,
  },
  'marketing.check': {
    input: z.object({ contactId: Id, kind: z.enum(TOUCH_KINDS), at: InstantField.optional() }),
    result: {} as MarketingCheck,
  },
  'digest.get': { input: z.object({}).default({}), result: {} as DigestResult },
} satisfies ApiGroup;
