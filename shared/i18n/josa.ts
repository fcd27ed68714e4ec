// Korean particles after a word that is only known at run time (a name, a date, a file name):
// "박민수를", "김철수가", "11월 26일 (목)으로", "파일.db로" — instead of "을(를)". es-hangul picks the
// particle from a final Hangul syllable; names and dates also end in digits, Latin letters and
// brackets, so the word is first reduced to the last thing a reader pronounces.
import { josa } from 'es-hangul';

export type JosaOption = Parameters<typeof josa.pick>[1];

/** How each digit is read (영 일 이 삼 …): its final consonant decides, ㄹ included (일로, 칠로). */
const DIGIT_READING = '영일이삼사오육칠팔구';

/**
 * The syllable that decides the particle: the last Hangul syllable or digit, skipping closing
 * brackets, quotes and spaces ("11월 26일 (목)" → 목). A Latin word is judged by its last letter
 * as Koreans read names: l → ㄹ (Paul → 폴로), m/n/ng → a final consonant (Kim → 김을), anything
 * else ends in a vowel sound (Mike → 마이크를, Smith → 스미스를).
 */
function lastSound(word: string): string | null {
  const m = /([가-힣0-9A-Za-z])[^가-힣0-9A-Za-z]*$/.exec(word);
  const ch = m?.[1];
  if (!ch) return null;
  if (/[0-9]/.test(ch)) return DIGIT_READING[Number(ch)]!;
  if (/[A-Za-z]/.test(ch)) return ch === 'l' || ch === 'L' ? '일' : /[mn]/i.test(ch) ? '은' : '이';
  return ch;
}

/** The particle alone, for `word` ("을" or "를"). */
export function particle(word: string, option: JosaOption): string {
  const sound = lastSound(word);
  // Nothing pronounceable (an emoji, an empty string): the form written without a final consonant.
  return josa.pick(sound ?? '가', option);
}

/** `word` followed by its particle: withJosa('박민수', '을/를') → '박민수를'. */
export const withJosa = (word: string, option: JosaOption): string => `${word}${particle(word, option)}`;

/**
 * The written "either" forms used in message templates, right after a placeholder (and an
 * optional closing quote): `{name}을(를)`, `{name}이(가)`, `{date}(으)로`, `{a}와(과)`.
 */
export const TEMPLATE_JOSA: Record<string, JosaOption> = {
  '을(를)': '을/를',
  '를(을)': '을/를',
  '이(가)': '이/가',
  '가(이)': '이/가',
  '은(는)': '은/는',
  '는(은)': '은/는',
  '와(과)': '와/과',
  '과(와)': '와/과',
  '(으)로': '으로/로',
  '(이)나': '이나/나',
  '(이)라': '이라/라',
};
