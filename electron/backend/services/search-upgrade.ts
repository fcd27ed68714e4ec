// The part of migration 0009 (field_keys) that SQL cannot do: computing keys. The migration
// left only the tag lists in search_keys and set a marker; at the next open (right after the
// migrations, before anything reads) the keys of each distinct name, company, title and
// department of the live book go to field_keys, and each tagged person's tag-name keys back to
// search_keys — in one transaction with clearing the marker, so a crash leaves it to redo.
import { KEYED_FIELDS } from '../../../shared/rules/search-keys.js';
import { insertSearchKey } from '../db/import-repo.js';
import { deleteSetting, readSetting } from '../db/settings-repo.js';
import { distinctFieldValues, insertFieldKeys, taggedPeople } from '../db/search-repo.js';
import type { DB } from '../db/statements.js';
import { personKeys, withKeys } from './search-doc.js';

export const FIELD_KEYS_PENDING = 'search.rebuildFieldKeys';

/** Returns whether there was anything to do. */
export function finishSearchUpgrade(db: DB): boolean {
  if (!readSetting<boolean>(db, FIELD_KEYS_PENDING)) return false;
  db.transaction(() => {
    insertFieldKeys(db, KEYED_FIELDS.flatMap((field) => distinctFieldValues(db, field).map((value) => withKeys({ field, value }))));
    // The same split as every other write (search-doc): the tags' keys are the person's; the tag
    // member lists are not re-made (the migration kept them).
    for (const p of taggedPeople(db)) for (const k of personKeys(p.tags, [])) insertSearchKey(db, k.key, k.rank, p.sort_name, p.rowid);
    deleteSetting(db, FIELD_KEYS_PENDING);
  })();
  return true;
}
