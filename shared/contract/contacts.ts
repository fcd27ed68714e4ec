import { z } from 'zod';
import { FRESHNESS, POINT_KINDS, SOURCES, STAGES } from '../domain/enums.js';
import type { Contact, ContactDetail, ContactSummary, TagCount } from '../domain/types.js';
import { BirthdayField, Id, noControl, optionalText, requiredText } from './fields.js';
import type { ApiGroup } from './group.js';

export const PointDraft = z.object({
  /** Present when editing an existing point, so its verification history is kept. */
  id: Id.optional(),
  kind: z.enum(POINT_KINDS),
  label: optionalText(40),
  value: z.string().trim().min(1, { message: 'is empty' }).max(500).refine(noControl, { message: 'must not contain control characters' }),
  primary: z.boolean().default(false),
});
export type PointDraft = z.input<typeof PointDraft>;

export const TagName = requiredText(50);

export const ContactDraft = z.object({
  name: requiredText(200),
  familyName: optionalText(100),
  givenName: optionalText(100),
  company: optionalText(200),
  department: optionalText(200),
  title: optionalText(200),
  stage: z.enum(STAGES).default('prospect'),
  source: z.enum(SOURCES).default('manual'),
  birthday: BirthdayField.nullish().transform((v) => v ?? null),
  notes: optionalText(100_000),
  tags: z.array(TagName).max(50).default([]),
  points: z.array(PointDraft).max(50).default([]),
});
export type ContactDraft = z.input<typeof ContactDraft>;

export const CONTACT_SORTS = ['name', 'recent', 'due', 'created'] as const;

const ListFilter = {
  stage: z.enum(STAGES).optional(),
  tag: TagName.optional(),
  freshness: z.enum(FRESHNESS).optional(),
};

export const contactsApi = {
  'contacts.add': { input: ContactDraft, result: {} as Contact },
  /**
   * Replaces every editable field with the draft: send the whole contact (as the form does), with
   * each kept point's `id` so its verification history survives. Omitted points and tags are removed.
   */
  'contacts.update': { input: z.object({ id: Id, draft: ContactDraft }), result: {} as Contact },
  'contacts.get': { input: z.object({ id: Id }), result: {} as ContactDetail },
  'contacts.list': {
    input: z.object({
      ...ListFilter,
      sort: z.enum(CONTACT_SORTS).default('name'),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(500).default(100),
    }),
    result: {} as { items: ContactSummary[]; total: number },
  },
  'contacts.search': {
    input: z.object({ q: z.string().max(200), limit: z.number().int().min(1).max(500).default(50), ...ListFilter }),
    result: {} as { items: ContactSummary[] },
  },
  'contacts.setStage': {
    input: z.object({ id: Id, stage: z.enum(STAGES), reason: optionalText(500) }),
    result: {} as Contact,
  },
  'contacts.delete': { input: z.object({ id: Id }), result: {} as { id: string; deletedAt: string } },
  'contacts.restore': { input: z.object({ id: Id }), result: {} as Contact },
  'contacts.trash': { input: z.object({}).default({}), result: {} as { items: ContactSummary[] } },
  'contacts.purge': { input: z.object({ id: Id }), result: {} as { id: string } },
  'tags.list': { input: z.object({}).default({}), result: {} as { items: TagCount[] } },
} satisfies ApiGroup;
