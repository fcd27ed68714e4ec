// UUIDv7 (RFC 9562): 48-bit Unix ms timestamp, then random bits. Time-ordered ids keep
// SQLite's indexes append-mostly and let several devices create rows without coordination.

let lastMs = 0;
let seq = 0;

// Random bytes are drawn in blocks: one getRandomValues call per id was a visible share of
// the cost of adding a contact (several ids each).
const POOL_SIZE = 4096;
const pool = new Uint8Array(POOL_SIZE);
let poolPos = POOL_SIZE;

function randomByte(): number {
  if (poolPos >= POOL_SIZE) {
    globalThis.crypto.getRandomValues(pool);
    poolPos = 0;
  }
  return pool[poolPos++]!;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

export function uuidv7(nowMs: number = Date.now()): string {
  // Keep ids strictly increasing within one process even inside one millisecond: the 12-bit
  // rand_a field becomes a counter (RFC 9562 §6.2, method 1).
  if (nowMs <= lastMs) {
    seq += 1;
    if (seq > 0xfff) { lastMs += 1; seq = 0; }
    nowMs = lastMs;
  } else {
    lastMs = nowMs;
    seq = 0;
  }
  const b = new Array<number>(16);
  // 48-bit timestamp, big-endian (exact in doubles: 2^48 ms is the year 10889).
  const hi = Math.floor(nowMs / 0x100000000);
  const lo = nowMs >>> 0;
  b[0] = (hi >>> 8) & 0xff; b[1] = hi & 0xff;
  b[2] = lo >>> 24; b[3] = (lo >>> 16) & 0xff; b[4] = (lo >>> 8) & 0xff; b[5] = lo & 0xff;
  b[6] = 0x70 | ((seq >> 8) & 0x0f);
  b[7] = seq & 0xff;
  b[8] = 0x80 | (randomByte() & 0x3f);
  for (let i = 9; i < 16; i++) b[i] = randomByte();
  const h = b.map((x) => HEX[x]!);
  return `${h[0]}${h[1]}${h[2]}${h[3]}-${h[4]}${h[5]}-${h[6]}${h[7]}-${h[8]}${h[9]}-${h[10]}${h[11]}${h[12]}${h[13]}${h[14]}${h[15]}`;
}
