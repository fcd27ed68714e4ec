// "Is this card someone already in the book?" — the card's mobile, phone and e-mail looked up
// with the normal search (phone digits, e-mail fragments), and each hit confirmed against its
// stored points, so a shared switchboard prefix or a similar e-mail is not a match.
import type { CardField } from '../../../shared/contract/capture';
import type { Contact } from '../../../shared/domain/types';
import { normalizeEmail } from '../../../shared/rules/email';
import { invoke } from '../api/client';
import type { CardFields, Duplicate } from './capture';

/** Digits of a phone as dialled at home: +82 10-1234-5678 and 010-1234-5678 both give 01012345678. */
export function phoneKey(value: string): string {
  const digits = value.replace(/\D/g, '');
  return value.trim().startsWith('+82') || (value.trim().startsWith('82') && digits.length >= 11) ? `0${digits.slice(2)}` : digits;
}

const CHECKED: { field: CardField; matched: Duplicate['matched'] }[] = [
  { field: 'mobile', matched: 'mobile' }, { field: 'phone', matched: 'phone' }, { field: 'email', matched: 'email' },
];

function matches(c: Contact, field: CardField, value: string): boolean {
  if (field === 'email') {
    const e = normalizeEmail(value);
    return c.points.some((p) => p.kind === 'email' && p.normalized === e);
  }
  const key = phoneKey(value);
  return key.length >= 8 && c.points.some((p) => (p.kind === 'mobile' || p.kind === 'phone') && phoneKey(p.normalized) === key);
}

function valuesOf(c: Contact): CardFields {
  const first = (kind: string, label?: string) =>
    c.points.find((p) => p.kind === kind && (label === undefined ? p.label !== 'Fax' : p.label === label))?.value ?? '';
  return {
    name: c.name, company: c.company ?? '', department: c.department ?? '', title: c.title ?? '',
    mobile: first('mobile'), phone: first('phone'), fax: first('phone', 'Fax'), email: first('email'),
    url: first('url'), address: first('address'),
  };
}

export async function findDuplicates(fields: CardFields): Promise<Duplicate[]> {
  const found = new Map<string, Duplicate>();
  for (const { field, matched } of CHECKED) {
    const value = fields[field].trim();
    if (!value) continue;
    const q = field === 'email' ? normalizeEmail(value) : phoneKey(value);
    if (q.length < (field === 'email' ? 5 : 8)) continue;
    const { items } = await invoke('contacts.search', { q, limit: 5 });
    for (const hit of items) {
      if (found.has(hit.id)) continue;
      const { contact } = await invoke('contacts.get', { id: hit.id });
      if (contact.deletedAt || !matches(contact, field, value)) continue;
      found.set(hit.id, {
        id: contact.id, name: contact.name, company: contact.company, department: contact.department, title: contact.title,
        matched, values: valuesOf(contact),
      });
    }
  }
  return [...found.values()];
}
