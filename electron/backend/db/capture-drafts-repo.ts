// capture_drafts (0010): cards read but not yet saved. A handful of rows; listing reads the images.
import type { CaptureDraft } from '../../../shared/contract/capture-drafts.js';
import { type DB, stmt } from './statements.js';

interface DraftRow {
  id: string;
  name: string;
  fields: string;
  front: Buffer | null;
  back: Buffer | null;
  ocr_text: string | null;
  updated_at: string;
}

const jpeg = (b: Buffer | null) => (b ? { mime: 'image/jpeg' as const, dataBase64: b.toString('base64') } : null);

const toDraft = (r: DraftRow): CaptureDraft => ({
  id: r.id, name: r.name, fields: JSON.parse(r.fields) as CaptureDraft['fields'], front: jpeg(r.front), back: jpeg(r.back),
  ocrText: r.ocr_text, updatedAt: r.updated_at,
});

/** Oldest first: the order the cards were added in. */
export const listDrafts = (db: DB): CaptureDraft[] =>
  stmt<[], DraftRow>(db, 'SELECT id, name, fields, front, back, ocr_text, updated_at FROM capture_drafts ORDER BY created_at, id').all().map(toDraft);

export const draftExists = (db: DB, id: string): boolean =>
  stmt<[string], { n: number }>(db, 'SELECT count(*) AS n FROM capture_drafts WHERE id=?').get(id)!.n > 0;

export function insertDraft(db: DB, d: { id: string; name: string; fields: string; front: Buffer | null; back: Buffer | null; ocrText: string | null; at: string }): void {
  stmt(db, `INSERT INTO capture_drafts (id, name, fields, front, back, ocr_text, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
    .run(d.id, d.name, d.fields, d.front, d.back, d.ocrText, d.at, d.at);
}

/** Fields always; an image only when given (`undefined` keeps it, `null` removes it). */
export function updateDraft(db: DB, id: string, d: { fields: string; front?: Buffer; back?: Buffer | null; ocrText?: string; at: string }): void {
  stmt(db, 'UPDATE capture_drafts SET fields=?, updated_at=? WHERE id=?').run(d.fields, d.at, id);
  if (d.front !== undefined) stmt(db, 'UPDATE capture_drafts SET front=? WHERE id=?').run(d.front, id);
  if (d.back !== undefined) stmt(db, 'UPDATE capture_drafts SET back=? WHERE id=?').run(d.back, id);
  if (d.ocrText !== undefined) stmt(db, 'UPDATE capture_drafts SET ocr_text=? WHERE id=?').run(d.ocrText, id);
}

export const deleteDraft = (db: DB, id: string): number => stmt(db, 'DELETE FROM capture_drafts WHERE id=?').run(id).changes;

/** Drop all but the newest `keep` drafts. */
export function trimDrafts(db: DB, keep: number): void {
  stmt(db, `DELETE FROM capture_drafts WHERE id NOT IN (SELECT id FROM capture_drafts ORDER BY created_at DESC, id DESC LIMIT ?)`).run(keep);
}
