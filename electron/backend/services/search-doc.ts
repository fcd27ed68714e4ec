// What the search index holds for one contact: its FTS document, its own search keys (tags) and
// the values whose keys it needs (field_keys: its name, company, title, department). One place,
// so contacts.add/update (row by row) and the bulk import index a person identically.
import { compactHangul, compactLatin, fieldKeys, KEYED_FIELDS, tagKeys, type KeyedField, type SearchKey } from '../../../shared/rules/search-keys.js';
import { analyzePhone } from '../../../shared/rules/phone.js';
import { nameSound } from '../../../shared/rules/name-sounds.js';
import type { PointKind } from '../../../shared/domain/enums.js';
import { sortName, type ContactFields } from '../db/contacts-repo.js';
import { tagListKey, type FieldEntry, type FieldValue, type SearchDoc } from '../db/search-repo.js';

/** What the search index reads from a contact row: its fields, less the birthday. */
export type IndexedFields = Omit<ContactFields, 'birthday'>;

export function searchEntry(
  row: IndexedFields, points: readonly { kind: PointKind; raw_value: string }[], tags: readonly string[], tagIds: readonly string[],
): { doc: SearchDoc; keys: SearchKey[]; fields: FieldValue[] } {
  const digits = points.filter((p) => p.kind === 'mobile' || p.kind === 'phone').flatMap((p) => analyzePhone(p.raw_value).searchDigits);
  return {
    doc: {
      name: nameDoc(row),
      org: withCompact([row.company, row.department, row.title, ...tags]),
      notes: row.notes ?? '',
      points: points.filter((p) => p.kind !== 'mobile' && p.kind !== 'phone').map((p) => p.raw_value).join(' '),
      digits: digits.join(' '),
    },
    keys: personKeys(tags, tagIds),
    // Their keys are the value's, not the person's: computed where they are written (once per
    // value in an import).
    fields: fieldValues(row),
  };
}

/** Each text with its space-free (Hangul) or mark-free (Latin) form when it has one. */
const withCompact = (parts: readonly (string | null)[]) => parts.flatMap((p) => (p ? [p, compactHangul(p) ?? compactLatin(p) ?? ''] : [])).filter(Boolean).join(' ');

/** The name column of a person's trigram document: the name as written, its compact forms, and a Korean name's sound token. */
export function nameDoc(row: Pick<IndexedFields, 'display_name' | 'family_name' | 'given_name'>): string {
  const sound = nameSound(row.display_name);
  return withCompact([row.display_name, row.family_name, row.given_name]) + (sound ? ` ${sound}` : '');
}

// The split, decided here only (contacts, the import and the 0009 upgrade all ask): a person's
// own keys are their tags'; their name, company, title and department are keyed by value.

/** The keys that are the person's own, in search_keys: their tags' names and, per tag, its member list. */
export function personKeys(tags: readonly string[], tagIds: readonly string[]): SearchKey[] {
  return [
    ...tagKeys(tags),
    // A tag's members by name, straight from the index: the list filtered by tag (tagListKey).
    ...tagIds.map((tagId) => ({ key: tagListKey(tagId), rank: 0 })),
  ];
}

type ValueFields = Pick<IndexedFields, 'display_name' | 'company' | 'title' | 'department'>;

/** How a contact row holds each value-keyed field (a name by its sort_name: the key of its holders' index). */
const VALUE_OF: Record<KeyedField, (row: ValueFields) => string | null> = {
  name: (row) => sortName(row.display_name), company: (row) => row.company, title: (row) => row.title, department: (row) => row.department,
};

/** The values a person is found by through field_keys: their name (as its sort_name), company, title, department. */
export function fieldValues(row: ValueFields): FieldValue[] {
  return KEYED_FIELDS.flatMap((field) => {
    const value = VALUE_OF[field](row);
    return value ? [{ field, value }] : [];
  });
}

/** A value with its keys. */
export const withKeys = ({ field, value }: FieldValue): FieldEntry => ({ field, value, keys: fieldKeys(field, value) });
