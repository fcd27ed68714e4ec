// audit_log: append-only lines of what was done, naming a contact by id only — never personal data.
import { type DB, stmt } from './statements.js';

export type AuditAction = 'contact.purged';

export function appendAudit(db: DB, at: string, action: AuditAction, contactId: string | null): void {
  stmt(db, 'INSERT INTO audit_log (at, action, contact_id) VALUES (?, ?, ?)').run(at, action, contactId);
}
