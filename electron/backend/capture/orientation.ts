// Which way up a card is, from a few of its text lines read alone. Reading a whole card the wrong
// way up is slow (tesseract hunts for text in every blob: 0.5–0.8 s even for a 640-px copy, more
// than reading the card itself upright) and was what made rotated cards take 2–3 s. A single
// text line cut out and read in line mode takes a fraction of that either way up, and right way
// up it reads as confident words while upside down it reads as scraps.
import sharp from 'sharp';
import type { OcrEngine, OcrResult } from './ocr-engine.js';
import { otsu } from './perspective.js';

/** The width the line bands are looked for at (the crops are cut from the full image). */
const SCAN_WIDTH = 600;
/** A row is part of a text line when this share of its pixels is ink. */
const INK_ROW = 0.015;
/** Line bands taller or shorter than these shares of the image height are not body text. */
const MIN_BAND = 0.018;
const MAX_BAND = 0.12;
/** Lines read per orientation. */
const BANDS = 2;

export interface Band { top: number; bottom: number; ink: number }

/**
 * Horizontal text lines of a grayscale image (dark ink on light), as row ranges of the full
 * image, the most inked first: a card's longer lines (address, company) carry the most letters.
 */
export async function textBands(gray: Buffer): Promise<Band[]> {
  const { data, info } = await sharp(gray).resize({ width: SCAN_WIDTH }).grayscale().raw().toBuffer({ resolveWithObject: true });
  const { width: w, height: h } = info;
  const t = otsu(data);
  const rows: number[] = [];
  for (let y = 0; y < h; y++) {
    let n = 0;
    for (let x = 0, i = y * w; x < w; x++, i++) if (data[i]! < t) n++;
    rows.push(n);
  }
  // Ink in every row (a vertical logo, a border) is not a line: count from the quiet rows' level.
  const base = [...rows].sort((a, b) => a - b)[Math.floor(h * 0.2)]!;
  const bands: Band[] = [];
  let start = -1;
  let ink = 0;
  for (let y = 0; y <= h; y++) {
    const on = y < h && rows[y]! - base > w * INK_ROW;
    if (on && start < 0) { start = y; ink = 0; }
    if (on) ink += rows[y]!;
    if (!on && start >= 0) {
      const height = y - start;
      if (height >= h * MIN_BAND && height <= h * MAX_BAND) bands.push({ top: start, bottom: y, ink });
      start = -1;
    }
  }
  const k = (await sharp(gray).metadata()).height! / h;
  // Body text, not the name printed big: bold display type reads poorly line by line.
  const heights = bands.map((b) => b.bottom - b.top).sort((a, b) => a - b);
  const typical = heights[Math.floor(heights.length / 2)] ?? 0;
  return bands.filter((b) => b.bottom - b.top <= typical * 1.5).sort((a, b) => b.ink - a.ink).map((b) => ({ top: Math.floor(b.top * k), bottom: Math.ceil(b.bottom * k), ink: b.ink }));
}

/** Sure words: an upside-down or sideways line yields few, at low confidence. */
export function sureWords(r: OcrResult): number {
  let n = 0;
  for (const l of r.lines) for (const w of l.words) if (w.confidence > 0.6 && /[0-9A-Za-z가-힣]{2,}/.test(w.text)) n++;
  return n * r.confidence;
}

/** Sure words in one text line, read as it is (0) or turned over (180). */
export async function bandScore(engine: OcrEngine, gray: Buffer, band: Band, turn: 0 | 180): Promise<number> {
  const { width, height } = await sharp(gray).metadata();
  const pad = Math.round((band.bottom - band.top) * 0.25);
  const top = Math.max(0, band.top - pad);
  const crop = await sharp(gray).extract({ left: 0, top, width: width!, height: Math.min(height!, band.bottom + pad) - top })
    .rotate(turn).png({ compressionLevel: 1 }).toBuffer();
  return sureWords(await engine.recognize(crop));
}

/** The best line read as it is this sure settles it alone (wrong way up, none read above 0.5 here). */
const SURE_AT_ONCE = 1.5;
/** Otherwise the lines settle it when they are this sure one way… */
const SURE = 2;
/** …and the other way reads this many times fewer sure words. */
const MARGIN = 3;

/**
 * Whether the image reads as it is (0) or turned over (180), from its best text lines: the
 * first line read as it is settles most upright cards alone; null when the lines cannot tell
 * (the caller then reads the whole card both ways).
 */
export async function upsideDown(engine: OcrEngine, gray: Buffer): Promise<0 | 180 | null> {
  const bands = await textBands(gray);
  let as = 0;
  let turned = 0;
  for (const band of bands.slice(0, BANDS)) {
    as += await bandScore(engine, gray, band, 0);
    if (as >= SURE_AT_ONCE && band === bands[0]) return 0;
    turned += await bandScore(engine, gray, band, 180);
    if (as >= SURE && as >= turned * MARGIN) return 0;
    if (turned >= SURE && turned >= as * MARGIN) return 180;
  }
  return null;
}
