// Which backups to keep (pure, tested with dates). Automatic backups follow restic's
// --keep-daily 7 --keep-weekly 4: the newest backup of each of the 7 most recent local days that
// have one, and the newest of each of the 4 most recent weeks (Monday to Sunday, local time).
// Safety backups (made before a restore) keep the newest few; manual ones are never rotated.
import { addDays, localDate } from '../../../shared/rules/time.js';
import type { BackupKind } from '../../../shared/contract/backup.js';

export interface Dated {
  name: string;
  kind: BackupKind;
  createdAt: string;
}

export interface RotationPolicy {
  daily: number;
  weekly: number;
  safety: number;
}

export const DEFAULT_ROTATION: RotationPolicy = { daily: 7, weekly: 4, safety: 5 };

/** The Monday of the local week an instant falls in, as YYYY-MM-DD. */
export function weekOf(instant: string, tz: string): string {
  const day = localDate(instant, tz);
  const dow = new Date(`${day}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(day, -((dow + 6) % 7));
}

function newestPerBucket(items: Dated[], bucket: (d: Dated) => string, limit: number): string[] {
  const seen = new Set<string>();
  const keep: string[] = [];
  for (const d of items) {
    const b = bucket(d);
    if (seen.has(b)) continue;
    if (seen.size === limit) break;
    seen.add(b);
    keep.push(d.name);
  }
  return keep;
}

/** Names of the backups to keep; every other automatic or safety backup may be deleted. */
export function backupsToKeep(items: Dated[], tz: string, policy: RotationPolicy = DEFAULT_ROTATION): Set<string> {
  const newestFirst = [...items].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
  const auto = newestFirst.filter((d) => d.kind === 'auto');
  return new Set([
    ...newestFirst.filter((d) => d.kind === 'manual').map((d) => d.name),
    ...newestFirst.filter((d) => d.kind === 'safety').slice(0, policy.safety).map((d) => d.name),
    ...newestPerBucket(auto, (d) => localDate(d.createdAt, tz), policy.daily),
    ...newestPerBucket(auto, (d) => weekOf(d.createdAt, tz), policy.weekly),
  ]);
}
