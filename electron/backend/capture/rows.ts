// Pieces of one printed line joined again. Tesseract's sparse-text pass often cuts a bold line in
// two where its glyphs change size or ink: "주 누리" and "소프트" for ㈜누리소프트 (the ㈜ makes
// the first piece taller), "다" and "오 시 푸" for 다온식품, "하 빚 새 며" and "(주)" for
// 한빛생명(주). Each piece alone is no company name to the parser, nor is the second look at one
// piece (field-reread.ts) a look at the whole name. A piece that starts where another ends, in
// the same band, is the rest of that line.
import type { OcrLine, OcrResult } from './ocr-engine.js';

/** The share of the smaller piece's height the two must overlap in. */
const SAME_BAND = 0.6;
/** How far after the first piece's end the next may start (in the smaller piece's heights): a letter's width. */
const MAX_GAP = 0.8;
/** How far back into the first piece it may start (boxes of neighbours touch or overlap a little). */
const MAX_OVERLAP = 0.25;

const heightOf = (l: OcrLine) => l.bbox.y1 - l.bbox.y0;

/** Whether `b` continues `a` on the same printed line, just after it. */
function continues(a: OcrLine, b: OcrLine): boolean {
  const h = Math.min(heightOf(a), heightOf(b));
  if (h <= 0) return false;
  const overlap = Math.min(a.bbox.y1, b.bbox.y1) - Math.max(a.bbox.y0, b.bbox.y0);
  if (overlap < SAME_BAND * h) return false;
  const gap = b.bbox.x0 - a.bbox.x1;
  return gap >= -MAX_OVERLAP * h && gap <= MAX_GAP * h && b.bbox.x0 > a.bbox.x0;
}

function joined(a: OcrLine, b: OcrLine): OcrLine {
  const words = [...a.words, ...b.words].sort((x, y) => x.bbox.x0 - y.bbox.x0);
  const confidence = (a.confidence * a.words.length + b.confidence * b.words.length) / Math.max(1, words.length);
  return {
    text: words.map((w) => w.text).join(' '),
    confidence,
    bbox: { x0: Math.min(a.bbox.x0, b.bbox.x0), y0: Math.min(a.bbox.y0, b.bbox.y0), x1: Math.max(a.bbox.x1, b.bbox.x1), y1: Math.max(a.bbox.y1, b.bbox.y1) },
    words,
  };
}

/** The lines with pieces of one printed line joined, in the place of the first piece. */
export function joinLinePieces(lines: OcrLine[]): OcrLine[] {
  let out = [...lines];
  for (let again = true; again;) {
    again = false;
    for (let i = 0; i < out.length && !again; i++) {
      // Every piece that continues line i joins it at once: stacked scraps of one glyph ("=" under
      // "으" for 움) overlap each other, so none continues another.
      const next = out.filter((l, j) => j !== i && continues(out[i]!, l));
      if (!next.length) continue;
      const first = Math.min(i, ...next.map((l) => out.indexOf(l)));
      const whole = next.reduce(joined, out[i]!);
      out = out.flatMap((l, j) => (j === first ? [whole] : l === out[i] || next.includes(l) ? [] : [l]));
      again = true;
    }
  }
  return out;
}

export function joinResultPieces(ocr: OcrResult): OcrResult {
  const lines = joinLinePieces(ocr.lines);
  return lines.length === ocr.lines.length ? ocr : { ...ocr, lines, text: lines.map((l) => l.text).join('\n') };
}
