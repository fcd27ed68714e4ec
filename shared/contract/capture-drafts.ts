// Card capture drafts: a card read (or typed) but not yet saved is kept in the book, so a reload
// or an app restart does not lose it; the capture screen offers it again ("이어서 / 버리기").
import { z } from 'zod';
import { CardFields, CardImage } from './capture.js';
import { Id } from './fields.js';
import type { ApiGroup } from './group.js';

/** More unsaved cards than this is a stack nobody is reviewing; the oldest make room. */
export const MAX_CAPTURE_DRAFTS = 100;

export interface CaptureDraft {
  id: string;
  /** The image's file name, '' for a card typed by hand. */
  name: string;
  fields: Record<keyof z.output<typeof CardFields>, string>;
  /** Stored-size JPEGs (upright, long side ≤ 1,600 px). */
  front: { mime: 'image/jpeg'; dataBase64: string } | null;
  back: { mime: 'image/jpeg'; dataBase64: string } | null;
  ocrText: string | null;
  updatedAt: string;
}

export const DraftSave = z.object({
  /** Absent for a new draft; present to update one (its images stay unless new ones are sent). */
  id: Id.optional(),
  name: z.string().max(255).default(''),
  fields: CardFields,
  front: CardImage.optional(),
  back: CardImage.optional(),
  /** Remove the back image (the user took it off the card). */
  dropBack: z.boolean().default(false),
  ocrText: z.string().max(20_000).optional(),
});
export type DraftSave = z.input<typeof DraftSave>;

export const captureDraftsApi = {
  'capture.drafts.list': { input: z.object({}).default({}), result: {} as { items: CaptureDraft[] } },
  'capture.drafts.save': { input: DraftSave, result: {} as { id: string } },
  'capture.drafts.remove': { input: z.object({ ids: z.array(Id).min(1).max(MAX_CAPTURE_DRAFTS) }), result: {} as { removed: number } },
} satisfies ApiGroup;
