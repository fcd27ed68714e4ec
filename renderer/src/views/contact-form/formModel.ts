// The contact form's state and its translation to and from the contract's ContactDraft.
// Point rows keep their backend id so an edit keeps each number's verification history.
import type { ContactDraft } from '../../../../shared/contract';
import type { PointKind, Stage } from '../../../../shared/domain/enums';
import type { Contact } from '../../../../shared/domain/types';

export type PointGroup = 'phone' | 'email' | 'address' | 'other';

export const GROUP_KINDS: Record<PointGroup, PointKind[]> = {
  phone: ['mobile', 'phone'],
  email: ['email'],
  address: ['address'],
  other: ['url', 'messenger'],
};

export const groupOf = (kind: PointKind): PointGroup =>
  (Object.keys(GROUP_KINDS) as PointGroup[]).find((g) => GROUP_KINDS[g].includes(kind)) ?? 'other';

export interface PointRow {
  key: string;
  id?: string;
  kind: PointKind;
  label: string;
  value: string;
  primary: boolean;
}

export interface BirthdayState {
  noYear: boolean;
  /** YYYY-MM-DD, for <input type="date">. */
  date: string;
  month: string;
  day: string;
}

export interface FormState {
  name: string;
  familyName: string;
  givenName: string;
  company: string;
  department: string;
  title: string;
  stage: Stage;
  birthday: BirthdayState;
  notes: string;
  tags: string[];
  points: PointRow[];
}

let keySeq = 0;
export const newKey = () => `row-${++keySeq}`;

export const emptyRow = (kind: PointKind): PointRow => ({ key: newKey(), kind, label: '', value: '', primary: false });

function birthdayState(b: string | null): BirthdayState {
  if (!b) return { noYear: false, date: '', month: '', day: '' };
  if (b.startsWith('--')) return { noYear: true, date: '', month: String(Number(b.slice(2, 4))), day: String(Number(b.slice(5, 7))) };
  return { noYear: false, date: b, month: String(Number(b.slice(5, 7))), day: String(Number(b.slice(8, 10))) };
}

export function fromContact(c: Contact | null): FormState {
  if (!c) {
    return {
      name: '', familyName: '', givenName: '', company: '', department: '', title: '', stage: 'prospect',
      birthday: birthdayState(null), notes: '', tags: [], points: [emptyRow('mobile'), emptyRow('email')],
    };
  }
  return {
    name: c.name, familyName: c.familyName ?? '', givenName: c.givenName ?? '', company: c.company ?? '',
    department: c.department ?? '', title: c.title ?? '', stage: c.stage, birthday: birthdayState(c.birthday),
    notes: c.notes ?? '', tags: [...c.tags],
    points: c.points.map((p) => ({ key: newKey(), id: p.id, kind: p.kind, label: p.label ?? '', value: p.value, primary: p.primary })),
  };
}

const pad = (s: string) => s.padStart(2, '0');

export function birthdayValue(b: BirthdayState): string | null {
  if (b.noYear) return b.month && b.day ? `--${pad(b.month)}-${pad(b.day)}` : null;
  return b.date || null;
}

/** The draft to send, and which form row each draft point came from (errors come back by index). */
export function toDraft(f: FormState, source: Contact['source'] | null): { draft: ContactDraft; pointKeys: string[] } {
  const rows = f.points.filter((p) => p.value.trim() !== '');
  const draft: ContactDraft = {
    name: f.name.trim(),
    familyName: f.familyName.trim() || null,
    givenName: f.givenName.trim() || null,
    company: f.company.trim() || null,
    department: f.department.trim() || null,
    title: f.title.trim() || null,
    stage: f.stage,
    ...(source ? { source } : {}),
    birthday: birthdayValue(f.birthday),
    notes: f.notes.trim() || null,
    tags: f.tags,
    points: rows.map((p) => ({ ...(p.id ? { id: p.id } : {}), kind: p.kind, label: p.label.trim() || null, value: p.value.trim(), primary: p.primary })),
  };
  return { draft, pointKeys: rows.map((r) => r.key) };
}

/** Map backend issue paths onto form fields: `points.1.value` → the row's key, `tags.3` → tags. */
export function fieldErrors(byPath: Record<string, string>, pointKeys: string[]): { fields: Record<string, string>; unplaced: string[] } {
  const fields: Record<string, string> = {};
  const unplaced: string[] = [];
  for (const [path, text] of Object.entries(byPath)) {
    const point = /^points\.(\d+)(?:\.\w+)?$/.exec(path);
    if (point) {
      const key = pointKeys[Number(point[1])];
      if (key) { fields[`point:${key}`] ??= text; continue; }
    }
    const top = path.split('.')[0] ?? path;
    if (['name', 'familyName', 'givenName', 'company', 'department', 'title', 'stage', 'birthday', 'notes', 'tags'].includes(top)) {
      fields[top] ??= text;
    } else {
      unplaced.push(`${path}: ${text}`);
    }
  }
  return { fields, unplaced };
}
