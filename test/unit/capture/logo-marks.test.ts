// Logo marks (electron/backend/capture/logo-marks.ts) on real pixels: a filled round logo that the
// page pass read as "@" is dropped; a ㈜-like outline glyph read as "@" and real words stay.
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { dropLogoMarks, inkShare } from '../../../electron/backend/capture/logo-marks.js';
import type { OcrResult, OcrWord } from '../../../electron/backend/capture/ocr-engine.js';

/** A white 400×100 card: a filled disc at x 10–60, a ring "(주)"-like outline at x 80–130, a filled bar at x 150–200. */
async function card(): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="100">
    <rect width="400" height="100" fill="#fff"/>
    <circle cx="35" cy="50" r="25" fill="#000"/>
    <circle cx="105" cy="50" r="23" fill="none" stroke="#000" stroke-width="4"/>
    <rect x="97" y="40" width="16" height="4" fill="#000"/>
    <rect x="150" y="25" width="50" height="50" fill="#000"/>
  </svg>`;
  return sharp(Buffer.from(svg)).greyscale().png().toBuffer();
}

const word = (text: string, x0: number, x1: number): OcrWord => ({ text, confidence: 0.9, bbox: { x0, y0: 25, x1, y1: 75 } });
const page = (...words: OcrWord[]): OcrResult => ({
  text: words.map((w) => w.text).join(' '), confidence: 0.9,
  lines: [{ text: words.map((w) => w.text).join(' '), confidence: 0.9, bbox: { x0: 0, y0: 25, x1: 400, y1: 75 }, words }],
});

describe('dropLogoMarks', () => {
  it('measures ink: a filled disc covers most of its box, an outline glyph little of it', async () => {
    const png = await card();
    const { data, info } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
    expect(inkShare(data, info.width, info.height, info.channels, { x0: 10, y0: 25, x1: 60, y1: 75 })).toBeGreaterThan(0.7);
    expect(inkShare(data, info.width, info.height, info.channels, { x0: 80, y0: 25, x1: 130, y1: 75 })).toBeLessThan(0.5);
  });

  it('drops a mark read on a filled logo, keeps one read on an outline glyph and every word of letters', async () => {
    const r = await dropLogoMarks(await card(), page(word('@', 10, 60), word('@', 80, 130), word('세움건설', 150, 200), word('(>', 210, 260)));
    expect(r.lines[0]!.words.map((w) => w.text)).toEqual(['@', '세움건설', '(>']);
    expect(r.text).toBe('@ 세움건설 (>');
  });

  it('leaves a page without marks as it was', async () => {
    const p = page(word('세움건설', 150, 200));
    expect(await dropLogoMarks(await card(), p)).toBe(p);
  });
});
