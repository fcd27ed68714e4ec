// What the search index holds for one contact: its FTS document and its search keys. One place,
// so contacts.add/update (row by row) and the bulk import index a person identically.
import { compactHangul, searchKeys, type SearchKey } from '../../../shared/rules/search-keys.js';
import { analyzePhone } from '../../../shared/rules/phone.js';
import type { PointKind } from '../../../shared/domain/enums.js';
import type { ContactFields } from '../db/contacts-repo.js';
import { tagListKey, type SearchDoc } from '../db/search-repo.js';

/** What the search index reads from a contact row: its fields, less the birthday. */
export type IndexedFields = Omit<ContactFields, 'birthday'>;

export function searchEntry(
  row: IndexedFields, points: readonly { kind: PointKind; raw_value: string }[], tags: readonly string[], tagIds: readonly string[],
): { doc: SearchDoc; keys: SearchKey[] } {
  const digits = points.filter((p) => p.kind === 'mobile' || p.kind === 'phone').flatMap((p) => analyzePhone(p.raw_value).searchDigits);
  const withCompact = (parts: (string | null)[]) => parts.flatMap((p) => (p ? [p, compactHangul(p) ?? ''] : [])).filter(Boolean).join(' ');
  return {
    doc: {
      name: withCompact([row.display_name, row.family_name, row.given_name]),
      org: withCompact([row.company, row.department, row.title, ...tags]),
      notes: row.notes ?? '',
      points: points.filter((p) => p.kind !== 'mobile' && p.kind !== 'phone').map((p) => p.raw_value).join(' '),
      digits: digits.join(' '),
    },
    keys: [
      ...searchKeys({ name: row.display_name, company: row.company, department: row.department, title: row.title, tags }),
      // A tag's members by name, straight from the index: the list filtered by tag (tagListKey).
      ...tagIds.map((tagId) => ({ key: tagListKey(tagId), rank: 0 })),
    ],
  };
}
