// Time zones in the reader's words: "서울 (GMT+9)" with "한국 표준시" beside it, never the raw IANA
// ID (which stays the stored value). The browser's Intl gives the generic name and the offset in
// every language; it has no city names, so the cities people pick most carry their Korean name
// here, and any other zone reads its ID's city ("Buenos Aires").
import type { Locale } from '../../../shared/domain/enums';

/** Offered first, before any typing: where Korean salespeople and their customers mostly are. */
export const COMMON_ZONES = [
  'Asia/Seoul', 'Asia/Tokyo', 'Asia/Shanghai', 'Asia/Hong_Kong', 'Asia/Taipei', 'Asia/Singapore', 'Asia/Ho_Chi_Minh',
  'Asia/Bangkok', 'Asia/Jakarta', 'Asia/Manila', 'Asia/Kolkata', 'Asia/Dubai', 'Europe/London', 'Europe/Paris',
  'Europe/Berlin', 'America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles', 'Pacific/Honolulu',
  'America/Vancouver', 'America/Toronto', 'Australia/Sydney', 'Pacific/Auckland', 'UTC',
];

const CITY_KO: Record<string, string> = {
  'Asia/Seoul': '서울', 'Asia/Pyongyang': '평양', 'Asia/Tokyo': '도쿄', 'Asia/Shanghai': '상하이', 'Asia/Hong_Kong': '홍콩',
  'Asia/Taipei': '타이베이', 'Asia/Singapore': '싱가포르', 'Asia/Ho_Chi_Minh': '호찌민', 'Asia/Bangkok': '방콕',
  'Asia/Jakarta': '자카르타', 'Asia/Manila': '마닐라', 'Asia/Kuala_Lumpur': '쿠알라룸푸르', 'Asia/Kolkata': '콜카타',
  'Asia/Dubai': '두바이', 'Asia/Ulaanbaatar': '울란바토르', 'Asia/Vladivostok': '블라디보스토크', 'Asia/Tashkent': '타슈켄트',
  'Asia/Almaty': '알마티', 'Asia/Riyadh': '리야드', 'Asia/Jerusalem': '예루살렘', 'Europe/Istanbul': '이스탄불',
  'Europe/London': '런던', 'Europe/Paris': '파리', 'Europe/Berlin': '베를린', 'Europe/Madrid': '마드리드', 'Europe/Rome': '로마',
  'Europe/Amsterdam': '암스테르담', 'Europe/Zurich': '취리히', 'Europe/Stockholm': '스톡홀름', 'Europe/Warsaw': '바르샤바',
  'Europe/Moscow': '모스크바', 'Africa/Cairo': '카이로', 'Africa/Johannesburg': '요하네스버그', 'Africa/Lagos': '라고스',
  'America/New_York': '뉴욕', 'America/Chicago': '시카고', 'America/Denver': '덴버', 'America/Los_Angeles': '로스앤젤레스',
  'America/Phoenix': '피닉스', 'America/Anchorage': '앵커리지', 'Pacific/Honolulu': '호놀룰루', 'America/Vancouver': '밴쿠버',
  'America/Toronto': '토론토', 'America/Mexico_City': '멕시코시티', 'America/Sao_Paulo': '상파울루',
  'America/Argentina/Buenos_Aires': '부에노스아이레스', 'America/Santiago': '산티아고', 'America/Bogota': '보고타',
  'America/Lima': '리마', 'Australia/Sydney': '시드니', 'Australia/Melbourne': '멜버른', 'Australia/Brisbane': '브리즈번',
  'Australia/Perth': '퍼스', 'Pacific/Auckland': '오클랜드', 'Pacific/Guam': '괌', 'Pacific/Saipan': '사이판', UTC: '협정 세계시',
};

/**
 * Chromium's and Node's ICU still list some zones under their old names (Asia/Calcutta); the list
 * shows the current name (Asia/Kolkata), which every runtime accepts, so no city appears twice.
 */
const CURRENT_NAME: Record<string, string> = {
  'Asia/Calcutta': 'Asia/Kolkata', 'Asia/Saigon': 'Asia/Ho_Chi_Minh', 'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon', 'Europe/Kiev': 'Europe/Kyiv', 'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'Atlantic/Faeroe': 'Atlantic/Faroe', 'America/Godthab': 'America/Nuuk', 'Pacific/Truk': 'Pacific/Chuuk',
  'Pacific/Ponape': 'Pacific/Pohnpei', 'Pacific/Enderbury': 'Pacific/Kanton',
};

export interface ZoneLabel {
  zone: string;
  /** "서울" / "Seoul". */
  city: string;
  /** "GMT+9" at the given moment (summer time moves it). */
  offset: string;
  /** "한국 표준시" / "Korean Standard Time" (empty when Intl only knows the offset). */
  generic: string;
  /** What a closed picker shows: "서울 (GMT+9)". */
  text: string;
  /** Lower-cased words a search matches: both languages' cities, the generic name, the ID, the offset. */
  haystack: string;
}

const cityEn = (zone: string): string => (zone === 'UTC' ? 'Coordinated Universal Time' : zone.split('/').pop()!.replace(/_/g, ' '));

function zonePart(zone: string, locale: string, style: 'longGeneric' | 'shortOffset', atMs: number): string {
  try {
    return new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: style }).formatToParts(atMs).find((p) => p.type === 'timeZoneName')?.value ?? '';
  } catch {
    return '';
  }
}

export function zoneLabel(zone: string, locale: Locale, atMs: number): ZoneLabel {
  const city = locale === 'ko' ? CITY_KO[zone] ?? cityEn(zone) : cityEn(zone);
  const offset = zonePart(zone, 'en', 'shortOffset', atMs).replace(/^GMT\+0$/, 'GMT') || 'GMT';
  const raw = zonePart(zone, locale, 'longGeneric', atMs);
  // Zones without a name of their own read "GMT+03:00": that is the offset again, not a name.
  const generic = /^GMT[+-]?/.test(raw) ? '' : raw;
  const other = locale === 'ko' ? zonePart(zone, 'en', 'longGeneric', atMs) : zonePart(zone, 'ko', 'longGeneric', atMs);
  return {
    zone, city, offset, generic, text: `${city} (${offset})`,
    haystack: [city, CITY_KO[zone] ?? '', cityEn(zone), generic, other, zone.replace(/_/g, ' '), offset].join(' ').toLowerCase(),
  };
}

/** Every zone the runtime knows, with the common ones first; the stored zone is always included. */
export function allZones(current: string): string[] {
  const known = (typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []).map((z) => CURRENT_NAME[z] ?? z);
  const rest = known.filter((z) => !COMMON_ZONES.includes(z));
  return [...new Set([...COMMON_ZONES, ...(COMMON_ZONES.includes(current) || rest.includes(current) ? [] : [current]), ...rest])];
}

/** Zones matching every word of `query` (any language, the ID or "GMT+9"), in list order. */
export function searchZones(labels: readonly ZoneLabel[], query: string): ZoneLabel[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return words.length ? labels.filter((l) => words.every((w) => l.haystack.includes(w))) : [...labels];
}
