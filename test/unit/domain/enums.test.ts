// Domain vocabularies (shared/domain/enums.ts): how each touch verifies a point, and which
// touches are contact with the person.
import { describe, expect, it } from 'vitest';
import { TOUCH_KINDS, VERIFIED_VIA, VERIFIED_VIA_BY_TOUCH, isContactTouch } from '../../../shared/domain/enums.js';

describe('VERIFIED_VIA_BY_TOUCH', () => {
  it('maps every touch kind to a known verification channel (a note to none)', () => {
    expect(Object.keys(VERIFIED_VIA_BY_TOUCH).sort()).toEqual([...TOUCH_KINDS].sort());
    for (const kind of TOUCH_KINDS) {
      const via = VERIFIED_VIA_BY_TOUCH[kind];
      if (kind === 'note') expect(via).toBeNull();
      else expect(VERIFIED_VIA, kind).toContain(via);
    }
    expect(VERIFIED_VIA_BY_TOUCH).toMatchObject({ call: 'call', sms: 'sms-reply', email: 'email-reply', meeting: 'meeting', visit: 'meeting', 'card-exchange': 'card' });
  });
});

describe('isContactTouch', () => {
  it('every kind but a note is contact with the person', () => {
    expect(TOUCH_KINDS.filter((k) => !isContactTouch(k))).toEqual(['note']);
  });
});
