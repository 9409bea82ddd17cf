/**
 * Projects kept in real `.lakar` files by the browser editions (File System Access): the same
 * `ProjectSession` as every other project, over `FileProjectAdapter`. Edits are journalled in the
 * origin's IndexedDB (the recovery copy, under the file's own id) until the next save; a save
 * applies only the changed rows to the file's database in the `.lakar` worker and writes only the
 * pages that changed, in one atomic write of the browser. A file changed by someone else since it
 * was read is not overwritten (the desktop's `fileGone`).
 */
import type { LakarDocument } from '../../../shared/model';
import type { RowChanges } from '../../../shared/store/changes';
import { ProjectSession, type JournalEntry, type StorageAdapter } from '../../../shared/store/session';
import { StoreError } from '../../../shared/lakar-file/errors';
import { latestVersion, MIGRATIONS } from '../../../shared/lakar-file/migrations';
import { UserError } from '../errors';
import type { LakarFileEngine } from '../../lakar-file/engine';
import type { LakarDb } from './db';
import { DexieAdapter, journalEntryOf } from './dexie-adapter';
import type { FileAccess, FileHandleLike, FileStamp } from './file-access';

/** What file projects need from the browser backend. */
export interface FileProjectDeps {
  db: LakarDb;
  files: FileAccess;
  engine: () => LakarFileEngine;
  appVersion: string;
  now: () => Date;
}

/** The journal key of a file's recovery copy: the file's own id, so it follows the file, not its name. */
export function fileJournalKey(fileId: string): string {
  return `file:${fileId}`;
}

async function writeOrFail<T>(name: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (e) {
    if (e instanceof UserError) throw e;
    const kind = (e as { name?: string } | null)?.name;
    if (kind === 'NotFoundError') throw new StoreError('fileGone', { file: name });
    if (kind === 'NotAllowedError' || kind === 'SecurityError') throw new UserError('lakarFile.permissionDenied', { file: name });
    throw new StoreError('saveFailed', { file: name, message: e instanceof Error ? e.message : String(e) });
  }
}

/** Journal in IndexedDB, saves into the `.lakar` file behind `handle`. */
export class FileProjectAdapter implements StorageAdapter {
  private readonly journal: DexieAdapter;
  lastSavedAt: string | null = null;

  constructor(
    private readonly deps: FileProjectDeps,
    /** Engine id of the file's open database (the recent-file key). */
    readonly engineId: string,
    readonly fileId: string,
    readonly handle: FileHandleLike,
    /** The file as last read or written. */
    private stamp: FileStamp,
  ) {
    this.journal = new DexieAdapter(deps.db, fileJournalKey(fileId), handle.name);
  }

  get name(): string {
    return this.handle.name;
  }

  appendJournal(baseGeneration: number, entry: JournalEntry): Promise<void> {
    return this.journal.appendJournal(baseGeneration, entry);
  }

  clearJournal(baseGeneration: number): Promise<void> {
    return this.journal.clearJournal(baseGeneration);
  }

  dropJournalAfter(baseGeneration: number, seq: number): Promise<void> {
    return this.journal.dropJournalAfter(baseGeneration, seq);
  }

  async writeChanges(changes: RowChanges, generation: number): Promise<void> {
    const { files, engine, appVersion, now } = this.deps;
    const name = this.name;
    if ((await files.ensurePermission(this.handle, true)) !== 'granted') throw new UserError('lakarFile.permissionDenied', { file: name });
    const current = await writeOrFail(name, () => files.stat(this.handle));
    // the open database is a copy of what was read: writing its pages into a changed file would mix two files
    if (current.size !== this.stamp.size || current.lastModified !== this.stamp.lastModified) throw new StoreError('fileGone', { file: name });
    const savedAt = now().toISOString();
    const { patch } = await engine().save({ id: this.engineId, name, changes, stamp: { generation, appVersion, savedAt } });
    this.stamp = await writeOrFail(name, () => files.writePatch(this.handle, patch));
    await engine().written({ id: this.engineId });
    this.lastSavedAt = savedAt;
  }
}

/** The recovery journal kept for a file, if any. */
async function readJournal(db: LakarDb, key: string): Promise<{ baseGeneration: number; entries: JournalEntry[] } | null> {
  const head = await db.journals.get(key);
  if (!head) return null;
  const rows = await db.journal.where('projectId').equals(key).sortBy('seq');
  return { baseGeneration: head.baseGeneration, entries: rows.map(journalEntryOf) };
}

/** A file project ready for the backend's table of open projects. */
export interface OpenFileProject {
  session: ProjectSession;
  adapter: FileProjectAdapter;
  /** The file came from an older Lakar: it is saved under a new name (Save As) so the original stays as it was. */
  mustSaveAs: boolean;
  savedAt: string | null;
}

/** Read, check and open the `.lakar` file behind `handle`; refusals carry the desktop's messages. */
export async function openFileProject(deps: FileProjectDeps, engineId: string, handle: FileHandleLike): Promise<OpenFileProject> {
  const { bytes, stamp } = await deps.files.read(handle).catch((e: unknown) => {
    if ((e as { name?: string } | null)?.name === 'NotFoundError') throw new StoreError('notFound', { file: handle.name });
    throw new StoreError('readFailed', { file: handle.name, message: e instanceof Error ? e.message : String(e) });
  });
  const loaded = await deps.engine().open({ id: engineId, name: handle.name, bytes });
  const adapter = new FileProjectAdapter(deps, engineId, loaded.fileId, handle, stamp);
  adapter.lastSavedAt = loaded.savedAt;
  const journal = await readJournal(deps.db, fileJournalKey(loaded.fileId));
  const session = ProjectSession.open({ doc: loaded.doc, generation: loaded.generation, journal }, adapter);
  return { session, adapter, mustSaveAs: loaded.fileVersion < latestVersion(MIGRATIONS), savedAt: loaded.savedAt };
}

/** Write `doc` as a complete new `.lakar` file behind `handle` and continue editing there. */
export async function createFileProject(deps: FileProjectDeps, engineId: string, handle: FileHandleLike, doc: LakarDocument): Promise<OpenFileProject & { rowsWritten: number }> {
  const fileId = crypto.randomUUID();
  const savedAt = deps.now().toISOString();
  if ((await deps.files.ensurePermission(handle, true)) !== 'granted') throw new UserError('lakarFile.permissionDenied', { file: handle.name });
  const { bytes, rowsWritten } = await deps.engine().create({ id: engineId, doc, stamp: { fileId, appVersion: deps.appVersion, savedAt } });
  const stamp = await writeOrFail(handle.name, () => deps.files.writeWhole(handle, bytes));
  const adapter = new FileProjectAdapter(deps, engineId, fileId, handle, stamp);
  adapter.lastSavedAt = savedAt;
  const session = ProjectSession.open({ doc, generation: 1, journal: null }, adapter);
  return { session, adapter, mustSaveAs: false, savedAt, rowsWritten };
}

/** The bytes of a complete `.lakar` file holding `doc` (downloads, backups). */
export async function lakarFileBytes(deps: Pick<FileProjectDeps, 'engine' | 'appVersion' | 'now'>, doc: LakarDocument): Promise<Uint8Array> {
  const { bytes } = await deps.engine().create({ doc, stamp: { fileId: crypto.randomUUID(), appVersion: deps.appVersion, savedAt: deps.now().toISOString() } });
  return bytes;
}
