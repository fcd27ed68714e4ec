// Saving a reviewed business card (issue 6): a new prospect, or an update of someone already in
// the book, with the card images, the card exchange as a touch, the card's phones and e-mails
// verified today, and a thank-you follow-up. Images are decoded first (async, outside any
// transaction); everything written happens in one transaction, after every field was checked.
import type { z } from 'zod';
import type { CardSave, CardSaveResult, AttachmentMeta, CardField } from '../../../shared/contract/capture.js';
import type { PointKind } from '../../../shared/domain/enums.js';
import type { FollowUp } from '../../../shared/domain/types.js';
import { AppError, type FieldIssue } from '../../../shared/errors.js';
import type { Reason } from '../../../shared/i18n/reasons.js';
import { atLocalTime, daysBetween, localDate } from '../../../shared/rules/time.js';
import { uuidv7 } from '../../../shared/uuid.js';
import { attachmentData, attachmentMeta, attachmentsOf, insertAttachment, type AttachmentKind } from '../db/attachments-repo.js';
import { type ContactRow, updateContactFields, updateLastTouch } from '../db/contacts-repo.js';
import { deleteDraft } from '../db/capture-drafts-repo.js';
import { getFollowUp, insertFollowUp } from '../db/follow-ups-repo.js';
import { recordChange } from '../db/history-repo.js';
import { insertInteraction, lastTouchOf } from '../db/interactions-repo.js';
import { insertPoint, markPointVerified, pointsOf, updatePoint, type PointRow } from '../db/points-repo.js';
import type { Context } from '../context.js';
import { storeableCardImage, type StoredImage } from './card-images.js';
import type { ContactsService } from './contacts.js';
import { normalizePoint, verifiedStatusAfterTouch, type NormalizedPoint } from './points.js';
import type { ScheduleService } from './schedule.js';
import type { SettingsService } from './settings.js';

export type CardSaveInput = z.output<typeof CardSave>;

/** Which card fields become contact points, and as what. A fax is kept as a phone labelled "Fax". */
const POINT_FIELDS: { field: CardField; kind: PointKind; label: string | null }[] = [
  { field: 'mobile', kind: 'mobile', label: null },
  { field: 'phone', kind: 'phone', label: null },
  { field: 'fax', kind: 'phone', label: 'Fax' },
  { field: 'email', kind: 'email', label: null },
  { field: 'url', kind: 'url', label: null },
  { field: 'address', kind: 'address', label: null },
];

/** The card's own words for the contact's columns (the rest become points). */
const CONTACT_FIELDS = [
  ['name', 'display_name'], ['company', 'company'], ['department', 'department'], ['title', 'title'],
] as const;

/** A thank-you "within 1 day" only makes sense for a card exchanged recently, not one found in a drawer. */
const THANKS_WITHIN_DAYS = 7;
const DAY_MS = 86_400_000;

interface CardPoint {
  field: CardField;
  kind: PointKind;
  label: string | null;
  value: string;
  n: NormalizedPoint;
}

const PHONE_KINDS = new Set<PointKind>(['mobile', 'phone']);
/** A mobile written on a card as "Tel" is still the same number: phones match across kinds. */
const sameChannel = (a: PointKind, b: PointKind): boolean => a === b || (PHONE_KINDS.has(a) && PHONE_KINDS.has(b));

export function createCaptureService(ctx: Context, settings: SettingsService, contacts: ContactsService, schedule: ScheduleService) {
  const db = ctx.db;
  const tz = () => settings.get().timeZone;

  /** Every field checked at once (so the review screen can mark all bad ones) before anything is decoded or written. */
  function checkFields(input: CardSaveInput): CardPoint[] {
    const issues: FieldIssue[] = [];
    if (!input.updateContactId && !input.fields.name) issues.push({ path: 'fields.name', message: 'is required' });
    const points: CardPoint[] = [];
    for (const { field, kind, label } of POINT_FIELDS) {
      const value = input.fields[field];
      if (!value) continue;
      try {
        points.push({ field, kind, label, value, n: normalizePoint(kind, value, `fields.${field}`) });
      } catch (e) {
        if (e instanceof AppError && e.issues) issues.push(...e.issues);
        else throw e;
      }
    }
    if (input.receivedOn && input.receivedOn > localDate(ctx.clock.now(), tz())) {
      issues.push({ path: 'receivedOn', message: 'is in the future' });
    }
    if (issues.length) throw new AppError('invalid-input', issues.map((i) => `${i.path}: ${i.message}`).join('; '), issues);
    return points;
  }

  /** When the card changed hands: now if today (or unsaid), else noon of that day in the user's time zone. */
  function exchangedAt(receivedOn: string | null | undefined): string {
    const now = ctx.nowIso();
    if (!receivedOn || receivedOn === localDate(now, tz())) return now;
    return atLocalTime(receivedOn, 12, 0, tz());
  }

  async function save(input: CardSaveInput): Promise<CardSaveResult> {
    const cardPoints = checkFields(input);
    const images: { kind: AttachmentKind; image: StoredImage }[] = [];
    if (input.front) images.push({ kind: 'card-front', image: await storeableCardImage(input.front, 'front.dataBase64') });
    if (input.back) images.push({ kind: 'card-back', image: await storeableCardImage(input.back, 'back.dataBase64') });

    const now = ctx.nowIso();
    const at = exchangedAt(input.receivedOn);
    return ctx.db.transaction((): CardSaveResult => {
      let id: string;
      let created: boolean;
      if (input.updateContactId) {
        id = input.updateContactId;
        updateFromCard(contacts.requireRow(id), input, cardPoints, now);
        created = false;
      } else {
        id = contacts.add({
          name: input.fields.name!, familyName: null, givenName: null, company: input.fields.company,
          department: input.fields.department, title: input.fields.title, stage: 'prospect', source: 'card',
          birthday: null, notes: null, tags: [],
          points: cardPoints.map((p) => ({ kind: p.kind, label: p.label, value: p.value, primary: false })),
        }, { at: now, verifiedVia: 'card' }).id;
        created = true;
      }

      // The card exchange itself, on the timeline: where and when, and which points it proved.
      const proved = provedPointIds(id, cardPoints);
      insertInteraction(db, {
        id: uuidv7(ctx.clock.now()), contactId: id, kind: 'card-exchange', direction: 'inbound', occurredAt: at,
        summary: input.event, outcome: 'neutral', purpose: 'service', verifiedPointIds: proved, completedFollowUpId: null, createdAt: now,
      });
      updateLastTouch(db, id, lastTouchOf(db, id)?.occurred_at ?? null);

      for (const { kind, image } of images) {
        insertAttachment(db, {
          id: uuidv7(ctx.clock.now()), contactId: id, kind, mime: image.mime, data: image.data,
          ocrText: kind === 'card-front' ? (input.ocrText?.trim() || null) : null, at: now,
        });
      }

      const followUp = thankYou(id, at, input.event, now);
      if (input.draftId) deleteDraft(db, input.draftId); // saved: no longer an unsaved card
      schedule.syncCheckIn(id); // the check-in now counts from the card exchange
      return { contact: contacts.toContact(contacts.requireRow(id)), created, followUp };
    })();
  }

  /**
   * Fold a card into an existing contact: changed name/company/department/title are recorded in
   * contact_history (a job change stays visible, never silently overwritten); the card's points
   * that the contact already has are verified today, new ones are added and become primary (a
   * new card is the most current word on how to reach someone). An empty field keeps what is there.
   */
  function updateFromCard(row: ContactRow, input: CardSaveInput, cardPoints: CardPoint[], at: string): void {
    if (row.deleted_at) throw new AppError('conflict', 'This contact is in the trash; restore it before adding a card to it.');
    const next = {
      display_name: row.display_name, family_name: row.family_name, given_name: row.given_name, company: row.company,
      department: row.department, title: row.title, birthday: row.birthday, notes: row.notes,
    };
    for (const [field, column] of CONTACT_FIELDS) {
      const value = input.fields[field];
      if (!value || value === row[column]) continue;
      recordChange(db, row.id, column, row[column], value, at, 'card');
      next[column] = value;
    }
    updateContactFields(db, row.id, next, at);

    const existing = pointsOf(db, row.id);
    let position = existing.length;
    for (const p of cardPoints) {
      const match = existing.find((e) => sameChannel(e.kind, p.kind) && e.normalized === p.n.normalized);
      if (match) {
        if (!p.n.forcedStatus) markPointVerified(db, match.id, at, 'card', verifiedStatusAfterTouch(match.status));
        continue;
      }
      const primary = PHONE_KINDS.has(p.kind) || p.kind === 'email' ? p.label === null : !existing.some((e) => e.kind === p.kind);
      if (primary) demotePrimary(existing, p.kind, at);
      const point: PointRow = {
        id: uuidv7(ctx.clock.now()), contact_id: row.id, kind: p.kind, label: p.label, raw_value: p.value, normalized: p.n.normalized,
        is_primary: primary ? 1 : 0, position: position++, verified_at: p.n.forcedStatus ? null : at,
        verified_via: p.n.forcedStatus ? null : 'card', status: p.n.forcedStatus ?? 'verified', created_at: at, updated_at: at, deleted_at: null,
      };
      insertPoint(db, point, at);
      existing.push(point);
      recordChange(db, row.id, `point.${p.kind}`, null, p.value, at, 'card');
    }
    contacts.reindex(row.id);
  }

  function demotePrimary(points: PointRow[], kind: PointKind, at: string): void {
    for (const p of points) {
      if (p.kind !== kind || p.is_primary !== 1) continue;
      p.is_primary = 0;
      updatePoint(db, p, at);
    }
  }

  /** The contact's points that the card showed and that now count as verified by it. */
  function provedPointIds(contactId: string, cardPoints: CardPoint[]): string[] {
    const points = pointsOf(db, contactId);
    return points
      .filter((p) => p.verified_via === 'card' && cardPoints.some((c) => sameChannel(c.kind, p.kind) && c.n.normalized === p.normalized))
      .map((p) => p.id);
  }

  /** "Send a thank-you within 1 day of the card exchange" — for cards exchanged in the last week. */
  function thankYou(contactId: string, exchangedAt: string, event: string | null, now: string): FollowUp | null {
    const on = localDate(exchangedAt, tz());
    if (daysBetween(on, localDate(now, tz())) > THANKS_WITHIN_DAYS) return null;
    const due = new Date(Math.max(Date.parse(exchangedAt) + DAY_MS, Date.parse(now))).toISOString();
    const reason: Reason = { code: 'card-thanks', params: { on, event } };
    const id = uuidv7(ctx.clock.now());
    insertFollowUp(db, { id, contactId, kind: 'custom', dueAt: due, dueDate: localDate(due, tz()), reason, createdBy: 'rule', at: now });
    return schedule.toFollowUp(getFollowUp(db, id)!);
  }

  function listAttachments(contactId: string): { items: AttachmentMeta[] } {
    contacts.requireRow(contactId);
    return { items: attachmentsOf(db, contactId) };
  }

  function getAttachment(id: string): AttachmentMeta & { dataBase64: string } {
    const meta = attachmentMeta(db, id);
    const data = attachmentData(db, id);
    if (!meta || !data) throw new AppError('not-found', `No attachment with id ${id}`);
    return { ...meta, dataBase64: data.data.toString('base64') };
  }

  return { save, listAttachments, getAttachment };
}

export type CaptureService = ReturnType<typeof createCaptureService>;
