// The part of migration 0009 (field_keys) that SQL cannot do: computing keys. The migration
// moved every company/title/department key out of search_keys and set a marker; at the next open
// (this runs right after the migrations, before anything reads) the keys of each distinct value
// are written to field_keys and the tag-name keys the migration could not tell from title keys
// are written back — in one transaction with clearing the marker, so a crash leaves it to redo.
import { KEYED_FIELDS, personKeys } from '../../../shared/rules/search-keys.js';
import { insertSearchKey } from '../db/import-repo.js';
import { deleteSetting, readSetting } from '../db/settings-repo.js';
import { distinctFieldValues, insertFieldKeys, taggedPeople } from '../db/search-repo.js';
import type { DB } from '../db/statements.js';
import { withKeys } from './search-doc.js';

export const FIELD_KEYS_PENDING = 'search.rebuildFieldKeys';

/** Returns whether there was anything to do. */
export function finishSearchUpgrade(db: DB): boolean {
  if (!readSetting<boolean>(db, FIELD_KEYS_PENDING)) return false;
  db.transaction(() => {
    for (const field of KEYED_FIELDS) for (const value of distinctFieldValues(db, field)) insertFieldKeys(db, withKeys({ field, value }));
    for (const p of taggedPeople(db)) for (const k of personKeys({ name: p.name, tags: p.tags })) insertSearchKey(db, k.key, k.rank, p.sort_name, p.rowid);
    deleteSetting(db, FIELD_KEYS_PENDING);
  })();
  return true;
}
