// contact_history: field-level changes, so corrections and job changes are never silently lost.
import { uuidv7 } from '../../../shared/uuid.js';
import { type DB, stmt } from './statements.js';

export function recordChange(db: DB, contactId: string, field: string, from: string | null, to: string | null, at: string, by: string): void {
  if (from === to) return;
  stmt(db, 'INSERT INTO contact_history (id, contact_id, field, old_value, new_value, at, by) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(uuidv7(Date.parse(at)), contactId, field, from, to, at, by);
}

