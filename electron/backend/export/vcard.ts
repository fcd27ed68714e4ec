// One contact → one vCard (4.0 by default; 3.0 for older phones). What Google Contacts and the
// iPhone read back cleanly: N/FN/ORG/TITLE, TEL with TYPE=cell/work/home/fax, EMAIL, ADR, BDAY,
// NOTE, CATEGORIES (our tags), REV and a UID that stays the contact's id across exports.
// Labels that are not a vCard TYPE ("비서", "Assistant") travel as iPhone item groups
// (`item1.TEL` + `item1.X-ABLabel`), which both re-import as the label.
import type { ExportContact, ExportPoint } from '../db/export-repo.js';
import { escapeText, foldLine, listValue, structured } from './vcard-text.js';

export type VcardVersion = '3.0' | '4.0';

/** Point labels that are vCard TYPE values, in the languages people type them. */
const LABEL_TYPES: Record<string, 'work' | 'home' | 'fax'> = {
  work: 'work', business: 'work', office: 'work', 회사: 'work', 직장: 'work', 사무실: 'work',
  home: 'home', 집: 'home', 자택: 'home',
  fax: 'fax', 팩스: 'fax', 'work fax': 'fax', 'home fax': 'fax',
};

const typeOfLabel = (label: string | null): 'work' | 'home' | 'fax' | null => (label ? LABEL_TYPES[label.trim().toLowerCase()] ?? null : null);

/** `TYPE=` as each version spells it: 4.0 lower case, 3.0 upper case (what older phones expect). */
function typeParam(types: string[], v: VcardVersion): string {
  if (types.length === 0) return '';
  return `;TYPE=${(v === '3.0' ? types.map((t) => t.toUpperCase()) : types).join(',')}`;
}

/** 4.0 basic date `19820315` / `--0315`; 3.0 `1982-03-15`, yearless by Apple's convention. */
function bdayLine(birthday: string, v: VcardVersion): string | null {
  const full = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthday);
  const yearless = /^--(\d{2})-(\d{2})$/.exec(birthday);
  if (v === '4.0') {
    if (full) return `BDAY:${full[1]}${full[2]}${full[3]}`;
    if (yearless) return `BDAY:--${yearless[1]}${yearless[2]}`;
    return null;
  }
  if (full) return `BDAY:${birthday}`;
  // vCard 3.0 has no yearless date; iPhone/macOS write year 1604 and say so in X-APPLE-OMIT-YEAR.
  if (yearless) return `BDAY;X-APPLE-OMIT-YEAR=1604:1604-${yearless[1]}-${yearless[2]}`;
  return null;
}

/** `2026-03-02T01:00:00.000Z` → 4.0 `20260302T010000Z`, 3.0 `2026-03-02T01:00:00Z`. */
function revValue(iso: string, v: VcardVersion): string {
  const s = iso.replace(/\.\d+Z$/, 'Z');
  return v === '4.0' ? s.replace(/[-:]/g, '') : s;
}

/** Two-syllable Korean surnames (남궁민수 → 남궁 + 민수). */
const KO_DOUBLE_SURNAMES = ['남궁', '선우', '제갈', '황보', '독고', '사공', '서문', '동방', '어금', '망절'];

/**
 * N for a contact stored with only a display name. Phones file and show people by N (an iPhone
 * shows "No Name" for an empty N), so it is derived: a Korean name of 2–5 syllables splits after
 * its surname, a Latin name before its last word; anything else goes whole into the given name.
 */
export function splitName(name: string): [family: string, given: string] {
  const n = name.trim();
  if (/^[\uAC00-\uD7A3]{2,5}$/.test(n)) {
    const cut = n.length >= 3 && KO_DOUBLE_SURNAMES.includes(n.slice(0, 2)) ? 2 : 1;
    return [n.slice(0, cut), n.slice(cut)];
  }
  const words = n.split(/\s+/);
  if (words.length >= 2 && words.every((w) => /^[\p{Script=Latin}'.-]+$/u.test(w))) return [words.at(-1)!, words.slice(0, -1).join(' ')];
  return ['', n];
}

export function vcardOf(c: ExportContact, v: VcardVersion = '4.0'): string {
  const lines: string[] = ['BEGIN:VCARD', `VERSION:${v}`];
  if (v === '4.0') lines.push('PRODID:-//Inyeon//Inyeon//EN');
  lines.push(`UID:${v === '4.0' ? `urn:uuid:${c.id}` : c.id}`);
  lines.push(`FN:${escapeText(c.name)}`);
  const [family, given] = c.familyName !== null || c.givenName !== null ? [c.familyName, c.givenName] : splitName(c.name);
  lines.push(`N:${structured([family, given, '', '', ''])}`);
  if (c.company || c.department) lines.push(`ORG:${structured(c.department ? [c.company, c.department] : [c.company])}`);
  if (c.title) lines.push(`TITLE:${escapeText(c.title)}`);
  let item = 0;
  const labelled = (prop: string, params: string, value: string, label: string | null) => {
    if (label && !typeOfLabel(label)) {
      item++;
      lines.push(`item${item}.${prop}${params}:${value}`, `item${item}.X-ABLabel:${escapeText(label)}`);
    } else lines.push(`${prop}${params}:${value}`);
  };
  const pref = (p: ExportPoint) => (p.primary ? (v === '4.0' ? ';PREF=1' : '') : '');
  const prefType = (p: ExportPoint) => (p.primary && v === '3.0' ? ['pref'] : []);
  for (const p of c.points) {
    const t = typeOfLabel(p.label);
    switch (p.kind) {
      case 'mobile':
        labelled('TEL', `${typeParam(['cell', ...prefType(p)], v)}${pref(p)}`, escapeText(p.value), p.label);
        break;
      case 'phone': {
        const types = t === 'fax' ? ['fax', ...(/home|집|자택/i.test(p.label ?? '') ? ['home'] : ['work'])] : t ? [t, 'voice'] : ['voice'];
        labelled('TEL', `${typeParam([...types, ...prefType(p)], v)}${pref(p)}`, escapeText(p.value), p.label);
        break;
      }
      case 'email':
        labelled('EMAIL', `${typeParam([...(v === '3.0' ? ['internet'] : []), ...(t && t !== 'fax' ? [t] : []), ...prefType(p)], v)}${pref(p)}`, escapeText(p.value), p.label);
        break;
      case 'address':
        // Our addresses are one free-form line; it travels whole in the street component.
        labelled('ADR', `${typeParam([...(t && t !== 'fax' ? [t] : []), ...prefType(p)], v)}${pref(p)}`, structured(['', '', p.value, '', '', '', '']), p.label);
        break;
      case 'url':
        labelled('URL', '', escapeText(p.value), p.label);
        break;
      case 'messenger':
        labelled('IMPP', '', escapeText(p.value), p.label);
        break;
    }
  }
  if (c.birthday) {
    const b = bdayLine(c.birthday, v);
    if (b) lines.push(b);
  }
  if (c.notes) lines.push(`NOTE:${escapeText(c.notes)}`);
  if (c.tags.length) lines.push(`CATEGORIES:${listValue(c.tags)}`);
  lines.push(`REV:${revValue(c.updatedAt, v)}`, 'END:VCARD');
  return `${lines.map((l) => foldLine(l)).join('\r\n')}\r\n`;
}
