// From image bytes to upright OCR lines: prepare, pick the orientation, recognise.
import { prepareImage, rotated, type Rotation } from './preprocess.js';
import type { OcrEngine, OcrResult } from './ocr-engine.js';

export interface CardReading {
  ocr: OcrResult;
  rotation: Rotation;
  /** The upright colour image the boxes refer to. */
  preview: { jpeg: Buffer; width: number; height: number };
}

/** Good enough to stop trying other orientations. */
const ACCEPT = 0.7;

/** Readable words: an upside-down or sideways card yields few, at low confidence. */
const score = (r: OcrResult) => r.lines.reduce((s, l) => s + l.words.filter((w) => w.confidence > 0.6 && /[0-9A-Za-z가-힣]{2,}/.test(w.text)).length, 0) * r.confidence;

export async function readCard(engine: OcrEngine, bytes: Buffer): Promise<CardReading> {
  const img = await prepareImage(bytes);
  // A card is wider than tall: a portrait image is a card on its side.
  const candidates: Rotation[] = img.height > img.width * 1.15 ? [90, 270] : [0, 180];
  let best: { ocr: OcrResult; rotation: Rotation; s: number } | null = null;
  for (const rotation of candidates) {
    const ocr = await engine.recognize(await rotated(img.gray, rotation));
    const s = score(ocr);
    if (!best || s > best.s) best = { ocr, rotation, s };
    if (ocr.confidence >= ACCEPT) break;
  }
  const { ocr, rotation } = best!;
  const colour = rotation ? img.colour.rotate(rotation) : img.colour;
  const jpeg = await colour.jpeg({ quality: 82 }).toBuffer();
  const swap = rotation === 90 || rotation === 270;
  return { ocr, rotation, preview: { jpeg, width: swap ? img.height : img.width, height: swap ? img.width : img.height } };
}
