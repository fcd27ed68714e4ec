// CLI commands for consent, marketing checks and the daily digest (issue 4, second half).
import { CONSENT_CHANNELS, CONSENT_PURPOSES, TOUCH_KINDS } from '../../shared/domain/enums.js';
import { need, oneOf, str } from './args.js';
import type { Command } from './commands.js';

const CHANGE_OPTIONS = { purpose: { type: 'string' }, evidence: { type: 'string' }, at: { type: 'string' } } as const;

export const CONSENT_COMMANDS: Record<string, Command> = {
  'consent list': {
    options: {},
    usage: 'consent list CONTACT_ID   (current consent per channel, and its history)',
    run: ({ invoke, positionals }) => invoke('consents.list', { contactId: need(positionals[0], 'CONTACT_ID') }),
  },
  'consent grant': {
    options: CHANGE_OPTIONS,
    usage: `consent grant CONTACT_ID ${CONSENT_CHANNELS.join('|')} --evidence TEXT [--purpose ${CONSENT_PURPOSES.join('|')}] [--at ISO-8601]`,
    run: ({ invoke, positionals, values: v }) => invoke('consents.grant', {
      contactId: need(positionals[0], 'CONTACT_ID'), channel: oneOf(need(positionals[1], 'CHANNEL'), CONSENT_CHANNELS, 'CHANNEL')!,
      purpose: oneOf(str(v.purpose), CONSENT_PURPOSES, '--purpose'), evidence: need(str(v.evidence), '--evidence'), at: str(v.at),
    }),
  },
  'consent withdraw': {
    options: CHANGE_OPTIONS,
    usage: `consent withdraw CONTACT_ID ${CONSENT_CHANNELS.join('|')} [--purpose ${CONSENT_PURPOSES.join('|')}] [--evidence TEXT] [--at ISO-8601]`,
    run: ({ invoke, positionals, values: v }) => invoke('consents.withdraw', {
      contactId: need(positionals[0], 'CONTACT_ID'), channel: oneOf(need(positionals[1], 'CHANNEL'), CONSENT_CHANNELS, 'CHANNEL')!,
      purpose: oneOf(str(v.purpose), CONSENT_PURPOSES, '--purpose'), evidence: str(v.evidence), at: str(v.at),
    }),
  },
  'marketing check': {
    options: { kind: { type: 'string' }, at: { type: 'string' } },
    usage: `marketing check CONTACT_ID --kind ${TOUCH_KINDS.join('|')} [--at ISO-8601]   (may a marketing touch happen now?)`,
    run: ({ invoke, positionals, values: v }) => invoke('marketing.check', {
      contactId: need(positionals[0], 'CONTACT_ID'), kind: oneOf(need(str(v.kind), '--kind'), TOUCH_KINDS, '--kind')!, at: str(v.at),
    }),
  },
  digest: {
    options: {},
    usage: 'digest   (the daily digest: people to contact today, overdue)',
    run: ({ invoke }) => invoke('digest.get', {}),
  },
};
