// The second look at a field's whole line. The page pass reads a bold company name in a mix of
// type sizes poorly ("한빛성명", "동하해운"); the same line cut out alone, scaled to a large
// glyph height and widened a little (bold Hangul set tight runs its syllables together), reads
// far better. The new reading replaces the line only when tesseract is surer of it.
import sharp from 'sharp';
import type { CardLine, CardWord } from '../../../shared/rules/card-parser.js';
import type { OcrEngine } from './ocr-engine.js';

/** A line whose least sure word is below this gets a second look. */
const DOUBTFUL = 0.8;
/** Glyph height the line is scaled to, and how much wider than that. */
const TARGET_HEIGHT = 56;
const WIDEN = 1.4;
const MAX_WIDTH = 2400;
/** The new reading's least sure word must be this much surer than the first reading's. */
const MARGIN_GAIN = 0.1;

const meanConfidence = (ws: CardWord[]) => (ws.length ? ws.reduce((s, w) => s + w.confidence, 0) / ws.length : 0);
/** Marks with no letter in them: an unread ㈜ among them, which the parser still needs to see. */
const MARK = /^[^0-9A-Za-z가-힣]{1,3}$/;

/**
 * Reads the line holding `words` again when one of them is doubtful; returns the lines with that
 * line replaced, or null when the second reading is no better. `image` is the upright grayscale
 * card the boxes (fractions) refer to.
 */
export async function rereadFieldLine(engine: OcrEngine, image: Buffer, lines: CardLine[], words: CardWord[] | undefined): Promise<CardLine[] | null> {
  if (!words?.length || Math.min(...words.map((w) => w.confidence)) >= DOUBTFUL) return null;
  const at = lines.findIndex((l) => l.words.includes(words[0]!));
  const line = lines[at];
  if (!line) return null;
  const { width: W, height: H } = await sharp(image).metadata();
  if (!W || !H) return null;
  const x0 = Math.min(...line.words.map((w) => w.box.x)) * W;
  const x1 = Math.max(...line.words.map((w) => w.box.x + w.box.w)) * W;
  const y0 = Math.min(...line.words.map((w) => w.box.y)) * H;
  const y1 = Math.max(...line.words.map((w) => w.box.y + w.box.h)) * H;
  const h = y1 - y0;
  if (h < 12) return null;
  const left = Math.max(0, Math.floor(x0 - h * 0.5));
  const top = Math.max(0, Math.floor(y0 - h * 0.3));
  const cw = Math.min(W - left, Math.ceil(x1 - x0 + h));
  const ch = Math.min(H - top, Math.ceil(h * 1.6));
  // Never more than MAX_WIDTH wide: a long line of small type scaled up is a slow read.
  const k = Math.min(TARGET_HEIGHT / h, MAX_WIDTH / (cw * WIDEN));
  const pad = 16;
  const crop = await sharp(image).extract({ left, top, width: cw, height: ch })
    .resize({ width: Math.round(cw * k * WIDEN), height: Math.round(ch * k), fit: 'fill', kernel: 'lanczos3' })
    .extend({ top: pad, bottom: pad, left: pad, right: pad, background: '#ffffff' })
    .png({ compressionLevel: 1 }).toBuffer();
  const again = await engine.recognize(crop, { line: true });
  // Back from the crop's pixels to fractions of the card.
  const fx = (x: number) => (left + (x - pad) / (k * WIDEN)) / W;
  const fy = (y: number) => (top + (y - pad) / k) / H;
  let fresh: CardWord[] = again.lines.flatMap((l) => l.words).filter((w) => w.text.trim()).map((w) => ({
    text: w.text, confidence: w.confidence,
    box: { x: fx(w.bbox.x0), y: fy(w.bbox.y0), w: (w.bbox.x1 - w.bbox.x0) / (k * WIDEN) / W, h: (w.bbox.y1 - w.bbox.y0) / k / H },
  }));
  const weakest = (ws: CardWord[]) => Math.min(...ws.filter((w) => !MARK.test(w.text.trim())).map((w) => w.confidence), 1);
  if (!fresh.length || weakest(fresh) < weakest(line.words) + MARGIN_GAIN || meanConfidence(fresh) < meanConfidence(line.words)) return null;
  // A mark the first reading saw before the first word (an unread ㈜) stays in front.
  const firstX = fresh[0]!.box.x;
  const lead = line.words.filter((w) => MARK.test(w.text.trim()) && w.box.x + w.box.w <= firstX + 0.005);
  if (lead.length && !MARK.test(fresh[0]!.text.trim())) fresh = [...lead, ...fresh];
  return lines.map((l, i) => (i === at ? { words: fresh } : l));
}
