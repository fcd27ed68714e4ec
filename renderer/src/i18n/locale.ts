// Which language to show. Kept apart from the translator so stores can use it without a cycle.
import type { Locale } from '../../../shared/domain/enums';

/** What `system` means here: the browser's (in Electron: the OS's) preferred language. */
export function systemLocale(): Locale {
  const langs = navigator.languages?.length ? navigator.languages : [navigator.language];
  return (langs[0] ?? '').toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

export function resolveLocale(setting: Locale | 'system' | undefined): Locale {
  return !setting || setting === 'system' ? systemLocale() : setting;
}

/** Each language named in itself (an endonym), so it is recognisable whatever is on screen. */
export const LANGUAGE_NAMES: Record<Locale, string> = { ko: '한국어', en: 'English' };
