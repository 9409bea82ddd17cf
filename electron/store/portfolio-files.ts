/**
 * Reading a portfolio folder (or a list of files) for the sector portfolio (issue 17), read-only:
 * `.lakar` projects through the store's read path (opened read-only, migrated in memory), and
 * `.lakar.json` and ArchiMate OEF (`.xml`) files through the shared importers. A file that cannot be
 * read is reported with its reason and never stops the others. Used by `lakar portfolio` and by the
 * desktop's File › Open portfolio….
 */
import fsp from 'node:fs/promises';
import path from 'node:path';
import { importFiles } from '../../shared/interchange';
import { toUserErrorPayload } from '../../shared/ipc/errors';
import type { UserErrorPayload } from '../../shared/ipc/contract';
import type { LakarDocument } from '../../shared/model';
import { readProjectDocument } from './project';

/** File endings a portfolio folder is read for, longest first. */
export const PORTFOLIO_EXTENSIONS = ['.lakar.json', '.lakar', '.xml'] as const;

/** Largest file read (a proposal is far smaller; a wrong file in the folder cannot exhaust memory). */
export const MAX_PORTFOLIO_FILE_BYTES = 200 * 1024 * 1024;

const SQLITE_MAGIC = 'SQLite format 3\u0000';

/** True when `name` is a file a portfolio folder is read for. */
export function isPortfolioFile(name: string): boolean {
  const lower = name.toLowerCase();
  return PORTFOLIO_EXTENSIONS.some((ext) => lower.endsWith(ext)) && !name.startsWith('.') && !name.startsWith('~$');
}

export type PortfolioRead = { file: string; path: string; ok: true; doc: LakarDocument } | { file: string; path: string; ok: false; reason: UserErrorPayload };

/** Read one project file of any portfolio kind; never throws. */
export async function readPortfolioFile(abs: string, file = path.basename(abs)): Promise<PortfolioRead> {
  try {
    const stat = await fsp.stat(abs);
    if (stat.size > MAX_PORTFOLIO_FILE_BYTES) {
      return { file, path: abs, ok: false, reason: { key: 'file.tooLarge', params: { name: file, sizeMb: Math.ceil(stat.size / 2 ** 20), maxMb: MAX_PORTFOLIO_FILE_BYTES / 2 ** 20 } } };
    }
    const head = Buffer.alloc(16);
    const fh = await fsp.open(abs, 'r');
    try {
      await fh.read(head, 0, 16, 0);
    } finally {
      await fh.close();
    }
    if (head.toString('latin1') === SQLITE_MAGIC || /\.lakar$/i.test(abs)) {
      const read = await readProjectDocument(abs);
      return { file, path: abs, ok: true, doc: read.doc };
    }
    const data = await fsp.readFile(abs);
    const result = await importFiles([{ name: file, data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) }]);
    return { file, path: abs, ok: true, doc: result.doc };
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'ENOENT') return { file, path: abs, ok: false, reason: { key: 'file.notFound', params: { file } } };
    return { file, path: abs, ok: false, reason: toUserErrorPayload(e) };
  }
}

/** Portfolio files directly in `dir`, sorted by name. */
export async function listPortfolioFiles(dir: string): Promise<string[]> {
  const entries = await fsp.readdir(dir, { withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && isPortfolioFile(e.name))
    .map((e) => e.name)
    .sort((a, b) => a.localeCompare(b));
}

/**
 * The files `inputs` name: a folder stands for its portfolio files (named relative to it), a file
 * for itself (named by its base name; a second file of the same name gets its parent folder too).
 */
export async function expandPortfolioInputs(inputs: readonly string[]): Promise<{ file: string; path: string }[]> {
  const out: { file: string; path: string }[] = [];
  const seen = new Set<string>();
  const push = (file: string, abs: string) => {
    if (out.some((o) => o.path === abs)) return;
    const name = seen.has(file) ? path.join(path.basename(path.dirname(abs)), file) : file;
    seen.add(name);
    out.push({ file: name, path: abs });
  };
  for (const input of inputs) {
    const abs = path.resolve(input);
    const stat = await fsp.stat(abs).catch(() => null);
    if (stat?.isDirectory()) for (const name of await listPortfolioFiles(abs)) push(name, path.join(abs, name));
    else push(path.basename(abs), abs);
  }
  return out;
}

/** Read every file `inputs` name, calling `onRead` after each (progress); unreadable ones carry their reason. */
export async function readPortfolio(inputs: readonly string[], onRead?: (done: number, total: number, read: PortfolioRead) => void): Promise<PortfolioRead[]> {
  const files = await expandPortfolioInputs(inputs);
  const out: PortfolioRead[] = [];
  for (const [i, f] of files.entries()) {
    const read = await readPortfolioFile(f.path, f.file);
    out.push(read);
    onRead?.(i + 1, files.length, read);
  }
  return out;
}
