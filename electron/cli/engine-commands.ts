// CLI commands of the relationship engine (issue 4 §10): deals, follow-ups, referrals,
// lifecycle suggestions and the calendar export. Thin translations to contract calls.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEAL_STATUSES } from '../../shared/contract/engine.js';
import { STAGES } from '../../shared/domain/enums.js';
import type { FollowUp, LifecycleSuggestionItem } from '../../shared/domain/types.js';
import { intOption, need, oneOf, str, UsageError } from './args.js';
import type { Command } from './commands.js';

function amountOption(v: unknown): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(String(v).replace(/,/g, ''));
  if (!Number.isFinite(n)) throw new UsageError('--amount must be a number');
  return n;
}

const DEAL_OPTIONS = {
  title: { type: 'string' }, status: { type: 'string' }, amount: { type: 'string' },
  'signed-on': { type: 'string' }, 'renews-on': { type: 'string' }, 'expires-on': { type: 'string' },
} as const;

/** `--renews-on none` clears a date on update. */
const dateOption = (v: unknown): string | null | undefined => (v === 'none' ? null : str(v));

const followUpLine = (f: FollowUp) => ({ id: f.id, kind: f.kind, dueAt: f.dueAt, dueDate: f.dueDate, status: f.status, reason: f.reason });

export const ENGINE_COMMANDS: Record<string, Command> = {
  'deal add': {
    options: DEAL_OPTIONS,
    usage: `deal add CONTACT_ID --title T [--status ${DEAL_STATUSES.join('|')}] [--amount N] [--signed-on D] [--renews-on D] [--expires-on D]`,
    run: ({ invoke, positionals, values: v }) => invoke('deals.add', {
      contactId: need(positionals[0], 'CONTACT_ID'), title: need(str(v.title), '--title'),
      status: oneOf(str(v.status), DEAL_STATUSES, '--status'), amount: amountOption(v.amount),
      signedOn: str(v['signed-on']), renewsOn: str(v['renews-on']), expiresOn: str(v['expires-on']),
    }),
  },
  'deal list': {
    options: {},
    usage: 'deal list CONTACT_ID',
    run: ({ invoke, positionals }) => invoke('deals.list', { contactId: need(positionals[0], 'CONTACT_ID') }),
  },
  'deal update': {
    options: DEAL_OPTIONS,
    usage: 'deal update DEAL_ID [--title T] [--status S] [--amount N] [--signed-on D|none] [--renews-on D|none] [--expires-on D|none]',
    run: ({ invoke, positionals, values: v }) => invoke('deals.update', {
      id: need(positionals[0], 'DEAL_ID'), title: str(v.title), status: oneOf(str(v.status), DEAL_STATUSES, '--status'),
      amount: amountOption(v.amount), signedOn: dateOption(v['signed-on']), renewsOn: dateOption(v['renews-on']),
      expiresOn: dateOption(v['expires-on']),
    }),
  },
  'deal delete': {
    options: {},
    usage: 'deal delete DEAL_ID',
    run: ({ invoke, positionals }) => invoke('deals.delete', { id: need(positionals[0], 'DEAL_ID') }),
  },
  'deal restore': {
    options: {},
    usage: 'deal restore DEAL_ID',
    run: ({ invoke, positionals }) => invoke('deals.restore', { id: need(positionals[0], 'DEAL_ID') }),
  },
  'followup list': {
    options: { all: { type: 'boolean' } },
    usage: 'followup list CONTACT_ID [--all]',
    async run({ invoke, positionals, values: v }) {
      const r = await invoke('followups.list', { contactId: need(positionals[0], 'CONTACT_ID'), all: v.all === true });
      return { items: r.items.map(followUpLine) };
    },
  },
  'followup snooze': {
    options: { until: { type: 'string' } },
    usage: 'followup snooze ID --until YYYY-MM-DD|ISO-8601',
    run: ({ invoke, positionals, values: v }) => invoke('followups.snooze', { id: need(positionals[0], 'follow-up ID'), until: need(str(v.until), '--until') }),
  },
  'followup skip': {
    options: {},
    usage: 'followup skip ID',
    run: ({ invoke, positionals }) => invoke('followups.skip', { id: need(positionals[0], 'follow-up ID') }),
  },
  'referral ask': {
    options: {},
    usage: 'referral ask CONTACT_ID',
    run: ({ invoke, positionals }) => invoke('referrals.ask', { contactId: need(positionals[0], 'CONTACT_ID') }),
  },
  'referral graph': {
    options: { limit: { type: 'string' }, offset: { type: 'string' }, depth: { type: 'string' } },
    usage: 'referral graph [--limit N] [--offset N] [--depth N]',
    run: ({ invoke, values: v }) => invoke('referrals.graph', {
      limit: intOption(v.limit, 'limit'), offset: intOption(v.offset, 'offset'), depth: intOption(v.depth, 'depth'),
    }),
  },
  'referral record': {
    options: {},
    usage: 'referral record REFERRER_ID REFERRED_ID',
    async run({ invoke, positionals }) {
      const r = await invoke('referrals.record', { referrerId: need(positionals[0], 'REFERRER_ID'), referredId: need(positionals[1], 'REFERRED_ID') });
      return { referral: r.referral, referred: { id: r.referred.id, name: r.referred.name, stage: r.referred.stage }, credit: r.credit };
    },
  },
  'referral list': {
    options: {},
    usage: 'referral list CONTACT_ID',
    run: ({ invoke, positionals }) => invoke('referrals.list', { contactId: need(positionals[0], 'CONTACT_ID') }),
  },
  suggestions: {
    options: { date: { type: 'string' } },
    usage: 'suggestions [--date YYYY-MM-DD]   (lifecycle suggestions)',
    // Every suggestion, read a page at a time (the app shows them as it scrolls).
    async run({ invoke, values: v }) {
      const date = str(v.date);
      const items: LifecycleSuggestionItem[] = [];
      let cursor: number | null = 0;
      let day = date;
      while (cursor !== null) {
        const page: { date: string; items: LifecycleSuggestionItem[]; nextCursor: number | null } = await invoke('suggestions.list', { date, cursor, limit: 500 });
        items.push(...page.items);
        day = page.date;
        cursor = page.nextCursor;
      }
      return { date: day, items, total: items.length };
    },
  },
  'suggestions accept': {
    options: {},
    usage: 'suggestions accept CONTACT_ID STAGE',
    run: ({ invoke, positionals }) => invoke('suggestions.accept', {
      contactId: need(positionals[0], 'CONTACT_ID'), to: oneOf(need(positionals[1], 'STAGE'), STAGES, 'STAGE')!,
    }),
  },
  'suggestions dismiss': {
    options: {},
    usage: 'suggestions dismiss CONTACT_ID STAGE',
    run: ({ invoke, positionals }) => invoke('suggestions.dismiss', {
      contactId: need(positionals[0], 'CONTACT_ID'), to: oneOf(need(positionals[1], 'STAGE'), STAGES, 'STAGE')!,
    }),
  },
  'date add': {
    options: { label: { type: 'string' }, on: { type: 'string' }, kind: { type: 'string' } },
    usage: 'date add CONTACT_ID --label L --on YYYY-MM-DD|--MM-DD [--kind anniversary|custom]   (a yearly date)',
    run: ({ invoke, positionals, values: v }) => invoke('dates.add', {
      contactId: need(positionals[0], 'CONTACT_ID'), label: need(str(v.label), '--label'), date: need(str(v.on), '--on'),
      kind: oneOf(str(v.kind), ['anniversary', 'custom'] as const, '--kind'),
    }),
  },
  'date list': {
    options: {},
    usage: 'date list CONTACT_ID',
    run: ({ invoke, positionals }) => invoke('dates.list', { contactId: need(positionals[0], 'CONTACT_ID') }),
  },
  'date remove': {
    options: {},
    usage: 'date remove DATE_ID',
    run: ({ invoke, positionals }) => invoke('dates.remove', { id: need(positionals[0], 'DATE_ID') }),
  },
  'export-ics': {
    options: { out: { type: 'string' }, days: { type: 'string' } },
    usage: 'export-ics --out FILE [--days N]   (open follow-ups as an iCalendar file)',
    async run({ invoke, values: v }) {
      const path = resolve(need(str(v.out), '--out'));
      const r = await invoke('calendar.ics', { days: intOption(v.days, 'days') ?? 90 });
      writeFileSync(path, r.ics, { encoding: 'utf8', mode: 0o600 });
      return { path, count: r.count };
    },
  },
};
