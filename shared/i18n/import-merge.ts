// What a merge on import kept, in the reader's language: the field names of the report and the
// line added to the person's notes when the file had other values (the notes are the user's
// text, so the line is written once, in the book's language).
import type { ImportFieldDifference, KeptField } from '../contract/import.js';
import type { Locale } from '../domain/enums.js';

export const KEPT_FIELD_LABELS: Record<Locale, Record<KeptField, string>> = {
  en: { name: 'Name', company: 'Company', department: 'Department', title: 'Title', birthday: 'Birthday' },
  ko: { name: '이름', company: '회사', department: '부서', title: '직책', birthday: '생일' },
};

/** "Company: 대한물산 (kept 한빛생명)" — one difference, for the report and the note. */
export function differenceText(d: ImportFieldDifference, locale: Locale): string {
  const label = KEPT_FIELD_LABELS[locale][d.field];
  return locale === 'ko' ? `${label}: ${d.file} (기존 값 ${d.kept} 유지)` : `${label}: ${d.file} (kept ${d.kept})`;
}

/** The line a merge adds to the kept person's notes so the file's other values are not lost. */
export function differencesNote(file: string, at: string, differences: readonly ImportFieldDifference[], locale: Locale): string {
  const day = at.slice(0, 10);
  const head = locale === 'ko' ? `[가져오기 ${day} · ${file}] 파일의 다른 값 —` : `[Import ${day} · ${file}] The file had other values —`;
  return `${head} ${differences.map((d) => differenceText(d, locale)).join('; ')}`;
}
