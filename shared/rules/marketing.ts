// What counts as marketing, and when it may happen (DESIGN §1 "Not too much", §4 Contact limits).
// The app never sends anything: it drafts, warns and blocks. These rules decide:
//   - which touch kinds travel over which consent channel (in person needs no consent);
//   - why a marketing touch at a given moment is not allowed (complaint, consent, night, limit);
//   - which channel an engine suggestion should propose so that it is allowed;
//   - the text of an SMS advertisement: "(광고)" first, the sender, the free opt-out line last.
import type { ConsentChannel, PointKind, TouchKind } from '../domain/enums.js';
import { hasConsent, type ConsentEvent } from './consent.js';
import { isQuietHour, localHour, MARKETING_WINDOW_DAYS } from './limits.js';
import { daysBetween, localDate } from './time.js';

/** The electronic channel a touch uses; `null` for in-person touches, which need no consent. */
export const CHANNEL_OF_TOUCH: Record<TouchKind, ConsentChannel | null> = {
  call: 'phone', sms: 'sms', email: 'email', messenger: 'messenger',
  meeting: null, visit: null, gift: null, 'card-exchange': null, note: null,
};

/**
 * Channels whose marketing needs prior opt-in consent, and (21:00–08:00) separate night-time
 * consent. E-mail is exempt from the night-time rule; here it is also opt-out (DESIGN §4): it may
 * carry marketing unless the person withdrew their e-mail consent.
 */
const OPT_IN: ReadonlySet<ConsentChannel> = new Set(['sms', 'phone', 'messenger']);

export type MarketingBlock = 'complaint' | 'no-consent' | 'quiet-hours' | 'limit';
/** Order in which blocks are explained: the most serious first. */
export const MARKETING_BLOCKS: readonly MarketingBlock[] = ['complaint', 'no-consent', 'quiet-hours', 'limit'];

export interface MarketingFacts {
  channel: ConsentChannel | null;
  /** When the touch happens (or the suggestion is due). */
  at: string;
  tz: string;
  consents: readonly ConsentEvent[];
  /** Local dates of other marketing touches and suggestions of this person. */
  taken: readonly string[];
  max: number;
  openComplaint: boolean;
}

/** Every reason a marketing touch is not allowed (empty: it is). */
export function marketingBlocks(f: MarketingFacts): MarketingBlock[] {
  const out: MarketingBlock[] = [];
  if (f.openComplaint) out.push('complaint');
  if (f.channel && !channelAllowed(f.channel, f.consents, f.at)) out.push('no-consent');
  else if (f.channel && OPT_IN.has(f.channel) && isQuietHour(localHour(f.at, f.tz)) && !hasConsent(f.consents, f.channel, 'night-time', f.at)) {
    out.push('quiet-hours');
  }
  if (countInWindow(f.taken, localDate(f.at, f.tz)) >= f.max) out.push('limit');
  return out;
}

/** Whether daytime marketing may use this channel at all. */
export function channelAllowed(channel: ConsentChannel, consents: readonly ConsentEvent[], at: string): boolean {
  if (OPT_IN.has(channel)) return hasConsent(consents, channel, 'marketing', at);
  // E-mail: opt-out — allowed unless the last word was a withdrawal.
  const last = [...consents].filter((e) => e.channel === channel && e.purpose === 'marketing' && e.at <= at).sort((a, b) => (a.at < b.at ? -1 : 1)).at(-1);
  return !last || last.granted;
}

/** How many of `taken` fall in the 30-day window around `day` (each within 29 days of it). */
export function countInWindow(taken: readonly string[], day: string, windowDays = MARKETING_WINDOW_DAYS): number {
  return taken.filter((d) => Math.abs(daysBetween(d, day)) < windowDays).length;
}

/** How an engine marketing suggestion proposes to reach the person. */
export const MARKETING_VIAS = ['sms', 'messenger', 'email', 'in-person'] as const;
export type MarketingVia = (typeof MARKETING_VIAS)[number];

/**
 * The channel a marketing suggestion proposes: a text message or messenger when the person
 * opted in, else e-mail when they have a working address and did not opt out, else in person
 * (a visit or a handed-over gift needs no consent).
 */
export function marketingVia(
  consents: readonly ConsentEvent[], points: readonly { kind: PointKind; usable: boolean }[], at: string,
): MarketingVia {
  const has = (k: PointKind) => points.some((p) => p.kind === k && p.usable);
  if (has('mobile') && channelAllowed('sms', consents, at)) return 'sms';
  if ((has('messenger') || has('mobile')) && channelAllowed('messenger', consents, at)) return 'messenger';
  if (has('email') && channelAllowed('email', consents, at)) return 'email';
  return 'in-person';
}

export const channelOfVia = (via: MarketingVia): ConsentChannel | null => (via === 'in-person' ? null : via);

export interface SmsDraftOptions {
  /** Who sends it (name, company): the law asks for it right after "(광고)". */
  sender: string;
  body: string;
  /** A free opt-out number (080-…). */
  optOutNumber: string;
}

export const AD_PREFIX = '(광고)';

/**
 * An SMS advertisement as Korean law wants it: "(광고)" and the sender first, the free opt-out
 * line last. Returns what is missing too (no opt-out number set), so the UI can say so.
 */
export function smsMarketingDraft(o: SmsDraftOptions): { text: string; missing: ('sender' | 'optOutNumber')[] } {
  const sender = o.sender.trim();
  const optOut = o.optOutNumber.trim();
  const body = o.body.trim().replace(/^\(광고\)\s*/, '');
  const missing: ('sender' | 'optOutNumber')[] = [];
  if (!sender) missing.push('sender');
  if (!optOut) missing.push('optOutNumber');
  const head = sender ? `${AD_PREFIX}${sender}` : AD_PREFIX;
  const text = [head, body, `무료수신거부 ${optOut || '080-___-____'}`].filter(Boolean).join('\n');
  return { text, missing };
}
