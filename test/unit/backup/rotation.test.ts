// Backup rotation: 7 daily + 4 weekly automatic backups, 5 safety backups, manual ones kept.
import { describe, expect, it } from 'vitest';
import { backupsToKeep, weekOf, type Dated } from '../../../electron/backend/backup/rotation.js';

const TZ = 'Asia/Seoul';
const auto = (createdAt: string): Dated => ({ name: `auto-${createdAt}`, kind: 'auto', createdAt });

/** One automatic backup a day at 10:00 KST for `days` days ending on 2026-03-31. */
function daily(days: number): Dated[] {
  return Array.from({ length: days }, (_, i) => auto(new Date(Date.UTC(2026, 2, 31, 1) - i * 86_400_000).toISOString()));
}

describe('weekOf', () => {
  it('is the Monday of the local week', () => {
    expect(weekOf('2026-03-02T01:00:00Z', TZ)).toBe('2026-03-02'); // Monday
    expect(weekOf('2026-03-08T14:00:00Z', TZ)).toBe('2026-03-02'); // Sunday 23:00 KST
    expect(weekOf('2026-03-08T15:00:00Z', TZ)).toBe('2026-03-09'); // Monday 00:00 KST
  });
});

describe('backupsToKeep', () => {
  it('keeps everything while there are fewer than 7 days', () => {
    const items = daily(5);
    expect(backupsToKeep(items, TZ)).toEqual(new Set(items.map((d) => d.name)));
  });

  it('after 60 days: the last 7 days and the newest of each of the last 4 weeks', () => {
    const keep = [...backupsToKeep(daily(60), TZ)].map((n) => n.slice(5, 15)).sort();
    // 2026-03-31 is a Tuesday: days 25..31, then the Sundays closing the three weeks before.
    expect(keep).toEqual(['2026-03-15', '2026-03-22', '2026-03-25', '2026-03-26', '2026-03-27', '2026-03-28', '2026-03-29', '2026-03-30', '2026-03-31']);
  });

  it('several backups in one local day count once (the newest is kept), by the user\'s time zone', () => {
    const items = [auto('2026-03-30T15:30:00Z'), auto('2026-03-31T01:00:00Z'), auto('2026-03-31T14:59:00Z')];
    // 15:30Z on the 30th is already the 31st in Seoul: all three are one Seoul day.
    expect(backupsToKeep(items, TZ, { daily: 1, weekly: 0, safety: 0 })).toEqual(new Set(['auto-2026-03-31T14:59:00Z']));
    // In UTC they are two days.
    expect(backupsToKeep(items, 'UTC', { daily: 7, weekly: 0, safety: 0 }).size).toBe(2);
  });

  it('a gap in the days does not shorten what is kept: 7 days that have backups', () => {
    const items = [...daily(3), ...daily(40).slice(20)];
    expect([...backupsToKeep(items, TZ, { daily: 7, weekly: 0, safety: 0 })]).toHaveLength(7);
  });

  it('manual backups are never rotated; safety backups keep the newest 5', () => {
    const manual: Dated[] = Array.from({ length: 20 }, (_, i) => ({ name: `m${i}`, kind: 'manual', createdAt: `2025-01-${String(i + 1).padStart(2, '0')}T00:00:00Z` }));
    const safety: Dated[] = Array.from({ length: 8 }, (_, i) => ({ name: `s${i}`, kind: 'safety', createdAt: `2026-01-0${i + 1}T00:00:00Z` }));
    const keep = backupsToKeep([...manual, ...safety, ...daily(30)], TZ);
    for (const m of manual) expect(keep.has(m.name)).toBe(true);
    expect(safety.filter((s) => keep.has(s.name)).map((s) => s.name)).toEqual(['s3', 's4', 's5', 's6', 's7']);
  });
});
