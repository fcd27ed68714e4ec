// Finding a Korean name by its Latin spelling: "Kim Chulsoo", "chulsoo kim" and "Gim Cheolsu" all
// find 김철수; "Lee" finds the 이s. A Korean name's trigram document also holds a sound token —
// `~~` + its family name in Hangul + the consonant skeleton of its romanised given name
// (names.ts#skeleton: 철수 → "cls") — and a Latin query that names a known family (first or last
// word: names.ts#surnamesSpelt) is looked up as that token. The family stays in Hangul so "Lee"
// does not find 임 (Lim) or 류 (Ryu), whose skeletons are alike; the marker makes a token match
// only from its start, so an English word ("acme") never lands inside one.
import { romanize } from 'es-hangul';
import { knownSurname, skeleton, surnamesSpelt } from './names.js';

const MARK = '~~';
const KOREAN_NAME = /^[\uAC00-\uD7A3]{2,4}$/;
// Words apart by spaces or hyphens; a dot makes it an e-mail's local part ("chulsoo.kim").
const LATIN_WORDS = /^[a-z]+(?:[\s'’-]+[a-z]+){0,3}$/;

// Syllable by syllable, once each: romanising a whole name (es-hangul) costs ~17 µs, which a
// 100,000-person import would feel; the sound key folds away what crosses syllables anyway.
const syllables = new Map<string, string>();
function romanizedSyllables(text: string): string {
  let out = '';
  for (const ch of text) {
    let r = syllables.get(ch);
    if (r === undefined) syllables.set(ch, (r = romanize(ch)));
    out += r;
  }
  return out;
}

/** The sound token of a 2–4 syllable Korean name whose family name has known spellings; null otherwise. */
export function nameSound(name: string): string | null {
  const h = name.normalize('NFC').replace(/\s+/g, '');
  if (!KOREAN_NAME.test(h) || !knownSurname(h[0]!)) return null;
  return `${MARK}${h[0]}${skeleton(romanizedSyllables(h.slice(1)))}`;
}

/**
 * The sound tokens a Latin query stands for: "kim chulsoo" / "chulsoo kim" → ~~김cls; "lee" →
 * ~~이, ~~리 (every 이 and 리). Empty when no first or last word is a known family spelling.
 */
export function querySounds(query: string): string[] {
  const q = query.normalize('NFC').toLowerCase().trim();
  if (!LATIN_WORDS.test(q)) return [];
  const words = q.split(/[\s'’-]+/);
  const out = new Set<string>();
  const add = (family: string, given: string[]) => {
    for (const f of surnamesSpelt(family)) out.add(`${MARK}${f}${skeleton(given.join(''))}`);
  };
  add(words[0]!, words.slice(1));
  if (words.length > 1) add(words.at(-1)!, words.slice(0, -1));
  return [...out];
}
