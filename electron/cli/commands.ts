// The CLI's commands, each a thin translation from options to contract calls (DESIGN §5).
// Output shapes are a stable interface: tests, support and scripts rely on them.
import type { Contact, ContactDetail, TodayItem } from '../../shared/domain/types.js';
import type { Invoke } from '../../shared/contract/index.js';
import { STAGES, TOUCH_KINDS, OUTCOMES, type PointKind } from '../../shared/domain/enums.js';
import { analyzePhone } from '../../shared/rules/phone.js';
import { intOption, list, need, oneOf, str, UsageError, type OptionSpec } from './args.js';
import { ENGINE_COMMANDS } from './engine-commands.js';
import { BACKUP_COMMANDS } from './backup-commands.js';
import type { Backend } from '../backend/index.js';
import { CONSENT_COMMANDS } from './consent-commands.js';
import { CRYPT_COMMANDS } from './crypt-commands.js';
import { IMPORT_COMMANDS } from './import-commands.js';
import { CAPTURE_COMMANDS } from './capture-commands.js';

export interface CommandContext {
  invoke: Invoke;
  /** The open backend, for what streams instead of returning one value (export to a file). */
  backend: Backend;
  values: Record<string, unknown>;
  positionals: string[];
}

export interface Command {
  options: OptionSpec;
  usage: string;
  run(c: CommandContext): Promise<unknown>;
  /** Exit code for a result that is printed but not a full success (default 0). */
  exitCode?: (result: unknown) => number;
}

/** A phone given on the command line is a mobile when it looks like one, else a landline. */
const phoneKind = (value: string): PointKind => (analyzePhone(value).isMobile ? 'mobile' : 'phone');

/** `contact show` / `search` / `list` print whole contacts; the list methods return summaries. */
async function fullContacts(invoke: Invoke, ids: string[]): Promise<Contact[]> {
  const out: Contact[] = [];
  for (const id of ids) out.push((await invoke('contacts.get', { id })).contact);
  return out;
}

export const COMMANDS: Record<string, Command> = {
  doctor: {
    options: {},
    usage: 'doctor',
    async run({ invoke }) {
      const info = await invoke('system.info', {});
      return { ok: info.integrity === 'ok', schemaVersion: info.schemaVersion, path: info.dataPath, contacts: info.contacts, integrity: info.integrity, version: info.version };
    },
  },

  'contact add': {
    options: {
      name: { type: 'string' }, company: { type: 'string' }, department: { type: 'string' }, title: { type: 'string' },
      stage: { type: 'string' }, phone: { type: 'string', multiple: true }, email: { type: 'string', multiple: true },
      address: { type: 'string', multiple: true }, birthday: { type: 'string' }, note: { type: 'string' },
      tag: { type: 'string', multiple: true }, source: { type: 'string' },
    },
    usage: 'contact add --name NAME [--company C] [--department D] [--title T] [--stage S] [--phone P]... [--email E]... [--address A]... [--birthday YYYY-MM-DD|--MM-DD] [--note TEXT] [--tag T]...',
    async run({ invoke, values: v }) {
      return invoke('contacts.add', {
        name: need(str(v.name), '--name'), company: str(v.company), department: str(v.department), title: str(v.title),
        stage: oneOf(str(v.stage), STAGES, '--stage'), birthday: str(v.birthday), notes: str(v.note), tags: list(v.tag),
        source: oneOf(str(v.source), ['manual', 'card', 'referral'] as const, '--source'),
        points: [
          ...list(v.phone).map((value) => ({ kind: phoneKind(value), value })),
          ...list(v.email).map((value) => ({ kind: 'email' as const, value })),
          ...list(v.address).map((value) => ({ kind: 'address' as const, value })),
        ],
      });
    },
  },

  'contact show': {
    options: {},
    usage: 'contact show ID',
    async run({ invoke, positionals }) {
      const d = await invoke('contacts.get', { id: need(positionals[0], 'contact ID') });
      return { ...d.contact, timeline: d.timeline, stageHistory: d.stageHistory, followUps: d.followUps } satisfies Contact & Omit<ContactDetail, 'contact'>;
    },
  },

  'contact list': {
    options: { stage: { type: 'string' }, tag: { type: 'string' }, limit: { type: 'string' }, offset: { type: 'string' }, sort: { type: 'string' } },
    usage: 'contact list [--stage S] [--tag T] [--limit N] [--offset N] [--sort name|recent|due|created]',
    async run({ invoke, values: v }) {
      const page = await invoke('contacts.list', {
        stage: oneOf(str(v.stage), STAGES, '--stage'), tag: str(v.tag), limit: intOption(v.limit, 'limit') ?? 50,
        offset: intOption(v.offset, 'offset') ?? 0, sort: oneOf(str(v.sort), ['name', 'recent', 'due', 'created'] as const, '--sort'),
      });
      return { items: await fullContacts(invoke, page.items.map((i) => i.id)), total: page.total };
    },
  },

  'contact stage': {
    options: { reason: { type: 'string' } },
    usage: 'contact stage ID STAGE [--reason R]',
    async run({ invoke, positionals, values: v }) {
      const stage = oneOf(need(positionals[1], 'STAGE'), STAGES, 'STAGE')!;
      return invoke('contacts.setStage', { id: need(positionals[0], 'contact ID'), stage, reason: str(v.reason) });
    },
  },

  'contact delete': {
    options: {},
    usage: 'contact delete ID   (moves to the trash; restore with contact restore)',
    run: ({ invoke, positionals }) => invoke('contacts.delete', { id: need(positionals[0], 'contact ID') }),
  },

  'contact restore': {
    options: {},
    usage: 'contact restore ID',
    run: ({ invoke, positionals }) => invoke('contacts.restore', { id: need(positionals[0], 'contact ID') }),
  },

  search: {
    options: { limit: { type: 'string' } },
    usage: 'search QUERY [--limit N]',
    async run({ invoke, positionals, values: v }) {
      const q = positionals.join(' ');
      if (!q.trim()) throw new UsageError('Missing QUERY.');
      const { items } = await invoke('contacts.search', { q, limit: intOption(v.limit, 'limit') ?? 20 });
      return { items: await fullContacts(invoke, items.map((i) => i.id)) };
    },
  },

  touch: {
    options: {
      kind: { type: 'string' }, outcome: { type: 'string' }, summary: { type: 'string' }, verified: { type: 'string' },
      at: { type: 'string' }, 'follow-up': { type: 'string' }, inbound: { type: 'boolean' }, marketing: { type: 'boolean' },
    },
    usage: `touch ID --kind ${TOUCH_KINDS.join('|')} [--outcome ${OUTCOMES.join('|')}] [--summary TEXT] [--verified mobile,email,…] [--at ISO-8601] [--follow-up ID] [--inbound] [--marketing]`,
    async run({ invoke, positionals, values: v }) {
      const contactId = need(positionals[0], 'contact ID');
      const kind = oneOf(need(str(v.kind), '--kind'), TOUCH_KINDS, '--kind')!;
      const { contact } = await invoke('contacts.get', { id: contactId });
      return invoke('touches.log', {
        contactId, kind, outcome: oneOf(str(v.outcome), OUTCOMES, '--outcome'), summary: str(v.summary), occurredAt: str(v.at),
        direction: v.inbound ? 'inbound' : 'outbound', followUpId: str(v['follow-up']),
        verifiedPointIds: resolveVerified(contact, str(v.verified)),
        // A marketing touch is refused (exit 5, marketing-blocked) without consent, at night or over the limit.
        purpose: v.marketing ? 'marketing' : 'service',
      });
    },
  },

  today: {
    options: {
      date: { type: 'string' }, days: { type: 'string' }, 'overdue-limit': { type: 'string' }, 'today-limit': { type: 'string' },
      'upcoming-limit': { type: 'string' },
    },
    usage: 'today [--date YYYY-MM-DD] [--days N] [--overdue-limit N] [--today-limit N] [--upcoming-limit N]',
    async run({ invoke, values: v }) {
      const t = await invoke('today.get', {
        date: str(v.date), days: intOption(v.days, 'days') ?? 7, overdueLimit: intOption(v['overdue-limit'], 'overdue-limit') ?? 300,
        todayLimit: intOption(v['today-limit'], 'today-limit') ?? 300, upcomingLimit: intOption(v['upcoming-limit'], 'upcoming-limit') ?? 300,
      });
      return {
        date: t.date,
        counts: t.counts,
        items: t.items.map((i: TodayItem) => ({
          followUpId: i.followUpId, contactId: i.contactId, name: i.name, company: i.company, stage: i.stage, kind: i.kind,
          dueAt: i.dueAt, dueDate: i.dueDate, reason: i.reason, bucket: i.bucket,
          ...(i.priority ? { priority: i.priority } : {}),
          ...(i.also?.length ? { also: i.also.map((a) => ({ followUpId: a.followUpId, kind: a.kind, reason: a.reason })) } : {}),
        })),
      };
    },
  },

  'sample load': {
    options: { count: { type: 'string' } },
    usage: 'sample load [--count N]   (a generated sample book, removable with sample remove)',
    run: ({ invoke, values: v }) => invoke('sample.load', { count: intOption(v.count, 'count') ?? 300 }),
  },

  'sample remove': {
    options: {},
    usage: 'sample remove',
    run: ({ invoke }) => invoke('sample.remove', {}),
  },

  ...ENGINE_COMMANDS,
  ...BACKUP_COMMANDS,
  ...CONSENT_COMMANDS,
  ...CRYPT_COMMANDS,
  ...IMPORT_COMMANDS,
  ...CAPTURE_COMMANDS,
};

/**
 * `--verified mobile,email`: each item is a point kind (its primary working point), a point id,
 * or a value as stored (`010-1234-5678`, `kim@example.com`).
 */
export function resolveVerified(contact: Contact, spec: string | undefined): string[] {
  if (!spec) return [];
  const ids = new Set<string>();
  for (const item of spec.split(',').map((s) => s.trim()).filter(Boolean)) {
    const byId = contact.points.find((p) => p.id === item);
    const byValue = contact.points.find((p) => p.value === item || p.normalized === item.toLowerCase() || p.normalized === analyzePhone(item).normalized);
    const ofKind = contact.points.filter((p) => p.kind === item && p.status !== 'obsolete');
    const byKind = ofKind.find((p) => p.primary) ?? ofKind[0];
    const point = byId ?? (ofKind.length ? byKind : byValue);
    if (!point) throw new UsageError(`--verified: "${item}" is not a phone, e-mail or point of this contact`);
    ids.add(point.id);
  }
  return [...ids];
}
