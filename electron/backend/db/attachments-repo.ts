// attachments: card images (front/back) and their OCR text, stored in the book itself so a
// backup carries them. Listing never reads the image bytes; only `attachmentData` does.
import type { AttachmentMeta } from '../../../shared/contract/capture.js';
import { type DB, stmt } from './statements.js';

export type AttachmentKind = AttachmentMeta['kind'];

interface MetaRow {
  id: string;
  contact_id: string;
  kind: AttachmentKind;
  mime: string;
  bytes: number;
  created_at: string;
}

const toMeta = (r: MetaRow): AttachmentMeta => ({
  id: r.id, contactId: r.contact_id, kind: r.kind, mime: r.mime, bytes: r.bytes, createdAt: r.created_at,
});

const META = 'id, contact_id, kind, mime, length(data) AS bytes, created_at';

export function insertAttachment(db: DB, a: {
  id: string; contactId: string; kind: AttachmentKind; mime: string; data: Buffer; ocrText: string | null; at: string;
}): void {
  stmt(db, 'INSERT INTO attachments (id, contact_id, kind, mime, data, ocr_text, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(a.id, a.contactId, a.kind, a.mime, a.data, a.ocrText, a.at);
}

/** A contact's attachments, newest first, card fronts before backs within one capture. */
export function attachmentsOf(db: DB, contactId: string): AttachmentMeta[] {
  return stmt<[string], MetaRow>(db, `SELECT ${META} FROM attachments WHERE contact_id=?
    ORDER BY created_at DESC, kind = 'card-back', id DESC`).all(contactId).map(toMeta);
}

export function attachmentMeta(db: DB, id: string): AttachmentMeta | undefined {
  const r = stmt<[string], MetaRow>(db, `SELECT ${META} FROM attachments WHERE id=?`).get(id);
  return r ? toMeta(r) : undefined;
}

export function attachmentData(db: DB, id: string): { data: Buffer; ocrText: string | null } | undefined {
  const r = stmt<[string], { data: Buffer; ocr_text: string | null }>(db, 'SELECT data, ocr_text FROM attachments WHERE id=?').get(id);
  return r ? { data: r.data, ocrText: r.ocr_text } : undefined;
}
