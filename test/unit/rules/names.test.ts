import { describe, expect, it } from 'vitest';
import { nameKey, similarNames } from '../../../shared/rules/names.js';

describe('similar names (suggested duplicates)', () => {
  it.each([
    ['김철수', '김철수 ', true], ['김 철수', '김철수', true], ['Kim Chulsoo', 'Chulsoo Kim', true], ['Kim Chulsoo', 'kim chul-soo', true],
    ['정수진', '정수빈', true], ['Jon Smith', 'John Smith', true], ['김철수', '이영희', false], ['이', '김', false], ['Ann', 'Bob', false],
    ['김철수', 'Kim Chulsoo', false],
  ])('%s ~ %s: %s', (a, b, same) => {
    expect(similarNames(a, b)).toBe(same);
  });
  it('keys ignore case, spaces and punctuation', () => {
    expect(nameKey(' Kim, Chul-Soo ')).toBe('kimchulsoo');
  });
});
