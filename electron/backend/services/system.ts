import type { SystemInfo } from '../../../shared/contract/system.js';
import { countContacts } from '../db/contacts-repo.js';
import { schemaVersion } from '../db/migrate.js';
import { cachedUntilWrite } from '../db/statements.js';
import type { Context } from '../context.js';

export function createSystemService(ctx: Context, integrity: () => string) {
  function info(): SystemInfo {
    // A scan of the contacts table (~80 ms at 100k) on the way to every start: kept until a write.
    const counts = cachedUntilWrite(ctx.db, 'system.info:counts', () => countContacts(ctx.db));
    return {
      version: ctx.version, schemaVersion: schemaVersion(ctx.db), dataPath: ctx.dataPath, contacts: counts.live,
      integrity: integrity(), sampleContacts: counts.sample, now: ctx.nowIso(),
    };
  }
  return { info };
}
