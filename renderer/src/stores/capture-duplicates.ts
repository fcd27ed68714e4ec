// "Is this card someone already in the book?" — the card's mobile, phone and e-mail, each looked
// up with `ownersOf` (point-owners.ts, shared with the contact form).
import type { CardField } from '../../../shared/contract/capture';
import type { Contact } from '../../../shared/domain/types';
import { ownersOf } from './point-owners';
import type { CardFields, Duplicate } from './capture';

export { phoneKey } from './point-owners';

const CHECKED: { field: CardField; matched: Duplicate['matched'] }[] = [
  { field: 'mobile', matched: 'mobile' }, { field: 'phone', matched: 'phone' }, { field: 'email', matched: 'email' },
];

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
    for (const contact of await ownersOf(matched, value)) {
      if (found.has(contact.id)) continue;
      found.set(contact.id, {
        id: contact.id, name: contact.name, company: contact.company, department: contact.department, title: contact.title,
        matched, values: valuesOf(contact),
      });
    }
  }
  return [...found.values()];
}
