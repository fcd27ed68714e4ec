// Logo marks are no text. A filled shape (the round logo left of a company name) comes back from
// tesseract as "@" or "®" at high confidence, and then stands where a parenthesised ㈜ might be
// read; a word of symbols only whose box is mostly ink is dropped before anything is parsed.
import sharp from 'sharp';
import type { OcrResult } from './ocr-engine.js';

/** Share of dark pixels above which a box is a filled mark (a glyph's strokes cover ~15–50 %; a ㈜ read as "@" ~45–52 %, a round logo ~78 %). */
const FILLED = 0.65;
const SYMBOLS_ONLY = /^[^0-9A-Za-z가-힣ㄱ-ㅎㅏ-ㅣ]{1,3}$/;

export async function dropLogoMarks(gray: Buffer, ocr: OcrResult): Promise<OcrResult> {
  const suspects = ocr.lines.flatMap((l) => l.words).filter((w) => SYMBOLS_ONLY.test(w.text.trim()));
  if (!suspects.length) return ocr;
  const { data, info } = await sharp(gray).greyscale().raw().toBuffer({ resolveWithObject: true });
  const filled = new Set(suspects.filter((w) => inkShare(data, info.width, info.height, info.channels, w.bbox) > FILLED));
  if (!filled.size) return ocr;
  const lines = ocr.lines
    .map((l) => { const words = l.words.filter((w) => !filled.has(w)); return { ...l, words, text: words.map((w) => w.text).join(' ') }; })
    .filter((l) => l.words.length);
  return { ...ocr, lines, text: lines.map((l) => l.text).join('\n') };
}

export function inkShare(data: Buffer, width: number, height: number, channels: number, b: { x0: number; y0: number; x1: number; y1: number }): number {
  const x0 = Math.max(0, Math.floor(b.x0)); const x1 = Math.min(width, Math.ceil(b.x1));
  const y0 = Math.max(0, Math.floor(b.y0)); const y1 = Math.min(height, Math.ceil(b.y1));
  let ink = 0;
  let n = 0;
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) { n++; if (data[(y * width + x) * channels]! < 128) ink++; }
  return n ? ink / n : 0;
}
