/**
 * The browser editions' `.lakar` engine: SQLite (WebAssembly) work on project files, run in a
 * worker (lakar-file.worker.ts) so a 10,000-element file never blocks the page. Each open project
 * is an in-memory database holding a copy of its file; a save applies only the changed rows with
 * the desktop's own code (shared/lakar-file/rows.ts) and hands back only the pages that changed
 * since the image last written. The page writes the bytes (file-access.ts): the engine never sees
 * a file handle.
 */
import type { Sqlite3Static } from '@sqlite.org/sqlite-wasm';
import type { LakarDocument } from '../../shared/model';
import type { RowChanges } from '../../shared/store/changes';
import { checkAndLoad, writeNewProject, type CheckedProject } from '../../shared/lakar-file/project-db';
import { checkProjectHeader, parseSqliteHeader, SQLITE_HEADER_SIZE } from '../../shared/lakar-file/header';
import { databaseSaveError, StoreError } from '../../shared/lakar-file/errors';
import { latestVersion, MIGRATIONS } from '../../shared/lakar-file/migrations';
import { writeRowChanges, type SaveStamp } from '../../shared/lakar-file/rows';
import { checkSchema, distrustSchema } from '../../shared/lakar-file/schema-check';
import { diffPages, type ImagePatch } from '../../shared/lakar-file/pages';
import { WasmDatabase } from './wasm-driver';

/** The bookkeeping of a file the engine made. */
export interface NewFileInfo {
  fileId: string;
  appVersion: string;
  savedAt: string;
}

/** What the engine does; the same calls run in the worker or, in tests, in-process. */
export interface LakarFileEngine {
  /** Check and load the bytes of a `.lakar` file; with `keep`, the project stays open as `id` for saving. */
  open(args: { id?: string; name: string; bytes: Uint8Array }): Promise<CheckedProject>;
  /** A complete new file holding `doc`; with `id`, it stays open as that project for saving. */
  create(args: { id?: string; doc: LakarDocument; stamp: NewFileInfo }): Promise<{ bytes: Uint8Array; rowsWritten: number }>;
  /** Apply a save's rows to open project `id`; returns the pages to write (not yet counted as written). */
  save(args: { id: string; name: string; changes: RowChanges; stamp: SaveStamp }): Promise<{ patch: ImagePatch; rowsChanged: number }>;
  /** The last `save` of `id` reached the file: later saves are compared with it. */
  written(args: { id: string }): Promise<void>;
  close(args: { id: string }): Promise<void>;
}

interface OpenProject {
  db: WasmDatabase;
  /** Bytes of the file as last read or written. */
  image: Uint8Array;
  /** Image of a save not yet reported written. */
  pending: Uint8Array | null;
}

/** The engine over an initialised sqlite-wasm module. */
export function createEngine(sqlite3: Sqlite3Static): LakarFileEngine {
  const open = new Map<string, OpenProject>();
  const supported = latestVersion(MIGRATIONS);
  // the schema check builds the schema Lakar expects in one of these
  const openMemory = () => WasmDatabase.memory(sqlite3);

  function project(id: string, name: string): OpenProject {
    const p = open.get(id);
    if (!p) throw new StoreError('fileGone', { file: name });
    return p;
  }

  function keep(id: string | undefined, db: WasmDatabase, image: Uint8Array): void {
    if (!id) return void db.close();
    open.get(id)?.db.close();
    open.set(id, { db, image, pending: null });
  }

  return {
    async open({ id, name, bytes }) {
      const fileVersion = checkProjectHeader(bytes.subarray(0, SQLITE_HEADER_SIZE), supported, name);
      // a copy: the caller's bytes (the file as read) are never changed
      const image = bytes.slice();
      let db: WasmDatabase;
      try {
        db = WasmDatabase.fromBytes(sqlite3, image);
      } catch (e) {
        throw new StoreError('corrupt', { file: name, detail: e instanceof Error ? e.message : String(e) });
      }
      try {
        // nothing the file brings may run: no functions or virtual tables from its schema, and a
        // trigger, view or table Lakar did not make refuses the file (checkAndLoad's schema check)
        distrustSchema(db);
        const loaded = checkAndLoad(db, fileVersion, name, openMemory);
        // an older file is brought up to date in the copy only; its first save writes it whole
        keep(id, db, fileVersion < supported ? new Uint8Array(0) : image);
        return loaded;
      } catch (e) {
        db.close();
        throw e;
      }
    },

    async create({ id, doc, stamp }) {
      const db = WasmDatabase.memory(sqlite3);
      try {
        const rowsWritten = writeNewProject(db, doc, stamp);
        const bytes = db.export();
        keep(id, db, bytes);
        return { bytes, rowsWritten };
      } catch (e) {
        db.close();
        throw databaseSaveError(e, stamp.fileId);
      }
    },

    async save({ id, name, changes, stamp }) {
      const p = project(id, name);
      let rowsChanged: number;
      try {
        // as on the desktop, the schema is checked again inside the save's transaction
        const verify = () => checkSchema(p.db, supported, name, openMemory);
        rowsChanged = writeRowChanges(p.db, changes, stamp, verify);
      } catch (e) {
        throw databaseSaveError(e, name);
      }
      const next = p.db.export();
      const pageSize = parseSqliteHeader(next)?.pageSize ?? 4096;
      p.pending = next;
      return { patch: diffPages(p.image, next, pageSize), rowsChanged };
    },

    async written({ id }) {
      const p = open.get(id);
      if (p?.pending) {
        p.image = p.pending;
        p.pending = null;
      }
    },

    async close({ id }) {
      open.get(id)?.db.close();
      open.delete(id);
    },
  };
}
