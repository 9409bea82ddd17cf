/**
 * A `FileAccess` test double: files in a Map, pickers answered from a queue, permissions set by the
 * test. Writes are atomic as the browser's are (a failing write leaves the old bytes).
 */
import { applyImagePatch } from '../../../shared/lakar-file/pages';
import type { FileAccess, FileHandleLike, FileStamp, PermissionAnswer } from './file-access';

export interface MemoryFileHandle extends FileHandleLike {
  readonly path: string;
}

/** The double and the controls a test uses. */
export interface MemoryFiles extends FileAccess {
  files: Map<string, Uint8Array>;
  /** Paths the next pickers return (null: the user cancels). */
  nextOpen: (string | null)[];
  nextSave: (string | null)[];
  /** Permission answers per path (default granted); `asked` counts requests that could prompt. */
  permission: Map<string, PermissionAnswer>;
  asked: string[];
  /** Make the next write to a path fail (disk full…). */
  failNextWrite: Set<string>;
  handle(path: string): MemoryFileHandle;
  writes: { path: string; bytes: number }[];
}

/** A fresh double; `supported` false stands for a browser without the pickers. */
export function memoryFiles(supported = true): MemoryFiles {
  const files = new Map<string, Uint8Array>();
  const times = new Map<string, number>();
  let clock = 1_000;
  const handle = (path: string): MemoryFileHandle => ({ kind: 'file', name: path.split('/').pop() ?? path, path });
  const p = (x: FileHandleLike) => (x as MemoryFileHandle).path;
  const stamp = (path: string): FileStamp => {
    const bytes = files.get(path);
    if (!bytes) throw Object.assign(new Error(`${path} not found`), { name: 'NotFoundError' });
    return { size: bytes.length, lastModified: times.get(path) ?? 0 };
  };
  const double: MemoryFiles = {
    supported,
    files,
    nextOpen: [],
    nextSave: [],
    permission: new Map(),
    asked: [],
    failNextWrite: new Set(),
    writes: [],
    handle,
    async pickOpen() {
      const path = double.nextOpen.shift();
      return path ? handle(path) : null;
    },
    async pickSave() {
      const path = double.nextSave.shift();
      return path ? handle(path) : null;
    },
    async read(h) {
      return { bytes: files.get(p(h))?.slice() ?? new Uint8Array(stamp(p(h)).size), stamp: stamp(p(h)) };
    },
    async stat(h) {
      return stamp(p(h));
    },
    async writeWhole(h, bytes) {
      const path = p(h);
      if (double.failNextWrite.delete(path)) throw Object.assign(new Error('disk full'), { name: 'QuotaExceededError' });
      files.set(path, bytes.slice());
      times.set(path, ++clock);
      double.writes.push({ path, bytes: bytes.length });
      return stamp(path);
    },
    async writePatch(h, patch) {
      const path = p(h);
      if (double.failNextWrite.delete(path)) throw Object.assign(new Error('disk full'), { name: 'QuotaExceededError' });
      files.set(path, applyImagePatch(files.get(path) ?? new Uint8Array(0), patch));
      times.set(path, ++clock);
      double.writes.push({ path, bytes: patch.bytes });
      return stamp(path);
    },
    async ensurePermission(h, ask) {
      const now = double.permission.get(p(h)) ?? 'granted';
      if (now !== 'prompt' || !ask) return now;
      double.asked.push(p(h));
      const answer = double.permission.get(`${p(h)}#answer`) ?? 'granted';
      double.permission.set(p(h), answer);
      return answer;
    },
    async isSame(a, b) {
      return p(a) === p(b);
    },
  };
  return double;
}
