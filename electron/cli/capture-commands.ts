// `inyeon capture IMAGE... [--save]`: recognise business-card photos offline and print the fields;
// with --save, create each card's contact (source 'card': its phones and e-mail count as verified
// by the card today). A card that cannot be read is reported in its entry; the others go on.
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { CARD_FIELDS, CARD_IMAGE_MIMES, type CardField, type RecognizedCard } from '../../shared/contract/capture.js';
import type { ContactDraft, Invoke } from '../../shared/contract/index.js';
import type { Contact } from '../../shared/domain/types.js';
import { AppError } from '../../shared/errors.js';
import { UsageError } from './args.js';
import type { Command } from './commands.js';

export interface CaptureLine {
  file: string;
  fields: Record<CardField, string>;
  confidence: Record<CardField, number>;
  text: string;
  rotation?: RecognizedCard['rotation'];
  ms?: number;
  duplicates?: RecognizedCard['duplicates'];
  contact?: Pick<Contact, 'id' | 'name'>;
  error?: { code: string; message: string };
}

const MIME_BY_EXT: Record<string, (typeof CARD_IMAGE_MIMES)[number]> = {
  '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.png': 'image/png', '.webp': 'image/webp', '.heic': 'image/heic', '.heif': 'image/heif',
};

const empty = <T>(v: T) => Object.fromEntries(CARD_FIELDS.map((f) => [f, v])) as Record<CardField, T>;

/** The reviewed card as a contact draft: what capture.save will do once it exists on this branch. */
export function cardDraft(f: Record<CardField, string>): ContactDraft {
  const points: NonNullable<ContactDraft['points']> = [];
  if (f.mobile) points.push({ kind: 'mobile', value: f.mobile, primary: true });
  if (f.phone) points.push({ kind: 'phone', label: 'office', value: f.phone });
  if (f.fax) points.push({ kind: 'phone', label: 'fax', value: f.fax });
  if (f.email) points.push({ kind: 'email', value: f.email, primary: true });
  if (f.url) points.push({ kind: 'url', value: f.url });
  if (f.address) points.push({ kind: 'address', label: 'work', value: f.address });
  return {
    name: f.name, source: 'card', stage: 'prospect', points,
    ...(f.company ? { company: f.company } : {}), ...(f.department ? { department: f.department } : {}), ...(f.title ? { title: f.title } : {}),
  };
}

async function captureOne(invoke: Invoke, path: string, save: boolean): Promise<CaptureLine> {
  const file = basename(path);
  try {
    let bytes: Buffer;
    try { bytes = readFileSync(path); } catch (e) { throw new AppError('not-found', `Cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? 'error'}`); }
    if (bytes.length === 0) throw new AppError('unreadable-image', `${file} is empty.`);
    const mime = MIME_BY_EXT[extname(path).toLowerCase()] ?? 'image/jpeg';
    const card = await invoke('capture.recognize', { image: { name: file.slice(0, 255), mime, dataBase64: bytes.toString('base64') } });
    const line: CaptureLine = { file, fields: card.fields, confidence: card.confidence, text: card.text, rotation: card.rotation, ms: card.ms, duplicates: card.duplicates };
    if (save) {
      if (!card.fields.name) throw new AppError('invalid-input', `${file}: no name was recognised, so no contact was created.`);
      const contact = await invoke('contacts.add', cardDraft(card.fields));
      line.contact = { id: contact.id, name: contact.name };
    }
    return line;
  } catch (e) {
    const err = e instanceof AppError ? e : new AppError('internal', e instanceof Error ? e.message : String(e));
    return { file, fields: empty(''), confidence: empty(0), text: '', error: { code: err.code, message: err.message } };
  }
}

export const CAPTURE_COMMANDS: Record<string, Command> = {
  capture: {
    options: { save: { type: 'boolean' } },
    usage: 'capture IMAGE... [--save]',
    async run({ invoke, values, positionals }) {
      if (positionals.length === 0) throw new UsageError('capture needs at least one image file');
      const out: CaptureLine[] = [];
      // One card at a time: the OCR worker is single, and a second would only queue.
      for (const p of positionals) out.push(await captureOne(invoke, p, values.save === true));
      if (out.every((l) => l.error)) {
        const first = out[0]!.error!;
        throw new AppError(first.code as never, out.length === 1 ? first.message : `None of the ${out.length} images could be recognised; first: ${first.message}`);
      }
      return out;
    },
  },
};
