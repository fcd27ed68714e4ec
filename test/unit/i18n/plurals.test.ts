// English counts with their nouns: `{n:noun|nouns}` in a message (renderer/src/i18n/translate.ts).
import { describe, expect, it } from 'vitest';
import { translate } from '../../../renderer/src/i18n/translate.js';

describe('translate — English plurals', () => {
  it('a message with two counts fits the noun to each', () => {
    const vars = { date: 'Fri, Dec 11', contacts: 1, touches: 1, newest: 'Fri, Dec 11' };
    expect(translate('en', 'backup.restoreBody', vars)).toMatch(/^The backup made Fri, Dec 11 holds 1 contact and 1 touch \(latest/);
    expect(translate('en', 'backup.restoreBody', { ...vars, contacts: 1200, touches: 0 })).toMatch(/holds 1,200 contacts and 0 touches/);
    expect(translate('en', 'import.summary', { records: 4, files: 1 })).toBe('4 records from 1 file ready to import');
  });

  it('single counts: days, cards, characters', () => {
    expect(translate('en', 'due.overdueDays', { count: 1 })).toBe('1 day overdue');
    expect(translate('en', 'due.inDays', { count: 3 })).toBe('In 3 days');
    expect(translate('en', 'capture.progressDone', { count: 1, total: 1 })).toBe('Read 1 card');
    expect(translate('en', 'capture.clearConfirmBody', { count: 1 })).toMatch(/^1 card was not saved yet; it will/);
  });

  it('Korean messages keep their counters untouched', () => {
    expect(translate('ko', 'backup.done', { contacts: 1 })).toBe('백업을 만들었습니다: 연락처 1명, 검증 완료.');
  });
});
