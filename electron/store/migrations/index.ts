/**
 * Every schema migration, in order, and the runner. Add a version: write `NNN_<what>.ts` with its
 * test, append it here, and bump SCHEMA_VERSION in shared/model/schema.ts (a test checks they agree).
 */
import type BetterSqlite3 from 'better-sqlite3';
import { migration001 } from './001_initial';
import { migration002 } from './002_proposal_fields';
import type { Migration } from './types';

export type { Migration } from './types';

/** All migrations, oldest first; the last one's version is the schema this build writes. */
export const MIGRATIONS: readonly Migration[] = [migration001, migration002];

/** The newest schema version `migrations` reach. */
export function latestVersion(migrations: readonly Migration[] = MIGRATIONS): number {
  return migrations.reduce((v, m) => Math.max(v, m.version), 0);
}

/**
 * Bring `db` from schema `from` to the newest version of `migrations`, all in one transaction
 * together with `PRAGMA user_version`: either every step applies or the file is left as it was.
 * Returns the versions applied.
 */
export function runMigrations(db: BetterSqlite3.Database, from: number, migrations: readonly Migration[] = MIGRATIONS): number[] {
  const pending = [...migrations].filter((m) => m.version > from).sort((a, b) => a.version - b.version);
  pending.forEach((m, i) => {
    const expected = from + i + 1;
    if (m.version !== expected) throw new Error(`migration ${expected} is missing (found ${m.version})`);
  });
  if (pending.length === 0) return [];
  const to = pending[pending.length - 1].version;
  db.transaction(() => {
    for (const m of pending) m.up(db);
    db.pragma(`user_version = ${to}`);
  })();
  return pending.map((m) => m.version);
}
