// The fast path for 010 numbers must answer exactly what libphonenumber answers, for every
// block it takes (a metadata update that makes a block invalid or non-mobile fails here).
import { describe, expect, it } from 'vitest';
import { analyzePhone, analyzeWithLibrary } from '../../../shared/rules/phone.js';

describe('analyzePhone fast path for 010 mobiles', () => {
  it('equals libphonenumber for every 010 block it answers', () => {
    const differ: string[] = [];
    for (let m = 0; m < 10_000; m++) {
      const mid = String(m).padStart(4, '0');
      if (mid.startsWith('5')) continue;
      const last = String((m * 7919 + 13) % 10_000).padStart(4, '0');
      const raw = `010-${mid}-${last}`;
      if (JSON.stringify(analyzePhone(raw)) !== JSON.stringify(analyzeWithLibrary(raw))) differ.push(raw);
    }
    expect(differ).toEqual([]);
  }, 60_000); // 9,000 library parses: about a second idle, many on a loaded machine

  it('equals libphonenumber for the usual spellings, and leaves others to it', () => {
    for (const raw of ['01012345678', '010 1234 5678', '010.1234.5678', ' 010-9876-0001 ', '+82 10-1234-5678', '+821012345678', '+82-10-2222-3333',
      '010-5970-1234', '010-5912-3456', '010-123-4567', '011-234-5678', '02-123-4567', '(010)1234-5678', '010-1234-56789', '+1 415 555 0100', 'x']) {
      expect(analyzePhone(raw), raw).toEqual(analyzeWithLibrary(raw));
    }
  });
});
