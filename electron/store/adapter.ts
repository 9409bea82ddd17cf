/**
 * `StorageAdapter` for desktop projects: edits go to the recovery journal (one INSERT each), a save
 * applies the session's row changes to the `.lakar` database in one transaction. The `.lakar`
 * connection runs in rollback-journal mode with full sync, so the file stays self-contained and a
 * crash mid-save leaves the last saved state (the next open asks before rolling the journal back).
 * Every save first checks, inside its transaction, that the file holds only Lakar's own tables and
 * indexes: a trigger added to the file since it was opened can never run.
 */
import fs from 'node:fs';
import type BetterSqlite3 from 'better-sqlite3';
import type { RowChanges } from '../../shared/store/changes';
import type { JournalEntry, StorageAdapter } from '../../shared/store/session';
import { saveError, StoreError } from './errors';
import { displayName } from './format';
import type { RecoveryJournal } from './journal';
import { latestVersion, type Migration } from './migrations';
import { writeRowChanges } from '../../shared/lakar-file/rows';
import { checkSchema, distrustSchema } from './schema-check';

export interface AdapterOptions {
  appVersion: string;
  now: () => Date;
  /** The migrations of the schema the file must have (this build's). */
  migrations: readonly Migration[];
}

/** Journal and save for one project; `database` is null for a never-saved project. */
export class SqliteStorageAdapter implements StorageAdapter {
  /** Rows SQLite changed in the last save (meta bookkeeping included); for tests and benchmarks. */
  lastSaveRowsChanged = 0;
  /** Time of the last successful save. */
  lastSavedAt: string | null = null;
  /** Identity of the file when it was opened: a save must not go to a file that was since replaced. */
  private readonly identity: string | null;

  constructor(
    readonly file: string | null,
    readonly database: BetterSqlite3.Database | null,
    readonly journal: RecoveryJournal,
    private readonly options: AdapterOptions,
  ) {
    this.identity = file ? fileIdentity(file) : null;
  }

  async appendJournal(baseGeneration: number, entry: JournalEntry): Promise<void> {
    this.journal.append(baseGeneration, entry);
  }

  async clearJournal(baseGeneration: number): Promise<void> {
    this.journal.clear(baseGeneration);
  }

  async dropJournalAfter(baseGeneration: number, seq: number): Promise<void> {
    this.journal.dropAfter(baseGeneration, seq);
  }

  async writeChanges(changes: RowChanges, generation: number): Promise<void> {
    if (!this.database || !this.file) throw new Error('a never-saved project is saved with saveAs');
    // the open connection still writes to the old file if it was deleted or replaced: refuse
    if (fileIdentity(this.file) !== this.identity) throw new StoreError('fileGone', { file: displayName(this.file) });
    const savedAt = this.options.now().toISOString();
    try {
      const db = this.database;
      const { migrations } = this.options;
      const verify = () => checkSchema(db, latestVersion(migrations), displayName(this.file!), migrations);
      this.lastSaveRowsChanged = writeRowChanges(db, changes, { generation, appVersion: this.options.appVersion, savedAt }, verify);
    } catch (e) {
      throw saveError(e, displayName(this.file));
    }
    this.lastSavedAt = savedAt;
  }
}

/** Device and inode of `file`, or null when it does not exist. */
function fileIdentity(file: string): string | null {
  try {
    const st = fs.statSync(file, { bigint: true });
    return `${st.dev}:${st.ino}`;
  } catch {
    return null;
  }
}

/** Open the `.lakar` connection used for saving: rollback journal (self-contained file), full sync. */
export function configureProjectConnection(db: BetterSqlite3.Database): BetterSqlite3.Database {
  distrustSchema(db);
  db.pragma('busy_timeout = 5000');
  db.pragma('journal_mode = DELETE');
  db.pragma('synchronous = FULL');
  return db;
}
