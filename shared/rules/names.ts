// When two names at the same company are probably one person (issue 5, suggested duplicates):
// the same letters ignoring case, spaces and punctuation; the same words in another order
// ("Chulsoo Kim" / "Kim Chulsoo"); one typo apart in a name of 3+ letters; or a Korean name and
// a Latin spelling of it (김철수 / Kim Chulsoo, Chul-soo Kim, Gim Cheolsu).
import { romanize } from 'es-hangul';

export function nameKey(name: string): string {
  return name.normalize('NFC').toLowerCase().replace(/[\s.,·'’\-_()]/g, '');
}

const words = (name: string): string => name.normalize('NFC').toLowerCase().split(/[\s.,·\-_]+/).filter(Boolean).sort().join(' ');

export function similarNames(a: string, b: string): boolean {
  const ka = nameKey(a), kb = nameKey(b);
  if (!ka || !kb) return false;
  if (ka === kb || words(a) === words(b)) return true;
  const min = Math.min([...ka].length, [...kb].length);
  if (min >= 3 && editDistanceAtMost1([...ka], [...kb])) return true;
  return spelledInLatin(a, b) || spelledInLatin(b, a);
}

// Surnames whose usual spellings are not their Revised Romanization (이 → Lee, 박 → Park…).
const SURNAMES: Record<string, string[]> = {
  김: ['kim'], 이: ['lee', 'yi', 'rhee', 'rhie', 'i'], 리: ['lee', 'ri'], 박: ['park', 'pak', 'bak'], 최: ['choi', 'choe'],
  정: ['jung', 'jeong', 'chung', 'joung'], 조: ['cho', 'jo'], 윤: ['yoon', 'yun'], 장: ['jang', 'chang'], 임: ['lim', 'im', 'rim'],
  오: ['oh', 'o'], 서: ['seo', 'suh'], 신: ['shin', 'sin'], 권: ['kwon', 'gwon'], 안: ['ahn', 'an'], 류: ['ryu', 'yoo', 'yu', 'ryu'],
  유: ['yoo', 'yu', 'you'], 전: ['jeon', 'jun', 'chun'], 노: ['noh', 'roh', 'no'], 구: ['koo', 'ku', 'gu'], 강: ['kang', 'gang'],
  문: ['moon', 'mun'], 손: ['son', 'sohn'], 배: ['bae', 'pae'], 변: ['byun', 'byeon'], 염: ['yeom', 'yum'], 우: ['woo', 'u'],
};

/**
 * A romanised given name reduced to its consonants, spelling variants folded together: 철수 is
 * "cheolsu" in RR and "Chulsoo" on a card, both `cls`; 민준 / Minjoon → `mncn`.
 */
function skeleton(latin: string): string {
  return latin.toLowerCase().replace(/[^a-z]/g, '')
    .replace(/ch|j/g, 'c').replace(/sh/g, 's').replace(/k/g, 'g').replace(/p/g, 'b').replace(/t/g, 'd').replace(/r/g, 'l')
    .replace(/[aeiouwyh]/g, '').replace(/(.)\1+/g, '$1');
}

// Duplicates compare everyone at a company with everyone else there: romanise each name once.
const memo = new Map<string, { surnames: Set<string>; givenSkeleton: string }>();

function romanized(h: string): { surnames: Set<string>; givenSkeleton: string } {
  let r = memo.get(h);
  if (!r) {
    if (memo.size >= 10_000) memo.clear();
    const family = h.slice(0, 1);
    r = { surnames: new Set([...(SURNAMES[family] ?? []), romanize(family)]), givenSkeleton: skeleton(romanize(h.slice(1))) };
    memo.set(h, r);
  }
  return r;
}

/** `hangul` is a 2–4 syllable Korean name (family first) and `latin` a spelling of it in either order. */
function spelledInLatin(hangul: string, latin: string): boolean {
  const h = hangul.normalize('NFC').replace(/\s+/g, '');
  if (!/^[\uAC00-\uD7A3]{2,4}$/.test(h)) return false;
  const words = latin.normalize('NFC').toLowerCase().split(/[\s,.]+/).filter(Boolean);
  if (words.length < 2 || words.some((w) => !/^[a-z-]+$/.test(w))) return false;
  const { surnames, givenSkeleton } = romanized(h);
  if (!givenSkeleton) return false;
  // Family name first (Kim Chulsoo) or last (Chulsoo Kim); the given name may be one word or two.
  for (const [fam, rest] of [[words[0]!, words.slice(1)], [words.at(-1)!, words.slice(0, -1)]] as const) {
    if (surnames.has(fam) && skeleton(rest.join('')) === givenSkeleton) return true;
  }
  return false;
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
