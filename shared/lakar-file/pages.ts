/**
 * Which bytes of a `.lakar` file a save changed. The browser keeps the project's database in memory
 * and, after applying a save's rows, compares the new image with the one last written, page by
 * page: only the pages that differ are written into the file (in one atomic write of the browser),
 * as SQLite's own pager does on the desktop.
 */

/** A run of bytes to write at `offset`. */
export interface ByteRange {
  offset: number;
  data: Uint8Array;
}

/** What to write to turn the file holding `before` into `after`. */
export interface ImagePatch {
  ranges: ByteRange[];
  /** The file's new length (it may shrink or grow). */
  size: number;
  /** Bytes in `ranges`. */
  bytes: number;
}

function samePage(a: Uint8Array, b: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The pages of `after` that differ from `before` (`pageSize` bytes each), adjacent pages merged into
 * one range; pages past the end of `before` are all written. `data` are views into `after`.
 */
export function diffPages(before: Uint8Array, after: Uint8Array, pageSize: number): ImagePatch {
  if (!Number.isInteger(pageSize) || pageSize < 512) throw new Error(`bad page size ${pageSize}`);
  const ranges: ByteRange[] = [];
  let bytes = 0;
  let runStart = -1;
  const flush = (end: number) => {
    if (runStart < 0) return;
    ranges.push({ offset: runStart, data: after.subarray(runStart, end) });
    bytes += end - runStart;
    runStart = -1;
  };
  for (let start = 0; start < after.length; start += pageSize) {
    const end = Math.min(start + pageSize, after.length);
    const differs = end > before.length || !samePage(before, after, start, end);
    if (differs) {
      if (runStart < 0) runStart = start;
    } else {
      flush(start);
    }
  }
  flush(after.length);
  return { ranges, size: after.length, bytes };
}

/** `before` with `patch` applied: what the file holds after the write (for tests and checks). */
export function applyImagePatch(before: Uint8Array, patch: ImagePatch): Uint8Array {
  const out = new Uint8Array(patch.size);
  out.set(before.subarray(0, Math.min(before.length, patch.size)));
  for (const r of patch.ranges) out.set(r.data, r.offset);
  return out;
}
