/**
 * Durable, atomic file replacement: write a temporary file in the target's folder, flush it to
 * disk, then rename it over the target and flush the folder. A crash at any point leaves either
 * the old file or the complete new one, never a partial file under the user's name.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';

/** A fresh hidden temporary path beside `target` (same folder, so the rename stays atomic). */
export function tempPathBeside(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${crypto.randomBytes(6).toString('hex')}.tmp`);
}

/** Flush `file`'s contents to disk. */
export function fsyncFileSync(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Flush a folder so a rename in it survives power loss (not possible on Windows: skipped there). */
export function fsyncDirSync(dir: string): void {
  if (process.platform === 'win32') return;
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // some file systems refuse fsync on folders; the rename itself is still atomic
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Move a complete temporary file into place and make the rename durable. */
export function commitTempFileSync(temp: string, target: string): void {
  fsyncFileSync(temp);
  fs.renameSync(temp, target);
  fsyncDirSync(path.dirname(target));
}

/** Write `data` to `target` atomically (temp file, fsync, rename); the temp file is removed on failure. */
export async function writeFileAtomic(target: string, data: Uint8Array | string): Promise<void> {
  const temp = tempPathBeside(target);
  try {
    const fh = await fsp.open(temp, 'wx');
    try {
      await fh.writeFile(data);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await fsp.rename(temp, target);
    fsyncDirSync(path.dirname(target));
  } catch (e) {
    await fsp.rm(temp, { force: true });
    throw e;
  }
}

/** Synchronous `writeFileAtomic`, for small files (settings, recent list). */
export function writeFileAtomicSync(target: string, data: Uint8Array | string): void {
  const temp = tempPathBeside(target);
  try {
    fs.writeFileSync(temp, data, { flag: 'wx' });
    commitTempFileSync(temp, target);
  } catch (e) {
    fs.rmSync(temp, { force: true });
    throw e;
  }
}
