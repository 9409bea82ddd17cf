/**
 * Opening, creating and saving `.lakar` projects.
 *  - A file is checked before anything can change it: foreign, too-new, corrupt (quick_check and the
 *    key indexes, shared/lakar-file/storage-check.ts),
 *    holding SQL objects Lakar did not make (schema-check.ts), too large (shared/model/limits.ts) or
 *    invalid (zod) files are refused with a StoreError and left byte-identical, side files included:
 *    reading never creates, changes or deletes anything beside the file (side-files.ts).
 *  - A file with an interrupted save (hot journal) or changed by another SQLite tool is not opened
 *    for editing in place: the user is asked, and `recoverIntoCopy` (recover-copy.ts) makes a copy.
 *  - An older file is validated on an in-memory copy first, then backed up (`<name>.v<N>.bak.lakar`)
 *    and migrated in one transaction.
 *  - New files and Save As copies are written completely under a temporary name in the target's
 *    folder, flushed, then renamed: the source and any existing target are never half-written.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type BetterSqlite3 from 'better-sqlite3';
import { UserError } from '../../shared/ipc/errors';
import { exceededLimit, type LakarDocument } from '../../shared/model';
import { changeSize, fullChanges } from '../../shared/store/changes';
import { ProjectSession } from '../../shared/store/session';
import { configureProjectConnection, SqliteStorageAdapter } from './adapter';
import { readError, saveError, sqliteCode, StoreError } from './errors';
import { commitTempFileSync, sweepTempFiles, tempPathBeside } from './files';
import { displayName, inspectProject, LAKAR_APPLICATION_ID } from './format';
import { checkSchema, distrustSchema } from './schema-check';
import { editBlocker, needsPrivateCopy, sideFilesOf, withPrivateCopy } from './side-files';
import { journalFileForDraft, journalFileForProject, RecoveryJournal } from './journal';
import { latestVersion, MIGRATIONS, runMigrations, type Migration } from './migrations';
import { loadRows, writeRowChanges, type LoadedRows } from '../../shared/lakar-file/rows';
import { checkStorage } from '../../shared/lakar-file/storage-check';
import { APP_VERSION } from './version';

/** Options shared by the store functions. */
export interface StoreOptions {
  /** Folder of the recovery journals (the app's user-data `recovery/`). */
  recoveryDir: string;
  /** Version recorded in saved files; defaults to this build's. */
  appVersion?: string;
  now?: () => Date;
  /** Migrations to apply (tests pass extra ones); defaults to all of this build's. */
  migrations?: readonly Migration[];
}

/** What opening a file found. */
export interface OpenInfo {
  /** Schema version of the file as found on disk. */
  fileVersion: number;
  /** Set when the file was migrated: the backup copy of the original. */
  backupPath?: string;
  savedAt: string | null;
  /** Lakar version that last saved the file. */
  appVersion: string | null;
}

/** A project open for editing: its session plus the storage behind it. */
export class LakarProject {
  constructor(
    readonly session: ProjectSession,
    /** Absolute path of the `.lakar` file; null for a never-saved project. */
    readonly path: string | null,
    /** Id of a never-saved project's journal; null once saved. */
    readonly draftId: string | null,
    readonly adapter: SqliteStorageAdapter,
    readonly info: OpenInfo,
  ) {}

  /** The `.lakar` connection (null for a never-saved project); for tests and diagnostics. */
  get database(): BetterSqlite3.Database | null {
    return this.adapter.database;
  }

  /**
   * Release the file. `keepRecovery: true` keeps the journal so unsaved edits are offered at the
   * next open (window lost, app quitting abnormally); false deletes it (the user chose to close).
   */
  close(options: { keepRecovery: boolean }): void {
    this.adapter.database?.close();
    if (options.keepRecovery) this.adapter.journal.close();
    else this.adapter.journal.remove();
  }
}

/** A document read from a file without opening it for editing. */
export interface ReadDocument extends LoadedRows {
  fileVersion: number;
  /**
   * What was found beside the file and read around, never changed: `interruptedSave` (a hot
   * journal: the last saved state was read), `walMode` (another SQLite tool left it in WAL mode).
   */
  notes: ('interruptedSave' | 'walMode')[];
}

function supported(options: { migrations?: readonly Migration[] }): number {
  return latestVersion(options.migrations ?? MIGRATIONS);
}

/** Refuse a project whose row counts pass the documented limits, before loading any row. */
function checkCounts(db: BetterSqlite3.Database, name: string): void {
  const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  const over = exceededLimit({ elements: count('elements'), relations: count('relations'), views: count('views') });
  if (over) throw new UserError(`limit.${over.limit}`, { file: name, count: over.count, max: over.max });
}

/**
 * Check and load `source` (the user's file, or a private settled copy of it) without changing it;
 * older files are migrated in memory only. Messages name the user's file `name`.
 */
function loadChecked(source: string, name: string, migrations: readonly Migration[]): Omit<ReadDocument, 'notes'> {
  const target = latestVersion(migrations);
  // read again: rolling back an interrupted migration in a copy gives back the older version
  const fileVersion = inspectProject(source, target).version;
  let db: BetterSqlite3.Database | null = null;
  try {
    db = distrustSchema(fileVersion === target ? new Database(source, { readonly: true, fileMustExist: true }) : new Database(fs.readFileSync(source)));
    checkSchema(db, fileVersion, name, migrations);
    checkStorage(db, name);
    checkCounts(db, name);
    if (fileVersion < target) {
      try {
        runMigrations(db, fileVersion, migrations);
      } catch (e) {
        throw new StoreError('migrationFailed', { file: name, from: fileVersion, to: target, message: e instanceof Error ? e.message : String(e) });
      }
    }
    return { ...loadRows(db, name), fileVersion };
  } catch (e) {
    if (!(e instanceof StoreError) && sqliteCode(e) === 'SQLITE_ERROR') {
      throw new StoreError('invalidContent', { file: name, where: 'schema', message: e instanceof Error ? e.message : String(e) });
    }
    throw readError(e, name);
  } finally {
    db?.close();
  }
}

/** Check and load `file` without changing it or anything beside it. */
function validateFile(file: string, migrations: readonly Migration[]): ReadDocument {
  const name = displayName(file);
  const { wal } = inspectProject(file, latestVersion(migrations));
  const side = sideFilesOf(file);
  const notes: ReadDocument['notes'] = [];
  if (side.journal === 'hot') notes.push('interruptedSave');
  if (wal || side.wal) notes.push('walMode');
  if (!needsPrivateCopy(side, wal)) return { ...loadChecked(file, name, migrations), notes };
  try {
    return { ...withPrivateCopy(file, (copy) => loadChecked(copy, name, migrations)), notes };
  } catch (e) {
    throw readError(e, name);
  }
}

/** A free backup name `<stem>.v<N>.bak.lakar` beside `file`. */
export function backupPathFor(file: string, version: number): string {
  const dir = path.dirname(file);
  const stem = path.basename(file).replace(/\.lakar$/i, '');
  for (let i = 1; ; i++) {
    const candidate = path.join(dir, `${stem}.v${version}.bak${i === 1 ? '' : `-${i}`}.lakar`);
    if (!fs.existsSync(candidate)) return candidate;
  }
}

/** Back up then migrate an older file in place (one transaction); returns the backup path. */
function backupAndMigrate(file: string, fileVersion: number, migrations: readonly Migration[]): string {
  const name = displayName(file);
  const backup = backupPathFor(file, fileVersion);
  // copied under a temporary name first: a kill mid-copy leaves no half backup under a real name
  const temp = tempPathBeside(backup);
  try {
    fs.copyFileSync(file, temp, fs.constants.COPYFILE_EXCL);
    commitTempFileSync(temp, backup);
  } catch (e) {
    fs.rmSync(temp, { force: true });
    throw new StoreError('backupFailed', { file: displayName(backup), message: e instanceof Error ? e.message : String(e) });
  }
  const db = configureProjectConnection(new Database(file, { fileMustExist: true }));
  try {
    runMigrations(db, fileVersion, migrations);
  } catch (e) {
    throw new StoreError('migrationFailed', { file: name, from: fileVersion, to: latestVersion(migrations), message: e instanceof Error ? e.message : String(e) });
  } finally {
    db.close();
  }
  return backup;
}

function adapterOptions(options: StoreOptions) {
  return { appVersion: options.appVersion ?? APP_VERSION, now: options.now ?? (() => new Date()), migrations: options.migrations ?? MIGRATIONS };
}

/** The read-write connection of a project being edited, checked again now that it is open. */
function openForEditing(file: string, migrations: readonly Migration[]): BetterSqlite3.Database {
  let db: BetterSqlite3.Database | null = null;
  try {
    db = configureProjectConnection(new Database(file, { fileMustExist: true }));
    checkSchema(db, latestVersion(migrations), displayName(file), migrations);
    return db;
  } catch (e) {
    db?.close();
    throw readError(e, displayName(file));
  }
}

/**
 * Open `file` for editing. A recovery journal of this very file and generation becomes the
 * session's pending recovery (`session.recovery`); a journal of another file is deleted.
 */
export async function openProject(file: string, options: StoreOptions): Promise<LakarProject> {
  const abs = path.resolve(file);
  const migrations = options.migrations ?? MIGRATIONS;
  sweepTempFiles(path.dirname(abs));
  // SQLite would roll a hot journal back in place, or turn side files into its own: ask first
  const blocker = editBlocker(sideFilesOf(abs), inspectProject(abs, latestVersion(migrations)).wal);
  if (blocker) throw new StoreError(blocker, { file: displayName(abs) });
  const loaded = validateFile(abs, migrations);
  const backupPath = loaded.fileVersion < supported(options) ? backupAndMigrate(abs, loaded.fileVersion, migrations) : undefined;
  const db = openForEditing(abs, migrations);
  const journal = new RecoveryJournal(journalFileForProject(options.recoveryDir, abs), { fileId: loaded.fileId });
  let found = journal.read();
  if (found && found.fileId !== loaded.fileId) {
    journal.remove(); // left by another file that once had this name
    found = null;
  }
  const adapter = new SqliteStorageAdapter(abs, db, journal, adapterOptions(options));
  const session = ProjectSession.open(
    { doc: loaded.doc, generation: loaded.generation, journal: found ? { baseGeneration: found.baseGeneration, entries: found.entries } : null },
    adapter,
  );
  return new LakarProject(session, abs, null, adapter, { fileVersion: loaded.fileVersion, backupPath, savedAt: loaded.savedAt, appVersion: loaded.appVersion });
}

/** Read `file`'s document without opening it for editing (CLI, previews); never writes the file. */
export async function readProjectDocument(file: string, options: { migrations?: readonly Migration[] } = {}): Promise<ReadDocument> {
  return validateFile(path.resolve(file), options.migrations ?? MIGRATIONS);
}

/**
 * Write `doc` as a complete new `.lakar` file at `file` (temp file, fsync, rename). Refuses an
 * existing file unless `overwrite`. Returns the rows written and the new file's id.
 */
export function writeProjectFile(
  file: string,
  doc: LakarDocument,
  options: { overwrite?: boolean; appVersion?: string; now?: () => Date; migrations?: readonly Migration[] } = {},
): { rowsWritten: number; fileId: string; savedAt: string } {
  const abs = path.resolve(file);
  if (!options.overwrite && fs.existsSync(abs)) throw new StoreError('exists', { file: displayName(abs) });
  if (!fs.existsSync(path.dirname(abs))) throw new StoreError('folderMissing', { file: displayName(abs), folder: path.dirname(abs) });
  sweepTempFiles(path.dirname(abs));
  const temp = tempPathBeside(abs);
  const fileId = crypto.randomUUID();
  const savedAt = (options.now ?? (() => new Date()))().toISOString();
  const changes = fullChanges(doc);
  try {
    const db = new Database(temp);
    try {
      // the temp file is discarded on any failure, so it needs no rollback journal
      db.pragma('journal_mode = OFF');
      db.pragma('synchronous = OFF');
      runMigrations(db, 0, options.migrations ?? MIGRATIONS);
      writeRowChanges(db, changes, { generation: 1, appVersion: options.appVersion ?? APP_VERSION, savedAt, fileId });
      db.pragma(`application_id = ${LAKAR_APPLICATION_ID}`);
    } finally {
      db.close();
    }
    commitTempFileSync(temp, abs);
  } catch (e) {
    fs.rmSync(temp, { force: true });
    throw saveError(e, displayName(abs));
  }
  return { rowsWritten: changeSize(changes), fileId, savedAt };
}

/** Create a new project file holding `doc` (refuses to replace an existing file unless `overwrite`). */
export async function createProject(file: string, doc: LakarDocument, options: { overwrite?: boolean; appVersion?: string; migrations?: readonly Migration[] } = {}): Promise<void> {
  writeProjectFile(file, doc, options);
}

/** A new never-saved project: its edits are journalled under `draftId` until the first Save As. */
export function newDraftProject(doc: LakarDocument, options: StoreOptions & { draftId?: string }): LakarProject {
  const draftId = options.draftId ?? crypto.randomUUID();
  const journal = new RecoveryJournal(journalFileForDraft(options.recoveryDir, draftId), { draftDoc: doc });
  const adapter = new SqliteStorageAdapter(null, null, journal, adapterOptions(options));
  const session = ProjectSession.open({ doc, generation: 0, journal: null }, adapter, { neverSaved: true });
  return new LakarProject(session, null, draftId, adapter, { fileVersion: 0, savedAt: null, appVersion: null });
}

/** Reopen a never-saved project left in the recovery folder; its edits become the pending recovery. */
export function openDraftProject(draftId: string, options: StoreOptions): LakarProject {
  const file = journalFileForDraft(options.recoveryDir, draftId);
  const journal = new RecoveryJournal(file, null);
  const found = journal.read();
  if (!found?.draftDoc) {
    journal.close();
    throw new StoreError('notFound', { file: draftId });
  }
  const adapter = new SqliteStorageAdapter(null, null, journal, adapterOptions(options));
  const session = ProjectSession.open({ doc: found.draftDoc, generation: 0, journal: { baseGeneration: found.baseGeneration, entries: found.entries } }, adapter, {
    neverSaved: true,
  });
  return new LakarProject(session, null, draftId, adapter, { fileVersion: 0, savedAt: null, appVersion: null });
}

function samePath(a: string, b: string): boolean {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    return fs.realpathSync.native(a) === fs.realpathSync.native(b);
  } catch {
    return false;
  }
}

/**
 * Save the project's current document under `file` and continue editing there. The copy is
 * written completely before it replaces anything; the original file keeps its last saved state
 * and its journal is dropped (the unsaved edits now live in the copy). Saving as the project's own
 * path is a plain Save. The old `project` must not be used afterwards.
 */
export async function saveAs(project: LakarProject, file: string, options: StoreOptions): Promise<{ project: LakarProject; rowsWritten: number }> {
  const abs = path.resolve(file);
  if (project.path && samePath(project.path, abs)) return { project, rowsWritten: await project.session.save() };
  const doc = project.session.doc;
  const written = writeProjectFile(abs, doc, { ...options, overwrite: true });
  // a journal left at this path by an earlier file must not be offered for the new one
  new RecoveryJournal(journalFileForProject(options.recoveryDir, abs), { fileId: written.fileId }).remove();
  project.close({ keepRecovery: false });
  const db = openForEditing(abs, options.migrations ?? MIGRATIONS);
  const journal = new RecoveryJournal(journalFileForProject(options.recoveryDir, abs), { fileId: written.fileId });
  const adapter = new SqliteStorageAdapter(abs, db, journal, adapterOptions(options));
  adapter.lastSavedAt = written.savedAt;
  const session = ProjectSession.open({ doc, generation: 1, journal: null }, adapter);
  const info: OpenInfo = { fileVersion: supported(options), savedAt: written.savedAt, appVersion: options.appVersion ?? APP_VERSION };
  return { project: new LakarProject(session, abs, null, adapter, info), rowsWritten: written.rowsWritten };
}
