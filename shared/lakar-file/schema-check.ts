/**
 * A `.lakar` file must hold exactly the tables and indexes Lakar's migrations make for its schema
 * version, nothing more. A file received from someone else could carry a trigger (`AFTER UPDATE ON
 * meta BEGIN DELETE FROM elements; END`), a view or an extra table; SQLite would run such a trigger
 * on the next Save. So every connection — better-sqlite3 on the desktop and in the CLI, SQLite's
 * WebAssembly build in the browser editions — compares the file's `sqlite_schema` with the schema
 * the migrations produce on an empty database (computed once per version, so a new migration is
 * followed without touching this file) before reading, and again inside every save transaction.
 *
 * The empty database is opened by the caller's driver (`OpenMemoryDatabase`): this folder stays
 * free of any SQLite binding.
 */
import type { OpenMemoryDatabase, SqlDatabase, SqlStatement } from './driver';
import { StoreError } from './errors';
import { MIGRATIONS, runMigrations, type Migration } from './migrations';

/** One row of `sqlite_schema`. */
export interface SchemaObject {
  type: string;
  name: string;
  tbl_name: string;
  sql: string | null;
}

/** The comparable form of a schema object: whitespace runs collapsed, so formatting never matters. */
function signature(o: SchemaObject): string {
  return JSON.stringify([o.type, o.name, o.tbl_name, o.sql === null ? null : o.sql.replace(/\s+/g, ' ').trim()]);
}

// The schema text SQLite stores is the CREATE statement as the migrations wrote it, whichever driver
// ran them, so one cache serves every driver.
const expectedCache = new WeakMap<readonly Migration[], Map<number, Map<string, SchemaObject>>>();

/**
 * The schema objects of version `version`, by signature: what the migrations up to it create in an
 * empty database opened by `openMemory`.
 */
export function expectedSchema(version: number, openMemory: OpenMemoryDatabase, migrations: readonly Migration[] = MIGRATIONS): Map<string, SchemaObject> {
  let perVersion = expectedCache.get(migrations);
  if (!perVersion) expectedCache.set(migrations, (perVersion = new Map()));
  let expected = perVersion.get(version);
  if (!expected) {
    const db = openMemory();
    try {
      runMigrations(
        db,
        0,
        migrations.filter((m) => m.version <= version),
      );
      expected = new Map(readSchema(db).map((o) => [signature(o), o]));
    } finally {
      db.close();
    }
    perVersion.set(version, expected);
  }
  return expected;
}

const schemaQueries = new WeakMap<SqlDatabase, SqlStatement>();

function readSchema(db: SqlDatabase): SchemaObject[] {
  // prepared once per connection: every save runs it
  let query = schemaQueries.get(db);
  if (!query) schemaQueries.set(db, (query = db.prepare('SELECT type, name, tbl_name, sql FROM main.sqlite_schema ORDER BY rowid')));
  return query.all() as SchemaObject[];
}

/** `trigger “wipe”`, with the file's name cut short and control characters hidden (it is shown to the user). */
function describeObject(o: SchemaObject): string {
  // eslint-disable-next-line no-control-regex -- control characters of a hostile name must not reach the terminal
  const name = String(o.name).replace(/[\u0000-\u001f\u007f]/g, '?');
  return `${String(o.type).slice(0, 20)} “${name.length > 60 ? `${name.slice(0, 60)}…` : name}”`;
}

/**
 * Throw StoreError `invalidContent` (where: schema) when one of Lakar's own tables or indexes is
 * missing or different, or `foreignObjects` when `db` holds SQL objects Lakar did not make (naming
 * up to five: triggers, views, tables, indexes). `file` is the name shown in the message.
 */
export function checkSchema(db: SqlDatabase, version: number, file: string, openMemory: OpenMemoryDatabase, migrations: readonly Migration[] = MIGRATIONS): void {
  const expected = expectedSchema(version, openMemory, migrations);
  const actual = readSchema(db);
  const found = new Set<string>();
  const foreign: SchemaObject[] = [];
  for (const o of actual) {
    const sig = signature(o);
    if (expected.has(sig)) found.add(sig);
    else foreign.push(o);
  }
  // a table or index of Lakar's missing or changed: not a Lakar schema (checked first, it says more)
  const missing = [...expected].filter(([sig]) => !found.has(sig)).map(([, o]) => o);
  if (missing.length > 0) {
    const changed = foreign.some((o) => o.type === missing[0].type && o.name === missing[0].name);
    throw new StoreError('invalidContent', { file, where: 'schema', message: `${describeObject(missing[0])} ${changed ? 'differs' : 'missing'}` });
  }
  if (foreign.length > 0) {
    const shown = foreign.slice(0, 5).map(describeObject).join(', ');
    throw new StoreError('foreignObjects', { file, objects: foreign.length > 5 ? `${shown} (+${foreign.length - 5})` : shown });
  }
}

/** The connection settings every `.lakar` connection runs with: nothing the file brings is trusted. */
export function distrustSchema<D extends SqlDatabase>(db: D): D {
  // functions with side effects and virtual tables cannot be used from the file's schema
  db.pragma('trusted_schema = OFF');
  return db;
}
