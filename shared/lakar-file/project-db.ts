/**
 * A `.lakar` database on any driver (shared/lakar-file/driver.ts): checking and loading one that was
 * read whole into memory (the browser editions deserialize the picked file), and making a new one.
 * The desktop runs the same row mapping, migrations and save on better-sqlite3 (electron/store).
 */
import type { LakarDocument } from '../model';
import { fullChanges, changeSize } from '../store/changes';
import type { OpenMemoryDatabase, SqlDatabase } from './driver';
import { StoreError, databaseReadError } from './errors';
import { checkStorage } from './storage-check';
import { LAKAR_APPLICATION_ID } from './header';
import { latestVersion, MIGRATIONS, runMigrations, type Migration } from './migrations';
import { loadRows, writeRowChanges, type LoadedRows } from './rows';
import { checkSchema } from './schema-check';

/** What loading a file found: its rows and the schema version it had on disk. */
export interface CheckedProject extends LoadedRows {
  fileVersion: number;
}

/**
 * Check `db` (a private in-memory copy of file `file`, whose header said `fileVersion`) and load
 * it, as the desktop's store does: its schema against the one Lakar's migrations make for that
 * version (schema-check.ts; the expected one built in a database from `openMemory`), so a trigger
 * or view the file brought is refused before anything runs; pages and key indexes (storage-check.ts);
 * older versions migrated in that copy; then every row validated. Throws the desktop's StoreErrors: `foreignObjects`,
 * `corrupt`, `migrationFailed`, `invalidContent`.
 */
export function checkAndLoad(db: SqlDatabase, fileVersion: number, file: string, openMemory: OpenMemoryDatabase, migrations: readonly Migration[] = MIGRATIONS): CheckedProject {
  try {
    // at the file's own version, before migrating: a migration's UPDATE would fire a file's trigger
    checkSchema(db, fileVersion, file, openMemory, migrations);
    checkStorage(db, file);
    const target = latestVersion(migrations);
    if (fileVersion < target) {
      try {
        runMigrations(db, fileVersion, migrations);
      } catch (e) {
        throw new StoreError('migrationFailed', { file, from: fileVersion, to: target, message: e instanceof Error ? e.message : String(e) });
      }
    }
    return { ...loadRows(db, file), fileVersion };
  } catch (e) {
    throw databaseReadError(e, file);
  }
}

/** The bookkeeping of a new file. */
export interface NewFileStamp {
  fileId: string;
  appVersion: string;
  savedAt: string;
}

/**
 * Make `db` (empty) a complete `.lakar` project holding `doc` at generation 1, as the desktop's
 * writeProjectFile does: schema by the migrations, every row, then the application id. Returns the
 * rows written.
 */
export function writeNewProject(db: SqlDatabase, doc: LakarDocument, stamp: NewFileStamp, migrations: readonly Migration[] = MIGRATIONS): number {
  const changes = fullChanges(doc);
  runMigrations(db, 0, migrations);
  writeRowChanges(db, changes, { generation: 1, appVersion: stamp.appVersion, savedAt: stamp.savedAt, fileId: stamp.fileId });
  db.pragma(`application_id = ${LAKAR_APPLICATION_ID}`);
  return changeSize(changes);
}
