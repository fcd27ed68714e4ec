// Referral asks and the referral graph (DESIGN §1 end goals, §4 Referral ask). Eligibility is
// the pure rule shared/rules/referral.ts; this service gathers its facts, proposes one ask at a
// time (kept in sync like every other rule family), records asks and received referrals.
import type { ReferralEligibilityResult, ReferralGraph, ReferralNode, ReferralsOf } from '../../../shared/contract/engine.js';
import type { Contact, FollowUp, Referral } from '../../../shared/domain/types.js';
import { AppError } from '../../../shared/errors.js';
import { renderReason, type Reason } from '../../../shared/i18n/reasons.js';
import { DUE_HOUR } from '../../../shared/rules/cadence.js';
import { REFERRAL_WARM_DAYS, referralEligibility, type ReferralEligibility } from '../../../shared/rules/referral.js';
import { addDays, atLocalTime, localDate } from '../../../shared/rules/time.js';
import { uuidv7 } from '../../../shared/uuid.js';
import { wonSummary } from '../db/deals-repo.js';
import { completeFollowUp, getFollowUp, lastDoneOfKind, openFollowUpsOf, openKeyed } from '../db/follow-ups-repo.js';
import { recordChange } from '../db/history-repo.js';
import { readSetting, writeSetting } from '../db/settings-repo.js';
import { lastWithOutcome } from '../db/interactions-repo.js';
import {
  fillReferral, getReferral, insertReferral, lastAskAt, pendingAskOf, personRef, referralsOf, referralTotals, referredNodes, referredPeople, referrerNode,
  rootReferrers, setReferredBy, writeStamp, type ReferrerRow,
} from '../db/referrals-repo.js';
import type { Context } from '../context.js';
import type { ContactsService } from './contacts.js';
import type { RemindersService } from './reminders.js';
import type { ScheduleService } from './schedule.js';
import type { SettingsService } from './settings.js';
import { isOpenOf, type MarketingService } from './marketing.js';

export function createReferralsService(
  ctx: Context, settings: SettingsService, contacts: ContactsService, schedule: ScheduleService, reminders: RemindersService,
  marketing: MarketingService,
) {
  const db = ctx.db;
  const tz = () => settings.get().timeZone;
  const day = (iso: string | null) => (iso ? localDate(iso, tz()) : null);

  function eligibility(contactId: string, today: string): ReferralEligibility {
    const c = contacts.requireRow(contactId);
    const asks = [lastAskAt(db, contactId), lastDoneOfKind(db, contactId, 'referral-ask')].filter((a): a is string => !!a).sort();
    return referralEligibility({
      stage: c.stage,
      lastPositiveOn: day(lastWithOutcome(db, contactId, 'positive')),
      lastWonOn: wonSummary(db, contactId).last,
      lastAskOn: day(asks.at(-1) ?? null),
      openComplaint: reminders.hasOpenComplaint(contactId),
    }, today);
  }

  const reasonOf = (e: ReferralEligibility): Reason => (e.eligible
    ? { code: 'referral-ask', params: { trigger: e.trigger, since: e.since } }
    : { code: 'referral-blocked', params: { block: e.block } });

  // The day's cap on new asks (setting referralAsksPerDay): how many were newly proposed on
  // which local day. Moving or re-keying an ask that is already open is not a new one.
  const PROPOSED_KEY = 'referralAsksProposed';
  const proposedOn = (today: string): number => {
    const v = readSetting<{ day: string; count: number }>(db, PROPOSED_KEY);
    return v?.day === today ? v.count : 0;
  };
  /** How many more asks may be newly proposed today. */
  const proposalsLeft = (): number => Math.max(0, settings.get().referralAsksPerDay - proposedOn(reminders.today()));

  /**
   * Propose one "ask for a referral" while the contact is eligible: the day after the warm
   * moment, moved later if the 30-day marketing limit is reached, and withdrawn once they are
   * no longer eligible (a complaint, an ask, the warmth gone). A new ask only while the day's
   * cap allows; otherwise the contact stays eligible and the daily pass proposes it on a later
   * day (engine.ts, best candidates first). Returns whether a new ask was proposed.
   */
  function syncReferralAsk(contactId: string): boolean {
    const c = contacts.requireRow(contactId);
    const today = reminders.today();
    const e = c.deleted_at ? null : eligibility(contactId, today);
    if (!e?.eligible) {
      reminders.syncKeyed(contactId, 'referral-ask@', []);
      return false;
    }
    const wasOpen = openKeyed(db, contactId, 'referral-ask@').length > 0;
    if (!wasOpen && proposalsLeft() <= 0) return false;
    const wanted = addDays(e.since, 1) < today ? today : addDays(e.since, 1);
    // Last in line for the marketing limit: birthdays and anniversaries are placed first.
    const slot = marketing.place(contactId, wanted, addDays(e.since, REFERRAL_WARM_DAYS - 1), isOpenOf(['referral-ask@']));
    if (!slot) {
      reminders.syncKeyed(contactId, 'referral-ask@', []);
      return false;
    }
    const dueAt = atLocalTime(slot, DUE_HOUR, 0, tz());
    const why = reasonOf(e);
    reminders.syncKeyed(contactId, 'referral-ask@', [{
      key: `referral-ask@${e.since}`, kind: 'referral-ask', dueAt,
      reason: why.code === 'referral-ask' ? { ...why, params: { ...why.params, via: marketing.via(contactId, dueAt) } } : why,
    }]);
    // The key may have been handled already (done or skipped by the user): then nothing was made.
    if (wasOpen || openKeyed(db, contactId, 'referral-ask@').length === 0) return false;
    writeSetting(db, PROPOSED_KEY, { day: today, count: proposedOn(today) + 1 });
    return true;
  }

  function eligibilityResult(contactId: string): ReferralEligibilityResult {
    const e = eligibility(contactId, reminders.today());
    const why = reasonOf(e);
    return { eligible: e.eligible, reason: renderReason(why, settings.locale(), reminders.today()), why } as ReferralEligibilityResult;
  }

  function live(id: string) {
    const row = contacts.requireRow(id);
    if (row.deleted_at) throw new AppError('conflict', 'This contact is in the trash; restore it first.');
    return row;
  }

  /** The user asked for a referral: record it, complete the proposed ask. Never while a complaint is open. */
  function ask(contactId: string, at?: string): { referral: Referral; completed: FollowUp | null } {
    return db.transaction(() => {
      live(contactId);
      if (reminders.hasOpenComplaint(contactId)) {
        throw new AppError('conflict', 'A complaint from this person is still open: resolve it before asking for a referral.');
      }
      const now = ctx.nowIso();
      const referral: Referral = {
        id: uuidv7(ctx.clock.now()), referrerId: contactId, referredId: null, askedAt: at ?? now, receivedAt: null, outcome: 'asked', createdAt: now,
      };
      insertReferral(db, referral);
      let completed: FollowUp | null = null;
      const open = openFollowUpsOf(db, contactId, 'referral-ask')[0];
      if (open) {
        completeFollowUp(db, open.id, 'done', null, now);
        completed = schedule.toFollowUp(getFollowUp(db, open.id)!);
      }
      syncReferralAsk(contactId);
      schedule.refreshNextDue(contactId);
      return { referral, completed };
    })();
  }

  const credit = (id: string) => {
    const people = referredPeople(db, id);
    return { referred: people.length, won: people.filter((p) => p.won).length };
  };

  /** `referredId` was referred by `referrerId`: link them (referred_by) and credit the referrer. */
  function record(referrerId: string, referredId: string, at?: string): { referral: Referral; referred: Contact; credit: { referred: number; won: number } } {
    if (referrerId === referredId) throw new AppError('invalid-input', 'A person cannot refer themselves.', [{ path: 'referredId', message: 'is the referrer' }]);
    return db.transaction(() => {
      live(referrerId);
      const referred = live(referredId);
      const now = ctx.nowIso();
      const when = at ?? now;
      if (referred.referred_by !== referrerId) {
        recordChange(db, referredId, 'referred_by', referred.referred_by, referrerId, now, 'user');
        setReferredBy(db, referredId, referrerId, now);
      }
      const pending = pendingAskOf(db, referrerId);
      let id: string;
      if (pending) {
        fillReferral(db, pending.id, referredId, when, 'received');
        id = pending.id;
      } else {
        id = uuidv7(ctx.clock.now());
        insertReferral(db, { id, referrerId, referredId, askedAt: null, receivedAt: when, outcome: 'received', createdAt: now });
      }
      schedule.syncCheckIn(referrerId);
      return { referral: getReferral(db, id), referred: contacts.toContact(contacts.requireRow(referredId)), credit: credit(referrerId) };
    })();
  }

  function list(contactId: string): ReferralsOf {
    const c = contacts.requireRow(contactId);
    return {
      referredBy: c.referred_by ? personRef(db, c.referred_by) : null,
      referred: referredPeople(db, contactId),
      asks: referralsOf(db, contactId),
      credit: credit(contactId),
      eligibility: eligibilityResult(contactId),
    };
  }

  let graphCache: {
    stamp: string; totals: ReturnType<typeof referralTotals>; roots: ReturnType<typeof rootReferrers>; pages: Map<string, ReferralGraph>;
  } | null = null;

  /**
   * The referral tree for the Referrals view: a page of top referrers, each with the people they
   * referred nested `depth` levels down (a referral cycle is cut where it would repeat someone).
   */
  function graph(q: { limit: number; offset: number; depth: number; childLimit: number }): ReferralGraph {
    const node = (r: ReferrerRow, level: number, seen: Set<string>): ReferralNode => {
      seen.add(r.id);
      const children = level < q.depth && r.referred > 0
        ? referredNodes(db, r.id, q.childLimit).filter((c) => !seen.has(c.id)).map((c) => node(c, level + 1, seen))
        : [];
      return { id: r.id, name: r.name, stage: r.stage, won: r.won === 1, referred: r.referred, referredWon: r.referred_won ?? 0, children };
    };
    const stamp = writeStamp(db);
    if (graphCache?.stamp !== stamp) graphCache = { stamp, totals: referralTotals(db), roots: rootReferrers(db), pages: new Map() };
    const key = JSON.stringify(q);
    const hit = graphCache.pages.get(key);
    if (hit) return hit;
    const { totals: t, roots } = graphCache;
    const won = t.won ?? 0;
    const graph: ReferralGraph = {
      roots: roots.slice(q.offset, q.offset + q.limit).map((r) => node(referrerNode(db, r.id), 1, new Set())),
      rootCount: roots.length,
      totals: { referrers: t.referrers, referred: t.referred, won, conversion: t.referred ? won / t.referred : 0 },
    };
    graphCache.pages.set(key, graph);
    return graph;
  }

  return { eligibility, syncReferralAsk, proposalsLeft, ask, record, list, graph };
}

export type ReferralsService = ReturnType<typeof createReferralsService>;
