// Phone numbers: parsed with libphonenumber-js (KR default region), raw form kept by the caller.
// libphonenumber-js still calls 011/016/017/018/019 numbers valid mobiles; they have not
// reached anyone since Korea's 2G service ended, so we flag them ourselves.
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

export const OBSOLETE_KR_MOBILE_PREFIXES = ['011', '016', '017', '018', '019'] as const;

export interface PhoneInfo {
  /** E.164 when parseable (`+821012345678`), otherwise the bare digits. */
  normalized: string;
  /** National display form, `010-1234-5678`, or the trimmed raw value when unparseable. */
  display: string;
  /** Digit strings a search should find this number by (national and international). */
  searchDigits: string[];
  valid: boolean;
  isMobile: boolean;
  /** `011`… when the number is a dead Korean 2G mobile number. */
  obsoletePrefix: string | null;
}

// The common Korean mobile number (010, then 8 digits) in its usual spellings, answered without
// libphonenumber (~90 µs a call; an import of 100k people called it 200k times). The 4th digit
// excludes 5: metadata calls some 010-59xx blocks invalid, so those take the full path.
// test/unit/rules/phone-fast-path.test.ts checks every block it answers against libphonenumber.
const KR_MOBILE_010 = /^(?:0|\+82[ -]?)10[ .-]?([0-46-9]\d{3})[ .-]?(\d{4})$/;

/** Answers of libphonenumber, remembered: the same value is analysed when normalised, indexed and shown. */
const memo = new Map<string, PhoneInfo>();
const MEMO_MAX = 20_000;

/** Results are shared between callers: treat them as read-only. */
export function analyzePhone(raw: string, defaultRegion: 'KR' = 'KR'): PhoneInfo {
  const fast = KR_MOBILE_010.exec(raw.trim());
  if (fast) {
    const [, mid, last] = fast as unknown as [string, string, string];
    const national = `010${mid}${last}`;
    return { normalized: `+8210${mid}${last}`, display: `010-${mid}-${last}`, searchDigits: [national, `8210${mid}${last}`], valid: true, isMobile: true, obsoletePrefix: null };
  }
  let info = memo.get(raw);
  if (!info) {
    if (memo.size >= MEMO_MAX) memo.clear();
    memo.set(raw, (info = analyzeWithLibrary(raw, defaultRegion)));
  }
  return info;
}

/** The full analysis; exported for the test that holds the fast path to it. */
export function analyzeWithLibrary(raw: string, defaultRegion: 'KR' = 'KR'): PhoneInfo {
  const trimmed = raw.trim();
  const digitsOnly = trimmed.replace(/\D/g, '');
  const parsed = parsePhoneNumberFromString(trimmed, defaultRegion);
  if (!parsed) {
    return { normalized: digitsOnly, display: trimmed, searchDigits: digitsOnly ? [digitsOnly] : [], valid: false, isMobile: false, obsoletePrefix: null };
  }
  const national = String(parsed.nationalNumber);
  const isKR = parsed.country === 'KR' || parsed.countryCallingCode === '82';
  const obsoletePrefix = isKR ? obsoleteKrPrefix(national) : null;
  const type = parsed.getType();
  const nationalDigits = isKR ? `0${national}` : national;
  return {
    normalized: parsed.number,
    display: isKR ? parsed.formatNational() : parsed.formatInternational(),
    searchDigits: unique([nationalDigits, parsed.number.slice(1)]),
    valid: parsed.isValid(),
    isMobile: obsoletePrefix !== null || type === 'MOBILE' || type === 'FIXED_LINE_OR_MOBILE',
    obsoletePrefix,
  };
}

/** `11xxxxxxx`/`16…`… (national significant number without the trunk 0) → `011`…, else null. */
function obsoleteKrPrefix(national: string): string | null {
  if (!/^1[16789]\d{7,8}$/.test(national)) return null;
  return `0${national.slice(0, 2)}`;
}

/** True when the query looks like (part of) a phone number rather than words. */
export function isPhoneLikeQuery(q: string): boolean {
  return /^[\d\s\-+().]+$/.test(q) && /\d/.test(q);
}

/** The digits a phone-like query should match, with a leading +82 turned into the trunk 0. */
export function queryDigits(q: string): string {
  const digits = q.replace(/\D/g, '');
  return q.trim().startsWith('+82') ? `0${digits.slice(2)}` : digits;
}

const unique = (xs: string[]) => [...new Set(xs.filter(Boolean))];

/** Fewer digits than this is not a number anyone can be called on (1588-1234 has 8). */
const MIN_PHONE_DIGITS = 8;
/** An extension written after the number: "02-555-1234 ext. 12", "내선 12", "x12". */
const EXTENSION = /\s*(?:ext\.?|extension|x|내선)\s*\d{1,6}\s*$/i;

/**
 * Why what someone typed as a phone number cannot be one: letters in it ("abc-123"), or too few
 * digits ("010-12-34"). The one check the contact form, card capture and the import share: the
 * form refuses such a number with a field error; the import keeps it as written, with a note.
 */
export function phoneFormatProblem(raw: string): 'letters' | 'too-short' | null {
  const number = raw.trim().replace(EXTENSION, '');
  if (/\p{L}/u.test(number)) return 'letters';
  if (number.replace(/\D/g, '').length < MIN_PHONE_DIGITS) return 'too-short';
  return null;
}
