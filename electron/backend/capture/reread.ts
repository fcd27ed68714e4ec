// The second look at doubtful words. A card mixes type sizes on one line (a 64 px name beside a
// 32 px title) and bold logos; tesseract's page pass then reads a title as "4" or a label as
// "THA". Each low-confidence word is cut out with a margin, scaled to a height tesseract reads
// well, and read again as a single line; the new reading replaces the old one when it is surer.
import sharp from 'sharp';
import type { OcrEngine, OcrLine, OcrResult, OcrWord } from './ocr-engine.js';

/** Words below this confidence get a second look. */
const DOUBTFUL = 0.6;
/** A second reading must be at least this sure, and clearly surer than the first. */
const ACCEPT = 0.7;
const MARGIN_GAIN = 0.15;
/** Glyph height the crop is scaled to (tesseract's sweet spot is ~30–40 px). */
const TARGET_HEIGHT = 40;
/** At most this many words per card: each costs a small recognition (~20–60 ms). */
const MAX_WORDS = 8;
/** Specks and rules are no words. */
const MIN_HEIGHT = 10;

export async function rereadDoubtful(engine: OcrEngine, image: Buffer, ocr: OcrResult): Promise<OcrResult> {
  const { width, height } = await sharp(image).metadata();
  if (!width || !height) return ocr;
  const doubtful: { line: number; word: number; w: OcrWord }[] = [];
  ocr.lines.forEach((l, li) => l.words.forEach((w, wi) => {
    const h = w.bbox.y1 - w.bbox.y0;
    if (w.confidence < DOUBTFUL && h >= MIN_HEIGHT && w.text.trim()) doubtful.push({ line: li, word: wi, w });
  }));
  doubtful.sort((a, b) => a.w.confidence - b.w.confidence);
  const replaced = new Map<string, OcrWord>();
  for (const d of doubtful.slice(0, MAX_WORDS)) {
    const b = d.w.bbox;
    const h = b.y1 - b.y0;
    const m = Math.round(h * 0.3);
    const left = Math.max(0, b.x0 - m);
    const top = Math.max(0, b.y0 - m);
    const cw = Math.min(width - left, b.x1 - b.x0 + 2 * m);
    const ch = Math.min(height - top, h + 2 * m);
    if (cw < 4 || ch < 4) continue;
    const crop = await sharp(image).extract({ left, top, width: cw, height: ch })
      .resize({ height: Math.round((ch * TARGET_HEIGHT) / h), kernel: 'lanczos3' })
      .extend({ top: 16, bottom: 16, left: 16, right: 16, background: '#ffffff' })
      .png({ compressionLevel: 1 }).toBuffer();
    const again = await engine.recognize(crop, { line: true });
    const words = again.lines.flatMap((l) => l.words).filter((w) => w.text.trim());
    if (!words.length) continue;
    const confidence = words.reduce((s, w) => s + w.confidence, 0) / words.length;
    if (confidence < ACCEPT || confidence < d.w.confidence + MARGIN_GAIN) continue;
    replaced.set(`${d.line}:${d.word}`, { text: words.map((w) => w.text).join(' '), confidence, bbox: d.w.bbox });
  }
  if (!replaced.size) return ocr;
  const lines: OcrLine[] = ocr.lines.map((l, li) => {
    const words = l.words.map((w, wi) => replaced.get(`${li}:${wi}`) ?? w);
    return { ...l, words, text: words.map((w) => w.text).join(' ') };
  });
  return { ...ocr, lines, text: lines.map((l) => l.text).join('\n') };
}
