// From image bytes to upright OCR lines: prepare, pick the orientation, recognise.
import sharp from 'sharp';
import { prepareImage, rotated, type Rotation } from './preprocess.js';
import { sureWords, upsideDown } from './orientation.js';
import type { OcrEngine, OcrLine, OcrResult } from './ocr-engine.js';
import { rereadDoubtful } from './reread.js';
import { dropLogoMarks } from './logo-marks.js';
import { joinResultPieces } from './rows.js';

export interface CardReading {
  ocr: OcrResult;
  /** Large lines read again on a small copy (big bold names read better there), in `ocr`'s pixels. */
  large: OcrLine[];
  rotation: Rotation;
  /** The upright grayscale image tesseract read (for second looks at single lines). */
  image: Buffer;
  /** The upright colour image the boxes refer to. */
  preview: { jpeg: Buffer; width: number; height: number };
}

/** A reading this sure needs no look at the other orientation. */
const ACCEPT = 0.7;
/**
 * When its text lines cannot tell which way up a card is: whole-card probes on a small copy
 * (wrong-way-up text is slow to read at full size).
 */
const PROBE_LONG_SIDE = 640;

async function probe(engine: OcrEngine, gray: Buffer, rotation: Rotation): Promise<number> {
  const small = await sharp(gray).rotate(rotation).resize({ width: PROBE_LONG_SIDE, height: PROBE_LONG_SIDE, fit: 'inside' }).png({ compressionLevel: 1 }).toBuffer();
  return sureWords(await engine.recognize(small));
}

/** The second look at large text: names printed big and bold often come apart at full size. */
const LARGE_LONG_SIDE = 720;

async function largeLines(engine: OcrEngine, upright: Buffer, main: OcrResult, width: number): Promise<OcrLine[]> {
  const heights = main.lines.map((l) => l.bbox.y1 - l.bbox.y0).sort((a, b) => a - b);
  const median = heights[Math.floor(heights.length / 2)] ?? 0;
  // The tall lines, and the unsure ones: a big bold name the page pass misread often comes out
  // as scraps ("=", "으", "HM") no taller than the rest.
  const tall = main.lines.filter((l) => l.bbox.y1 - l.bbox.y0 > median * 1.6 || l.confidence < 0.5);
  if (!tall.length) return [];
  // Only the band of the tall lines is read again (at the small scale): a whole-card pass costs
  // half a main recognition, this strip a fraction of it.
  const meta = await sharp(upright).metadata();
  const fullW = meta.width ?? width;
  const fullH = meta.height ?? 0;
  const pad = median;
  const top = Math.max(0, Math.floor(Math.min(...tall.map((l) => l.bbox.y0)) - pad));
  const bottom = Math.min(fullH, Math.ceil(Math.max(...tall.map((l) => l.bbox.y1)) + pad));
  if (bottom - top < 8) return [];
  const k = fullW / Math.min(LARGE_LONG_SIDE, fullW);
  const small = await sharp(upright).extract({ left: 0, top, width: fullW, height: bottom - top })
    .resize({ width: Math.round(fullW / k) }).png({ compressionLevel: 1 }).toBuffer();
  const scale = (b: OcrLine['bbox']) => ({ x0: b.x0 * k, y0: b.y0 * k + top, x1: b.x1 * k, y1: b.y1 * k + top });
  const r = await engine.recognize(small);
  return r.lines
    .map((l) => ({ ...l, bbox: scale(l.bbox), words: l.words.map((w) => ({ ...w, bbox: scale(w.bbox) })) }))
    .filter((l) => l.bbox.y1 - l.bbox.y0 > median * 1.6 && l.words.some((w) => w.confidence > 0.8));
}

export async function readCard(engine: OcrEngine, bytes: Buffer): Promise<CardReading> {
  const img = await prepareImage(bytes);
  let rotation: Rotation;
  let ocr: OcrResult;
  let upright = img.gray;
  // A card is wider than tall: a portrait image is a card on its side, turned one way or the other.
  const portrait = img.height > img.width * 1.15;
  const side = portrait ? await rotated(img.gray, 90) : img.gray;
  // A landscape card is most often upright: its page is read on one worker while a few of its
  // lines, on the other, tell whether it is.
  const asIs = portrait ? null : engine.recognize(img.gray);
  asIs?.catch(() => undefined); // not awaited when the card turns out to be upside down
  const turn = await upsideDown(engine, side);
  if (turn !== null) {
    rotation = portrait ? (turn ? 270 : 90) : turn;
    if (rotation === 0) ocr = await asIs!;
    else {
      upright = rotation === 90 ? side : await rotated(img.gray, rotation);
      ocr = await engine.recognize(upright);
    }
  } else if (portrait) {
    const [a, b] = await Promise.all([probe(engine, img.gray, 90), probe(engine, img.gray, 270)]);
    rotation = a >= b ? 90 : 270;
    upright = await rotated(img.gray, rotation);
    ocr = await engine.recognize(upright);
  } else {
    rotation = 0;
    ocr = await asIs!;
    if (ocr.confidence < ACCEPT) {
      const [straight, flipped] = await Promise.all([probe(engine, img.gray, 0), probe(engine, img.gray, 180)]);
      if (flipped > straight * 1.5) {
        rotation = 180;
        upright = await rotated(img.gray, 180);
        ocr = await engine.recognize(upright);
      }
    }
  }
  const swapped = rotation === 90 || rotation === 270;
  // The doubtful words and the big-name strip are read at once (the engine's two workers). The
  // small copy reads a round logo as "@" too, which the parser would take for an unread ㈜; the
  // strip is found from the lines as the page pass cut them (a big name's pieces are tall).
  const page = await dropLogoMarks(upright, ocr);
  const [reread, strip] = await Promise.all([
    rereadDoubtful(engine, upright, page),
    largeLines(engine, upright, page, swapped ? img.height : img.width),
  ]);
  ocr = await dropLogoMarks(upright, reread);
  const large = (await dropLogoMarks(upright, { text: '', confidence: 1, lines: strip })).lines;
  ocr = joinResultPieces(ocr);
  const colour = rotation ? img.colour.rotate(rotation) : img.colour;
  const jpeg = await colour.jpeg({ quality: 82 }).toBuffer();
  return { ocr, large, rotation, image: upright, preview: { jpeg, width: swapped ? img.height : img.width, height: swapped ? img.width : img.height } };
}
