// Duplicates across the whole book (issue 5): the same normalised mobile number or e-mail is the
// same person (exact: merged on import, or all at once with mergeAllExact); similar names at the
// same company are suggested. "Not the same person" dismisses a pair for good.
import type { DuplicatePair, DuplicateSide, DuplicateWhy, MergeRecord } from '../../../shared/contract/import.js';
import type { Stage } from '../../../shared/domain/enums.js';
import { AppError } from '../../../shared/errors.js';
import { nameShape, similarNameShapes } from '../../../shared/rules/names.js';
import { getContactRow } from '../db/contacts-repo.js';
import { companyGroups, dismissedPairs, exactGroups, insertDismissal, sideRows } from '../db/import-repo.js';
import { writeCount } from '../db/statements.js';
import type { Context } from '../context.js';
import type { MergeService } from './merge.js';

interface Candidate { a: string; b: string; kind: 'exact' | 'suggested'; why: DuplicateWhy[]; matched: string }

/** Pairs in a group of people sharing one value: each with the first (oldest) of them. */
const pairsOf = (ids: string[]): [string, string][] => ids.slice(1).map((id) => [ids[0]!, id]);
const pairKey = (a: string, b: string): string => (a < b ? `${a} ${b}` : `${b} ${a}`);

export function createDuplicatesService(ctx: Context, merge: MergeService) {
  const db = ctx.db;

  // The whole-book scan takes seconds at 100k contacts and the sidebar asks for it at every start;
  // it is kept until the next write to the book.
  let cached: { writes: number; pairs: Candidate[] } | null = null;

  function candidates(): Candidate[] {
    const writes = writeCount(db);
    if (cached?.writes !== writes) cached = { writes, pairs: scan() };
    return cached.pairs;
  }

  function scan(): Candidate[] {
    const dismissed = dismissedPairs(db);
    const byPair = new Map<string, Candidate>();
    for (const g of exactGroups(db)) {
      for (const [a, b] of pairsOf(g.ids)) {
        const k = pairKey(a, b);
        if (dismissed.has(k)) continue;
        const c = byPair.get(k);
        if (c) { if (!c.why.includes(g.kind)) c.why.push(g.kind); } else byPair.set(k, { a, b, kind: 'exact', why: [g.kind], matched: g.normalized });
      }
    }
    for (const g of companyGroups(db)) {
      // Pairwise within a company: companies hold tens of people, not thousands, in these books.
      const people = g.people.slice(0, 500);
      const shapes = people.map((p) => nameShape(p.name));
      for (let i = 0; i < people.length; i++) {
        for (let j = i + 1; j < people.length; j++) {
          const p = people[i]!, q = people[j]!;
          if (!similarNameShapes(shapes[i]!, shapes[j]!)) continue;
          const k = pairKey(p.id, q.id);
          if (dismissed.has(k)) continue;
          const c = byPair.get(k);
          if (c) { if (!c.why.includes('name-company')) c.why.push('name-company'); } else byPair.set(k, { a: p.id, b: q.id, kind: 'suggested', why: ['name-company'], matched: g.company });
        }
      }
    }
    return [...byPair.values()].sort((x, y) => (x.kind === y.kind ? 0 : x.kind === 'exact' ? -1 : 1));
  }

  function list(cursor: number, limit: number): { items: DuplicatePair[]; total: number; nextCursor: number | null } {
    const all = candidates();
    const page = all.slice(cursor, cursor + limit);
    const sides = sideRows(db, page.flatMap((c) => [c.a, c.b]));
    const side = (id: string): DuplicateSide => {
      const r = sides.get(id)!;
      return {
        id, name: r.display_name, stage: r.stage as Stage, company: r.company, title: r.title, phones: r.phones, emails: r.emails,
        addresses: r.addresses, createdAt: r.created_at, lastTouchAt: r.last_touch_at,
      };
    };
    return {
      items: page.map((c) => ({ a: side(c.a), b: side(c.b), kind: c.kind, why: c.why, matched: c.matched })),
      total: all.length,
      nextCursor: cursor + limit < all.length ? cursor + limit : null,
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
        const next = candidates().find((c) => c.kind === 'exact');
        if (!next) break;
        items.push(merge.mergeContacts(next.a, next.b));
      }
    })();
    return { items };
  }

  return { list, dismiss, mergeAllExact };
}

export type DuplicatesService = ReturnType<typeof createDuplicatesService>;
