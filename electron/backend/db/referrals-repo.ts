// referrals: asks and received referrals (who referred whom), and the referred_by link.
import type { Referral, PersonRef } from '../../../shared/domain/types.js';
import { type DB, stmt } from './statements.js';

interface ReferralRow {
  id: string;
  referrer_id: string;
  referred_id: string | null;
  asked_at: string | null;
  received_at: string | null;
  outcome: string | null;
  created_at: string;
}

const toReferral = (r: ReferralRow): Referral => ({
  id: r.id, referrerId: r.referrer_id, referredId: r.referred_id, askedAt: r.asked_at, receivedAt: r.received_at,
  outcome: r.outcome, createdAt: r.created_at,
});

export function insertReferral(db: DB, r: Referral): void {
  stmt(db, `INSERT INTO referrals (id, referrer_id, referred_id, asked_at, received_at, outcome, created_at)
    VALUES (@id, @referrerId, @referredId, @askedAt, @receivedAt, @outcome, @createdAt)`).run(r);
}

export function getReferral(db: DB, id: string): Referral {
  return toReferral(stmt<[string], ReferralRow>(db, 'SELECT * FROM referrals WHERE id=?').get(id)!);
}

/** The latest ask of this referrer still waiting for a name, to fill in when the referral comes. */
export function pendingAskOf(db: DB, referrerId: string): Referral | undefined {
  const r = stmt<[string], ReferralRow>(db, `SELECT * FROM referrals WHERE referrer_id=? AND referred_id IS NULL
    AND asked_at IS NOT NULL ORDER BY asked_at DESC LIMIT 1`).get(referrerId);
  return r ? toReferral(r) : undefined;
}

export function fillReferral(db: DB, id: string, referredId: string, receivedAt: string, outcome: string): void {
  stmt(db, 'UPDATE referrals SET referred_id=?, received_at=?, outcome=? WHERE id=?').run(referredId, receivedAt, outcome, id);
}

export function referralsOf(db: DB, referrerId: string): Referral[] {
  return stmt<[string], ReferralRow>(db, 'SELECT * FROM referrals WHERE referrer_id=? ORDER BY coalesce(received_at, asked_at) DESC')
    .all(referrerId).map(toReferral);
}

export function lastAskAt(db: DB, referrerId: string): string | null {
  return stmt<[string], { a: string | null }>(db, 'SELECT max(asked_at) AS a FROM referrals WHERE referrer_id=?').get(referrerId)?.a ?? null;
}

export function referralCount(db: DB, referrerId: string): number {
  return stmt<[string], { n: number }>(db, `SELECT count(*) AS n FROM contacts c WHERE c.referred_by=? AND c.deleted_at IS NULL`)
    .get(referrerId)!.n;
}

export function setReferredBy(db: DB, contactId: string, referrerId: string, at: string): void {
  stmt(db, 'UPDATE contacts SET referred_by=?, updated_at=? WHERE id=?').run(referrerId, at, contactId);
}

export function referredPeople(db: DB, referrerId: string): (PersonRef & { won: boolean })[] {
  return stmt<[string], { id: string; name: string; stage: PersonRef['stage']; won: number }>(db, `SELECT c.id, c.display_name AS name, c.stage,
      EXISTS (SELECT 1 FROM deals d WHERE d.contact_id=c.id AND d.status='won' AND d.deleted_at IS NULL) AS won
    FROM contacts c WHERE c.referred_by=? AND c.deleted_at IS NULL ORDER BY c.sort_name`).all(referrerId)
    .map((r) => ({ id: r.id, name: r.name, stage: r.stage, won: r.won === 1 }));
}

export function personRef(db: DB, id: string): PersonRef | null {
  return stmt<[string], PersonRef>(db, 'SELECT id, display_name AS name, stage FROM contacts WHERE id=? AND deleted_at IS NULL').get(id) ?? null;
}

// ── the referral graph (the Referrals view) ──────────────────────────────────────────────────
// Everything below starts from `contacts_referred_by` (a partial index over referred people
// only), so its cost grows with the number of referrals, not with the size of the book. Each
// pass over the referred people is made once; per-person facts are read only for the page shown.

export interface ReferrerRow {
  id: string;
  name: string;
  stage: PersonRef['stage'];
  won: number;
  referred: number;
  referred_won: number;
}

const WON = (alias: string) => `EXISTS (SELECT 1 FROM deals d WHERE d.contact_id=${alias}.id AND d.status='won' AND d.deleted_at IS NULL)`;

/** Totals over every live referred person: how many, by how many referrers, how many signed. */
export function referralTotals(db: DB): { referrers: number; referred: number; won: number | null } {
  return stmt<[], { referrers: number; referred: number; won: number | null }>(db, `SELECT count(DISTINCT c.referred_by) AS referrers,
      count(*) AS referred, sum(${WON('c')}) AS won
    FROM contacts c WHERE c.referred_by IS NOT NULL AND c.deleted_at IS NULL`).get()!;
}

/**
 * Every top referrer (live, and nobody live referred them), most referrals first: ids and counts
 * only, so the caller can page them and read details for one page.
 */
export function rootReferrers(db: DB): { id: string; referred: number }[] {
  return stmt<[], { id: string; referred: number }>(db, `WITH counts AS (
      SELECT c.referred_by AS id, count(*) AS referred FROM contacts c
      WHERE c.referred_by IS NOT NULL AND c.deleted_at IS NULL GROUP BY c.referred_by
    )
    SELECT p.id, counts.referred FROM counts JOIN contacts p ON p.id=counts.id
    WHERE p.deleted_at IS NULL AND (p.referred_by IS NULL OR NOT EXISTS (
      SELECT 1 FROM contacts q WHERE q.id=p.referred_by AND q.deleted_at IS NULL))
    ORDER BY counts.referred DESC, p.sort_name, p.id`).all();
}

/** One person as a node of the tree: who, signed or not, how many they referred and how many of those signed. */
export function referrerNode(db: DB, id: string): ReferrerRow {
  return stmt<[string], ReferrerRow>(db, `SELECT c.id, c.display_name AS name, c.stage, ${WON('c')} AS won,
      (SELECT count(*) FROM contacts k WHERE k.referred_by=c.id AND k.deleted_at IS NULL) AS referred,
      (SELECT count(*) FROM contacts k WHERE k.referred_by=c.id AND k.deleted_at IS NULL AND ${WON('k')}) AS referred_won
    FROM contacts c WHERE c.id=?`).get(id)!;
}

/** The people one referrer referred, each with their own referral counts (for nesting). */
export function referredNodes(db: DB, referrerId: string, limit: number): ReferrerRow[] {
  return stmt<[string, number], ReferrerRow>(db, `SELECT c.id, c.display_name AS name, c.stage, ${WON('c')} AS won,
      (SELECT count(*) FROM contacts k WHERE k.referred_by=c.id AND k.deleted_at IS NULL) AS referred,
      (SELECT count(*) FROM contacts k WHERE k.referred_by=c.id AND k.deleted_at IS NULL AND ${WON('k')}) AS referred_won
    FROM contacts c WHERE c.referred_by=? AND c.deleted_at IS NULL ORDER BY c.sort_name, c.id LIMIT ?`).all(referrerId, limit);
}

/**
 * Changes whenever anything was written (by this connection or another): the graph is cached
 * against it, so opening the Referrals view again, or paging, costs nothing until the next write.
 */
export function writeStamp(db: DB): string {
  const t = stmt<[], { t: number }>(db, 'SELECT total_changes() AS t').get()!.t;
  const v = stmt<[], { data_version: number }>(db, 'PRAGMA data_version').get()!.data_version;
  return `${t}:${v}`;
}
