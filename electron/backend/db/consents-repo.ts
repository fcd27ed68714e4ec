// consents: the append-only log of marketing and night-time consent per channel (DESIGN §3).
import type { ConsentChannel, ConsentPurpose } from '../../../shared/domain/enums.js';
import type { ConsentEvent } from '../../../shared/rules/consent.js';
import { type DB, stmt } from './statements.js';

export interface ConsentRow {
  id: string;
  contact_id: string;
  channel: ConsentChannel;
  purpose: ConsentPurpose;
  granted: number;
  at: string;
  evidence: string | null;
}

export interface StoredConsent extends ConsentEvent {
  id: string;
  contactId: string;
}

const toConsent = (r: ConsentRow): StoredConsent => ({
  id: r.id, contactId: r.contact_id, channel: r.channel, purpose: r.purpose, granted: r.granted === 1, at: r.at, evidence: r.evidence,
});

export function insertConsent(db: DB, c: StoredConsent): void {
  stmt(db, `INSERT INTO consents (id, contact_id, channel, purpose, granted, at, evidence) VALUES (?, ?, ?, ?, ?, ?, ?)`)
    .run(c.id, c.contactId, c.channel, c.purpose, c.granted ? 1 : 0, c.at, c.evidence);
}

/** Every consent event of a contact, oldest first; events of the same instant in the order recorded (rowid), so the later one wins. */
export function consentsOf(db: DB, contactId: string): StoredConsent[] {
  return stmt<[string], ConsentRow>(db, 'SELECT * FROM consents WHERE contact_id=? ORDER BY at, rowid').all(contactId).map(toConsent);
}
