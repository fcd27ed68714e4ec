// settings (JSON values by key) and cadence_rules (one row per stage).
import type { Stage } from '../../../shared/domain/enums.js';
import { type DB, stmt } from './statements.js';

export function readSetting<T>(db: DB, key: string): T | undefined {
  const row = stmt<[string], { value: string }>(db, 'SELECT value FROM settings WHERE key = ?').get(key);
  return row ? (JSON.parse(row.value) as T) : undefined;
}

export function writeSetting(db: DB, key: string, value: unknown): void {
  stmt(db, 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value')
    .run(key, JSON.stringify(value));
}

export function deleteSetting(db: DB, key: string): void {
  stmt(db, 'DELETE FROM settings WHERE key = ?').run(key);
}

export function readCadence(db: DB): Map<Stage, number | null> {
  const rows = stmt<[], { stage: Stage; interval_days: number | null }>(db, 'SELECT stage, interval_days FROM cadence_rules').all();
  return new Map(rows.map((r) => [r.stage, r.interval_days]));
}

export function writeCadence(db: DB, stage: Stage, days: number | null, at: string): void {
  stmt(db, `INSERT INTO cadence_rules (stage, interval_days, updated_at) VALUES (?, ?, ?)
    ON CONFLICT(stage) DO UPDATE SET interval_days = excluded.interval_days, updated_at = excluded.updated_at`).run(stage, days, at);
}
