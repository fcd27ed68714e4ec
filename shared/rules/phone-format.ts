// How a phone number is shown, wherever one is shown (lists, contact page, duplicates, log
// dialog): Korean numbers in the national form 010-9876-1234 however they were typed
// ("01098761234", "010 5555 1212", "+82 10-2222-3333"), others in the international form
// (+1 212-555-0100). What is stored stays as typed, and search and duplicate detection keep
// using the E.164 form (shared/rules/phone.ts); this is display only. The small ("min")
// metadata is enough to format and keeps the renderer's bundle small.
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

const memo = new Map<string, string>();

export function formatPhone(raw: string): string {
  const known = memo.get(raw);
  if (known !== undefined) return known;
  const trimmed = raw.trim();
  const parsed = parsePhoneNumberFromString(trimmed, 'KR');
  // Something that is not a valid number (letters, too few digits) is shown as typed, so the user can see what is wrong.
  const shown = !parsed || !parsed.isValid()
    ? trimmed
    : parsed.countryCallingCode === '82' ? parsed.formatNational() : parsed.formatInternational();
  if (memo.size > 5000) memo.clear();
  memo.set(raw, shown);
  return shown;
}

/** A contact point's value as shown: numbers formatted, everything else as written. */
export const pointText = (kind: string, value: string): string => (kind === 'mobile' || kind === 'phone' ? formatPhone(value) : value);
