import type { consentApi } from '../../../shared/contract/consent.js';
import type { Handlers } from './types.js';

export const consentHandlers: Handlers<typeof consentApi> = {
  'consents.list': ({ contactId }, s) => s.consents.list(contactId),
  'consents.grant': (c, s) => s.consents.grant(c),
  'consents.withdraw': (c, s) => s.consents.withdraw(c),
  'marketing.check': ({ contactId, kind, at }, s) => {
    s.contacts.requireRow(contactId);
    return s.marketing.check(contactId, kind, at);
  },
  // Counted after the daily pass, like Today, so the numbers match what Today will show.
  'digest.get': (_, s) => {
    s.engine.sweep();
    return s.digest.get();
  },
};
