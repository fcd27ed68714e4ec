// Consent (DESIGN §1 "Not too much", §3 consents): an append-only log of grants and withdrawals
// per channel and purpose; the current consent is derived from it. 정보통신망법 §50 asks for
// prior consent to marketing, separate consent for 21:00–08:00, and re-consent every 2 years,
// so a grant older than two years no longer counts. Imported people have no consent at all.
import type { ConsentChannel, ConsentPurpose } from '../domain/enums.js';

export interface ConsentEvent {
  channel: ConsentChannel;
  purpose: ConsentPurpose;
  granted: boolean;
  at: string;
  evidence: string | null;
}

export type ConsentState = 'granted' | 'withdrawn' | 'expired' | 'none';

export interface CurrentConsent {
  state: ConsentState;
  /** The event the state comes from (absent for `none`). */
  since: string | null;
  evidence: string | null;
  /** When a grant stops counting (two years after it), if granted. */
  expiresAt: string | null;
}

/** Re-consent every two years (정보통신망법 시행령 §62-3): a grant counts for 730 days. */
export const CONSENT_VALID_DAYS = 730;
const DAY_MS = 86_400_000;

/** The consent for one channel and purpose at an instant: the latest event at or before it. */
export function currentConsent(events: readonly ConsentEvent[], channel: ConsentChannel, purpose: ConsentPurpose, at: string): CurrentConsent {
  const atMs = Date.parse(at);
  let last: ConsentEvent | null = null;
  for (const e of events) {
    if (e.channel !== channel || e.purpose !== purpose || Date.parse(e.at) > atMs) continue;
    if (!last || Date.parse(e.at) >= Date.parse(last.at)) last = e;
  }
  if (!last) return { state: 'none', since: null, evidence: null, expiresAt: null };
  if (!last.granted) return { state: 'withdrawn', since: last.at, evidence: last.evidence, expiresAt: null };
  const expiresAt = new Date(Date.parse(last.at) + CONSENT_VALID_DAYS * DAY_MS).toISOString();
  return { state: atMs < Date.parse(expiresAt) ? 'granted' : 'expired', since: last.at, evidence: last.evidence, expiresAt };
}

export const hasConsent = (events: readonly ConsentEvent[], channel: ConsentChannel, purpose: ConsentPurpose, at: string): boolean =>
  currentConsent(events, channel, purpose, at).state === 'granted';
