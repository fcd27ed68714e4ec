// Human-readable output for the terminal (without --json). Reasons and words come in the
// user's language from the shared labels, like the app's.
import type { Contact, TodayItem } from '../../shared/domain/types.js';
import type { Locale } from '../../shared/domain/enums.js';
import type { BackupInfo, BackupPreview } from '../../shared/contract/backup.js';
import { FRESHNESS_LABELS, POINT_KIND_LABELS, STAGE_LABELS } from '../../shared/i18n/labels.js';
import { MARKETING_KINDS } from '../../shared/rules/limits.js';
import type { ConsentsOf } from '../../shared/contract/consent.js';
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
      // Marketing suggestions are marked: they are limited and need consent (see `marketing check`).
      const tag = MARKETING_KINDS.has(i.kind) ? ' [marketing]' : '';
      lines.push(`${i.priority === 'urgent' ? '! ' : '  '}${i.dueDate}  ${i.name}${i.company ? ` (${i.company})` : ''} — ${i.reason}${tag}`);
      for (const a of i.also ?? []) lines.push(`              + ${a.reason}`);
    }
  }
  return lines;
}

const isBackup = (v: unknown): v is BackupInfo => typeof v === 'object' && v !== null && 'verified' in v && 'kind' in v && 'bytes' in v;

function backupLine(b: BackupInfo): string {
  const mb = (b.bytes / 1024 / 1024).toFixed(1);
  return `${b.verified ? '✓' : '?'} ${b.createdAt}  ${b.kind.padEnd(6)} ${String(b.contacts).padStart(7)} contacts  ${mb} MB  ${b.name}`;
}

const isConsents = (v: unknown): v is ConsentsOf => typeof v === 'object' && v !== null && 'current' in v && 'history' in v;

function consentLines(c: ConsentsOf): string[] {
  const state = (s: ConsentsOf['current'][number]['marketing']) => (s.since ? `${s.state} ${s.since.slice(0, 10)}` : s.state);
  const lines = c.current.map((ch) => `  ${ch.channel.padEnd(10)} marketing: ${state(ch.marketing).padEnd(22)} night-time: ${state(ch.nightTime)}`);
  for (const h of c.history) lines.push(`    ${h.at.slice(0, 16)}  ${h.granted ? 'granted  ' : 'withdrawn'} ${h.channel}/${h.purpose}${h.evidence ? ` — ${h.evidence}` : ''}`);
  return lines;
}

export function formatHuman(result: unknown, locale: Locale): string {
  if (isContact(result)) return contactLines(result, locale).join('\n');
  if (isConsents(result)) return consentLines(result).join('\n');
  if (Array.isArray(result) && result.every(isCaptureLine)) return result.map(captureLines).join('\n\n');
  const r = result as Any;
  if (r.restored && r.safetyBackup) {
    const p = r.restored as BackupPreview;
    const s = r.safetyBackup as BackupInfo;
    return [`Restored ${p.path}: ${p.contacts} contacts, ${p.touches} touches (newest ${p.newestTouch ?? '—'}), schema ${p.schemaVersion}.`,
      `The book as it was before is saved as ${s.path}`].join('\n');
  }
  if (isBackup(result)) return backupLine(result);
  if (Array.isArray(r.items) && typeof r.folder === 'string') {
    const items = r.items as BackupInfo[];
    return [`Backups in ${r.folder}:`, ...(items.length ? items.map(backupLine) : ['(none yet)'])].join('\n');
  }
  if (typeof r.title === 'string' && typeof r.body === 'string' && typeof r.overdue === 'number') return `${r.title}: ${r.body}`;
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
