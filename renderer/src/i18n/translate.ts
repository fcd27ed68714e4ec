// Filling a message template in one language; no React or store here, so tests can use it.
import type { Locale } from '../../../shared/domain/enums';
import { particle, TEMPLATE_JOSA } from '../../../shared/i18n/josa';
import { en, type MessageKey } from './en';
import { ko } from './ko';

export type Vars = Record<string, string | number>;

const DICTS: Record<Locale, Record<MessageKey, string>> = { en, ko };

export const NUMBER_FORMATS: Record<Locale, Intl.NumberFormat> = {
  en: new Intl.NumberFormat('en-US'),
  ko: new Intl.NumberFormat('ko-KR'),
};

/** `{name}`, then a closing quote if any, then a written "either" particle such as 을(를) or (으)로. */
const PLACEHOLDER = new RegExp(`\\{(\\w+)\\}([”’"')]?)(${Object.keys(TEMPLATE_JOSA).map((k) => k.replace(/[()]/g, '\\$&')).join('|')})?`, 'g');

/** An English count with its noun: `{touches:touch|touches}` → "1 touch" / "9 touches". */
const PLURAL = /\{(\w+):([^|{}]*)\|([^{}]*)\}/g;

/**
 * Fill a message; numbers are grouped for the locale (1,234), and `count: 1` picks `key_one`;
 * a message with several counts writes each as `{n:noun|nouns}` (see PLURAL).
 * A Korean particle written after a placeholder as 을(를) / 이(가) / (으)로… becomes the one
 * the filled-in word takes: "{from}을(를) 합쳤습니다" → "박민수를 합쳤습니다".
 */
export function translate(locale: Locale, key: MessageKey, vars?: Vars): string {
  const dict = DICTS[locale];
  const oneKey = `${key}_one` as MessageKey;
  const template = vars?.count === 1 && oneKey in dict ? dict[oneKey] : dict[key];
  if (!vars) return template;
  return template.replace(PLURAL, (m, name: string, one: string, other: string) => {
    const v = vars[name];
    return typeof v === 'number' ? `${NUMBER_FORMATS[locale].format(v)} ${v === 1 ? one : other}` : m;
  }).replace(PLACEHOLDER, (m, name: string, quote: string, written: string | undefined) => {
    const v = vars[name];
    if (v === undefined) return m;
    const text = typeof v === 'number' ? NUMBER_FORMATS[locale].format(v) : v;
    return `${text}${quote}${written ? particle(text, TEMPLATE_JOSA[written]!) : ''}`;
  });
}

