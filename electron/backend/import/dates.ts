// Calendar dates as contact files write them → the data model's `YYYY-MM-DD` or yearless
// `--MM-DD` (DESIGN §3). Anything ambiguous or impossible becomes null with a warning rather
// than a guess stored as fact.
import { isBirthday } from '../../../shared/rules/time.js';

export interface DateParse {
  value: string | null;
  /** Set when the input was not empty but could not be read as a date. */
  warning?: string;
}

const pad = (n: number | string) => String(n).padStart(2, '0');

export function parseImportDate(raw: string | null | undefined): DateParse {
  const s = (raw ?? '').trim();
  if (s === '') return { value: null };
  // Outlook writes "0/0/00" (and some versions "1/0/00") for "no date".
  if (/^0?[01]?\/0?0\/0{2,4}$/.test(s) || /^0{4}-?0{2}-?0{2}$/.test(s)) return { value: null };
  const out = toIso(s);
  if (out !== null && isBirthday(out)) return { value: out };
  return { value: null, warning: `"${s.slice(0, 40)}" is not a date this importer understands` };
}

function toIso(s: string): string | null {
  let m: RegExpExecArray | null;
  // ISO date, possibly followed by a time (vCard 4.0 date-and-or-time, Google "1982-11-03").
  if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(s))) return `${m[1]}-${pad(m[2]!)}-${pad(m[3]!)}`;
  // Basic ISO 19821103 (vCard 3.0 as phones write it), optionally with a time.
  if ((m = /^(\d{4})(\d{2})(\d{2})(?:T.*)?$/.exec(s))) return `${m[1]}-${m[2]}-${m[3]}`;
  // Yearless: --05-02 and --0502 (vCard 4.0 / iPhone), and Google's "--05-02".
  if ((m = /^--(\d{2})-?(\d{2})$/.exec(s))) return `--${m[1]}-${m[2]}`;
  // Korean spreadsheets: 1979/12/30, 1979.12.30, 1979. 12. 30., 1979년 12월 30일.
  if ((m = /^(\d{4})\s*[./년]\s*(\d{1,2})\s*[./월]\s*(\d{1,2})\s*[.일]?$/.exec(s))) return `${m[1]}-${pad(m[2]!)}-${pad(m[3]!)}`;
  // Yearless Korean: 12월 30일, 12/30 is too ambiguous to accept (MM/DD vs DD/MM) and is rejected.
  if ((m = /^(\d{1,2})\s*월\s*(\d{1,2})\s*일$/.exec(s))) return `--${pad(m[1]!)}-${pad(m[2]!)}`;
  // US M/D/YYYY as Outlook and Google (en-US) write it. A 2-digit year is 19xx/20xx by a pivot.
  if ((m = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(s))) {
    const year = m[3]!.length === 2 ? pivotYear(Number(m[3])) : Number(m[3]);
    return `${year}-${pad(m[1]!)}-${pad(m[2]!)}`;
  }
  return null;
}

/** Two-digit years: 00–29 → 2000s, else 1900s (a birthday in 2030 is not plausible yet). */
function pivotYear(yy: number): number {
  return yy < 30 ? 2000 + yy : 1900 + yy;
}
