/** The `.lakar` file format, independent of the SQLite driver (better-sqlite3 or WebAssembly). */
export type { SqlDatabase, SqlStatement, SqlValue, OpenMemoryDatabase } from './driver';
export { StoreError, STORE_ERROR_CODES, databaseReadError, databaseSaveError, sqliteErrorCode } from './errors';
export type { StoreErrorCode } from './errors';
export { LAKAR_APPLICATION_ID, SQLITE_HEADER_SIZE, parseSqliteHeader, checkProjectHeader } from './header';
export type { SqliteHeader } from './header';
export { MIGRATIONS, latestVersion, runMigrations } from './migrations';
export type { Migration } from './migrations';
export { loadRows, writeRowChanges, META_KEYS } from './rows';
export type { LoadedRows, SaveStamp } from './rows';
export { checkAndLoad, writeNewProject } from './project-db';
export { checkStorage } from './storage-check';
export type { CheckedProject, NewFileStamp } from './project-db';
export { checkSchema, expectedSchema, distrustSchema } from './schema-check';
export type { SchemaObject } from './schema-check';
