// The contract's method names, without the contract. Importing shared/contract/index.ts would
// bundle zod and every schema into the preload, which must stay a tiny single file (a sandboxed
// preload cannot require anything but electron). The type below fails to compile when a method is
// added to the contract and not here; test/unit/electron/preload.test.ts checks it at runtime too.
import type { Method } from '../../shared/contract/index.js';

export const PRELOAD_METHODS = [
  'contacts.add',
  'contacts.update',
  'contacts.get',
  'contacts.list',
  'contacts.search',
  'contacts.setStage',
  'contacts.delete',
  'contacts.restore',
  'contacts.trash',
  'contacts.purge',
  'tags.list',
  'touches.log',
  'today.get',
  'system.info',
  'settings.get',
  'settings.update',
  'sample.load',
  'sample.remove',
  'deals.add',
  'deals.update',
  'deals.list',
  'followups.list',
  'followups.snooze',
  'followups.skip',
  'referrals.ask',
  'referrals.record',
  'referrals.list',
  'suggestions.list',
  'suggestions.accept',
  'suggestions.dismiss',
  'dates.add',
  'dates.list',
  'dates.remove',
  'calendar.ics',
  'capture.recognize',
] as const satisfies readonly Method[];

type Missing = Exclude<Method, (typeof PRELOAD_METHODS)[number]>;
/** Compile-time completeness check: `true` only type-checks when no contract method is missing. */
export const ALL_CONTRACT_METHODS_LISTED: [Missing] extends [never] ? true : { missing: Missing } = true;
