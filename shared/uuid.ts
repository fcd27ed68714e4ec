// UUIDv7 (RFC 9562): 48-bit Unix ms timestamp, then random bits. Time-ordered ids keep
// SQLite's indexes append-mostly and let several devices create rows without coordination.

let lastMs = 0;
let seq = 0;

export function uuidv7(nowMs: number = Date.now()): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
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
  const ms = BigInt(nowMs);
  for (let i = 0; i < 6; i++) bytes[i] = Number((ms >> BigInt(8 * (5 - i))) & 0xffn);
  bytes[6] = 0x70 | ((seq >> 8) & 0x0f);
  bytes[7] = seq & 0xff;
  bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
