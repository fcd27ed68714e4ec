// The line crop cut to black and white when its ink is faint (electron/backend/capture/field-reread.ts):
// a gold company name on a dark card, inverted, comes out grey; black ink is left as it is.
import { describe, expect, it } from 'vitest';
import { inked } from '../../../electron/backend/capture/field-reread.js';

/** 1000 pixels: `ink` of them at `level`, the rest paper (250), with a grey edge between. */
function crop(level: number, ink = 100): Buffer {
  return Buffer.from(Array.from({ length: 1000 }, (_, i) => (i < ink ? level : i < ink + 20 ? Math.round((level + 250) / 2) : 250)));
}

describe('inked', () => {
  it('faint ink (grey strokes, as on card-047) becomes black on white', () => {
    const out = inked(crop(140));
    expect(new Set(out)).toEqual(new Set([0, 255]));
    expect(out.filter((v) => v === 0).length).toBeGreaterThanOrEqual(100);
  });

  it('black ink is left as it is, grey edges and all', () => {
    const input = crop(10);
    expect(inked(input)).toBe(input);
  });

  it('an empty crop stays empty', () => {
    expect(inked(Buffer.alloc(0)).length).toBe(0);
  });
});
