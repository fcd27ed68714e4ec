// Perspective correction (electron/backend/capture/perspective.ts) on synthetic pixels: a bright
// or dark quadrilateral "card" on a striped "desk" is found by its corners, and the homography
// maps the output rectangle's corners onto them, so the warp straightens a tilted card.
import { describe, expect, it } from 'vitest';
import { findCardQuad, rectToQuad, warpQuad, type Point, type Quad } from '../../../electron/backend/capture/perspective.js';

const W = 320;
const H = 240;

/** Is p inside the convex polygon q (clockwise on screen)? */
function inside(q: Point[], x: number, y: number): boolean {
  for (let i = 0; i < q.length; i++) {
    const a = q[i]!;
    const b = q[(i + 1) % q.length]!;
    if ((b.x - a.x) * (y - a.y) - (b.y - a.y) * (x - a.x) < 0) return false;
  }
  return true;
}

function scene(q: Quad, card: number, desk: (x: number, y: number) => number): Uint8Array {
  const px = new Uint8Array(W * H);
  for (let y = 0; y < H; y++) for (let x = 0; x < W; x++) px[y * W + x] = inside(q, x + 0.5, y + 0.5) ? card : desk(x, y);
  return px;
}

const stripes = (x: number, y: number) => (Math.floor((x + y) / 6) % 2 ? 70 : 95);
const tilted: Quad = [{ x: 60, y: 50 }, { x: 262, y: 66 }, { x: 270, y: 185 }, { x: 48, y: 172 }];

function near(a: Point[], b: Point[], tol: number) {
  a.forEach((p, i) => { expect(Math.abs(p.x - b[i]!.x)).toBeLessThanOrEqual(tol); expect(Math.abs(p.y - b[i]!.y)).toBeLessThanOrEqual(tol); });
}

describe('findCardQuad', () => {
  it('finds a white card turned and tilted on a striped desk, corners in order TL, TR, BR, BL', () => {
    const q = findCardQuad({ data: scene(tilted, 245, stripes), width: W, height: H });
    expect(q).not.toBeNull();
    near(q!, tilted, 3);
  });

  it('finds a dark card on a lighter desk (the card is the class the border is not)', () => {
    const q = findCardQuad({ data: scene(tilted, 30, (x, y) => 150 + (stripes(x, y) - 80)), width: W, height: H });
    expect(q).not.toBeNull();
    near(q!, tilted, 3);
  });

  it('says null when the photo is the card already (text on a white page)', () => {
    const px = new Uint8Array(W * H).fill(240);
    for (let y = 100; y < 120; y++) for (let x = 40; x < 200; x++) if (x % 7 < 4) px[y * W + x] = 20;
    expect(findCardQuad({ data: px, width: W, height: H })).toBeNull();
  });

  it('says null for a blob that is no quadrilateral (a round plate)', () => {
    const px = new Uint8Array(W * H);
    for (let y = 0; y < H; y++) for (let x = 0; x < W; x++) px[y * W + x] = (x - 160) ** 2 + (y - 120) ** 2 < 90 ** 2 ? 240 : stripes(x, y);
    expect(findCardQuad({ data: px, width: W, height: H })).toBeNull();
  });
});

describe('rectToQuad and warpQuad', () => {
  it('maps the rectangle’s corners onto the quadrilateral', () => {
    const [a, b, c, d, e, f, g, h] = rectToQuad(tilted, 400, 220);
    const map = (x: number, y: number) => { const den = g! * x + h! * y + 1; return { x: (a! * x + b! * y + c!) / den, y: (d! * x + e! * y + f!) / den }; };
    near([map(0, 0), map(400, 0), map(400, 220), map(0, 220)], tilted, 1e-6);
  });

  it('straightens the card: the warped image is card inside, no desk', () => {
    const data = Buffer.from(scene(tilted, 245, stripes));
    const out = warpQuad({ data, width: W, height: H, channels: 1 }, tilted, 200, 120);
    // Away from the edges (bilinear blends one pixel there) every pixel is the card's.
    for (let y = 3; y < 117; y++) for (let x = 3; x < 197; x++) expect(out[y * 200 + x]).toBe(245);
  });
});
