// Labels an import brings in ("work", "CELL") read in the user's language; labels typed by hand stay.
import { describe, expect, it } from 'vitest';
import { pointLabelText } from '../../../shared/i18n/labels.js';

describe('pointLabelText', () => {
  it('shows vCard TYPE words in the locale', () => {
    expect(pointLabelText('work', 'ko')).toBe('회사');
    expect(pointLabelText('HOME', 'ko')).toBe('집');
    expect(pointLabelText(' cell ', 'ko')).toBe('휴대폰');
    expect(pointLabelText('work', 'en')).toBe('Work');
  });
  it('keeps what the user typed', () => {
    expect(pointLabelText('사무실 직통', 'ko')).toBe('사무실 직통');
    expect(pointLabelText('Assistant', 'en')).toBe('Assistant');
  });
});
