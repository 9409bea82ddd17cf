/**
 * Recent `.lakar` files of the browser edition, remembered as file handles (the browser keeps a
 * handle in IndexedDB; opening it later may need the user's permission again). A database of its
 * own, so the project store's schema (db.ts) is not touched. The single-file edition remembers them
 * for the page's life only (memoryFileHandles): on `file://` every local page shares the storage.
 */
import { Dexie, type Table } from 'dexie';
import type { FileHandleLike } from './file-access';

/** One remembered file. */
export interface RecentFile {
  /** Our key for it (`ref` is `file:<key>`). */
  key: string;
  name: string;
  handle: FileHandleLike;
  openedAt: string;
}

export interface FileHandleStore {
  list(): Promise<RecentFile[]>;
  get(key: string): Promise<RecentFile | undefined>;
  put(entry: RecentFile): Promise<void>;
  remove(key: string): Promise<void>;
}

class HandlesDb extends Dexie {
  recent!: Table<RecentFile, string>;
  constructor(options?: ConstructorParameters<typeof Dexie>[1]) {
    super('lakar-files', options);
    this.version(1).stores({ recent: 'key, openedAt' });
  }
}

/** Recent files kept in IndexedDB (served browser edition). */
export function indexedDbFileHandles(options?: ConstructorParameters<typeof Dexie>[1]): FileHandleStore {
  const db = new HandlesDb(options);
  return {
    list: () => db.recent.orderBy('openedAt').reverse().toArray(),
    get: (key) => db.recent.get(key),
    put: async (entry) => void (await db.recent.put(entry)),
    remove: (key) => db.recent.delete(key),
  };
}

/** Recent files for this page only (single-file edition, tests). */
export function memoryFileHandles(): FileHandleStore {
  const m = new Map<string, RecentFile>();
  return {
    list: async () => [...m.values()].sort((a, b) => b.openedAt.localeCompare(a.openedAt)),
    get: async (key) => m.get(key),
    put: async (entry) => void m.set(entry.key, entry),
    remove: async (key) => void m.delete(key),
  };
}
