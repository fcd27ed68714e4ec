import { describe, expect, it } from 'vitest';
import { nameKey, similarNames } from '../../../shared/rules/names.js';

describe('similar names (suggested duplicates)', () => {
  it.each([
    ['김철수', '김철수 ', true], ['김 철수', '김철수', true], ['Kim Chulsoo', 'Chulsoo Kim', true], ['Kim Chulsoo', 'kim chul-soo', true],
    ['정수진', '정수빈', true], ['Jon Smith', 'John Smith', true], ['김철수', '이영희', false], ['이', '김', false], ['Ann', 'Bob', false],
    // A Korean name and its Latin spellings (family name first or last, RR or the usual spelling).
    ['김철수', 'Kim Chulsoo', true], ['김철수', 'Chul-soo Kim', true], ['Gim Cheolsu', '김철수', true], ['이영희', 'Lee Younghee', true],
    ['박민준', 'Park Minjoon', true], ['최지우', 'Choi Jiwoo', true], ['정서연', 'Jeong Seo-yeon', true],
    ['김철수', 'Kim Minjun', false], ['김철수', 'Park Chulsoo', false], ['김철수', 'Chulsoo', false], ['이영희', 'Lee Youngsoo', false],
    // Two Korean names with different family names are different people; a typo in the given name is still one.
    ['윤서준', '김서준', false], ['최미경', '김미경', false], ['김 서준', '윤서준', false], ['김철수', '김철주', true], ['남궁민수', '남궁민주', true],
  ])('%s ~ %s: %s', (a, b, same) => {
    expect(similarNames(a, b)).toBe(same);
  });
  it('keys ignore case, spaces and punctuation', () => {
    expect(nameKey(' Kim, Chul-Soo ')).toBe('kimchulsoo');
  });
});
