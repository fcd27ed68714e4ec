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

export function analyzePhone(raw: string, defaultRegion: 'KR' = 'KR'): PhoneInfo {
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
