// Pieces of one printed line that tesseract's page pass returned as two lines
// (electron/backend/capture/rows.ts), on the bench cards' real readings (pixels of the prepared card).
import { describe, expect, it } from 'vitest';
import type { OcrLine } from '../../../electron/backend/capture/ocr-engine.js';
import { joinLinePieces } from '../../../electron/backend/capture/rows.js';

/** A line from `[text, confidence %, x0, x1]` words, all in the band y0…y0+h. */
function line(y0: number, h: number, ...words: [string, number, number, number][]): OcrLine {
  const ws = words.map(([text, c, x0, x1]) => ({ text, confidence: c / 100, bbox: { x0, y0, x1, y1: y0 + h } }));
  return {
    text: ws.map((w) => w.text).join(' '), confidence: ws.reduce((s, w) => s + w.confidence, 0) / ws.length,
    bbox: { x0: ws[0]!.bbox.x0, y0, x1: ws[ws.length - 1]!.bbox.x1, y1: y0 + h }, words: ws,
  };
}
const texts = (ls: OcrLine[]) => ls.map((l) => l.text);

describe('joinLinePieces', () => {
  it('card-014: "주 누리" and "소프트" (㈜누리소프트, the ㈜ makes the first piece taller)', () => {
    const name = line(306, 91, ['서', 93, 571, 650], ['재', 93, 679, 750], ['원', 93, 767, 850]);
    const out = joinLinePieces([line(80, 42, ['주', 22, 582, 628], ['누리', 97, 634, 702]), line(83, 23, ['소프트', 66, 705, 790]), name]);
    expect(texts(out)).toEqual(['주 누리 소프트', '서 재 원']);
    expect(out[0]!.bbox).toEqual({ x0: 582, y0: 80, x1: 790, y1: 122 });
  });

  it('card-022: the second piece came first, and a scrap ("=") lies between the two', () => {
    const out = joinLinePieces([
      line(167, 22, ['소프트', 95, 1208, 1290]),
      line(163, 43, ['(', 93, 1059, 1078], ['주', 93, 1083, 1108], [')', 93, 1112, 1130], ['누', 93, 1135, 1165], ['리', 93, 1171, 1203]),
      line(185, 13, ['=', 44, 1205, 1215]),
    ]);
    expect(texts(out)).toEqual(['( 주 ) 누 리 = 소프트']);
  });

  it('card-005: "하 빚 새 며" and "(주)" join; "Xoo" under the first piece does not', () => {
    const out = joinLinePieces([
      line(94, 30, ['하', 93, 82, 125], ['빚', 79, 131, 162], ['새', 92, 167, 200], ['며', 93, 207, 238]),
      line(116, 18, ['Xoo', 18, 88, 150]),
      line(94, 44, ['(주)', 96, 241, 300]),
    ]);
    expect(texts(out)).toEqual(['하 빚 새 며 (주)', 'Xoo']);
  });

  it('a department on the left and a phone on the right of one band stay apart (card-005)', () => {
    const lines = [
      line(328, 32, ['전화', 96, 749, 805], ['031-523-2506', 67, 817, 1000]),
      line(344, 36, ['해', 93, 82, 120], ['외', 93, 127, 160], ['이', 93, 293, 325], ['사', 93, 330, 365]),
    ];
    expect(joinLinePieces(lines)).toEqual(lines);
  });

  it('lines one under the other, or overlapping, stay apart', () => {
    const lines = [
      line(712, 18, ['광역', 96, 576, 630]),
      line(730, 12, ['oT', 19, 579, 600]),
      line(750, 30, ['서울', 96, 640, 700]),
    ];
    expect(joinLinePieces(lines)).toEqual(lines);
  });
});
