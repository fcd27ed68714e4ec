// Makes a photo of a card readable for tesseract: EXIF orientation, the card cropped from the
// desk it lies on, a size tesseract reads well (very large bold names read better smaller),
// grayscale with stretched contrast, and light-on-dark cards inverted. sharp runs on libuv's
// thread pool, so none of this blocks the event loop.
import sharp, { type Region, type Sharp } from 'sharp';
import { AppError } from '../../../shared/errors.js';

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
  const crop = await findCard(sharp(upright, raw), info.width, info.height);
  const w = crop ? crop.width : info.width;
  const h = crop ? crop.height : info.height;
  const scale = TARGET_LONG_SIDE / Math.max(w, h);
  const width = Math.round(w * Math.min(scale, 2));
  const height = Math.round(h * Math.min(scale, 2));
  const base = () => {
    const s = sharp(upright, raw);
    return (crop ? s.extract(crop) : s).resize({ width, height, kernel: 'lanczos3' });
  };
  const colourBuf = await base().png({ compressionLevel: 1 }).toBuffer();
  const stats = await sharp(colourBuf).grayscale().stats();
  const dark = (stats.channels[0]?.mean ?? 255) < 110;
  let g = sharp(colourBuf).grayscale().normalise({ lower: 1, upper: 99 });
  if (dark) g = g.negate({ alpha: false });
  const gray = await g.png({ compressionLevel: 1 }).toBuffer();
  return { colour: sharp(colourBuf), gray, width, height };
}

/**
 * The card's rectangle when it lies on a darker background: the largest run of rows and of
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

function otsu(px: Buffer): number {
  const hist = new Array<number>(256).fill(0);
  for (const v of px) hist[v]!++;
  const total = px.length;
  let sum = 0;
  for (let i = 0; i < 256; i++) sum += i * hist[i]!;
  let sumB = 0;
  let wB = 0;
  let best = 0;
  let threshold = 127;
  for (let i = 0; i < 256; i++) {
    wB += hist[i]!;
    if (wB === 0) continue;
    const wF = total - wB;
    if (wF === 0) break;
    sumB += i * hist[i]!;
    const mB = sumB / wB;
    const mF = (sum - sumB) / wF;
    const between = wB * wF * (mB - mF) ** 2;
    if (between > best) { best = between; threshold = i; }
  }
  return threshold;
}

/** Rotates a prepared image clockwise by `deg` (for the orientation candidates). */
export async function rotated(buf: Buffer, deg: Rotation): Promise<Buffer> {
  return deg === 0 ? buf : sharp(buf).rotate(deg).png({ compressionLevel: 1 }).toBuffer();
}
