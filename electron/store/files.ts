/**
 * Durable, atomic file replacement: write a temporary file in the target's folder, flush it to
 * disk, then rename it over the target and flush the folder. A crash at any point leaves either
 * the old file or the complete new one, never a partial file under the user's name.
 *
 * Temporary files have a recognisable name, `.<target name>.<pid>-<random>.lakar-tmp`: a failed
 * write removes its own, and one left by a killed process is removed by the next Lakar that writes
 * or opens a project in that folder, or starts with it in its recent list (`sweepTempFiles`).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';

/** The ending of every temporary file Lakar writes beside a user's file. */
export const TEMP_SUFFIX = '.lakar-tmp';
/** `.<name>.<pid>-<hex>.lakar-tmp`, optionally with an SQLite side-file ending (a copy being recovered). */
const TEMP_NAME = /^\..+\.(\d+)-[0-9a-f]+\.lakar-tmp(?:-journal|-wal|-shm)?$/;
/** When this process started: a temporary file with its id but older than that was left by an earlier process. */
const PROCESS_START_MS = Date.now() - process.uptime() * 1000;

let tempObserver: ((temp: string) => void) | null = null;

/**
 * Call `observer` with every temporary path before it is created (the CLI's supervisor records them
 * so it can remove them if the process is killed half-way). Null stops observing.
 */
export function observeTempFiles(observer: ((temp: string) => void) | null): void {
  tempObserver = observer;
}

/** A fresh hidden temporary path beside `target` (same folder, so the rename stays atomic). */
export function tempPathBeside(target: string): string {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}-${crypto.randomBytes(4).toString('hex')}${TEMP_SUFFIX}`);
  tempObserver?.(temp);
  return temp;
}

/** The id of the process that wrote temporary file `name`, or null when `name` is not one of ours. */
export function tempFileWriter(name: string): number | null {
  const m = TEMP_NAME.exec(name);
  return m ? Number(m[1]) : null;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists but belongs to someone else
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Remove Lakar's temporary files (and folders of a multi-file export) left in `dir` by interrupted writes: those whose writer is no
 * longer running, and this process's own only when older than it (an earlier process had the same
 * id). A temporary file of a Lakar still at work (another process, or a write of this one in
 * progress) is left alone. Returns the names removed; never throws.
 */
export function sweepTempFiles(dir: string): string[] {
  const key = path.resolve(dir);
  const removed: string[] = [];
  let names: string[];
  try {
    names = fs.readdirSync(key);
  } catch {
    return removed;
  }
  for (const name of names) {
    const pid = tempFileWriter(name);
    if (pid === null) continue;
    const file = path.join(key, name);
    try {
      const st = fs.lstatSync(file);
      // a folder is the CLI's multi-file export being assembled; a link is never ours
      if (!st.isFile() && !st.isDirectory()) continue;
      if (pid === process.pid ? st.mtimeMs >= PROCESS_START_MS : processAlive(pid)) continue;
      fs.rmSync(file, { force: true, recursive: st.isDirectory() });
      removed.push(name);
    } catch {
      // gone already, or not ours to remove: leave it
    }
  }
  return removed;
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
  sweepTempFiles(path.dirname(target));
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
  sweepTempFiles(path.dirname(target));
  const temp = tempPathBeside(target);
  try {
    fs.writeFileSync(temp, data, { flag: 'wx' });
    commitTempFileSync(temp, target);
  } catch (e) {
    fs.rmSync(temp, { force: true });
    throw e;
  }
}
