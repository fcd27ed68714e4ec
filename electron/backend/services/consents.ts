// Consent (DESIGN §3 consents): grants need evidence, withdrawals are always recorded, nothing is
// ever edited or deleted. A change re-syncs the person's suggestions, whose proposed channel
// follows what their consent allows.
import type { ConsentsOf } from '../../../shared/contract/consent.js';
import { CONSENT_CHANNELS, type ConsentChannel, type ConsentPurpose } from '../../../shared/domain/enums.js';
import { AppError } from '../../../shared/errors.js';
import { currentConsent } from '../../../shared/rules/consent.js';
import { uuidv7 } from '../../../shared/uuid.js';
import { consentsOf, insertConsent } from '../db/consents-repo.js';
import type { Context } from '../context.js';
import type { ContactsService } from './contacts.js';
import type { ScheduleService } from './schedule.js';

interface Change {
  contactId: string;
  channel: ConsentChannel;
  purpose: ConsentPurpose;
  at?: string | undefined;
  evidence: string | null;
}

export function createConsentsService(ctx: Context, contacts: ContactsService, schedule: ScheduleService) {
  const db = ctx.db;

  function list(contactId: string): ConsentsOf {
    contacts.requireRow(contactId);
    const history = consentsOf(db, contactId);
    const now = ctx.nowIso();
    return {
      contactId,
      current: CONSENT_CHANNELS.map((channel) => ({
        channel,
        marketing: currentConsent(history, channel, 'marketing', now),
        nightTime: currentConsent(history, channel, 'night-time', now),
      })),
      history: [...history].reverse().map(({ id, contactId: c, channel, purpose, granted, at, evidence }) => ({ id, contactId: c, channel, purpose, granted, at, evidence })),
    };
  }

  function record(c: Change, granted: boolean): ConsentsOf {
    const at = c.at ? new Date(c.at).toISOString() : ctx.nowIso();
    if (Date.parse(at) > ctx.clock.now() + 60_000) {
      throw new AppError('invalid-input', 'at: consent cannot be recorded in the future', [{ path: 'at', message: 'is in the future' }]);
    }
    return db.transaction(() => {
      const row = contacts.requireRow(c.contactId);
      if (row.deleted_at) throw new AppError('conflict', 'This contact is in the trash; restore it first.');
      insertConsent(db, { id: uuidv7(ctx.clock.now()), contactId: c.contactId, channel: c.channel, purpose: c.purpose, granted, at, evidence: c.evidence });
      contacts.touchUpdatedAt(c.contactId);
      schedule.syncCheckIn(c.contactId);
      return list(c.contactId);
    })();
  }

  return {
    list,
    grant: (c: Change) => record(c, true),
    withdraw: (c: Change) => record(c, false),
  };
}

export type ConsentsService = ReturnType<typeof createConsentsService>;
