// Card capture drafts: what the capture screen has read (or the user typed) but not saved yet,
// kept in the book so a reload or an app restart does not lose a card. Images are stored at the
// same size as a saved card's (card-images.ts), decoded outside the write transaction. Saving the
// card (capture.save with its draftId) deletes the draft in the save's own transaction.
import type { z } from 'zod';
import { CARD_FIELDS } from '../../../shared/contract/card-fields.js';
import { MAX_CAPTURE_DRAFTS, type CaptureDraft, type DraftSave } from '../../../shared/contract/capture-drafts.js';
import { AppError } from '../../../shared/errors.js';
import { uuidv7 } from '../../../shared/uuid.js';
import { deleteDraft, draftExists, insertDraft, listDrafts, trimDrafts, updateDraft } from '../db/capture-drafts-repo.js';
import type { Context } from '../context.js';
import { storeableCardImage } from './card-images.js';

export function createCaptureDraftsService(ctx: Context) {
  const db = ctx.db;

  async function save(input: z.output<typeof DraftSave>): Promise<{ id: string }> {
    const front = input.front ? (await storeableCardImage(input.front, 'front.dataBase64')).data : undefined;
    const back = input.back ? (await storeableCardImage(input.back, 'back.dataBase64')).data : input.dropBack ? null : undefined;
    // As the review form holds them: every field, '' when empty.
    const fields = JSON.stringify(Object.fromEntries(CARD_FIELDS.map((f) => [f, input.fields[f] ?? ''])));
    const at = ctx.nowIso();
    return db.transaction(() => {
      if (input.id) {
        if (!draftExists(db, input.id)) throw new AppError('not-found', 'That unsaved card is gone (saved or discarded elsewhere).');
        updateDraft(db, input.id, { fields, front, back, ocrText: input.ocrText, at });
        return { id: input.id };
      }
      const id = uuidv7(ctx.clock.now());
      insertDraft(db, { id, name: input.name, fields, front: front ?? null, back: back ?? null, ocrText: input.ocrText ?? null, at });
      trimDrafts(db, MAX_CAPTURE_DRAFTS);
      return { id };
    })();
  }

  const list = (): { items: CaptureDraft[] } => ({ items: listDrafts(db) });

  const remove = (ids: string[]): { removed: number } =>
    db.transaction(() => ({ removed: ids.reduce((n, id) => n + deleteDraft(db, id), 0) }))();

  return { save, list, remove };
}

export type CaptureDraftsService = ReturnType<typeof createCaptureDraftsService>;
