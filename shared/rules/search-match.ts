// Which field a search hit matched, when the list row would not show it: a note matched by
// "골프" reads "메모: …골프를 좋아함" under the person, so the user sees why they were found.
import { normalizeQuery } from './search-keys.js';

/** Characters of context kept before and after the match. */
const BEFORE = 12;
const AFTER = 28;

export interface SearchMatch {
  field: 'notes';
  /** A short excerpt around the first match, "…" where it was cut. */
  snippet: string;
}

const find = (text: string, q: string, compact: string): number => {
  const lower = text.toLowerCase();
  const i = lower.indexOf(q);
  return i >= 0 || compact === q ? i : lower.indexOf(compact);
};

/**
 * The note excerpt to show for a hit, or null when a field the row shows (name, company, title,
 * department) already contains the query, or the notes do not (a phone or e-mail matched).
 */
export function searchMatch(raw: string, row: { name: string; company: string | null; title: string | null; department: string | null; notes: string | null }): SearchMatch | null {
  const q = normalizeQuery(raw);
  if (!q || !row.notes) return null;
  const compact = q.replace(/\s+/g, '');
  const shown = [row.name, row.company, row.title, row.department].filter((v): v is string => !!v);
  if (shown.some((v) => find(v, q, compact) >= 0 || find(v.replace(/\s+/g, ''), q, compact) >= 0)) return null;
  const notes = row.notes.replace(/\s+/g, ' ');
  const i = find(notes, q, compact);
  if (i < 0) return null;
  const from = Math.max(0, i - BEFORE);
  const to = Math.min(notes.length, i + q.length + AFTER);
  return { field: 'notes', snippet: `${from > 0 ? '…' : ''}${notes.slice(from, to).trim()}${to < notes.length ? '…' : ''}` };
}
