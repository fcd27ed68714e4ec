// How a typed phone number will be read, for a notice beside the field. Numbers without a
// country code are read as Korean ones (the book's home region): "(415) 555-0134", typed by
// someone used to US numbers, becomes 041-5555-0134 in Chungcheong. Saying so while typing lets
// them add "+1" instead of finding a wrong number later.
import { analyzePhone } from './phone.js';

export type PhoneReading =
  /** Read as a Korean number that does not look like what was typed: `display` is how it will read. */
  | { kind: 'korean'; display: string }
  /** Not a valid Korean number and no country code: probably a foreign number without its code. */
  | { kind: 'no-country' }
  | null;

const digits = (s: string) => s.replace(/\D/g, '');
const groups = (s: string) => s.split(/\D+/).filter(Boolean).map((g) => g.length).join('-');

export function phoneReading(raw: string): PhoneReading {
  const typed = raw.trim();
  // Too short to judge yet, or written with its country (+82…, 00 1…): read as typed.
  if (digits(typed).length < 7 || /^(\+|00)/.test(typed)) return null;
  const info = analyzePhone(typed);
  // A half-typed Korean number is invalid too: ask for a country only once it is number-long.
  if (!info.valid) return digits(typed).length >= 10 ? { kind: 'no-country' } : null;
  if (info.display.startsWith('+')) return null;
  // Same digits in the same groups (or typed without separators): it reads as typed.
  const sameDigits = digits(typed) === digits(info.display);
  if (sameDigits && (!/\D/.test(typed) || groups(typed) === groups(info.display))) return null;
  return { kind: 'korean', display: info.display };
}
