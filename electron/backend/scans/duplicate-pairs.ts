// The whole-book duplicates pass (issue 5): people sharing a normalised mobile number or e-mail
// are exact pairs; similar names at one company are suggested pairs; dismissed pairs are left out.
// Read-only, so it runs on the scan worker's own connection as well as on the writer's (book-scans.ts).
import type { DuplicateWhy } from '../../../shared/contract/import.js';
import { nameShape, similarNameShapes } from '../../../shared/rules/names.js';
import { companyGroups, dismissedPairs, exactGroups } from '../db/import-repo.js';
import type { DB } from '../db/statements.js';

export interface DuplicateCandidate { a: string; b: string; kind: 'exact' | 'suggested'; why: DuplicateWhy[]; matched: string }

/** Pairs in a group of people sharing one value: each with the first (oldest) of them. */
const pairsOf = (ids: string[]): [string, string][] => ids.slice(1).map((id) => [ids[0]!, id]);
const pairKey = (a: string, b: string): string => (a < b ? `${a} ${b}` : `${b} ${a}`);

/** Every pair in the book, exact pairs first. */
export function findDuplicatePairs(db: DB): DuplicateCandidate[] {
  const dismissed = dismissedPairs(db);
  const byPair = new Map<string, DuplicateCandidate>();
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
