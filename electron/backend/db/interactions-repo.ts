// interactions: the append-only log of touches.
import type { Direction, Outcome, TouchKind, TouchPurpose } from '../../../shared/domain/enums.js';
import type { Interaction } from '../../../shared/domain/types.js';
import { type DB, stmt } from './statements.js';

interface InteractionRow {
  id: string;
  contact_id: string;
  kind: TouchKind;
  direction: Direction;
  occurred_at: string;
  summary: string | null;
  outcome: Outcome;
  verified_point_ids: string;
  completed_follow_up_id: string | null;
  created_at: string;
  purpose: TouchPurpose;
}

const toInteraction = (r: InteractionRow): Interaction => ({
  id: r.id,
  contactId: r.contact_id,
  kind: r.kind,
  direction: r.direction,
  occurredAt: r.occurred_at,
  summary: r.summary,
  outcome: r.outcome,
  verifiedPointIds: JSON.parse(r.verified_point_ids) as string[],
  completedFollowUpId: r.completed_follow_up_id,
  createdAt: r.created_at,
  purpose: r.purpose,
});

export function insertInteraction(db: DB, i: Interaction): void {
  stmt(db, `INSERT INTO interactions (id, contact_id, kind, direction, occurred_at, summary, outcome,
      verified_point_ids, completed_follow_up_id, created_at, purpose)
    VALUES (@id, @contactId, @kind, @direction, @occurredAt, @summary, @outcome, @verified, @completedFollowUpId, @createdAt, @purpose)`)
    .run({ ...i, verified: JSON.stringify(i.verifiedPointIds) });
}

export function setCompletedFollowUp(db: DB, interactionId: string, followUpId: string): void {
  stmt(db, 'UPDATE interactions SET completed_follow_up_id=? WHERE id=?').run(followUpId, interactionId);
}

export function timelineOf(db: DB, contactId: string, limit = 500): Interaction[] {
  return stmt<[string, number], InteractionRow>(db,
    'SELECT * FROM interactions WHERE contact_id=? ORDER BY occurred_at DESC, id DESC LIMIT ?')
    .all(contactId, limit).map(toInteraction);
}

/** The latest real touch (notes are not contact) — the cadence clock starts from it. */
export function lastTouchOf(db: DB, contactId: string): { occurred_at: string; kind: TouchKind } | undefined {
  return stmt<[string], { occurred_at: string; kind: TouchKind }>(db, `SELECT occurred_at, kind FROM interactions
    WHERE contact_id=? AND kind <> 'note' ORDER BY occurred_at DESC, id DESC LIMIT 1`).get(contactId);
}

/** When the latest touch with this outcome happened (referral warmth, complaints). */
export function lastWithOutcome(db: DB, contactId: string, outcome: Outcome): string | null {
  return stmt<[string, string], { a: string | null }>(db, `SELECT max(occurred_at) AS a FROM interactions
    WHERE contact_id=? AND outcome=? AND kind <> 'note'`).get(contactId, outcome)?.a ?? null;
}
