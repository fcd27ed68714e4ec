// Property-based tests (fast-check) for the date rules: month ends, leap years and 29 February
// birthdays, persistency months, time-zone boundaries around midnight in Seoul, quiet-hours
// shifting, the digest's next fire time and the marketing window.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, birthdayIn, birthdayReminder, dealMilestones, nextBirthday } from '../../../shared/rules/dates.js';
import { nextDigestAt } from '../../../shared/rules/digest.js';
import { avoidQuietHours, isQuietHour, localHour, MORNING_HOUR } from '../../../shared/rules/limits.js';
import { countInWindow } from '../../../shared/rules/marketing.js';
import { addDays, atLocalTime, daysBetween, isCalendarDate, localDate } from '../../../shared/rules/time.js';
import { currentConsent, type ConsentEvent } from '../../../shared/rules/consent.js';

const SEOUL = 'Asia/Seoul';
const ZONES = ['Asia/Seoul', 'UTC', 'America/New_York', 'Europe/Berlin', 'Australia/Lord_Howe', 'Pacific/Kiritimati', 'America/St_Johns'];
const DAY = 86_400_000;

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const dateArb = fc.date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const modernDateArb = fc.date({ min: new Date('1989-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const instantArb = fc.integer({ min: Date.parse('2000-01-01T00:00:00Z'), max: Date.parse('2060-01-01T00:00:00Z') });
const birthdayArb = fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
  .map(([m, d]) => `--${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`)
  .filter((b) => isCalendarDate(`2000${b.slice(1)}`));

describe('calendar arithmetic', () => {
  it('addDays and daysBetween are inverse, and always give a real date', () => {
    fc.assert(fc.property(dateArb, fc.integer({ min: -4000, max: 4000 }), (d, n) => {
      const e = addDays(d, n);
      expect(isCalendarDate(e)).toBe(true);
      expect(daysBetween(d, e)).toBe(n);
    }));
  });

  it('addMonths lands in the right month, clamped to its last day (month ends, leap years)', () => {
    fc.assert(fc.property(dateArb, fc.integer({ min: -60, max: 60 }), (d, n) => {
      const r = addMonths(d, n);
      expect(isCalendarDate(r)).toBe(true);
      const [y, m, day] = d.split('-').map(Number) as [number, number, number];
      const total = y * 12 + (m - 1) + n;
      expect(Number(r.slice(0, 4)) * 12 + Number(r.slice(5, 7)) - 1).toBe(total);
      const last = new Date(Date.UTC(Math.floor(total / 12), (total % 12) + 1, 0)).getUTCDate();
      expect(Number(r.slice(8))).toBe(Math.min(day, last));
    }));
  });
});

describe('birthdays', () => {
  it('a birthday is celebrated every year; 29 February on 28 February in common years', () => {
    fc.assert(fc.property(birthdayArb, fc.integer({ min: 1901, max: 2099 }), (b, year) => {
      const on = birthdayIn(b, year)!;
      expect(isCalendarDate(on)).toBe(true);
      if (b === '--02-29') expect(on).toBe(isLeap(year) ? `${year}-02-29` : `${year}-02-28`);
      else expect(on).toBe(`${year}${b.slice(1)}`);
    }));
  });

  it('the next birthday is on or after today and within a year; its reminder is 3 days ahead, never before today', () => {
    fc.assert(fc.property(birthdayArb, dateArb, (b, today) => {
      const on = nextBirthday(b, today)!;
      expect(on >= today).toBe(true);
      expect(daysBetween(today, on)).toBeLessThan(366);
      const r = birthdayReminder(b, today)!;
      expect(r.on).toBe(on);
      expect(r.remindOn).toBe(addDays(on, -3) < today ? today : addDays(on, -3));
    }));
  });

  it('a handled celebration is not offered again: the next one is a year later', () => {
    fc.assert(fc.property(birthdayArb, dateArb, (b, today) => {
      const first = birthdayReminder(b, today)!;
      const next = birthdayReminder(b, today, first.on)!;
      expect(next.on > first.on).toBe(true);
      expect(Number(next.on.slice(0, 4))).toBe(Number(first.on.slice(0, 4)) + 1);
    }));
  });
});

describe('persistency months', () => {
  it('the 13th and 25th month start 12 and 24 months after signing and are never reminded before today', () => {
    fc.assert(fc.property(dateArb, fc.integer({ min: -800, max: 800 }), (signed, offset) => {
      const today = addDays(signed, offset);
      const ms = dealMilestones({ status: 'won', signedOn: signed, renewsOn: null, expiresOn: null }, today);
      for (const m of ms) {
        expect(m.kind).toBe('persistency');
        expect(m.remindOn >= today).toBe(true);
        const start = addMonths(signed, m.lead - 1);
        const end = addDays(addMonths(signed, m.lead), -1);
        expect(end >= today).toBe(true);
        expect(m.remindOn).toBe(start < today ? today : start);
      }
      // Both months are wanted exactly while they have not ended.
      for (const month of [13, 25]) {
        const ended = addDays(addMonths(signed, month), -1) < today;
        expect(ms.some((m) => m.lead === month)).toBe(!ended);
      }
    }));
  });
});

describe('time zones around midnight', () => {
  it('a local 09:00 is on its own calendar date in every zone (midnight boundaries hold)', () => {
    fc.assert(fc.property(dateArb, fc.constantFrom(...ZONES), fc.integer({ min: 0, max: 23 }), (d, tz, h) => {
      const at = atLocalTime(d, h, 0, tz);
      // A DST gap may shift the hour, never the date for hours away from midnight.
      if (h >= 4) expect(localDate(at, tz)).toBe(d);
    }));
  });

  // Seoul has kept UTC+9 without daylight saving since 1988 (before that: +8:30, and DST in the
  // 1950s and 1987–88), so the property holds from 1989 on — which is every date the app schedules.
  it('in Seoul (UTC+9, no DST since 1988) the local date flips at 15:00 UTC', () => {
    fc.assert(fc.property(modernDateArb, fc.integer({ min: 0, max: DAY - 1 }), (d, ms) => {
      const utc = Date.parse(`${d}T00:00:00Z`) + ms;
      const expected = ms >= 15 * 3_600_000 ? addDays(d, 1) : d;
      expect(localDate(utc, SEOUL)).toBe(expected);
    }));
  });
});

describe('quiet hours', () => {
  it('"later" moves any instant out of 21:00–08:00 to 09:00, forward, by less than a day', () => {
    fc.assert(fc.property(instantArb, fc.constantFrom(...ZONES), (ms, tz) => {
      const at = new Date(ms).toISOString();
      const moved = avoidQuietHours(at, tz, 'later');
      expect(Date.parse(moved)).toBeGreaterThanOrEqual(ms);
      expect(Date.parse(moved) - ms).toBeLessThan(DAY);
      expect(isQuietHour(localHour(moved, tz))).toBe(false);
      if (isQuietHour(localHour(at, tz)) && tz === SEOUL) expect(localHour(moved, tz)).toBe(MORNING_HOUR);
      else if (!isQuietHour(localHour(at, tz))) expect(moved).toBe(at);
    }));
  });

  it('"earlier" (deadlines) never moves later and never lands in quiet hours', () => {
    fc.assert(fc.property(instantArb, (ms) => {
      const at = new Date(ms).toISOString();
      const moved = avoidQuietHours(at, SEOUL, 'earlier');
      expect(Date.parse(moved)).toBeLessThanOrEqual(ms);
      expect(isQuietHour(localHour(moved, SEOUL))).toBe(false);
    }));
  });
});

describe('daily digest time', () => {
  const timeArb = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
    .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

  it('fires strictly after now, within ~a day, at the chosen local time (exactly so in Seoul)', () => {
    fc.assert(fc.property(instantArb, timeArb, fc.constantFrom(...ZONES), (now, time, tz) => {
      const at = nextDigestAt(now, time, tz);
      expect(Date.parse(at)).toBeGreaterThan(now);
      expect(Date.parse(at) - now).toBeLessThanOrEqual(DAY + 2 * 3_600_000); // a DST day may be 25 hours
      if (tz === SEOUL) {
        expect(Date.parse(at) - now).toBeLessThanOrEqual(DAY);
        const local = new Intl.DateTimeFormat('en-GB', { timeZone: tz, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(at));
        expect(local).toBe(time);
      }
    }));
  });

  it('is the next one: nothing at that local time lies between now and it', () => {
    fc.assert(fc.property(instantArb, timeArb, (now, time) => {
      const at = Date.parse(nextDigestAt(now, time, SEOUL));
      expect(at - DAY).toBeLessThanOrEqual(now);
    }));
  });
});

describe('marketing window and consent', () => {
  it('countInWindow counts dates less than 30 days away, either side', () => {
    fc.assert(fc.property(dateArb, fc.array(fc.integer({ min: -60, max: 60 }), { maxLength: 10 }), (day, offsets) => {
      const taken = offsets.map((o) => addDays(day, o));
      expect(countInWindow(taken, day)).toBe(offsets.filter((o) => Math.abs(o) < 30).length);
    }));
  });

  it('the current consent is the latest event at or before the moment; a grant lasts two years', () => {
    const eventArb = fc.record({ granted: fc.boolean(), at: instantArb });
    fc.assert(fc.property(fc.array(eventArb, { minLength: 1, maxLength: 8 }), instantArb, (evs, now) => {
      const events: ConsentEvent[] = evs.map((e) => ({ channel: 'sms', purpose: 'marketing', granted: e.granted, at: new Date(e.at).toISOString(), evidence: 'x' }));
      const c = currentConsent(events, 'sms', 'marketing', new Date(now).toISOString());
      const past = evs.filter((e) => e.at <= now).sort((a, b) => a.at - b.at);
      const last = past.at(-1);
      if (!last) {
        expect(c.state).toBe('none');
        return;
      }
      if (!last.granted && past.filter((e) => e.at === last.at).every((e) => !e.granted)) expect(c.state).toBe('withdrawn');
      if (last.granted && past.filter((e) => e.at === last.at).every((e) => e.granted)) {
        expect(c.state).toBe(now - last.at < 730 * DAY ? 'granted' : 'expired');
      }
    }));
  });
});
