// Duplicates across the whole book (issue 5): the same normalised mobile number or e-mail is the
// same person (exact: merged on import, or all at once with mergeAllExact); similar names at the
// same company are suggested. "Not the same person" dismisses a pair for good.
import type { DuplicatePair, DuplicateSide, MergeRecord } from '../../../shared/contract/import.js';
import type { Stage } from '../../../shared/domain/enums.js';
import { AppError } from '../../../shared/errors.js';
import { getContactRow } from '../db/contacts-repo.js';
import { insertDismissal, sideRows } from '../db/import-repo.js';
import type { BookScans } from '../scans/book-scans.js';
import type { Context } from '../context.js';
import type { MergeService } from './merge.js';

export function createDuplicatesService(ctx: Context, merge: MergeService, scans: BookScans) {
  const db = ctx.db;

  async function list(cursor: number, limit: number): Promise<{ items: DuplicatePair[]; total: number; nextCursor: number | null }> {
    // The whole-book scan runs off the request path and stays where it ran (scans/book-scans.ts).
    const { total, items } = await scans.get({ kind: 'duplicates' }, { cursor, limit });
    // The sides are read now: someone purged while the scan ran has no row any more.
    const sides = sideRows(db, items.flatMap((c) => [c.a, c.b]));
    const page = items.filter((c) => sides.has(c.a) && sides.has(c.b));
    const side = (id: string): DuplicateSide => {
      const r = sides.get(id)!;
      return {
        id, name: r.display_name, stage: r.stage as Stage, company: r.company, title: r.title, phones: r.phones, emails: r.emails,
        addresses: r.addresses, createdAt: r.created_at, lastTouchAt: r.last_touch_at,
      };
    };
    return {
      items: page.map((c) => {
        const a = side(c.a);
        // A company matches by its folded key ("northwindtraders"); people read the company as written.
        const matched = c.why[0] === 'name-company' ? a.company ?? c.matched : c.matched;
        return { a, b: side(c.b), kind: c.kind, why: c.why, matched };
      }),
      total,
      nextCursor: cursor + limit < total ? cursor + limit : null,
    };
  }

  function dismiss(aId: string, bId: string): { aId: string; bId: string } {
    for (const id of [aId, bId]) if (!getContactRow(db, id)) throw new AppError('not-found', `No contact with id ${id}`);
    if (aId === bId) throw new AppError('invalid-input', 'A contact is always the same person as itself.', [{ path: 'bId', message: 'must differ from aId' }]);
    const [a, b] = aId < bId ? [aId, bId] : [bId, aId];
    insertDismissal(db, a, b, ctx.nowIso());
    return { aId, bId };
  }

  /** Merges every exact pair, the older record kept; one transaction. */
  function mergeAllExact(): { items: MergeRecord[] } {
    const items: MergeRecord[] = [];
    db.transaction(() => {
      // Merging changes the groups (a merged person leaves them), so read them again until none is left.
      for (;;) {
        const next = scans.now({ kind: 'duplicates' }).find((c) => c.kind === 'exact');
        if (!next) break;
        items.push(merge.mergeContacts(next.a, next.b));
      }
    })();
    return { items };
  }

  return { list, dismiss, mergeAllExact };
}

export type DuplicatesService = ReturnType<typeof createDuplicatesService>;
