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
/** Ink height the crop is scaled to (tesseract's sweet spot for glyphs is ~30–40 px). */
const TARGET_HEIGHT = 36;
/** At most this many spans per card: each costs a small recognition (~20–60 ms). */
const MAX_WORDS = 8;
const MAX_CROP_WIDTH = 1600;
/** A word of marks only. */
const MARKS = /^[^0-9A-Za-z가-힣]+$/;
/** A doubtful word of Latin letters only: on a Korean card, often Hangul misread. */
const LATIN_SCRAP = /^[A-Za-z]{1,6}$/;
const HANGUL = /[가-힣]/;
const HANGUL_WORD = /^[가-힣]+$/;
/** Specks and rules are no words. */
const MIN_HEIGHT = 10;

export async function rereadDoubtful(engine: OcrEngine, image: Buffer, ocr: OcrResult): Promise<OcrResult> {
  const { width, height } = await sharp(image).metadata();
  if (!width || !height) return ocr;
  // Neighbouring doubtful words on a line are one span: a misread title often comes back as two
  // scraps ("45 4s" for 상무), and each scrap alone holds only part of the glyphs.
  const spans: { line: number; from: number; to: number; confidence: number; bbox: OcrWord['bbox'] }[] = [];
  // Words in large type are left to the large-type pass (read-card.ts), which reads them better.
  const heights = ocr.lines.map((l) => l.bbox.y1 - l.bbox.y0).sort((a, b) => a - b);
  const large = (heights[Math.floor(heights.length / 2)] ?? Infinity) * 1.6;
  ocr.lines.forEach((l, li) => {
    const hangulLine = l.words.some((w) => /[가-힣]/.test(w.text));
    const tallest = Math.max(...l.words.map((w) => w.bbox.y1 - w.bbox.y0));
    l.words.forEach((w, wi) => {
      const h = w.bbox.y1 - w.bbox.y0;
      // A sure-looking "48" or "4s" beside a Korean name is a small title read wrong: a short
      // Latin or digit scrap among Hangul words gets the second look whatever its confidence.
      const scrap = hangulLine && /^[0-9A-Za-z]{1,3}$/.test(w.text.trim()) && wi > 0 && tallest >= h * 1.5;
      // A tall box may hold a small word (a title beside the big name gets the name's height):
      // its ink decides below.
      // Numbers and e-mails are not prose: the parser has its own repairs for them.
      if (/@|\d{3}/.test(w.text)) return;
      if (!((w.confidence < DOUBTFUL || scrap) && h >= MIN_HEIGHT && h <= large * 2 && w.text.trim())) return;
      const last = spans[spans.length - 1];
      // Only small words join: a tall box may be the big name, and its neighbour a small title.
      if (last && last.line === li && last.to === wi - 1 && w.bbox.x0 - last.bbox.x1 < h && h <= large && last.bbox.y1 - last.bbox.y0 <= large) {
        last.to = wi;
        last.confidence = Math.max(last.confidence, w.confidence);
        last.bbox = { x0: last.bbox.x0, y0: Math.min(last.bbox.y0, w.bbox.y0), x1: w.bbox.x1, y1: Math.max(last.bbox.y1, w.bbox.y1) };
      } else spans.push({ line: li, from: wi, to: wi, confidence: w.confidence, bbox: { ...w.bbox } });
    });
  });
  spans.sort((a, b) => a.confidence - b.confidence);
  // On a Korean card a doubtful run of Latin letters is most often bold Hangul the English model
  // claimed ("HAY EYA" for 비전네트웍스): it is read once with Latin letters barred first.
  const hangulCard = ocr.lines.flatMap((l) => l.words).filter((w) => w.confidence >= 0.8 && HANGUL.test(w.text)).length >= 2;
  const replaced = new Map<string, OcrWord>();
  // Crops first (sharp, cheap), then the readings at once: the engine spreads them over its workers.
  const crops: { d: (typeof spans)[number]; crop: Buffer; was: OcrWord[] }[] = [];
  for (const d of spans) {
    if (crops.length >= MAX_WORDS) break;
    const b = d.bbox;
    const h = b.y1 - b.y0;
    // A narrow margin: a wide one takes in the edge of a big name beside a small title, and the
    // crop then reads as neither. Nor does the crop reach into the span's neighbours on its line
    // (an unreadable glyph's box is sometimes drawn over the words after it).
    // Sideways the margin is wider (a misread word's box often misses a glyph at its end).
    const m = Math.max(4, Math.round(h * 0.15));
    const mx = Math.round(h * 0.5);
    const words = ocr.lines[d.line]!.words;
    const before = d.from > 0 ? words[d.from - 1]!.bbox.x1 : -Infinity;
    const after = d.to + 1 < words.length ? words[d.to + 1]!.bbox.x0 : Infinity;
    const left = Math.max(0, Math.floor(Math.max(b.x0 - mx, Math.min(b.x0, before))));
    const right = Math.min(width, Math.ceil(Math.min(b.x1 + mx, Math.max(b.x1 - (b.x1 - b.x0) * 0.8, after))));
    const top = Math.max(0, Math.floor(b.y0 - m));
    const cw = right - left;
    const ch = Math.min(height - top, Math.ceil(h + 2 * m));
    if (cw < 4 || ch < 4) continue;
    const ink = await inkOf(await sharp(image).extract({ left, top, width: cw, height: ch }).png({ compressionLevel: 1 }).toBuffer());
    // Scaled by the ink's height, not the box's: boxes of small words beside big ones are too tall.
    if (!ink || ink.height < MIN_HEIGHT / 2 || ink.height > large) continue;
    // Capped in width: a long thin scrap scaled up is a slow read and no better one.
    const crop = await sharp(ink.png)
      .resize({ height: TARGET_HEIGHT, width: MAX_CROP_WIDTH, fit: 'inside', kernel: 'lanczos3' })
      .extend({ top: 16, bottom: 16, left: 16, right: 16, background: '#ffffff' })
      .png({ compressionLevel: 1 }).toBuffer();
    crops.push({ d, crop, was: words.slice(d.from, d.to + 1) });
  }
  const readings = await Promise.all(crops.map(async ({ d, crop, was }) => {
    if (hangulCard && was.every((w) => LATIN_SCRAP.test(w.text.trim()))) {
      const again = secondReading(await engine.recognize(crop, { line: true, hangul: true }), was, d.confidence);
      if (again && again.text.split(' ').every((t) => HANGUL_WORD.test(t))) return again;
    }
    return secondReading(await engine.recognize(crop, { line: true }), was, d.confidence);
  }));
  crops.forEach(({ d }, i) => {
    const word = readings[i];
    if (!word) return;
    // The span's first word takes the new reading; the others of the span are dropped.
    replaced.set(`${d.line}:${d.from}`, { ...word, bbox: d.bbox });
    for (let k = d.from + 1; k <= d.to; k++) replaced.set(`${d.line}:${k}`, { text: '', confidence: word.confidence, bbox: d.bbox });
  });
  if (!replaced.size) return ocr;
  const lines: OcrLine[] = ocr.lines.map((l, li) => {
    const words = l.words.map((w, wi) => replaced.get(`${li}:${wi}`) ?? w).filter((w) => w.text);
    return { ...l, words, text: words.map((w) => w.text).join(' ') };
  });
  return { ...ocr, lines, text: lines.map((l) => l.text).join('\n') };
}

/** A second reading of the span `was` (first read at `confidence`) that is better, or null. */
function secondReading(again: OcrResult, was: OcrWord[], confidence: number): Omit<OcrWord, 'bbox'> | null {
  // Stray marks at the crop's edges (")", ".") are bits of the neighbours, unless the first
  // reading had a mark there too (the brackets of "( 주 )").
  const fresh = again.lines.flatMap((l) => l.words).filter((w) => w.text.trim());
  while (fresh.length && MARKS.test(fresh[0]!.text.trim()) && !/^[^0-9A-Za-z가-힣]/.test(was[0]!.text.trim())) fresh.shift();
  while (fresh.length && MARKS.test(fresh[fresh.length - 1]!.text.trim()) && !/[^0-9A-Za-z가-힣]$/.test(was[was.length - 1]!.text.trim())) fresh.pop();
  if (!fresh.length) return null;
  const mean = fresh.reduce((s, w) => s + w.confidence, 0) / fresh.length;
  if (mean < ACCEPT || mean < Math.min(confidence, DOUBTFUL) + MARGIN_GAIN) return null;
  // Marks read as Latin letters ("(>" → "GY") are no better: an unread ㈜ stays a mark for the
  // parser. Marks read as Hangul are a word recovered (a small title read "~}" at first).
  // Nor is a reading that lost letters the first one had (a box cut short: "비 전 네 트 워 스" → "비 전 네").
  const letters = (t: string) => t.replace(/[^0-9A-Za-z가-힣]/g, '').length;
  if (letters(fresh.map((w) => w.text).join('')) < 0.6 * letters(was.map((w) => w.text).join(''))) return null;
  if (was.every((w) => MARKS.test(w.text.trim())) && !fresh.every((w) => /^[가-힣]+$/.test(w.text))) return null;
  return { text: fresh.map((w) => w.text).join(' '), confidence: mean };
}

/** The crop cut down to its ink (the page is white after preprocessing); null when blank. */
async function inkOf(png: Buffer): Promise<{ png: Buffer; height: number } | null> {
  try {
    const { data, info } = await sharp(png).trim({ background: '#ffffff', threshold: 60 }).png({ compressionLevel: 1 }).toBuffer({ resolveWithObject: true });
    return { png: data, height: info.height };
  } catch {
    return null; // nothing but background
  }
}
