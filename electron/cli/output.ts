// Human-readable output for the terminal (without --json). Reasons and words come in the
// user's language from the shared labels, like the app's.
import type { Contact, TodayItem } from '../../shared/domain/types.js';
import type { Locale } from '../../shared/domain/enums.js';
import { FRESHNESS_LABELS, POINT_KIND_LABELS, STAGE_LABELS } from '../../shared/i18n/labels.js';
import { CARD_FIELDS } from '../../shared/contract/capture.js';
import type { CaptureLine } from './capture-commands.js';

type Any = Record<string, unknown>;

const isContact = (v: unknown): v is Contact => typeof v === 'object' && v !== null && 'points' in v && 'stage' in v && 'name' in v;

function contactLines(c: Contact, locale: Locale): string[] {
  const org = [c.company, c.department, c.title].filter(Boolean).join(' · ');
  const lines = [`${c.name}${org ? `  (${org})` : ''}  [${STAGE_LABELS[locale][c.stage]}]  ${c.id}`];
  for (const p of c.points) {
    lines.push(`  ${POINT_KIND_LABELS[locale][p.kind].padEnd(8)} ${p.value}  — ${FRESHNESS_LABELS[locale][p.freshness]}`);
  }
  if (c.tags.length) lines.push(`  #${c.tags.join(' #')}`);
  if (c.nextFollowUp) lines.push(`  → ${c.nextFollowUp.dueDate}: ${c.nextFollowUp.reason}`);
  return lines;
}

const isCaptureLine = (v: unknown): v is CaptureLine => typeof v === 'object' && v !== null && 'file' in v && 'fields' in v && 'confidence' in v;

/** One recognised card: the fields found, with a ? where the reading is unsure. */
function captureLines(c: CaptureLine): string {
  if (c.error) return `${c.file}: ${c.error.message}`;
  const lines = [`${c.file}${c.rotation ? `  (turned ${c.rotation}°)` : ''}${c.ms !== undefined ? `  ${c.ms} ms` : ''}`];
  for (const f of CARD_FIELDS) if (c.fields[f]) lines.push(`  ${f.padEnd(10)} ${c.fields[f]}${c.confidence[f] < 0.6 ? '  (?)' : ''}`);
  for (const d of c.duplicates ?? []) lines.push(`  ! already in the book: ${d.name}${d.company ? ` (${d.company})` : ''} — same ${d.matched}  ${d.id}`);
  if (c.contact) lines.push(`  saved as ${c.contact.name}  ${c.contact.id}`);
  return lines.join('\n');
}

function todayLines(t: { date: string; items: TodayItem[]; counts?: Record<TodayItem['bucket'], number> }): string[] {
  if (t.items.length === 0) return [`${t.date}: nothing due.`];
  const lines = [`${t.date}`];
  for (const bucket of ['overdue', 'today', 'upcoming'] as const) {
    const items = t.items.filter((i) => i.bucket === bucket);
    if (!items.length) continue;
    lines.push(`${bucket.toUpperCase()} (${t.counts?.[bucket] ?? items.length})`);
    for (const i of items) {
      lines.push(`${i.priority === 'urgent' ? '! ' : '  '}${i.dueDate}  ${i.name}${i.company ? ` (${i.company})` : ''} — ${i.reason}`);
      for (const a of i.also ?? []) lines.push(`              + ${a.reason}`);
    }
  }
  return lines;
}

export function formatHuman(result: unknown, locale: Locale): string {
  if (isContact(result)) return contactLines(result, locale).join('\n');
  if (Array.isArray(result) && result.every(isCaptureLine)) return result.map(captureLines).join('\n\n');
  const r = result as Any;
  if (Array.isArray(r.items) && typeof r.date === 'string') return todayLines(r as never).join('\n');
  if (Array.isArray(r.items)) {
    const items = r.items as unknown[];
    const lines = items.flatMap((i) => (isContact(i) ? contactLines(i, locale) : [JSON.stringify(i)]));
    if (typeof r.total === 'number') lines.push(`(${items.length} of ${r.total})`);
    return lines.length ? lines.join('\n') : 'No matches.';
  }
  if (r.interaction) {
    const next = r.next as { dueDate: string; reason: string } | null;
    return `Logged. ${next ? `Next: ${next.dueDate} — ${next.reason}` : 'No next check-in (stage has no cadence).'}`;
  }
  return Object.entries(r).map(([k, v]) => `${k}: ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`).join('\n');
}
