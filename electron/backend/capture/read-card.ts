// From image bytes to upright OCR lines: prepare, pick the orientation, recognise.
import sharp from 'sharp';
import { prepareImage, rotated, type Rotation } from './preprocess.js';
import type { OcrEngine, OcrResult } from './ocr-engine.js';

export interface CardReading {
  ocr: OcrResult;
  rotation: Rotation;
  /** The upright colour image the boxes refer to. */
  preview: { jpeg: Buffer; width: number; height: number };
}

/** A reading this sure needs no look at the other orientation. */
const ACCEPT = 0.7;
/** Orientation probes read a small copy: wrong-way-up text is slow to read at full size. */
const PROBE_LONG_SIDE = 640;

async function probe(engine: OcrEngine, gray: Buffer, rotation: Rotation): Promise<number> {
  const small = await sharp(gray).rotate(rotation).resize({ width: PROBE_LONG_SIDE, height: PROBE_LONG_SIDE, fit: 'inside' }).png({ compressionLevel: 1 }).toBuffer();
  return score(await engine.recognize(small));
}

/** Sure words: an upside-down or sideways card yields few, at low confidence. */
function score(r: OcrResult): number {
  let n = 0;
  for (const l of r.lines) for (const w of l.words) if (w.confidence > 0.6 && /[0-9A-Za-z가-힣]{2,}/.test(w.text)) n++;
  return n * r.confidence;
}

export async function readCard(engine: OcrEngine, bytes: Buffer): Promise<CardReading> {
  const img = await prepareImage(bytes);
  let rotation: Rotation;
  let ocr: OcrResult;
  if (img.height > img.width * 1.15) {
    // A card is wider than tall: a portrait image is a card on its side. Probe both ways.
    const [a, b] = [await probe(engine, img.gray, 90), await probe(engine, img.gray, 270)];
    rotation = a >= b ? 90 : 270;
    ocr = await engine.recognize(await rotated(img.gray, rotation));
  } else {
    rotation = 0;
    ocr = await engine.recognize(img.gray);
    if (ocr.confidence < ACCEPT) {
      const [upright, flipped] = [await probe(engine, img.gray, 0), await probe(engine, img.gray, 180)];
      if (flipped > upright * 1.5) {
        rotation = 180;
        ocr = await engine.recognize(await rotated(img.gray, 180));
      }
    }
  }
  const colour = rotation ? img.colour.rotate(rotation) : img.colour;
  const jpeg = await colour.jpeg({ quality: 82 }).toBuffer();
  const swap = rotation === 90 || rotation === 270;
  return { ocr, rotation, preview: { jpeg, width: swap ? img.height : img.width, height: swap ? img.width : img.height } };
}
