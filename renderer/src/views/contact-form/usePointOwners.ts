// The contact form's "this number is already in the book" notice: the form's phones and e-mails
// looked up (after a short pause in typing) with the same lookup card capture uses. Saving is not
// blocked: two people may share an office number.
import { useEffect, useRef, useState } from 'react';
import { type OwnedKind, ownersOf } from '../../stores/point-owners';
import type { PointRow } from './formModel';

export type PointOwners = Record<string, { id: string; name: string }[]>;

const OWNED: ReadonlySet<string> = new Set<OwnedKind>(['mobile', 'phone', 'email']);
const PAUSE_MS = 350;

/** Row key → the other people who already have that row's value. */
export function usePointOwners(points: PointRow[] | undefined, selfId: string | null): PointOwners {
  const [owners, setOwners] = useState<PointOwners>({});
  // Answers by kind and value, so typing elsewhere in the form does not ask again.
  const cache = useRef(new Map<string, { id: string; name: string }[]>());
  const rows = (points ?? []).filter((p) => OWNED.has(p.kind) && p.value.trim());
  const signature = JSON.stringify(rows.map((p) => [p.key, p.kind, p.value.trim()]));

  useEffect(() => {
    let cancelled = false;
    const timer = setTimeout(() => {
      void (async () => {
        const out: PointOwners = {};
        for (const p of rows) {
          const k = `${p.kind} ${p.value.trim()}`;
          let found = cache.current.get(k);
          if (!found) {
            found = (await ownersOf(p.kind as OwnedKind, p.value)).map((c) => ({ id: c.id, name: c.name }));
            cache.current.set(k, found);
          }
          const others = found.filter((o) => o.id !== selfId);
          if (others.length) out[p.key] = others;
        }
        if (!cancelled) setOwners(out);
      })().catch(() => undefined); // a notice, never an error of its own
    }, PAUSE_MS);
    return () => { cancelled = true; clearTimeout(timer); };
    // `signature` stands for `rows` (a new array every render).
  }, [signature, selfId]);
  return owners;
}
