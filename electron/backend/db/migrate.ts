// Numbered SQL migrations (0001-init.sql, 0002-….sql), each applied in its own transaction
// together with `PRAGMA user_version`, so a crash leaves the database at a whole version.
import type { Database } from './driver.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from '../../../shared/errors.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/**
 * Where the .sql files are: beside this module in the source tree, and copied beside the bundle
 * (out/main/migrations) by the Electron build. INYEON_MIGRATIONS_DIR overrides both.
 */
export function defaultMigrationsDir(): string {
  if (process.env.INYEON_MIGRATIONS_DIR) return process.env.INYEON_MIGRATIONS_DIR;
  return fileURLToPath(new URL('./migrations/', import.meta.url));
}

export function loadMigrations(dir: string = defaultMigrationsDir()): Migration[] {
  const files = readdirSync(dir).filter((f) => /^\d{4}-[\w-]+\.sql$/.test(f)).sort();
  const migrations = files.map((f) => ({ version: Number(f.slice(0, 4)), name: f, sql: readFileSync(join(dir, f), 'utf8') }));
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migration ${m.name} is out of sequence: expected ${String(i + 1).padStart(4, '0')}`);
  });
  return migrations;
}

export const schemaVersion = (db: Database.Database): number => db.pragma('user_version', { simple: true }) as number;

/** Refuse a database written by a newer Inyeon before anything touches it. */
export function assertNotNewer(current: number, latest: number, path: string): void {
  if (current > latest) {
    throw new AppError(
      'db-newer-version',
      `The database ${path} was written by a newer version of Inyeon (schema ${current}; this version knows up to ${latest}). ` +
        'It was left untouched. Please update Inyeon to open it.',
    );
  }
}

/**
 * A migration that edits table definitions in sqlite_schema (a change the file format does not
 * see, such as a CHECK constraint) starts with this line: it runs with the connection's defensive
 * mode off and bumps schema_version, so every connection re-reads the edited definitions.
 */
const EDITS_SCHEMA = /^-- inyeon: edits-schema\b/;

export function migrate(db: Database.Database, migrations: Migration[], path: string): { from: number; to: number } {
  const from = schemaVersion(db);
  const latest = migrations.length;
  assertNotNewer(from, latest, path);
  for (const m of migrations) {
    if (m.version <= from) continue;
    const editsSchema = EDITS_SCHEMA.test(m.sql);
    if (editsSchema) db.unsafeMode(true);
    try {
      db.transaction(() => {
        db.exec(m.sql);
        if (editsSchema) {
          db.pragma(`schema_version = ${(db.pragma('schema_version', { simple: true }) as number) + 1}`);
          // Parses the edited definitions now: a mistake throws here and rolls the edit back.
          db.prepare('SELECT count(*) FROM sqlite_schema').get();
        }
        db.pragma(`user_version = ${m.version}`);
      })();
    } finally {
      if (editsSchema) db.unsafeMode(false);
    }
  }
  return { from, to: Math.max(from, latest) };
}
