// stage_changes: every move through the lifecycle, with its reason (append-only).
import type { Stage } from '../../../shared/domain/enums.js';
import type { StageChange } from '../../../shared/domain/types.js';
import { type DB, stmt } from './statements.js';

interface StageChangeRow {
  id: string;
  contact_id: string;
  from_stage: Stage | null;
  to_stage: Stage;
  at: string;
  reason: string | null;
  by: 'rule' | 'manual';
}

const toStageChange = (r: StageChangeRow): StageChange => ({
  id: r.id, contactId: r.contact_id, from: r.from_stage, to: r.to_stage, at: r.at, reason: r.reason, by: r.by,
});

export function insertStageChange(db: DB, c: StageChange): void {
  stmt(db, 'INSERT INTO stage_changes (id, contact_id, from_stage, to_stage, at, reason, by) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(c.id, c.contactId, c.from, c.to, c.at, c.reason, c.by);
}

export function stageHistoryOf(db: DB, contactId: string): StageChange[] {
  return stmt<[string], StageChangeRow>(db, 'SELECT * FROM stage_changes WHERE contact_id=? ORDER BY at DESC, id DESC')
    .all(contactId).map(toStageChange);
}
