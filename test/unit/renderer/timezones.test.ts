// Time zones read in the reader's words and are found by any of them; the stored value is the ID.
import { describe, expect, it } from 'vitest';
import { allZones, searchZones, zoneLabel } from '../../../renderer/src/i18n/timezones.js';

const WINTER = Date.parse('2026-01-15T03:00:00.000Z');
const SUMMER = Date.parse('2026-07-15T03:00:00.000Z');

describe('time zone labels', () => {
  it('name the city and offset in the reader\'s language, never the raw ID', () => {
    expect(zoneLabel('Asia/Seoul', 'ko', WINTER)).toMatchObject({ text: '서울 (GMT+9)', generic: '한국 표준시' });
    expect(zoneLabel('Asia/Seoul', 'en', WINTER)).toMatchObject({ text: 'Seoul (GMT+9)', generic: 'Korean Standard Time' });
    expect(zoneLabel('America/Los_Angeles', 'ko', WINTER).text).toBe('로스앤젤레스 (GMT-8)');
    expect(zoneLabel('America/Los_Angeles', 'ko', SUMMER).text).toBe('로스앤젤레스 (GMT-7)'); // summer time
    expect(zoneLabel('America/Argentina/Buenos_Aires', 'en', WINTER).text).toBe('Buenos Aires (GMT-3)');
    expect(zoneLabel('UTC', 'ko', WINTER)).toMatchObject({ text: '협정 세계시 (GMT)', generic: '' });
  });

  it('are found by a Korean or English city, a zone name, the offset or the ID', () => {
    const labels = allZones('Asia/Seoul').map((z) => zoneLabel(z, 'ko', WINTER));
    expect(labels.length).toBeGreaterThan(300);
    expect(labels[0]!.zone).toBe('Asia/Seoul'); // the common ones first
    const first = (q: string) => searchZones(labels, q)[0]?.zone;
    expect(first('서울')).toBe('Asia/Seoul');
    expect(first('seoul')).toBe('Asia/Seoul');
    expect(first('태평양')).toBe('America/Los_Angeles');
    expect(first('los angeles')).toBe('America/Los_Angeles');
    expect(first('GMT+5:30')).toBe('Asia/Kolkata');
    expect(first('buenos')).toBe('America/Argentina/Buenos_Aires');
    expect(searchZones(labels, '없는도시')).toEqual([]);
    expect(searchZones(labels, 'kolkata').map((l) => l.zone)).toEqual(['Asia/Kolkata']); // not twice under its old name
  });

  it('keep a stored zone that is not in the list', () => {
    expect(allZones('Etc/GMT-3')).toContain('Etc/GMT-3');
  });
});
