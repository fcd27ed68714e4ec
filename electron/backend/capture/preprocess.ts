// Makes a photo of a card readable for tesseract: EXIF orientation, the card found on the desk
// it lies on and warped straight (perspective.ts) or cropped, a size tesseract reads well (very large bold names read better smaller),
// grayscale with stretched contrast, and light-on-dark cards inverted. sharp runs on libuv's
// thread pool, so none of this blocks the event loop.
import sharp, { type Region, type Sharp } from 'sharp';
import { AppError } from '../../../shared/errors.js';
import { findCardQuad, otsu, quadSize, warpQuad, type Quad } from './perspective.js';

export type Rotation = 0 | 90 | 180 | 270;

export interface PreparedImage {
  /** Upright as far as EXIF knows, cropped, scaled; colour (what the user sees). */
  colour: Sharp;
  /** The same pixels in grayscale with contrast stretched: what tesseract reads. */
  gray: Buffer;
  width: number;
  height: number;
}

/** The long side tesseract gets: card text is then ~20–35 px high. */
const TARGET_LONG_SIDE = 1400;
/** Refuse absurd images before decoding them (a decompression bomb is an unreadable image). */
const MAX_INPUT_PIXELS = 80_000_000;

export function unreadable(detail: string): AppError {
  return new AppError('unreadable-image', `The image could not be read as a picture (${detail}). Try a JPEG or PNG photo of the card.`);
}

export async function prepareImage(input: Buffer): Promise<PreparedImage> {
  let upright: Buffer;
  let info: { width: number; height: number; channels: number };
  try {
    // rotate() with no angle applies the EXIF orientation and drops the tag.
    ({ data: upright, info } = await sharp(input, { failOn: 'error', limitInputPixels: MAX_INPUT_PIXELS })
      .rotate().removeAlpha().raw().toBuffer({ resolveWithObject: true }));
  } catch (e) {
    throw unreadable(e instanceof Error ? e.message.split('\n')[0]!.slice(0, 120) : 'unknown format');
  }
  if (info.width < 32 || info.height < 32) throw unreadable(`${info.width}×${info.height} pixels is too small`);
  const raw = { raw: { width: info.width, height: info.height, channels: info.channels as 3 } };
  const quad = await findQuad(sharp(upright, raw), info.width, info.height);
  const crop = quad ? null : await findCard(sharp(upright, raw), info.width, info.height);
  const size = quad ? quadSize(quad) : { width: crop ? crop.width : info.width, height: crop ? crop.height : info.height };
  const scale = Math.min(TARGET_LONG_SIDE / Math.max(size.width, size.height), 2);
  const width = Math.round(size.width * scale);
  const height = Math.round(size.height * scale);
  const base = () => {
    // A card in perspective is warped straight; else cropped (if on a desk) and scaled.
    if (quad) return sharp(warpQuad({ data: upright, width: info.width, height: info.height, channels: info.channels }, quad, width, height), { raw: { width, height, channels: info.channels as 3 } });
    const s = sharp(upright, raw);
    return (crop ? s.extract(crop) : s).resize({ width, height, kernel: 'lanczos3' });
  };
  const colourBuf = await base().png({ compressionLevel: 1 }).toBuffer();
  const stats = await sharp(colourBuf).grayscale().stats();
  const dark = (stats.channels[0]?.mean ?? 255) < 110;
  let g = sharp(colourBuf).grayscale().normalise({ lower: 1, upper: 99 });
  if (dark) g = g.negate({ alpha: false });
  const gray = quad ? await withBlankFrame(g, width, height) : await g.png({ compressionLevel: 1 }).toBuffer();
  return { colour: sharp(colourBuf), gray, width, height };
}

/** The frame of a warped card that is blanked: a share of its long side. */
const FRAME = 0.01;

/**
 * A card warped out of a desk photo keeps a dotted trace of its edge along the borders. Sparse
 * text mode reads every dot as a candidate glyph, which made those cards 2–3× slower to read
 * than the card alone; no card prints text that close to its edge.
 */
async function withBlankFrame(g: Sharp, width: number, height: number): Promise<Buffer> {
  const data = await g.raw().toBuffer();
  const m = Math.round(Math.max(width, height) * FRAME);
  for (let y = 0; y < height; y++) {
    const row = y * width;
    if (y < m || y >= height - m) data.fill(255, row, row + width);
    else { data.fill(255, row, row + m); data.fill(255, row + width - m, row + width); }
  }
  return sharp(data, { raw: { width, height, channels: 1 } }).png({ compressionLevel: 1 }).toBuffer();
}

/** Side of the small, blurred copy the card's corners are looked for on. */
const QUAD_SIDE = 320;

/**
 * The card's four corners (in the image's pixels) when it lies on a background in perspective or
 * turned; null when the image is the card already (or the card is not clear enough to warp).
 */
async function findQuad(img: Sharp, width: number, height: number): Promise<Quad | null> {
  const k = QUAD_SIDE / Math.max(width, height);
  const W = Math.max(1, Math.round(width * k));
  const H = Math.max(1, Math.round(height * k));
  // The blur melts text and desk grain into their surfaces.
  const data = await img.clone().resize({ width: W, height: H, fit: 'fill' }).grayscale().blur(1.5).raw().toBuffer();
  const q = findCardQuad({ data, width: W, height: H });
  return q ? (q.map((p) => ({ x: p.x / k, y: p.y / k })) as Quad) : null;
}

/**
 * Fallback when no clean quadrilateral is found: the card's rectangle when it lies on a darker background: the largest run of rows and of
 * columns that are mostly bright (Otsu threshold on a small grayscale copy). Null when the
 * photo is the card already, or nothing card-like stands out.
 */
async function findCard(img: Sharp, width: number, height: number): Promise<Region | null> {
  const W = 240;
  const H = Math.max(1, Math.round((height / width) * W));
  const px = await img.clone().resize({ width: W, height: H, fit: 'fill' }).grayscale().raw().toBuffer();
  const t = otsu(px);
  const bright = (x: number, y: number) => px[y * W + x]! > t;
  const run = (n: number, frac: (i: number) => number): [number, number] | null => {
    let best: [number, number] | null = null;
    let from = -1;
    for (let i = 0; i <= n; i++) {
      const on = i < n && frac(i) > 0.35;
      if (on && from < 0) from = i;
      if (!on && from >= 0) {
        if (!best || i - from > best[1] - best[0]) best = [from, i];
        from = -1;
      }
    }
    return best;
  };
  const rows = run(H, (y) => { let c = 0; for (let x = 0; x < W; x++) c += bright(x, y) ? 1 : 0; return c / W; });
  if (!rows) return null;
  const cols = run(W, (x) => { let c = 0; for (let y = rows[0]; y < rows[1]; y++) c += bright(x, y) ? 1 : 0; return c / (rows[1] - rows[0]); });
  if (!cols) return null;
  const area = ((rows[1] - rows[0]) * (cols[1] - cols[0])) / (W * H);
  if (area > 0.85 || area < 0.12) return null;
  // The background must really be darker: otherwise this is a light card with a dark band.
  let outside = 0;
  let n = 0;
  for (let y = 0; y < H; y += 2) for (let x = 0; x < W; x += 2) {
    if (y >= rows[0] && y < rows[1] && x >= cols[0] && x < cols[1]) continue;
    outside += bright(x, y) ? 1 : 0;
    n++;
  }
  if (n === 0 || outside / n > 0.3) return null;
  const sx = width / W;
  const sy = height / H;
  const margin = 0.02;
  const left = Math.max(0, Math.floor((cols[0] - margin * W) * sx));
  const top = Math.max(0, Math.floor((rows[0] - margin * H) * sy));
  const right = Math.min(width, Math.ceil((cols[1] + margin * W) * sx));
  const bottom = Math.min(height, Math.ceil((rows[1] + margin * H) * sy));
  return { left, top, width: right - left, height: bottom - top };
}

/** Rotates a prepared image clockwise by `deg` (for the orientation candidates). */
export async function rotated(buf: Buffer, deg: Rotation): Promise<Buffer> {
  return deg === 0 ? buf : sharp(buf).rotate(deg).png({ compressionLevel: 1 }).toBuffer();
}
