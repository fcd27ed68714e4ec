import type { SystemInfo } from '../../../shared/contract/system.js';
import { countContacts } from '../db/contacts-repo.js';
import { schemaVersion } from '../db/migrate.js';
import type { Context } from '../context.js';

export function createSystemService(ctx: Context, integrity: () => string) {
  function info(): SystemInfo {
    const counts = countContacts(ctx.db);
    return {
      version: ctx.version, schemaVersion: schemaVersion(ctx.db), dataPath: ctx.dataPath, contacts: counts.live,
      integrity: integrity(), sampleContacts: counts.sample, now: ctx.nowIso(),
    };
  }
  return { info };
}
