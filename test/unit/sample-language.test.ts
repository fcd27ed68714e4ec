// The sample book in the reader's language: an English reader's sample is mostly English names and
// notes; the Korean one (and the bench's book, same generator) is unchanged.
import { describe, expect, it } from 'vitest';
import { believableSample, samplePeople } from '../../electron/backend/services/sample-book.js';

const HANGUL = /[\uAC00-\uD7A3]/;
const share = (xs: string[]) => xs.filter((x) => HANGUL.test(x)).length / xs.length;

describe('sample book language', () => {
  it('English: at most a fifth of names and notes in Korean, complaints at the top of Today in English', () => {
    const { people } = believableSample(samplePeople(300, undefined, 0.15));
    expect(share(people.map((p) => p.name))).toBeLessThan(0.2);
    expect(share(people.flatMap((p) => p.touches.map((t) => t.summary)))).toBeLessThan(0.2);
    expect(share(people.flatMap((p) => p.tags))).toBeLessThan(0.2);
    const open = people.filter((p) => p.touches.at(-1)?.outcome === 'complaint' && p.touches.at(-1)!.daysAgo === 1);
    expect(open.map((p) => HANGUL.test(p.touches.at(-1)!.summary))).toEqual([false, false]);
  });

  it('Korean (the default) is the book it always was', () => {
    expect(samplePeople(50).map((p) => p.name)).toEqual(samplePeople(50, 20261123, 0.85).map((p) => p.name));
    expect(share(samplePeople(300).map((p) => p.name))).toBeGreaterThan(0.75);
  });
});

describe('sample book duplicates', () => {
  it('English: few people share a name at one company (Duplicates shows a handful, not dozens)', () => {
    const people = samplePeople(300, undefined, 0.15);
    const seen = new Map<string, number>();
    for (const p of people) seen.set(`${p.name}|${p.company}`, (seen.get(`${p.name}|${p.company}`) ?? 0) + 1);
    const pairs = [...seen.values()].reduce((n, k) => n + (k * (k - 1)) / 2, 0);
    expect(pairs).toBeLessThan(10);
  });
});
