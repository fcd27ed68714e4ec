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
/** At most this many spans per card: each costs a small recognition (~20–60 ms). */
const MAX_WORDS = 8;
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
    l.words.forEach((w, wi) => {
      const h = w.bbox.y1 - w.bbox.y0;
      if (!(w.confidence < DOUBTFUL && h >= MIN_HEIGHT && h <= large && w.text.trim())) return;
      const last = spans[spans.length - 1];
      if (last && last.line === li && last.to === wi - 1 && w.bbox.x0 - last.bbox.x1 < h) {
        last.to = wi;
        last.confidence = Math.max(last.confidence, w.confidence);
        last.bbox = { x0: last.bbox.x0, y0: Math.min(last.bbox.y0, w.bbox.y0), x1: w.bbox.x1, y1: Math.max(last.bbox.y1, w.bbox.y1) };
      } else spans.push({ line: li, from: wi, to: wi, confidence: w.confidence, bbox: { ...w.bbox } });
    });
  });
  spans.sort((a, b) => a.confidence - b.confidence);
  const replaced = new Map<string, OcrWord>();
  for (const d of spans.slice(0, MAX_WORDS)) {
    const b = d.bbox;
    const h = b.y1 - b.y0;
    // More room sideways than up and down: a scrap's box often misses the glyphs beside it.
    const my = Math.round(h * 0.3);
    const mx = Math.round(h * 0.5);
    const left = Math.max(0, b.x0 - mx);
    const top = Math.max(0, b.y0 - my);
    const cw = Math.min(width - left, b.x1 - b.x0 + 2 * mx);
    const ch = Math.min(height - top, h + 2 * my);
    if (cw < 4 || ch < 4) continue;
    const crop = await sharp(image).extract({ left, top, width: cw, height: ch })
      .resize({ height: Math.round((ch * TARGET_HEIGHT) / h), kernel: 'lanczos3' })
      .extend({ top: 16, bottom: 16, left: 16, right: 16, background: '#ffffff' })
      .png({ compressionLevel: 1 }).toBuffer();
    const again = await engine.recognize(crop, { line: true });
    const words = again.lines.flatMap((l) => l.words).filter((w) => w.text.trim());
    if (!words.length) continue;
    const confidence = words.reduce((s, w) => s + w.confidence, 0) / words.length;
    if (confidence < ACCEPT || confidence < d.confidence + MARGIN_GAIN) continue;
    // The span's first word takes the new reading; the others of the span are dropped.
    replaced.set(`${d.line}:${d.from}`, { text: words.map((w) => w.text).join(' '), confidence, bbox: b });
    for (let k = d.from + 1; k <= d.to; k++) replaced.set(`${d.line}:${k}`, { text: '', confidence, bbox: b });
  }
  if (!replaced.size) return ocr;
  const lines: OcrLine[] = ocr.lines.map((l, li) => {
    const words = l.words.map((w, wi) => replaced.get(`${li}:${wi}`) ?? w).filter((w) => w.text);
    return { ...l, words, text: words.map((w) => w.text).join(' ') };
  });
  return { ...ocr, lines, text: lines.map((l) => l.text).join('\n') };
}
