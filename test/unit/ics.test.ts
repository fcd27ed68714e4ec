import { describe, expect, it } from 'vitest';
import { buildIcs, escapeText, foldLine, icsUtc } from '../../shared/ics.js';

const octets = (s: string) => new TextEncoder().encode(s).length;

describe('iCalendar', () => {
  it('escapes text per RFC 5545', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });
  it('folds at 75 octets without splitting a UTF-8 character', () => {
    const line = `SUMMARY:${'김철수 고객 갱신 상담 '.repeat(10)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(octets(p)).toBeLessThanOrEqual(75);
    for (const p of parts.slice(1)) expect(p.startsWith(' ')).toBe(true);
    expect(parts.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(line);
    expect(foldLine('short')).toBe('short');
  });
  it('builds a calendar with CRLF, UTC times and stable UIDs', () => {
    const ics = buildIcs([{ uid: 'abc@inyeon', start: '2026-03-16T00:00:00.000Z', minutes: 30, summary: '김철수 — 안부', description: 'x', updatedAt: '2026-03-02T01:00:00.000Z' }], '2026-03-02T01:00:00.000Z');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics).toContain('UID:abc@inyeon\r\n');
    expect(ics).toContain('DTSTART:20260316T000000Z\r\n');
    expect(ics).toContain('DTEND:20260316T003000Z\r\n');
    expect(ics.replace(/\r\n/g, '')).not.toContain('\n');
    expect(icsUtc('2026-12-31T15:00:00.000Z')).toBe('20261231T150000Z');
  });
});
