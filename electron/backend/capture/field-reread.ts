// The second look at a field's whole line. The page pass reads a bold company name in a mix of
// type sizes poorly ("한빛성명", "동하해운"); the same line cut out alone, scaled to a large
// glyph height and widened a little (bold Hangul set tight runs its syllables together), reads
// far better. The new reading replaces the line only when tesseract is surer of it.
import sharp from 'sharp';
import type { CardLine, CardWord } from '../../../shared/rules/card-parser.js';
import { emailFromSecondReading, nameFromSecondReading } from '../../../shared/rules/card-parser.js';
import type { OcrEngine } from './ocr-engine.js';
import { otsu } from './perspective.js';

/** A line whose least sure word is below this gets a second look. */
const DOUBTFUL = 0.8;
/** Glyph height the line is scaled to, and how much wider than that. */
const TARGET_HEIGHT = 56;
const WIDEN = 1.4;
const MAX_WIDTH = 2400;
/** The new reading's least sure word must be this much surer than the first reading's. */
const MARGIN_GAIN = 0.1;

const meanConfidence = (ws: CardWord[]) => (ws.length ? ws.reduce((s, w) => s + w.confidence, 0) / ws.length : 0);
/** A word of Latin letters only, read unsure: on a Korean card, bold Hangul misread. */
const LATIN_SCRAP = /^[A-Za-z]{1,6}$/;
const SCRAP_CONFIDENCE = 0.6;
/** Marks with no letter in them: an unread ㈜ among them, which the parser still needs to see. */
const MARK = /^[^0-9A-Za-z가-힣]{1,3}$/;
const unreadGlyph = (w: CardWord) => { const t = w.text.trim(); return MARK.test(t) || /^\d$/.test(t) || ([...t].length === 1 && w.confidence < 0.4); };

/** Below this, the darkest pixels of a crop are ink; above it the ink is faint. */
const FAINT_INK = 60;

/**
 * A crop whose darkest ink is grey (a gold company name on a dark card, inverted; a blurred one)
 * is cut to black and white at its Otsu threshold: tesseract reads faint bold Hangul as Latin
 * scraps ("FH AY EY") and the same glyphs in black as Hangul. Crops with black ink stay as they
 * are (their grey edges help tesseract with small type).
 */
export function inked(gray: Buffer): Buffer {
  if (!gray.length) return gray;
  const hist = new Array<number>(256).fill(0);
  for (const v of gray) hist[v]!++;
  let darkest = 0;
  for (let n = 0; darkest < 255 && n + hist[darkest]! < gray.length * 0.01; darkest++) n += hist[darkest]!;
  if (darkest <= FAINT_INK) return gray;
  const t = otsu(gray);
  return Buffer.from(gray.map((v) => (v < t ? 0 : 255)));
}

/** How a field's words are cut out of the card for a second look (margins in shares of the words' height). */
interface Cut {
  /** Margin left of the words and above them; how far right of them the crop reaches; its height. */
  left: number; top: number; reach: number; height: number;
  /** Glyph height the crop is scaled to, and how much wider than that (bold Hangul set tight). */
  glyph: number; widen: number;
  /** Words less tall than this (pixels) are not worth a second look. */
  minHeight: number;
  /** Faint ink cut to black and white first (`inked`). */
  ink: boolean;
}

const PAD = 16;

/**
 * The crop a second look reads: the words with margins, scaled, padded white; `toCard` takes a
 * box read on it back to fractions of the card. Null when the words are too small or the image
 * has no size.
 */
async function cutOut(image: Buffer, words: CardWord[], cut: Cut): Promise<{ crop: Buffer; toCard: (b: { x0: number; y0: number; x1: number; y1: number }) => CardWord['box'] } | null> {
  const { width: W, height: H } = await sharp(image).metadata();
  if (!W || !H || !words.length) return null;
  const x0 = Math.min(...words.map((w) => w.box.x)) * W;
  const x1 = Math.max(...words.map((w) => w.box.x + w.box.w)) * W;
  const y0 = Math.min(...words.map((w) => w.box.y)) * H;
  const y1 = Math.max(...words.map((w) => w.box.y + w.box.h)) * H;
  const h = y1 - y0;
  if (h < cut.minHeight) return null;
  const left = Math.max(0, Math.floor(x0 - h * cut.left));
  const top = Math.max(0, Math.floor(y0 - h * cut.top));
  const cw = Math.min(W - left, Math.ceil(x1 - x0 + h * cut.reach));
  const ch = Math.min(H - top, Math.ceil(h * cut.height));
  // Never more than MAX_WIDTH wide: a long line of small type scaled up is a slow read.
  const k = Math.min(cut.glyph / h, MAX_WIDTH / (cw * cut.widen));
  const scaled = sharp(image).extract({ left, top, width: cw, height: ch })
    .resize({ width: Math.round(cw * k * cut.widen), height: Math.round(ch * k), fit: 'fill', kernel: 'lanczos3' });
  let base = scaled;
  if (cut.ink) {
    const g = await scaled.greyscale().raw().toBuffer({ resolveWithObject: true });
    base = sharp(inked(g.data), { raw: { width: g.info.width, height: g.info.height, channels: 1 } });
  }
  const crop = await base.extend({ top: PAD, bottom: PAD, left: PAD, right: PAD, background: '#ffffff' }).png({ compressionLevel: 1 }).toBuffer();
  const kx = k * cut.widen;
  return {
    crop,
    toCard: (b) => ({ x: (left + (b.x0 - PAD) / kx) / W, y: (top + (b.y0 - PAD) / k) / H, w: (b.x1 - b.x0) / kx / W, h: (b.y1 - b.y0) / k / H }),
  };
}

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
  const cutLine = await cutOut(image, line.words, { left: 0.5, top: 0.3, reach: 1, height: 1.6, glyph: TARGET_HEIGHT, widen: WIDEN, minHeight: 12, ink: true });
  if (!cutLine) return null;
  const { crop, toCard } = cutLine;
  const read = async (hangul: boolean): Promise<CardWord[]> => (await engine.recognize(crop, { line: true, hangul })).lines
    .flatMap((l) => l.words).filter((w) => w.text.trim()).map((w) => ({ text: w.text, confidence: w.confidence, box: toCard(w.bbox) }));
  const weakest = (ws: CardWord[]) => Math.min(...ws.filter((w) => !MARK.test(w.text.trim())).map((w) => w.confidence), 1);
  // How unsure the first reading was: its least sure word, marks between words included (scraps
  // of a glyph the page pass cut off: "(주)세 = 으 HM" for (주)세움건설), but not a mark before
  // the first word (an unread ㈜, which stays: see below).
  const lead: CardWord[] = [];
  for (const w of line.words) { if (!unreadGlyph(w)) break; lead.push(w); }
  const doubt = Math.min(...line.words.slice(lead.length).map((w) => w.confidence), 1);
  let fresh: CardWord[] | null = null;
  // Latin scraps in a Korean card's line are bold Hangul the English model claimed ("FH AY EY 스"
  // for ㈜비전네트웍스): read with Latin letters barred, the Korean reading is taken when it is all
  // Hangul and surer on the whole (a syllable like 웍 stays unsure either way).
  const hangulCard = lines.flatMap((l) => l.words).filter((w) => w.confidence >= 0.8 && /[가-힣]/.test(w.text)).length >= 2;
  if (hangulCard && line.words.some((w) => LATIN_SCRAP.test(w.text.trim()) && w.confidence < SCRAP_CONFIDENCE)) {
    const korean = await read(true);
    if (korean.length && korean.every((w) => /^[가-힣()]+$/.test(w.text) || MARK.test(w.text.trim()))
      && meanConfidence(korean) >= meanConfidence(line.words) + MARGIN_GAIN) fresh = korean;
  }
  if (!fresh) {
    const again = await read(false);
    if (!again.length || weakest(again) < doubt + MARGIN_GAIN || meanConfidence(again) < meanConfidence(line.words)) return null;
    fresh = again;
  }
  // An unread ㈜ the first reading saw before the name (a mark, or one glyph read unsure: see the
  // parser's companyText) stays as it was: read again it often comes back as a plain "주" the
  // parser could not tell from the name's first syllable.
  if (lead.length) {
    const leadEnd = Math.max(...lead.map((w) => w.box.x + w.box.w));
    fresh = [...lead, ...fresh.filter((w) => w.box.x + w.box.w / 2 > leadEnd)];
  }
  return lines.map((l, i) => (i === at ? { words: fresh } : l));
}

/** The characters an e-mail address is written with: its second look reads nothing else. */
const EMAIL_CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789@._-';
/** An e-mail read below this is doubtful. */
const EMAIL_DOUBTFUL = 0.5;
/** Glyph height the e-mail's crop is scaled to. */
const EMAIL_HEIGHT = 48;

/**
 * A doubtful e-mail read again alone: its words cut out with a margin, scaled to a larger glyph
 * height, read as one line with only an address's characters allowed. Whether the new reading is
 * taken is the parser's rule (card-parser.ts#emailFromSecondReading). Returns that e-mail, or null.
 */
export async function rereadEmail(engine: OcrEngine, image: Buffer, words: CardWord[], first: string, name: string): Promise<string | null> {
  if (!first.includes('@') || !words.length || Math.min(...words.map((w) => w.confidence)) >= EMAIL_DOUBTFUL) return null;
  if (!/^[가-힣]/.test(name)) return null; // the rule needs the card's family name
  const cut = await cutOut(image, words, { left: 0.4, top: 0.35, reach: 0.8, height: 1.7, glyph: EMAIL_HEIGHT, widen: 1, minHeight: 6, ink: false });
  if (!cut) return null;
  const crop = cut.crop;
  return emailFromSecondReading((await engine.recognize(crop, { line: true, only: EMAIL_CHARS })).text, first, name);
}

/** Glyph height a big name's line is scaled to; how far right of its words the crop reaches. */
const NAME_HEIGHT = 56;
const NAME_REACH = 2.5;
/** Bold Hangul set tight, widened a little (less than a company line: more, and 훈 reads 흐). */
const NAME_WIDEN = 1.3;

/**
 * A short big name (one or two syllables read, `first`) read again: its line cut out and widened to
 * the right by a few glyphs, scaled, read as one line with Latin letters barred. Whether the new
 * reading is taken is the parser's rule (card-parser.ts#nameFromSecondReading). Returns the name, or null.
 */
export async function rereadName(engine: OcrEngine, image: Buffer, line: CardLine, first: string): Promise<string | null> {
  const cut = await cutOut(image, line.words, { left: 0.5, top: 0.3, reach: NAME_REACH, height: 1.6, glyph: NAME_HEIGHT, widen: NAME_WIDEN, minHeight: 20, ink: false });
  if (!cut) return null;
  const crop = cut.crop;
  const read = await engine.recognize(crop, { line: true, hangul: true });
  return nameFromSecondReading(read.lines.flatMap((l) => l.words), first);
}
