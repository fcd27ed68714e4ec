import { describe, expect, it } from 'vitest';
import { nameSound, querySounds } from '../../../shared/rules/name-sounds.js';

describe('nameSound', () => {
  it('is the family name in Hangul and the given name’s consonants, spaces ignored', () => {
    expect(nameSound('김철수')).toBe('~~김cls');
    expect(nameSound('김 철수')).toBe('~~김cls');
    expect(nameSound('이민준')).toBe('~~이mncn');
    expect(nameSound('박서연')).toBe('~~박sn');
  });

  it('is null for a Latin name, a single syllable, a long text or an unknown family name', () => {
    for (const n of ['Kim Chulsoo', '김', '김철수영희', '제갈공명', '']) expect(nameSound(n), n).toBeNull();
  });
});

describe('querySounds', () => {
  it('reads a known family name first or last, the rest as the given name', () => {
    for (const q of ['Kim Chulsoo', 'chulsoo kim', 'Gim Cheolsu', 'kim chul-soo', 'Chul Soo Kim', 'KIM CHULSOO']) expect(querySounds(q), q).toEqual(['~~김cls']);
    expect(querySounds('Kim Chulsoo')[0]).toBe(nameSound('김철수'));
    expect(querySounds('yi minjun')).toEqual([nameSound('이민준')]);
  });

  it('a spelling shared by several families stands for each (lee: 이 and 리), and nothing else', () => {
    expect(querySounds('lee').sort()).toEqual(['~~리', '~~이']);
    expect(querySounds('lim')).toEqual(['~~임']);
  });

  it('is empty for words that name no family, and for Hangul, digits or e-mail', () => {
    for (const q of ['acme', 'sales', 'minjun', '김철수', 'kim 010', 'kim@example.com', 'chulsoo.kim', '']) expect(querySounds(q), q).toEqual([]);
  });
});
