// "Who already has this number or e-mail?" — the value looked up with the normal search (phone
// digits, e-mail fragments), and each hit confirmed against its stored points, so a shared
// switchboard prefix or a similar e-mail is not a match. Card capture and the contact form ask it.
import type { Contact } from '../../../shared/domain/types';
import { normalizeEmail } from '../../../shared/rules/email';
import { invoke } from '../api/client';

export type OwnedKind = 'mobile' | 'phone' | 'email';

/** Digits of a phone as dialled at home: +82 10-1234-5678 and 010-1234-5678 both give 01012345678. */
export function phoneKey(value: string): string {
  const digits = value.replace(/\D/g, '');
  return value.trim().startsWith('+82') || (value.trim().startsWith('82') && digits.length >= 11) ? `0${digits.slice(2)}` : digits;
}

function holds(c: Contact, kind: OwnedKind, value: string): boolean {
  if (kind === 'email') {
    const e = normalizeEmail(value);
    return c.points.some((p) => p.kind === 'email' && p.normalized === e);
  }
  const key = phoneKey(value);
  return key.length >= 8 && c.points.some((p) => (p.kind === 'mobile' || p.kind === 'phone') && phoneKey(p.normalized) === key);
}

/** Live contacts that have this phone number (any phone kind) or e-mail; none for a value too short to tell. */
export async function ownersOf(kind: OwnedKind, raw: string): Promise<Contact[]> {
  const value = raw.trim();
  const q = kind === 'email' ? normalizeEmail(value) : phoneKey(value);
  if (q.length < (kind === 'email' ? 5 : 8)) return [];
  const { items } = await invoke('contacts.search', { q, limit: 5 });
  const out: Contact[] = [];
  for (const hit of items) {
    const { contact } = await invoke('contacts.get', { id: hit.id });
    if (!contact.deletedAt && holds(contact, kind, value)) out.push(contact);
  }
  return out;
}
