// When two names at the same company are probably one person (issue 5, suggested duplicates):
// the same letters ignoring case, spaces and punctuation; the same words in another order
// ("Chulsoo Kim" / "Kim Chulsoo"); one typo apart in a name of 3+ letters (for two Korean names,
// in the given name only: the family names must be the same); or a Korean name and
// a Latin spelling of it (김철수 / Kim Chulsoo, Chul-soo Kim, Gim Cheolsu).
import { romanize } from 'es-hangul';

export function nameKey(name: string): string {
  return name.normalize('NFC').toLowerCase().replace(/[\s.,·'’\-_()]/g, '');
}

const words = (name: string): string => name.normalize('NFC').toLowerCase().split(/[\s.,·\-_]+/).filter(Boolean).sort().join(' ');

export function similarNames(a: string, b: string): boolean {
  return similarNameShapes(nameShape(a), nameShape(b));
}

/**
 * What the comparison reads from one name, worked out once: the duplicates pass compares everyone
 * at a company with everyone else there, and normalising both names for every pair was most of
 * its time.
 */
export interface NameShape {
  key: string;
  /** `key` by code point. */
  letters: string[];
  words: string;
  /** A 2–4 syllable Korean name, spaces removed; null otherwise. */
  hangul: string | null;
  /** `hangul` romanised: worked out the first time a Latin name is compared with it. */
  romanized?: { surnames: Set<string>; givenSkeleton: string };
  /** A Latin name of 2+ words read family-first and family-last: [family, given-name skeleton]. */
  latin: [string, string][] | null;
}

export function nameShape(name: string): NameShape {
  const h = name.normalize('NFC').replace(/\s+/g, '');
  const ws = name.normalize('NFC').toLowerCase().split(/[\s,.]+/).filter(Boolean);
  const latin = ws.length >= 2 && ws.every((w) => /^[a-z-]+$/.test(w));
  const key = nameKey(name);
  return {
    key,
    letters: [...key],
    words: words(name),
    hangul: /^[\uAC00-\uD7A3]{2,4}$/.test(h) ? h : null,
    // Family name first (Kim Chulsoo) or last (Chulsoo Kim); the given name may be one word or two.
    latin: latin ? [[ws[0]!, skeleton(ws.slice(1).join(''))], [ws.at(-1)!, skeleton(ws.slice(0, -1).join(''))]] : null,
  };
}

export function similarNameShapes(a: NameShape, b: NameShape): boolean {
  if (!a.key || !b.key) return false;
  if (a.key === b.key || a.words === b.words) return true;
  // Two Korean names with different family names are two people (윤서준 / 김서준 at one company
  // is a pair of colleagues, not a typo): a typo is only looked for in the given name.
  if (a.hangul && b.hangul && a.hangul[0] !== b.hangul[0]) return false;
  if (Math.min(a.letters.length, b.letters.length) >= 3 && editDistanceAtMost1(a.letters, b.letters)) return true;
  return spelledInLatin(a, b) || spelledInLatin(b, a);
}

// Surnames whose usual spellings are not their Revised Romanization (이 → Lee, 박 → Park…).
const SURNAMES: Record<string, string[]> = {
  김: ['kim'], 이: ['lee', 'yi', 'rhee', 'rhie', 'i'], 리: ['lee', 'ri'], 박: ['park', 'pak', 'bak'], 최: ['choi', 'choe'],
  정: ['jung', 'jeong', 'chung', 'joung'], 조: ['cho', 'jo'], 윤: ['yoon', 'yun'], 장: ['jang', 'chang'], 임: ['lim', 'im', 'rim'],
  오: ['oh', 'o'], 서: ['seo', 'suh'], 신: ['shin', 'sin'], 권: ['kwon', 'gwon'], 안: ['ahn', 'an'], 류: ['ryu', 'yoo', 'yu', 'ryu'],
  유: ['yoo', 'yu', 'you'], 전: ['jeon', 'jun', 'chun'], 노: ['noh', 'roh', 'no'], 구: ['koo', 'ku', 'gu'], 강: ['kang', 'gang'],
  문: ['moon', 'mun'], 손: ['son', 'sohn'], 배: ['bae', 'pae'], 변: ['byun', 'byeon'], 염: ['yeom', 'yum'], 우: ['woo', 'u'],
  // Common family names spelt as their Revised Romanization, or nearly.
  한: ['han'], 송: ['song'], 황: ['hwang'], 허: ['heo', 'huh', 'hur'], 남: ['nam'], 홍: ['hong'], 고: ['ko', 'koh', 'go'],
  양: ['yang'], 백: ['baek', 'paik', 'paek'], 곽: ['kwak', 'gwak'], 성: ['sung', 'seong'], 차: ['cha'], 주: ['joo', 'ju', 'chu'],
  민: ['min'], 진: ['jin', 'chin'], 엄: ['eom', 'um', 'uhm'], 채: ['chae'], 원: ['won'], 천: ['cheon', 'chun'], 방: ['bang'],
  공: ['kong', 'gong'], 현: ['hyun', 'hyeon'], 함: ['ham'], 여: ['yeo', 'yuh'], 도: ['do', 'doh'], 석: ['seok', 'suk'],
};

/** Whether a family name's Latin spellings are known (the table above). */
export const knownSurname = (family: string): boolean => Object.hasOwn(SURNAMES, family);

/** How a Korean family name is usually spelt in Latin letters ("이" → lee, yi, rhee, …, i). */
export function surnameSpellings(family: string): string[] {
  return [...new Set([...(SURNAMES[family] ?? []), romanize(family)])];
}

/** The Korean family names spelt this way in Latin letters ("lee" → 이, 리; "gim" → 김). */
export function surnamesSpelt(word: string): string[] {
  return SPELT.get(word.toLowerCase()) ?? [];
}

const SPELT = new Map<string, string[]>();
for (const family of Object.keys(SURNAMES)) {
  for (const spelling of surnameSpellings(family)) SPELT.set(spelling, [...(SPELT.get(spelling) ?? []), family]);
}

/**
 * A romanised given name reduced to its consonants, spelling variants folded together: 철수 is
 * "cheolsu" in RR and "Chulsoo" on a card, both `cls`; 민준 / Minjoon → `mncn`.
 */
export function skeleton(latin: string): string {
  return latin.toLowerCase().replace(/[^a-z]/g, '')
    .replace(/ch|j/g, 'c').replace(/sh/g, 's').replace(/k/g, 'g').replace(/p/g, 'b').replace(/t/g, 'd').replace(/r/g, 'l')
    .replace(/[aeiouwyh]/g, '').replace(/(.)\1+/g, '$1');
}

function romanized(h: string): { surnames: Set<string>; givenSkeleton: string } {
  const family = h.slice(0, 1);
  return { surnames: new Set([...(SURNAMES[family] ?? []), romanize(family)]), givenSkeleton: skeleton(romanize(h.slice(1))) };
}

/** `hangul` is a 2–4 syllable Korean name (family first) and `latin` a spelling of it in either order. */
function spelledInLatin(hangul: NameShape, latin: NameShape): boolean {
  if (!hangul.hangul || !latin.latin) return false;
  const { surnames, givenSkeleton } = (hangul.romanized ??= romanized(hangul.hangul));
  if (!givenSkeleton) return false;
  return latin.latin.some(([family, given]) => surnames.has(family) && given === givenSkeleton);
}

function editDistanceAtMost1(a: string[], b: string[]): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0, j = 0, edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) { i++; j++; continue; }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else { i++; j++; }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}
