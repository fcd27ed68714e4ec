// The common end of every parser: a loosely filled contact → a validated ContactDraft (the
// contract's own zod schema, so an import can never store what the Add form would refuse), with
// over-long fields truncated and control characters removed, each with a warning.
import type { z } from 'zod';
import { ContactDraft } from '../../../shared/contract/contacts.js';
import type { PointInFile } from '../../../shared/domain/types.js';

export type ContactDraftData = z.output<typeof ContactDraft>;

export interface ImportPhoto {
  bytes: Uint8Array;
  /** `image/jpeg`… when the file said so. */
  mediaType: string | null;
}

/** What the file says that the draft has no field for yet; kept for the import service. */
export interface ImportExtras {
  photo?: ImportPhoto;
  /** vCard REV as an ISO instant: the last-known date of the points (issue 5 rules). */
  rev?: string;
  anniversary?: string;
  related?: { type: string | null; value: string }[];
}

export type RecordResult =
  | { record: number; line: number; draft: ContactDraftData; extras: ImportExtras; warnings: string[] }
  | { record: number; line: number; error: string };

export type RawPoint = PointInFile;

export interface RawContact {
  name: string | null;
  familyName: string | null;
  givenName: string | null;
  company: string | null;
  department: string | null;
  title: string | null;
  birthday: string | null;
  notes: string | null;
  tags: string[];
  points: RawPoint[];
}

export const emptyRaw = (): RawContact => ({
  name: null, familyName: null, givenName: null, company: null, department: null, title: null,
  birthday: null, notes: null, tags: [], points: [],
});

// The contract's limits (shared/contract/contacts.ts), applied here as truncation so one huge
// field costs a warning, not the whole person.
const LIMITS = { name: 200, familyName: 100, givenName: 100, company: 200, department: 200, title: 200, notes: 100_000 } as const;
const POINT_VALUE_MAX = 500;
const LABEL_MAX = 40;
const TAG_MAX = 50;
const MAX_TAGS = 50;
const MAX_POINTS = 50;

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** Korean names are written family-first without a space (김 + 철수 → 김철수). */
export function composeName(family: string | null, given: string | null): string | null {
  const f = (family ?? '').trim();
  const g = (given ?? '').trim();
  if (!f && !g) return null;
  if (/[\uAC00-\uD7A3]/.test(f + g)) return `${f}${g}`;
  return [g, f].filter(Boolean).join(' ');
}

export function finishRecord(record: number, line: number, raw: RawContact, extras: ImportExtras, warnings: string[]): RecordResult {
  const clean = (field: string, v: string | null, max: number): string | null => {
    if (v === null) return null;
    let s = v.replace(/\r\n?/g, '\n');
    if (CONTROL.test(s)) {
      s = s.replace(CONTROL, ' ');
      warnings.push(`${field}: control characters removed`);
    }
    s = s.trim();
    if (s.length > max) {
      warnings.push(`${field}: truncated from ${s.length} to ${max} characters`);
      s = s.slice(0, max).trimEnd();
    }
    return s === '' ? null : s;
  };
  const points: RawPoint[] = [];
  const seen = new Set<string>();
  for (const p of raw.points) {
    const value = clean(`${p.kind}`, p.value, POINT_VALUE_MAX);
    if (value === null) continue;
    const key = `${p.kind}\u0000${value.toLowerCase()}`;
    if (seen.has(key)) continue; // the same number listed twice (TYPE=cell and TYPE=pref lines)
    seen.add(key);
    points.push({ kind: p.kind, value, label: clean(`${p.kind} label`, p.label, LABEL_MAX), primary: p.primary });
  }
  if (points.length > MAX_POINTS) {
    warnings.push(`only the first ${MAX_POINTS} of ${points.length} phone numbers, e-mails and addresses kept`);
    points.length = MAX_POINTS;
  }
  const company = clean('company', raw.company, LIMITS.company);
  const familyName = clean('familyName', raw.familyName, LIMITS.familyName);
  const givenName = clean('givenName', raw.givenName, LIMITS.givenName);
  let name = clean('name', raw.name ?? composeName(familyName, givenName), LIMITS.name);
  if (name === null) {
    // A phone book entry with only a company or a number is still someone to call.
    const fallback = company ?? points.find((p) => p.kind === 'email')?.value ?? points.find((p) => p.kind === 'mobile' || p.kind === 'phone')?.value ?? null;
    if (fallback === null) return { record, line, error: 'name: the record has no name, company, phone number or e-mail' };
    name = fallback.slice(0, LIMITS.name);
    warnings.push('name: missing, the company, e-mail or number is used instead');
  }
  const tags = [...new Set(raw.tags.map((t) => clean('tags', t, TAG_MAX)).filter((t): t is string => t !== null))];
  if (tags.length > MAX_TAGS) {
    warnings.push(`tags: only the first ${MAX_TAGS} of ${tags.length} kept`);
    tags.length = MAX_TAGS;
  }
  const parsed = ContactDraft.safeParse({
    name, familyName, givenName, company,
    department: clean('department', raw.department, LIMITS.department),
    title: clean('title', raw.title, LIMITS.title),
    stage: 'prospect',
    source: 'import',
    birthday: raw.birthday,
    notes: clean('notes', raw.notes, LIMITS.notes),
    tags,
    points,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { record, line, error: `${issue?.path.join('.') || 'record'}: ${issue?.message ?? 'is invalid'}` };
  }
  return { record, line, draft: parsed.data, extras, warnings };
}
