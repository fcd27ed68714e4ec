// Business-card capture (issue 6): read a card image offline, review the fields, save a prospect.
// Two groups so that recognition (OCR) and saving (contacts, attachments) can be built apart;
// both are registered in ./index.ts.
import { z } from 'zod';
import type { Contact, FollowUp, PersonRef } from '../domain/types.js';
import { CalendarDateField, Id, optionalText } from './fields.js';
import type { ApiGroup } from './group.js';
import { CARD_FIELDS, CARD_IMAGE_MIMES, type CardField } from './card-fields.js';

// Kept apart (card-fields.ts) so the renderer's first bundle has these without zod.
export { CARD_FIELDS, CARD_IMAGE_MIMES, type CardField };

/** 30 MB of image is more than any phone photo; base64 makes it 4/3 as long. */
const MAX_IMAGE_BASE64 = 40_000_000;

export const CardImage = z.object({
  name: z.string().trim().min(1).max(255),
  mime: z.enum(CARD_IMAGE_MIMES),
  dataBase64: z.string().min(1).max(MAX_IMAGE_BASE64).regex(/^[A-Za-z0-9+/]+={0,2}$/, { message: 'must be base64' }),
});
export type CardImage = z.input<typeof CardImage>;

/** A rectangle on the preview image, as fractions (0–1) of its width and height. */
export interface CardBox { x: number; y: number; w: number; h: number }

export interface RecognizedCard {
  file: string;
  /** '' when the card has no such field. */
  fields: Record<CardField, string>;
  /** 0–1 per field; 0 when the field is empty. The review screen highlights low ones. */
  confidence: Record<CardField, number>;
  /** Where each found field came from on `preview`. */
  boxes: Partial<Record<CardField, CardBox>>;
  /** All recognised text, lines separated by \n. */
  text: string;
  /** The image as recognised: upright (EXIF and detected rotation applied) and downscaled. */
  preview: { mime: 'image/jpeg'; dataBase64: string; width: number; height: number };
  /** Clockwise degrees that were applied to make the card upright. */
  rotation: 0 | 90 | 180 | 270;
  ms: number;
  /** Contacts that already have this card's mobile, phone or e-mail. */
  duplicates: (PersonRef & { company: string | null; matched: 'mobile' | 'phone' | 'email' })[];
}

const FieldText = optionalText(500);

export const CardFields = z.object({
  name: FieldText, company: FieldText, department: FieldText, title: FieldText,
  mobile: FieldText, phone: FieldText, fax: FieldText, email: FieldText, url: FieldText, address: FieldText,
});

export const CardSave = z.object({
  /** The reviewed values (what the user confirmed or typed). A name is required to create a contact. */
  fields: CardFields,
  front: CardImage.optional(),
  back: CardImage.optional(),
  /** The OCR text, kept with the front image. */
  ocrText: z.string().max(20_000).optional(),
  /** Update this existing contact instead of creating one: `fields` then hold the merged values. */
  updateContactId: Id.optional(),
  /** Where and when the card was exchanged, noted on the contact's first touch. */
  event: optionalText(200),
  receivedOn: CalendarDateField.optional(),
  /** The unsaved draft of this card (capture.drafts), deleted in the same transaction as the save. */
  draftId: Id.optional(),
});
export type CardSave = z.input<typeof CardSave>;

export interface CardSaveResult {
  contact: Contact;
  created: boolean;
  /** The "thank-you message within 1 day of the card exchange" follow-up. */
  followUp: FollowUp | null;
}

export interface AttachmentMeta {
  id: string;
  contactId: string;
  kind: 'card-front' | 'card-back' | 'photo';
  mime: string;
  bytes: number;
  createdAt: string;
}

export const captureRecognizeApi = {
  'capture.recognize': { input: z.object({ image: CardImage }), result: {} as RecognizedCard },
} satisfies ApiGroup;

export const captureSaveApi = {
  'capture.save': { input: CardSave, result: {} as CardSaveResult },
  'attachments.list': { input: z.object({ contactId: Id }), result: {} as { items: AttachmentMeta[] } },
  'attachments.get': { input: z.object({ id: Id }), result: {} as AttachmentMeta & { dataBase64: string } },
} satisfies ApiGroup;
