/**
 * Real files in Chromium browsers (Chrome, Edge): the File System Access API's pickers and file
 * handles, behind `FileAccess` so the browser backend is tested with a double (file-access-double.ts)
 * and the end-to-end tests stub only the pickers. A handle stays usable for the page's life and can
 * be kept in IndexedDB (recent files); the browser asks the user again for permission when it
 * requires it (`ensurePermission`).
 */
import type { ImagePatch } from '../../../shared/lakar-file/pages';

/** A file chosen by the user (a `FileSystemFileHandle` in the app). */
export interface FileHandleLike {
  readonly kind: 'file';
  readonly name: string;
}

/** Size and time of a file as last seen: a save refuses a file changed since by someone else. */
export interface FileStamp {
  size: number;
  lastModified: number;
}

export type PermissionAnswer = 'granted' | 'denied' | 'prompt';

/** What the backend needs from the file system. */
export interface FileAccess {
  /** The browser has the File System Access pickers. */
  readonly supported: boolean;
  /** Ask for a `.lakar` file to open; null when cancelled. */
  pickOpen(): Promise<FileHandleLike | null>;
  /** Ask where to save a `.lakar` file; null when cancelled. */
  pickSave(suggestedName: string): Promise<FileHandleLike | null>;
  read(handle: FileHandleLike): Promise<{ bytes: Uint8Array; stamp: FileStamp }>;
  stat(handle: FileHandleLike): Promise<FileStamp>;
  /** Replace the file's content with `bytes` in one atomic write. */
  writeWhole(handle: FileHandleLike, bytes: Uint8Array): Promise<FileStamp>;
  /** Write the changed pages of a save in one atomic write (the rest of the file is kept). */
  writePatch(handle: FileHandleLike, patch: ImagePatch): Promise<FileStamp>;
  /** Read-write permission on `handle`; with `ask`, the browser may ask the user. */
  ensurePermission(handle: FileHandleLike, ask: boolean): Promise<PermissionAnswer>;
  isSame(a: FileHandleLike, b: FileHandleLike): Promise<boolean>;
}

/** The parts of the File System Access API used here (not yet in TypeScript's DOM library). */
interface FsaWritable {
  write(chunk: { type: 'write'; position: number; data: Uint8Array } | Uint8Array): Promise<void>;
  truncate(size: number): Promise<void>;
  close(): Promise<void>;
  abort(): Promise<void>;
}
interface FsaFileHandle extends FileHandleLike {
  getFile(): Promise<File>;
  createWritable(options?: { keepExistingData?: boolean }): Promise<FsaWritable>;
  queryPermission?(options: { mode: 'readwrite' }): Promise<PermissionAnswer>;
  requestPermission?(options: { mode: 'readwrite' }): Promise<PermissionAnswer>;
  isSameEntry(other: FileHandleLike): Promise<boolean>;
}
type PickerType = { description: string; accept: Record<string, string[]> };
interface FsaWindow {
  showOpenFilePicker?(options: { types: PickerType[]; excludeAcceptAllOption?: boolean; multiple?: boolean; id?: string }): Promise<FsaFileHandle[]>;
  showSaveFilePicker?(options: { types: PickerType[]; suggestedName?: string; id?: string }): Promise<FsaFileHandle>;
}

const LAKAR_TYPE: PickerType = { description: 'Lakar (.lakar)', accept: { 'application/vnd.sqlite3': ['.lakar'] } };

/** A picker the user closed: not an error. */
function cancelled(e: unknown): boolean {
  return (e as { name?: string } | null)?.name === 'AbortError';
}

function stampOf(file: File): FileStamp {
  return { size: file.size, lastModified: file.lastModified };
}

async function writeWith(handle: FsaFileHandle, keepExistingData: boolean, fill: (w: FsaWritable) => Promise<void>): Promise<FileStamp> {
  // the browser writes into a copy and swaps it in on close(): an abort leaves the file as it was
  const writable = await handle.createWritable({ keepExistingData });
  try {
    await fill(writable);
  } catch (e) {
    await writable.abort().catch(() => undefined);
    throw e;
  }
  await writable.close();
  return stampOf(await handle.getFile());
}

/** `FileAccess` over the browser's File System Access API (`supported` is false elsewhere). */
export function fileSystemAccess(win: Window = window): FileAccess {
  const w = win as unknown as FsaWindow;
  const supported = typeof w.showOpenFilePicker === 'function' && typeof w.showSaveFilePicker === 'function';
  const h = (handle: FileHandleLike) => handle as FsaFileHandle;
  return {
    supported,
    async pickOpen() {
      try {
        const [handle] = await w.showOpenFilePicker!({ types: [LAKAR_TYPE], excludeAcceptAllOption: false, multiple: false, id: 'lakar-projects' });
        return handle ?? null;
      } catch (e) {
        if (cancelled(e)) return null;
        throw e;
      }
    },
    async pickSave(suggestedName) {
      try {
        return await w.showSaveFilePicker!({ types: [LAKAR_TYPE], suggestedName, id: 'lakar-projects' });
      } catch (e) {
        if (cancelled(e)) return null;
        throw e;
      }
    },
    async read(handle) {
      const file = await h(handle).getFile();
      return { bytes: new Uint8Array(await file.arrayBuffer()), stamp: stampOf(file) };
    },
    async stat(handle) {
      return stampOf(await h(handle).getFile());
    },
    writeWhole: (handle, bytes) => writeWith(h(handle), false, (wr) => wr.write(bytes)),
    writePatch: (handle, patch) =>
      writeWith(h(handle), true, async (wr) => {
        for (const r of patch.ranges) await wr.write({ type: 'write', position: r.offset, data: r.data });
        await wr.truncate(patch.size);
      }),
    async ensurePermission(handle, ask) {
      const fh = h(handle);
      if (!fh.queryPermission) return 'granted';
      const now = await fh.queryPermission({ mode: 'readwrite' });
      if (now !== 'prompt' || !ask || !fh.requestPermission) return now;
      return fh.requestPermission({ mode: 'readwrite' });
    },
    isSame: (a, b) => h(a).isSameEntry(b),
  };
}
