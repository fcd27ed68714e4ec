// `inyeon capture IMAGE... [--save]`: recognise business-card photos offline and print the fields;
// with --save, save each card as the Capture screen does (capture.save: a prospect from the card,
// its phones and e-mail verified by the card today, the image attached, a thank-you follow-up). A card that cannot be read is reported in its entry; the others go on.
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { CARD_FIELDS, CARD_IMAGE_MIMES, type CardField, type RecognizedCard } from '../../shared/contract/capture.js';
import type { Invoke } from '../../shared/contract/index.js';
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

/** The recognised fields as capture.save takes them: '' (not found) becomes null. */
const reviewed = (f: Record<CardField, string>) => Object.fromEntries(CARD_FIELDS.map((k) => [k, f[k] || null])) as Record<CardField, string | null>;

async function captureOne(invoke: Invoke, path: string, save: boolean): Promise<CaptureLine> {
  const file = basename(path);
  try {
    let bytes: Buffer;
    try { bytes = readFileSync(path); } catch (e) { throw new AppError('not-found', `Cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? 'error'}`); }
    if (bytes.length === 0) throw new AppError('unreadable-image', `${file} is empty.`);
    const mime = MIME_BY_EXT[extname(path).toLowerCase()] ?? 'image/jpeg';
    const image = { name: file.slice(0, 255), mime, dataBase64: bytes.toString('base64') };
    const card = await invoke('capture.recognize', { image });
    const line: CaptureLine = { file, fields: card.fields, confidence: card.confidence, text: card.text, rotation: card.rotation, ms: card.ms, duplicates: card.duplicates };
    if (save) {
      if (!card.fields.name) throw new AppError('invalid-input', `${file}: no name was recognised, so no contact was created.`);
      // The same save as the Capture screen's: a prospect from the card, the image attached, the
      // points verified by the card today, and the thank-you follow-up in Today.
      const saved = await invoke('capture.save', { fields: reviewed(card.fields), front: image, ocrText: card.text.slice(0, 20_000) });
      line.contact = { id: saved.contact.id, name: saved.contact.name };
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
