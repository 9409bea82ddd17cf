/**
 * The `.lakar` schema check (shared/lakar-file/schema-check.ts) on better-sqlite3: a file must hold
 * exactly the tables and indexes Lakar's migrations make for its version — no trigger, view or
 * extra table that SQLite would run or keep on the next Save. The expected schema is built in an
 * in-memory better-sqlite3 database; the browser editions run the same check on SQLite's
 * WebAssembly build.
 */
import Database from 'better-sqlite3';
import type BetterSqlite3 from 'better-sqlite3';
import * as shared from '../../shared/lakar-file/schema-check';
import type { SchemaObject } from '../../shared/lakar-file/schema-check';
import { MIGRATIONS, type Migration } from './migrations';

export { distrustSchema } from '../../shared/lakar-file/schema-check';

const openMemory = () => new Database(':memory:');

/** The schema objects of version `version`, by signature: what the migrations up to it create. */
export function expectedSchema(version: number, migrations: readonly Migration[] = MIGRATIONS): Map<string, SchemaObject> {
  return shared.expectedSchema(version, openMemory, migrations);
}

/**
 * Throw StoreError `invalidContent` (where: schema) when one of Lakar's own tables or indexes is
 * missing or different, or `foreignObjects` when `db` holds SQL objects Lakar did not make.
 */
export function checkSchema(db: BetterSqlite3.Database, version: number, file: string, migrations: readonly Migration[] = MIGRATIONS): void {
  shared.checkSchema(db, version, file, openMemory, migrations);
}
