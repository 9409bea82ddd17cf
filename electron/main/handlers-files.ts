/**
 * Import and export files for the desktop edition: reading a picked file (with a size limit, so a
 * wrong pick cannot exhaust memory) and writing exported bytes atomically.
 */
import fsp from 'node:fs/promises';
import path from 'node:path';
import { MAX_PICKED_FILES, type FileKind } from '../../shared/ipc/contract';
import { UserError } from '../../shared/ipc/errors';
import { writeFileAtomic } from '../store/files';
import { readProjectDocument } from '../store/project';
import { parseLakarJson } from '../../shared/interchange/json';
import type { LakarDocument } from '../../shared/model/schema';

/** Largest file `file:pick` reads. */
export const MAX_PICK_BYTES = 200 * 1024 * 1024;

/** File name extensions of each kind, for the native dialogs' filters (without dots). */
export const FILE_KIND_EXTENSIONS: Record<FileKind, string[]> = {
  lakar: ['lakar'],
  json: ['json'],
  pdf: ['pdf'],
  oef: ['xml'],
  csv: ['csv'],
  zip: ['zip'],
  svg: ['svg'],
  png: ['png'],
  md: ['md'],
  catalogue: ['json', 'csv'],
  applist: ['csv', 'xlsx', 'json'],
  ulasan: ['ulasan'],
};

const MB = 1024 * 1024;

function errnoOf(e: unknown): string {
  return String((e as { code?: unknown } | null)?.code ?? '');
}

/** Read the picked file `file`; throws UserError `file.tooLarge`, `file.notFound` or `file.readFailed`. */
export async function readPickedFile(file: string, maxBytes = MAX_PICK_BYTES): Promise<{ name: string; data: Uint8Array<ArrayBuffer> }> {
  const name = path.basename(file);
  try {
    const stat = await fsp.stat(file);
    if (stat.size > maxBytes) {
      throw new UserError('file.tooLarge', { name, sizeMb: Math.ceil(stat.size / MB), maxMb: Math.floor(maxBytes / MB) });
    }
    const buf = await fsp.readFile(file);
    // a plain view of the bytes (no copy); readFile never returns shared memory
    return { name, data: new Uint8Array(buf.buffer as ArrayBuffer, buf.byteOffset, buf.byteLength) };
  } catch (e) {
    if (e instanceof UserError) throw e;
    if (errnoOf(e) === 'ENOENT') throw new UserError('file.notFound', { file: name });
    throw new UserError('file.readFailed', { file: name, message: e instanceof Error ? e.message : String(e) });
  }
}

/**
 * Read several picked files (the first returned as usual, the others in `more`); together they may
 * not pass `maxBytes` either. Throws UserError `file.tooMany`, or as readPickedFile.
 */
export async function readPickedFiles(files: readonly string[], maxBytes = MAX_PICK_BYTES): Promise<{ name: string; data: Uint8Array<ArrayBuffer>; more: { name: string; data: Uint8Array<ArrayBuffer> }[] }> {
  if (files.length > MAX_PICKED_FILES) throw new UserError('file.tooMany', { count: files.length, max: MAX_PICKED_FILES });
  const read: { name: string; data: Uint8Array<ArrayBuffer> }[] = [];
  let left = maxBytes;
  for (const file of files) {
    const one = await readPickedFile(file, left);
    left -= one.data.byteLength;
    read.push(one);
  }
  const [first, ...more] = read;
  return { ...first, more };
}

/** Write `data` to `file` atomically; throws UserError `file.writeFailed` (any existing file is kept). */
export async function writeExportedFile(file: string, data: Uint8Array): Promise<void> {
  try {
    await writeFileAtomic(file, data);
  } catch (e) {
    throw new UserError('file.writeFailed', { file: path.basename(file), message: e instanceof Error ? e.message : String(e) });
  }
}

/** A file name for `title` with `extension`: characters that file systems refuse are replaced. */
export function suggestedFileName(title: string, extension: string, fallback = 'projek'): string {
  // eslint-disable-next-line no-control-regex -- control characters are invalid in file names
  const cleaned = title.replace(/[<>:"/\\|?*\u0000-\u001f]/g, '-').replace(/\s+/g, ' ').trim().replace(/^\.+/, '').slice(0, 120);
  return `${cleaned || fallback}.${extension}`;
}

const SQLITE_MAGIC = 'SQLite format 3\u0000';

/**
 * Read another copy of a project for Compare with… / Merge from…, never changing it: a `.lakar`
 * project (older versions migrated in memory) or a `.lakar.json` document. Throws the store's or the
 * JSON reader's UserError for anything else.
 */
export async function peekProject(file: string): Promise<{ name: string; doc: LakarDocument }> {
  const picked = await readPickedFile(file);
  if (new TextDecoder('latin1').decode(picked.data.subarray(0, 16)) === SQLITE_MAGIC) return { name: picked.name, doc: (await readProjectDocument(file)).doc };
  const parsed = parseLakarJson(new TextDecoder('utf-8').decode(picked.data));
  if (!parsed.ok) throw new UserError(parsed.error.key, parsed.error.params);
  return { name: picked.name, doc: parsed.doc };
}
