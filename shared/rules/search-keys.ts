// Search keys for what the FTS5 trigram index cannot do (DESIGN §3 Search, TRAPS SQLite):
// queries of 1–2 Korean syllables, Hangul initials (초성: ㄱㅊㅅ → 김철수) and 1–2 Latin letters.
// Each key carries a rank so the database can return the best matches first straight from
// its index: 0 = name prefix, 1 = elsewhere in the name, 2–4 = company, title, department.
import { getChoseong } from 'es-hangul';
import { isPhoneLikeQuery, queryDigits } from './phone.js';
import { querySounds } from './name-sounds.js';

export interface SearchKey {
  key: string;
  rank: number;
}

const HANGUL_SYLLABLES = /[\uAC00-\uD7A3]+/g;
const CHOSEONG_ONLY = /^[\u3131-\u314E]+$/;
const SYLLABLES_ONLY = /^[\uAC00-\uD7A3]+$/;
const LATIN_WORDS = /[a-z0-9]+/g;
const MAX_CHOSEONG_KEY = 6;

export function normalizeQuery(q: string): string {
  return q.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Keys are kept once per distinct value of a field (field_keys), not once per person: many people
 * share a company, title or department, and names repeat too (a name's keys are those of its
 * sort_name, so the value keyed is the sort_name). Writing a company's ~15 keys and a name's ~9
 * again for every person was most of the cost of adding people in bulk. Search joins a value's
 * keys to the people holding it. Only tags keep per-person keys (search_keys, `TAG_RANK`).
 */
export const KEYED_FIELDS = ['name', 'company', 'title', 'department'] as const;
export type KeyedField = (typeof KEYED_FIELDS)[number];

/** Rank of a field's keys (a name's are 0 or 1, per key); tags share the title's 3. */
export const FIELD_RANK = { company: 2, title: 3, department: 4 } as const;
export const TAG_RANK = 3;

/**
 * The keys of one value of a field. A name: name-prefix keys rank 0, the rest rank 1 (a key
 * found both ways keeps 0). A company: syllables, 초성 up to 4 and Latin prefixes, rank 2. A
 * title or department: syllables only, rank 3 or 4.
 */
export function fieldKeys(field: KeyedField, value: string): SearchKey[] {
  const keys = new Map<string, number>();
  const add = (key: string, rank: number) => {
    const prev = keys.get(key);
    if (prev === undefined || rank < prev) keys.set(key, rank);
  };
  const text = normalizeQuery(value);
  if (field === 'name') {
    hangulKeys(text, (k, atStart) => add(k, atStart ? 0 : 1), MAX_CHOSEONG_KEY);
    latinKeys(text, (k, firstWord) => add(k, firstWord ? 0 : 1));
  } else if (field === 'company') {
    hangulKeys(text, (k) => add(k, FIELD_RANK.company), 4);
    latinKeys(text, (k) => add(k, FIELD_RANK.company));
  } else hangulKeys(text, (k) => add(k, FIELD_RANK[field]), 0);
  return [...keys].map(([key, rank]) => ({ key, rank }));
}

/** A person's own keys: their tags' syllables and Latin prefixes (rank 3). */
export function tagKeys(tags: readonly string[]): SearchKey[] {
  const keys = new Set<string>();
  for (const tag of tags) {
    const t = normalizeQuery(tag);
    hangulKeys(t, (k) => keys.add(k), 0);
    latinKeys(t, (k) => keys.add(k));
  }
  return [...keys].map((key) => ({ key, rank: TAG_RANK }));
}

/** 1–2 syllable substrings (`h:`) and 초성 substrings up to `maxChoseong` long (`c:`). */
function hangulKeys(text: string, add: (key: string, atStart: boolean) => void, maxChoseong: number): void {
  const runs = text.replace(/\s+/g, '').match(HANGUL_SYLLABLES) ?? [];
  runs.forEach((run, r) => {
    for (let i = 0; i < run.length; i++) {
      add(`h:${run.slice(i, i + 1)}`, r === 0 && i === 0);
      if (i + 2 <= run.length) add(`h:${run.slice(i, i + 2)}`, r === 0 && i === 0);
    }
    const initials = getChoseong(run);
    for (let i = 0; i < initials.length; i++) {
      for (let len = 1; len <= maxChoseong && i + len <= initials.length; len++) {
        // Single initials only as a name prefix: "ㄱ" alone means "surnames starting with ㄱ".
        if (len === 1 && !(r === 0 && i === 0)) continue;
        add(`c:${initials.slice(i, i + len)}`, r === 0 && i === 0);
      }
    }
  });
}

/** Prefixes of 1–2 letters of each Latin word (`l:`); longer queries go to the trigram index. */
function latinKeys(text: string, add: (key: string, firstWord: boolean) => void): void {
  const words = text.match(LATIN_WORDS) ?? [];
  words.forEach((w, i) => {
    for (const len of [1, 2]) if (w.length >= len) add(`l:${w.slice(0, len)}`, i === 0);
  });
}

const HAS_HANGUL = /[\uAC00-\uD7A3]/;

/**
 * Korean names and companies are written with or without spaces (김 철수, 한빛 생명). The index
 * holds the spaced text and, for Hangul text with spaces, the space-free form too; a Hangul
 * query is looked up space-free, so either spelling finds either.
 */
export function compactHangul(text: string): string | null {
  return HAS_HANGUL.test(text) && /\s/.test(text.trim()) ? text.replace(/\s+/g, '') : null;
}

const LATIN_JOINERS = /['’.\-]/;
const LATIN_JOINERS_ALL = /['’.\-]/g;

/**
 * Latin names are written with or without their apostrophes, hyphens and dots (O'Brien / OBrien,
 * Jean-Luc / Jeanluc, J.P.): the index holds the text as written and, when it has any, the form
 * without them, so "obrien" finds O'Brien as "o'brien" does (migration 0012 adds it to existing
 * books' names).
 */
export function compactLatin(text: string): string | null {
  return /[A-Za-z]/.test(text) && LATIN_JOINERS.test(text) ? text.replace(LATIN_JOINERS_ALL, '') : null;
}

export type QueryPlan =
  | { kind: 'empty' }
  /** `notes`: also the words of notes starting with it (2 Hangul syllables; note_words). */
  | { kind: 'keys'; key: string; notes?: string }
  | { kind: 'digits'; digits: string }
  /** `sounds`: the Korean names a Latin query spells (name-sounds.ts), looked for after the rest. */
  | { kind: 'fts'; text: string; sounds: string[] };

/** Decide how a query is answered: by a key lookup, by phone digits, or by the trigram index. */
export function planQuery(raw: string): QueryPlan {
  const q = normalizeQuery(raw);
  if (!q) return { kind: 'empty' };
  const compact = q.replace(/\s+/g, '');
  if (CHOSEONG_ONLY.test(compact)) return { kind: 'keys', key: `c:${compact.slice(0, MAX_CHOSEONG_KEY)}` };
  if (isPhoneLikeQuery(q)) {
    const digits = queryDigits(q);
    if (digits.length >= 3) return { kind: 'digits', digits };
  }
  if (SYLLABLES_ONLY.test(compact) && compact.length <= 2) {
    // One syllable starts too many words to be a useful note search; two make a word (골프, 등산).
    return compact.length === 2 ? { kind: 'keys', key: `h:${compact}`, notes: compact } : { kind: 'keys', key: `h:${compact}` };
  }
  if (compact.length < 3) return { kind: 'keys', key: `l:${compact}` };
  return HAS_HANGUL.test(q) ? { kind: 'fts', text: compact, sounds: [] } : { kind: 'fts', text: q, sounds: querySounds(q) };
}
