// Phone normalisation (shared/rules/phone.ts): KR default region, raw form kept by the caller,
// E.164 out, and dead 2G prefixes (011/016/017/018/019) flagged by us, since
// libphonenumber-js still calls them valid mobiles (TRAPS).
import { describe, expect, it } from 'vitest';
import { OBSOLETE_KR_MOBILE_PREFIXES, analyzePhone, isPhoneLikeQuery, phoneFormatProblem, queryDigits } from '../../../shared/rules/phone.js';

describe('analyzePhone — Korean mobiles (010)', () => {
  it.each([
    '010-1234-5678',
    '01012345678',
    '010 1234 5678',
    '010.1234.5678',
    '  010-1234-5678  ',
    '+82 10-1234-5678',
    '+82 10 1234 5678',
    '+821012345678',
    '+82-10-1234-5678',
  ])('%j → +821012345678, displayed 010-1234-5678, not obsolete', (raw) => {
    const p = analyzePhone(raw);
    expect(p).toEqual({
      normalized: '+821012345678',
      display: '010-1234-5678',
      searchDigits: ['01012345678', '821012345678'],
      valid: true,
      isMobile: true,
      obsoletePrefix: null,
    });
  });

  it('a 010 number with a 3-digit middle group is still 010, not obsolete', () => {
    // 010 never had 3-digit middle groups in service, but whatever it parses to, it is not 2G.
    expect(analyzePhone('010-123-4567').obsoletePrefix).toBeNull();
  });
});

describe('analyzePhone — landlines and service numbers', () => {
  it.each([
    ['02-123-4567', '+8221234567', '02-123-4567', ['021234567', '8221234567']],
    ['02-1234-5678', '+82212345678', '02-1234-5678', ['0212345678', '82212345678']],
    ['(02) 123-4567', '+8221234567', '02-123-4567', ['021234567', '8221234567']],
    ['+82 2 123 4567', '+8221234567', '02-123-4567', ['021234567', '8221234567']],
    ['031-123-4567', '+82311234567', '031-123-4567', ['0311234567', '82311234567']],
    ['070-1234-5678', '+827012345678', '070-1234-5678', ['07012345678', '827012345678']],
  ])('%j → %s', (raw, normalized, display, searchDigits) => {
    const p = analyzePhone(raw);
    expect(p.normalized).toBe(normalized);
    expect(p.display).toBe(display);
    expect(p.searchDigits).toEqual(searchDigits);
    expect(p.valid).toBe(true);
    expect(p.isMobile).toBe(false);
    expect(p.obsoletePrefix).toBeNull();
  });

  it.each(['1588-1234', '15881234', '1688-1234', '1661-1234', '1899-1234'])('%j (nationwide service number) is valid and never obsolete', (raw) => {
    const p = analyzePhone(raw);
    expect(p.valid).toBe(true);
    expect(p.isMobile).toBe(false);
    expect(p.obsoletePrefix).toBeNull();
    expect(p.normalized).toBe(`+82${raw.replace(/\D/g, '')}`);
    // Searchable by the digits as written.
    expect(p.searchDigits.some((d) => d.includes(raw.replace(/\D/g, '')))).toBe(true);
  });
});

describe('analyzePhone — foreign numbers', () => {
  it('+1 keeps its own country and an international display', () => {
    const p = analyzePhone('+1 415 555 2671');
    expect(p.normalized).toBe('+14155552671');
    expect(p.display).toBe('+1 415 555 2671');
    expect(p.searchDigits).toEqual(['4155552671', '14155552671']);
    expect(p.valid).toBe(true);
    expect(p.obsoletePrefix).toBeNull();
  });

  it('+44 is not mistaken for Korean', () => {
    const p = analyzePhone('+44 20 7946 0958');
    expect(p.normalized).toBe('+442079460958');
    expect(p.display.startsWith('+44')).toBe(true);
    expect(p.obsoletePrefix).toBeNull();
  });

  it('a foreign number whose national part starts with 11/16/17/18/19 is not flagged as a Korean 2G number', () => {
    // +1 (Canada/US) area codes like 416 are fine, but make sure the check is country-bound:
    // a UK 0117 Bristol number has national significant number 117…
    const p = analyzePhone('+44 117 496 0123');
    expect(p.normalized).toBe('+441174960123');
    expect(p.obsoletePrefix).toBeNull();
  });
});

describe('analyzePhone — garbage', () => {
  it.each(['', '   ', 'abc', 'call me', '---'])('%j is not valid and has no digits to search', (raw) => {
    const p = analyzePhone(raw);
    expect(p.valid).toBe(false);
    expect(p.isMobile).toBe(false);
    expect(p.obsoletePrefix).toBeNull();
    expect(p.searchDigits).toEqual([]);
  });

  it.each(['12', '123', '010-12'])('%j (too short) is not valid', (raw) => {
    const p = analyzePhone(raw);
    expect(p.valid).toBe(false);
    expect(p.obsoletePrefix).toBeNull();
  });

  it('keeps the trimmed raw value as display when it cannot parse', () => {
    expect(analyzePhone('  abc ').display).toBe('abc');
  });
});

describe('analyzePhone — obsolete 2G prefixes', () => {
  it('knows exactly the five dead prefixes', () => {
    expect([...OBSOLETE_KR_MOBILE_PREFIXES]).toEqual(['011', '016', '017', '018', '019']);
  });

  describe.each(['011', '016', '017', '018', '019'])('%s', (prefix) => {
    const n = prefix.slice(1); // '11', '16', …
    it(`10-digit form ${prefix}-234-5678 is obsolete, normalised +82${n}2345678`, () => {
      const p = analyzePhone(`${prefix}-234-5678`);
      expect(p.obsoletePrefix).toBe(prefix);
      expect(p.normalized).toBe(`+82${n}2345678`);
      expect(p.display).toBe(`${prefix}-234-5678`);
      expect(p.isMobile).toBe(true);
      expect(p.searchDigits).toEqual([`${prefix}2345678`, `82${n}2345678`]);
    });
    it(`11-digit form ${prefix}-9876-5432 is obsolete`, () => {
      const p = analyzePhone(`${prefix}-9876-5432`);
      expect(p.obsoletePrefix).toBe(prefix);
      expect(p.normalized).toBe(`+82${n}98765432`);
      expect(p.isMobile).toBe(true);
    });
    it(`without dashes (${prefix}2345678) is obsolete`, () => {
      expect(analyzePhone(`${prefix}2345678`).obsoletePrefix).toBe(prefix);
      expect(analyzePhone(`${prefix}98765432`).obsoletePrefix).toBe(prefix);
    });
    it(`international form +82 ${n} 234 5678 is obsolete and displayed nationally`, () => {
      const p = analyzePhone(`+82 ${n} 234 5678`);
      expect(p.obsoletePrefix).toBe(prefix);
      expect(p.normalized).toBe(`+82${n}2345678`);
      expect(p.display).toBe(`${prefix}-234-5678`);
      expect(analyzePhone(`+82${n}98765432`).obsoletePrefix).toBe(prefix);
    });
  });

  it.each(['010-1234-5678', '010-234-5678', '+82 10 1234 5678', '02-1234-5678', '031-123-4567', '070-1234-5678', '1588-1234', '012-345-6789', '015-234-5678'])(
    '%j is not obsolete',
    (raw) => {
      expect(analyzePhone(raw).obsoletePrefix).toBeNull();
    },
  );
});

describe('isPhoneLikeQuery', () => {
  it.each(['5678', '010-1234', '010-1234-5678', '+82 10 1234 5678', '(02) 123-4567', '010.1234.5678', '1'])('%j looks like a phone', (q) => {
    expect(isPhoneLikeQuery(q)).toBe(true);
  });
  it.each(['', ' ', '-', '+', '()', '김철수', 'kim', '010-abcd', 'kim@5678', '5678호'])('%j does not', (q) => {
    expect(isPhoneLikeQuery(q)).toBe(false);
  });
});

describe('queryDigits', () => {
  it.each([
    ['5678', '5678'],
    ['010-1234-5678', '01012345678'],
    ['(02) 123-4567', '021234567'],
    ['+82 10-1234-5678', '01012345678'],
    ['+821012345678', '01012345678'],
    [' +82 2 123 4567 ', '021234567'],
    ['+1 415 555 2671', '14155552671'],
    ['821012345678', '821012345678'],
  ])('%j → %s', (q, digits) => {
    expect(queryDigits(q)).toBe(digits);
  });
});

describe('phoneFormatProblem (the form refuses, the import notes)', () => {
  it.each([
    ['abc-123', 'letters'], ['010-1234-567O', 'letters'], ['전화 주세요', 'letters'], ['010-12-34', 'too-short'], ['123', 'too-short'],
    ['010-1234-5678', null], ['+82 10 1234 5678', null], ['02-555-1234', null], ['1588-1234', null], ['(02) 555-1234 ext. 12', null],
    ['02-555-1234 내선 301', null], ['+1 (415) 555-0100', null],
  ] as const)('%s → %s', (raw, problem) => {
    expect(phoneFormatProblem(raw)).toBe(problem);
  });
});
