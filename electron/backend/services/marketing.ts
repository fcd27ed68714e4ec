// Marketing limits, consent and quiet hours applied to one person (DESIGN §4 Contact limits).
// The pure rules are shared/rules/marketing.ts and consent.ts; this service gathers their facts.
// Used by the touch log (a blocked marketing touch is refused), the Log touch dialog (why it is
// blocked) and the engine's marketing suggestions (placed within the limit, on an allowed channel).
import type { MarketingCheck } from '../../../shared/contract/consent.js';
import type { FollowUpKind, TouchKind } from '../../../shared/domain/enums.js';
import { AppError } from '../../../shared/errors.js';
import { pointFreshness } from '../../../shared/rules/freshness.js';
import { MARKETING_KINDS, MARKETING_WINDOW_DAYS } from '../../../shared/rules/limits.js';
import {
  CHANNEL_OF_TOUCH, countInWindow, marketingBlocks, marketingVia, type MarketingBlock, type MarketingVia,
} from '../../../shared/rules/marketing.js';
import { addDays, localDate } from '../../../shared/rules/time.js';
import { consentsOf } from '../db/consents-repo.js';
import { openKeyed } from '../db/follow-ups-repo.js';
import { marketingEvents, type MarketingEvent } from '../db/marketing-repo.js';
import { pointsOf } from '../db/points-repo.js';
import type { Context } from '../context.js';
import type { SettingsService } from './settings.js';

export function createMarketingService(ctx: Context, settings: SettingsService) {
  const db = ctx.db;
  const tz = () => settings.get().timeZone;

  /** Marketing events of a person within a window around `day` (the window is symmetric). */
  function events(contactId: string, day: string): (MarketingEvent & { day: string })[] {
    const since = addDays(day, -MARKETING_WINDOW_DAYS);
    return marketingEvents(db, contactId, [...MARKETING_KINDS], new Date(Date.parse(`${since}T00:00:00Z`) - 86_400_000).toISOString(), since)
      .map((e) => ({ ...e, day: e.source === 'touch' ? localDate(e.at, tz()) : e.at }));
  }

  const openComplaint = (contactId: string) => openKeyed(db, contactId, 'complaint@').length > 0;

  /** Why a marketing touch of this kind at `at` is not allowed (empty: it is). */
  function blocksFor(contactId: string, kind: TouchKind, at: string): { blocks: MarketingBlock[]; recent: number } {
    const day = localDate(at, tz());
    // A touch is measured against what was actually done (touches, asks recorded): the open
    // suggestions it may answer make way for it and are re-placed afterwards.
    const taken = events(contactId, day).filter((e) => e.source !== 'open').map((e) => e.day);
    const blocks = marketingBlocks({
      channel: CHANNEL_OF_TOUCH[kind], at, tz: tz(), consents: consentsOf(db, contactId), taken,
      max: settings.get().maxMarketingPer30Days, openComplaint: openComplaint(contactId),
    });
    return { blocks, recent: countInWindow(taken, day) };
  }

  function check(contactId: string, kind: TouchKind, at?: string): MarketingCheck {
    const when = at ?? ctx.nowIso();
    const { blocks, recent } = blocksFor(contactId, kind, when);
    return { channel: CHANNEL_OF_TOUCH[kind], blocks, recent, max: settings.get().maxMarketingPer30Days };
  }

  /** Refuse a blocked marketing touch with a typed error naming the reason. */
  function assertAllowed(contactId: string, kind: TouchKind, at: string): void {
    if (kind === 'note') {
      throw new AppError('invalid-input', 'purpose: a note is a memo, not a marketing touch', [{ path: 'purpose', message: 'a note cannot be marketing' }]);
    }
    const { blocks } = blocksFor(contactId, kind, at);
    if (!blocks.length) return;
    throw new AppError('marketing-blocked', `Marketing touch refused: ${blocks.map((b) => BLOCK_TEXT[b]).join('; ')}.`,
      blocks.map((b) => ({ path: 'purpose', message: b })));
  }

  /**
   * The first day in [wanted, latest] on which one more marketing suggestion keeps the 30-day
   * window within the limit, or null. `ignore` names the open suggestions that give way to this
   * one (they are placed after it), so the families never push each other back and forth;
   * `extra` are dates just placed in the same pass.
   */
  function place(contactId: string, wanted: string, latest: string, ignore: (e: MarketingEvent) => boolean, extra: string[] = []): string | null {
    const max = settings.get().maxMarketingPer30Days;
    if (max <= 0) return null;
    const taken = [...events(contactId, wanted).filter((e) => !ignore(e)).map((e) => e.day), ...extra];
    for (let day = wanted; day <= latest; day = addDays(day, 1)) if (countInWindow(taken, day) < max) return day;
    return null;
  }

  /** The channel a marketing suggestion due at `at` proposes (one the person's consent allows). */
  function via(contactId: string, at: string): MarketingVia {
    const now = ctx.clock.now();
    const fresh = settings.get();
    const points = pointsOf(db, contactId).map((p) => {
      const f = pointFreshness({ status: p.status, verifiedAt: p.verified_at }, now, fresh);
      return { kind: p.kind, usable: f !== 'obsolete' && f !== 'bad' };
    });
    return marketingVia(consentsOf(db, contactId), points, at);
  }

  return { check, assertAllowed, place, via, openComplaint };
}

/** Families of open suggestions, by key prefix, for `place`'s `ignore`. */
export const isOpenOf = (prefixes: string[], kinds: FollowUpKind[] = []) => (e: MarketingEvent): boolean =>
  e.source === 'open' && ((e.key !== null && prefixes.some((p) => e.key!.startsWith(p))) || (e.kind !== null && kinds.includes(e.kind)));

const BLOCK_TEXT: Record<MarketingBlock, string> = {
  complaint: 'a complaint from this person is still open',
  'no-consent': 'no current marketing consent for this channel',
  'quiet-hours': 'between 21:00 and 08:00 without night-time consent',
  limit: 'the marketing limit for 30 days is reached',
};

export type MarketingService = ReturnType<typeof createMarketingService>;
