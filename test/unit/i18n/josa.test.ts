// Korean particles after names, dates and file names filled into messages (shared/i18n/josa.ts,
// applied by the renderer's translate): "박민수를 합쳤습니다", never "박민수을(를)".
import { describe, expect, it } from 'vitest';
import { particle, withJosa } from '../../../shared/i18n/josa.js';
import { translate } from '../../../renderer/src/i18n/translate.js';

describe('particles', () => {
  it('follow the final sound of a Hangul word', () => {
    expect(withJosa('박민수', '을/를')).toBe('박민수를');
    expect(withJosa('김철수', '이/가')).toBe('김철수가');
    expect(withJosa('한지민', '을/를')).toBe('한지민을');
    expect(withJosa('한지민', '이/가')).toBe('한지민이');
    expect(withJosa('김민준', '와/과')).toBe('김민준과');
    expect(withJosa('이서연', '은/는')).toBe('이서연은');
  });

  it('read dates, digits, brackets and Latin names as a Korean reader would', () => {
    expect(particle('11월 26일 (목)', '으로/로')).toBe('으로');
    expect(particle('12월 8일', '으로/로')).toBe('로'); // ㄹ takes 로
    expect(particle('11월 25일 (수)', '으로/로')).toBe('로');
    expect(particle('010-1234-5673', '이/가')).toBe('이'); // 삼
    expect(particle('2026', '을/를')).toBe('을'); // 육
    expect(particle('Kim', '을/를')).toBe('을');
    expect(particle('Mike', '을/를')).toBe('를');
    expect(particle('Paul', '으로/로')).toBe('로');
    expect(particle('inyeon-backup.db', '으로/로')).toBe('로');
    expect(particle('“종신보험”', '을/를')).toBe('을');
  });

  it('replace the written either-forms in Korean messages, and leave English alone', () => {
    expect(translate('ko', 'dup.merged', { from: '박민수', into: '박민수' })).toBe('박민수를 박민수에 합쳤습니다.');
    expect(translate('ko', 'dup.mergeUndone', { name: '박민수' })).toBe('합치기를 되돌렸습니다: 박민수가 돌아왔습니다.');
    expect(translate('ko', 'dup.mergeHint', { name: '김철수' })).toBe('합치면 김철수를 남기고 다른 쪽의 내용을 더합니다.');
    expect(translate('ko', 'dup.dismissed', { a: '김민준', b: '이서연' })).toBe('김민준과 이서연은 다시 제안하지 않습니다.');
    expect(translate('ko', 'fu.snoozed', { name: '한지민', date: '11월 26일 (목)' })).toBe('한지민: 11월 26일 (목)으로 미뤘습니다.');
    expect(translate('ko', 'deals.added', { title: '종신보험' })).toBe('계약 “종신보험”을 추가했습니다.');
    expect(translate('en', 'dup.merged', { from: 'Minsu Park', into: 'Park Minsu' })).not.toMatch(/[가-힣]/);
  });
});
