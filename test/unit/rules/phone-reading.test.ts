// A number typed without a country code is read as Korean; the form says so when that changes it.
import { describe, expect, it } from 'vitest';
import { phoneReading } from '../../../shared/rules/phone-reading.js';

describe('phoneReading', () => {
  it.each(['010-1234-5678', '01012345678', '010 1234 5678', '02-123-4567', '(02) 123-4567', '031-123-4567', '+1 415 555 0134', '+82 10 1234 5678', '00 1 415 555 0134', '0101', '010-1234-5'])(
    '%s reads as typed: no notice', (v) => expect(phoneReading(v)).toBeNull());

  it('a US-style number is shown as the Korean number it becomes', () => {
    expect(phoneReading('(415) 555-0134')).toEqual({ kind: 'korean', display: '041-5555-0134' });
    expect(phoneReading('415-555-0134')).toEqual({ kind: 'korean', display: '041-5555-0134' });
  });

  it('a number that is no Korean number and has no country code asks for one', () => {
    expect(phoneReading('212 555 0199')).toEqual({ kind: 'no-country' });
    expect(phoneReading('07700 900123')).toEqual({ kind: 'no-country' });
  });
});
