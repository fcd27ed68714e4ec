// Search keys for what the FTS5 trigram index cannot do (DESIGN §3 Search, TRAPS SQLite):
// queries of 1–2 Korean syllables, Hangul initials (초성: ㄱㅊㅅ → 김철수) and 1–2 Latin letters.
// Each key carries a rank so the database can return the best matches first straight from
// its index: 0 = name prefix, 1 = elsewhere in the name, 2–4 = company, title, department.
// Name and tag keys are kept per person (search_keys); company, title and department keys once
// per distinct value (field_keys), joined to the people holding it.
import { getChoseong } from 'es-hangul';
import { isPhoneLikeQuery, queryDigits } from './phone.js';

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

/** What a person holds in search_keys: their name and their tags' names. */
export interface PersonFields {
  name: string;
  tags?: readonly string[];
}

/**
 * The fields whose keys are kept once per distinct value (field_keys), not once per person: a
 * company, title or department is shared by many people, and its keys (~15 for a company) would
 * otherwise be written again for each of them. Search joins a value's keys to its holders.
 */
export const KEYED_FIELDS = ['company', 'title', 'department'] as const;
export type KeyedField = (typeof KEYED_FIELDS)[number];

/** Rank of a field's keys: after the name (0–1); tags share the title's 3. */
export const FIELD_RANK: Record<KeyedField, number> = { company: 2, title: 3, department: 4 };

/** A person's keys: name prefixes rank 0, elsewhere in the name 1, tags 3 (the best rank of a key wins). */
export function personKeys(f: PersonFields): SearchKey[] {
  const keys = new Map<string, number>();
  const add = (key: string, rank: number) => {
    const prev = keys.get(key);
    if (prev === undefined || rank < prev) keys.set(key, rank);
  };
  const name = normalizeQuery(f.name);
  hangulKeys(name, (k, atStart) => add(k, atStart ? 0 : 1), MAX_CHOSEONG_KEY);
  latinKeys(name, (k, firstWord) => add(k, firstWord ? 0 : 1));
  for (const tag of f.tags ?? []) {
    const t = normalizeQuery(tag);
    hangulKeys(t, (k) => add(k, 3), 0);
    latinKeys(t, (k) => add(k, 3));
  }
  return [...keys].map(([key, rank]) => ({ key, rank }));
}

/**
 * The keys of one company, title or department value: a company's syllables, 초성 up to 4 and
 * Latin prefixes; a title's or department's syllables only.
 */
export function fieldKeys(field: KeyedField, value: string): string[] {
  const keys = new Set<string>();
  const add = (k: string) => { keys.add(k); };
  const text = normalizeQuery(value);
  if (field === 'company') {
    hangulKeys(text, add, 4);
    latinKeys(text, add);
  } else hangulKeys(text, add, 0);
  return [...keys];
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

export type QueryPlan =
  | { kind: 'empty' }
  | { kind: 'keys'; key: string }
  | { kind: 'digits'; digits: string }
  | { kind: 'fts'; text: string };

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
  if (SYLLABLES_ONLY.test(compact) && compact.length <= 2) return { kind: 'keys', key: `h:${compact}` };
  if (compact.length < 3) return { kind: 'keys', key: `l:${compact}` };
  return { kind: 'fts', text: HAS_HANGUL.test(q) ? compact : q };
}
