// The parts of migrations that SQL cannot do, run at the next open (right after the migrations,
// before anything reads), each in one transaction with clearing its marker, so a crash leaves it
// to redo:
// - 0009 (field_keys): computing keys. The migration left only the tag lists in search_keys; the
//   keys of each distinct name, company, title and department of the live book go to field_keys,
//   and each tagged person's tag-name keys back to search_keys.
// - 0014 (name sounds): a Korean name's sound token in its trigram document (name-sounds.ts).
import { KEYED_FIELDS } from '../../../shared/rules/search-keys.js';
import { insertSearchKey } from '../db/import-repo.js';
import { deleteSetting, readSetting } from '../db/settings-repo.js';
import { allFtsRows, distinctFieldValues, insertFieldKeys, liveNames, rebuildFts, taggedPeople } from '../db/search-repo.js';
import type { DB } from '../db/statements.js';
import { nameSound } from '../../../shared/rules/name-sounds.js';
import { nameDoc, personKeys, withKeys } from './search-doc.js';

export const FIELD_KEYS_PENDING = 'search.rebuildFieldKeys';
export const NAME_SOUNDS_PENDING = 'search.addNameSounds';

/** Returns whether there was anything to do. */
export function finishSearchUpgrade(db: DB): boolean {
  const keys = finishFieldKeys(db);
  const sounds = finishNameSounds(db);
  return keys || sounds;
}

function finishNameSounds(db: DB): boolean {
  if (!readSetting<boolean>(db, NAME_SOUNDS_PENDING)) return false;
  db.transaction(() => {
    const names = new Map(liveNames(db).map((r) => [r.rowid, r]));
    const rows = allFtsRows(db).map((r) => {
      const person = names.get(r.rowid);
      return person && nameSound(person.display_name) ? { ...r, name: nameDoc(person) } : r;
    });
    // Most documents change (most names in a Korean book are Korean): the index is made anew.
    rebuildFts(db, rows);
    deleteSetting(db, NAME_SOUNDS_PENDING);
  })();
  return true;
}

function finishFieldKeys(db: DB): boolean {
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
