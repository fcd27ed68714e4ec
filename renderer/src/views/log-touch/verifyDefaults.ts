// Which contact points a touch most likely proved: a call or SMS reached the primary mobile,
// an e-mail the primary e-mail, a messenger chat the messenger account. Meetings, visits and
// gifts prove nothing by themselves, so nothing is pre-ticked for them.
import type { PointKind, TouchKind } from '../../../../shared/domain/enums';
import type { ContactPoint } from '../../../../shared/domain/types';

export const VERIFIABLE_KINDS: ReadonlySet<PointKind> = new Set(['mobile', 'phone', 'email', 'messenger']);

export const canVerify = (p: ContactPoint): boolean => p.freshness !== 'obsolete';

const PREFERRED: Partial<Record<TouchKind, PointKind[]>> = {
  call: ['mobile', 'phone'],
  sms: ['mobile'],
  email: ['email'],
  messenger: ['messenger'],
};

export function defaultVerified(kind: TouchKind, points: ContactPoint[]): string[] {
  const order = PREFERRED[kind];
  if (!order) return [];
  for (const k of order) {
    const candidates = points.filter((p) => p.kind === k && canVerify(p));
    const pick = candidates.find((p) => p.primary) ?? candidates[0];
    if (pick) return [pick.id];
  }
  return [];
}
