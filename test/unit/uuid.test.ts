// UUIDv7 (shared/uuid.ts, RFC 9562): 48-bit ms timestamp, version 7, variant 10, strictly
// increasing within one process even inside one millisecond.
import { describe, expect, it } from 'vitest';
import { uuidv7 } from '../../shared/uuid.js';

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const timestampOf = (id: string) => parseInt(id.replace(/-/g, '').slice(0, 12), 16);

describe('uuidv7', () => {
  it('has the canonical 8-4-4-4-12 lower-case hex form, version 7 and variant 10', () => {
    for (let i = 0; i < 200; i++) {
      const id = uuidv7();
      expect(id).toMatch(UUID_RE);
      const bytes = id.replace(/-/g, '');
      expect(parseInt(bytes[12]!, 16)).toBe(7); // version nibble
      expect(parseInt(bytes[16]!, 16) >> 2).toBe(0b10); // variant bits
    }
  });

  it('encodes the given millisecond timestamp in the first 48 bits', () => {
    const ms = Date.parse('2100-01-01T00:00:00.000Z'); // far ahead of anything generated so far
    const id = uuidv7(ms);
    expect(timestampOf(id)).toBe(ms);
    expect(id.slice(0, 13)).toBe(`${ms.toString(16).padStart(12, '0').slice(0, 8)}-${ms.toString(16).padStart(12, '0').slice(8)}`);
  });

  it('is strictly increasing within one millisecond (and the counter rolls into the next ms)', () => {
    const ms = Date.parse('2101-01-01T00:00:00.000Z');
    const ids = Array.from({ length: 5000 }, () => uuidv7(ms));
    for (let i = 1; i < ids.length; i++) expect(ids[i]! > ids[i - 1]!, `${ids[i - 1]} < ${ids[i]}`).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(timestampOf(ids[0]!)).toBe(ms);
    // 4096 ids fit in one ms (12-bit counter); the rest borrow the next one.
    expect(timestampOf(ids[4095]!)).toBe(ms);
    expect(timestampOf(ids[4096]!)).toBe(ms + 1);
    for (const id of ids) expect(id).toMatch(UUID_RE);
  });

  it('stays increasing when the clock goes backwards', () => {
    const later = Date.parse('2102-01-01T00:00:00.000Z');
    const a = uuidv7(later);
    const b = uuidv7(later - 60_000);
    const c = uuidv7(Date.parse('2000-01-01T00:00:00Z'));
    expect(b > a).toBe(true);
    expect(c > b).toBe(true);
  });

  it('sorts by time across milliseconds', () => {
    const base = Date.parse('2103-01-01T00:00:00.000Z');
    const ids = [0, 1, 2, 1000, 86_400_000].map((d) => uuidv7(base + d));
    expect([...ids].sort()).toEqual(ids);
  });
});
