// Perspective correction for a card photographed on a desk: find the card's four corners on a
// small blurred copy (Otsu threshold; the card is the largest region of the class the image's
// border is NOT made of, so a dark card on a lighter desk works as well as a white one on wood),
// then warp that quadrilateral to an upright rectangle with a homography. Pure pixel code on raw
// buffers: sharp has affine transforms but no perspective warp.

export interface Point { x: number; y: number }
/** Corners in the order top-left, top-right, bottom-right, bottom-left. */
export type Quad = [Point, Point, Point, Point];

export interface GrayImage { data: Uint8Array; width: number; height: number }

/** Otsu's threshold of 8-bit values: the split that best separates two classes. */
export function otsu(px: Uint8Array): number {
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

/** The card must cover this share of the photo: less is a speck, more is the card already. */
const MIN_AREA = 0.12;
const MAX_AREA = 0.9;
/** The region and its quadrilateral must match this well (a card, not a blob). */
const MIN_FILL = 0.88;

/**
 * The card's corners on `img` (a small, blurred grayscale copy), or null when the photo is the
 * card already or nothing card-shaped stands out from the background.
 */
export function findCardQuad(img: GrayImage): Quad | null {
  const { data, width: W, height: H } = img;
  const t = otsu(data);
  // The background is the class most of the border belongs to.
  let brightBorder = 0;
  let border = 0;
  for (let x = 0; x < W; x++) { brightBorder += (data[x]! > t ? 1 : 0) + (data[(H - 1) * W + x]! > t ? 1 : 0); border += 2; }
  for (let y = 0; y < H; y++) { brightBorder += (data[y * W]! > t ? 1 : 0) + (data[y * W + W - 1]! > t ? 1 : 0); border += 2; }
  const cardBright = brightBorder / border < 0.5;
  // A card class that owns much of the border is no card on a desk.
  const cardBorderShare = cardBright ? brightBorder / border : 1 - brightBorder / border;
  if (cardBorderShare > 0.25) return null;
  const isCard = (i: number) => (data[i]! > t) === cardBright;

  // Largest 4-connected region of the card class.
  const label = new Int32Array(W * H).fill(-1);
  let bestId = -1;
  let bestSize = 0;
  const stack: number[] = [];
  for (let start = 0, id = 0; start < W * H; start++) {
    if (label[start] !== -1 || !isCard(start)) continue;
    let size = 0;
    label[start] = id;
    stack.push(start);
    while (stack.length) {
      const i = stack.pop()!;
      size++;
      const x = i % W;
      const y = (i - x) / W;
      if (x > 0 && label[i - 1] === -1 && isCard(i - 1)) { label[i - 1] = id; stack.push(i - 1); }
      if (x < W - 1 && label[i + 1] === -1 && isCard(i + 1)) { label[i + 1] = id; stack.push(i + 1); }
      if (y > 0 && label[i - W] === -1 && isCard(i - W)) { label[i - W] = id; stack.push(i - W); }
      if (y < H - 1 && label[i + W] === -1 && isCard(i + W)) { label[i + W] = id; stack.push(i + W); }
    }
    if (size > bestSize) { bestSize = size; bestId = id; }
    id++;
  }
  // Text and stripes inside the card may form holes: the region's area is what its rows span.
  const left = new Int32Array(H).fill(-1);
  const right = new Int32Array(H).fill(-1);
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) if (label[y * W + x] === bestId) { if (left[y] === -1) left[y] = x; right[y] = x; }
  }
  const pts: Point[] = [];
  let area = 0;
  for (let y = 0; y < H; y++) {
    if (left[y] === -1) continue;
    pts.push({ x: left[y]!, y }, { x: right[y]! + 1, y }, { x: left[y]!, y: y + 1 }, { x: right[y]! + 1, y: y + 1 });
    area += right[y]! - left[y]! + 1;
  }
  if (area < MIN_AREA * W * H || area > MAX_AREA * W * H) return null;
  const hull = convexHull(pts);
  const rough = reduceToQuad(hull);
  if (!rough) return null;
  // Inscribed in the region's hull: a card's quadrilateral covers nearly all of it, a disc's does not.
  if (polygonArea(rough) / area < MIN_FILL) return null;
  // The region's outline, densely: the ends of each row and of each column.
  const edge: Point[] = [];
  for (let y = 0; y < H; y++) if (left[y] !== -1) edge.push({ x: left[y]!, y: y + 0.5 }, { x: right[y]! + 1, y: y + 0.5 });
  for (let x = 0; x < W; x++) {
    let top = -1;
    let bottom = -1;
    for (let y = 0; y < H; y++) if (label[y * W + x] === bestId) { if (top === -1) top = y; bottom = y; }
    if (top !== -1) edge.push({ x: x + 0.5, y: top }, { x: x + 0.5, y: bottom + 1 });
  }
  let quad = rough;
  // Wide first (the rough sides may be off by a few pixels), then tight.
  for (const slack of [0.1, 0.03]) quad = refineCorners(edge, quad, slack);
  return orderCorners(quad);
}

function cross(o: Point, a: Point, b: Point): number { return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x); }

/** Andrew's monotone chain, counter-clockwise in image coordinates (y down: clockwise on screen). */
export function convexHull(points: Point[]): Point[] {
  const p = [...points].sort((a, b) => a.x - b.x || a.y - b.y);
  if (p.length < 3) return p;
  const lower: Point[] = [];
  for (const q of p) { while (lower.length >= 2 && cross(lower[lower.length - 2]!, lower[lower.length - 1]!, q) <= 0) lower.pop(); lower.push(q); }
  const upper: Point[] = [];
  for (let i = p.length - 1; i >= 0; i--) {
    const q = p[i]!;
    while (upper.length >= 2 && cross(upper[upper.length - 2]!, upper[upper.length - 1]!, q) <= 0) upper.pop();
    upper.push(q);
  }
  return [...lower.slice(0, -1), ...upper.slice(0, -1)];
}

export function polygonArea(p: Point[]): number {
  let a = 0;
  for (let i = 0; i < p.length; i++) { const q = p[i]!; const r = p[(i + 1) % p.length]!; a += q.x * r.y - r.x * q.y; }
  return Math.abs(a) / 2;
}

/** Four corners from a convex hull: drop the vertex that costs the least area until four remain. */
function reduceToQuad(hull: Point[]): Point[] | null {
  if (hull.length < 4) return null;
  const p = [...hull];
  while (p.length > 4) {
    let worst = 0;
    let cost = Infinity;
    for (let i = 0; i < p.length; i++) {
      const c = Math.abs(cross(p[(i + p.length - 1) % p.length]!, p[i]!, p[(i + 1) % p.length]!)) / 2;
      if (c < cost) { cost = c; worst = i; }
    }
    p.splice(worst, 1);
  }
  return p;
}

/**
 * Dropping hull vertices keeps vertices, and near a sharp corner the tip is cheap to drop: a
 * rough corner may sit a few pixels along a side. Fit a line to the outline points near each
 * side (away from its ends) and intersect neighbouring sides instead.
 */
function refineCorners(edge: Point[], rough: Point[], slack: number): Point[] {
  const lines = rough.map((a, i) => {
    const b = rough[(i + 1) % 4]!;
    const len = dist(a, b);
    const ux = (b.x - a.x) / len;
    const uy = (b.y - a.y) / len;
    const tol = 2 + slack * len;
    const pts = edge.filter((p) => {
      const t = ((p.x - a.x) * ux + (p.y - a.y) * uy) / len;
      return t > 0.15 && t < 0.85 && Math.abs((p.x - a.x) * uy - (p.y - a.y) * ux) < tol;
    });
    return pts.length >= 4 ? fitLine(pts) : fitLine([a, b]);
  });
  const out: Point[] = [];
  for (let i = 0; i < 4; i++) {
    const p = intersect(lines[(i + 3) % 4]!, lines[i]!);
    // Nearly parallel sides (or a wild fit): keep the rough corner.
    out.push(p && dist(p, rough[i]!) < 0.2 * Math.max(dist(rough[i]!, rough[(i + 1) % 4]!), 1) ? p : rough[i]!);
  }
  return out;
}

/** A line through points as (a point on it, its direction): total least squares. */
function fitLine(pts: Point[]): { p: Point; d: Point } {
  const mx = pts.reduce((s, p) => s + p.x, 0) / pts.length;
  const my = pts.reduce((s, p) => s + p.y, 0) / pts.length;
  let sxx = 0; let sxy = 0; let syy = 0;
  for (const p of pts) { sxx += (p.x - mx) ** 2; sxy += (p.x - mx) * (p.y - my); syy += (p.y - my) ** 2; }
  const angle = Math.atan2(2 * sxy, sxx - syy) / 2;
  return { p: { x: mx, y: my }, d: { x: Math.cos(angle), y: Math.sin(angle) } };
}

function intersect(l: { p: Point; d: Point }, m: { p: Point; d: Point }): Point | null {
  const den = l.d.x * m.d.y - l.d.y * m.d.x;
  if (Math.abs(den) < 1e-6) return null;
  const t = ((m.p.x - l.p.x) * m.d.y - (m.p.y - l.p.y) * m.d.x) / den;
  return { x: l.p.x + t * l.d.x, y: l.p.y + t * l.d.y };
}

/** Top-left first, then clockwise on screen. */
function orderCorners(q: Point[]): Quad {
  const cx = q.reduce((s, p) => s + p.x, 0) / 4;
  const cy = q.reduce((s, p) => s + p.y, 0) / 4;
  const byAngle = [...q].sort((a, b) => Math.atan2(a.y - cy, a.x - cx) - Math.atan2(b.y - cy, b.x - cx));
  // atan2 with y down runs clockwise on screen; start at the corner nearest the top-left.
  let first = 0;
  for (let i = 1; i < 4; i++) if (byAngle[i]!.x + byAngle[i]!.y < byAngle[first]!.x + byAngle[first]!.y) first = i;
  const o = [0, 1, 2, 3].map((k) => byAngle[(first + k) % 4]!);
  return [o[0]!, o[1]!, o[2]!, o[3]!];
}

const dist = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);

/** The rectangle a quadrilateral becomes: mean lengths of opposite sides. */
export function quadSize(q: Quad): { width: number; height: number } {
  return { width: (dist(q[0], q[1]) + dist(q[3], q[2])) / 2, height: (dist(q[0], q[3]) + dist(q[1], q[2])) / 2 };
}

/** How far the quadrilateral is from an axis-aligned rectangle, in pixels (its corners' worst offset). */
export function skewOf(q: Quad): number {
  return Math.max(Math.abs(q[0].y - q[1].y), Math.abs(q[3].y - q[2].y), Math.abs(q[0].x - q[3].x), Math.abs(q[1].x - q[2].x));
}

/**
 * The homography taking the rectangle (0,0)–(w,h) onto `q` (destination pixel → source pixel),
 * as the 8 coefficients of [a b c; d e f; g h 1]. Solved in closed form for a square-to-quad map.
 */
export function rectToQuad(q: Quad, w: number, h: number): number[] {
  const [p0, p1, p2, p3] = q;
  const sx = p0.x - p1.x + p2.x - p3.x;
  const sy = p0.y - p1.y + p2.y - p3.y;
  let a: number; let b: number; let d: number; let e: number; let g: number; let hh: number;
  if (Math.abs(sx) < 1e-9 && Math.abs(sy) < 1e-9) {
    a = p1.x - p0.x; b = p3.x - p0.x; d = p1.y - p0.y; e = p3.y - p0.y; g = 0; hh = 0;
  } else {
    const dx1 = p1.x - p2.x; const dx2 = p3.x - p2.x; const dy1 = p1.y - p2.y; const dy2 = p3.y - p2.y;
    const den = dx1 * dy2 - dx2 * dy1;
    g = (sx * dy2 - dx2 * sy) / den;
    hh = (dx1 * sy - sx * dy1) / den;
    a = p1.x - p0.x + g * p1.x; b = p3.x - p0.x + hh * p3.x;
    d = p1.y - p0.y + g * p1.y; e = p3.y - p0.y + hh * p3.y;
  }
  // The unit square's map, then scaled to w×h.
  return [a / w, b / h, p0.x, d / w, e / h, p0.y, g / w, hh / h];
}

/**
 * Samples the quadrilateral `q` of an interleaved raw image into a `width`×`height` rectangle
 * (bilinear). When the output is much smaller than the source, pass a pre-shrunk source.
 */
export function warpQuad(src: { data: Buffer; width: number; height: number; channels: number }, q: Quad, width: number, height: number): Buffer {
  const [a, b, c, d, e, f, g, h] = rectToQuad(q, width, height);
  const { data, width: sw, height: sh, channels: ch } = src;
  const out = Buffer.alloc(width * height * ch);
  for (let y = 0; y < height; y++) {
    const yc = y + 0.5;
    for (let x = 0; x < width; x++) {
      const xc = x + 0.5;
      const den = g! * xc + h! * yc + 1;
      const u = Math.min(sw - 1.001, Math.max(0, (a! * xc + b! * yc + c!) / den - 0.5));
      const v = Math.min(sh - 1.001, Math.max(0, (d! * xc + e! * yc + f!) / den - 0.5));
      const x0 = Math.floor(u); const y0 = Math.floor(v);
      const fx = u - x0; const fy = v - y0;
      const i00 = (y0 * sw + x0) * ch; const i10 = i00 + ch; const i01 = i00 + sw * ch; const i11 = i01 + ch;
      const o = (y * width + x) * ch;
      for (let k = 0; k < ch; k++) {
        const top = data[i00 + k]! + (data[i10 + k]! - data[i00 + k]!) * fx;
        const bottom = data[i01 + k]! + (data[i11 + k]! - data[i01 + k]!) * fx;
        out[o + k] = top + (bottom - top) * fy + 0.5;
      }
    }
  }
  return out;
}
