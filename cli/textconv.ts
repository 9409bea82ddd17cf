/**
 * The fast path of `lakar diff --textconv <file>` (git runs it once per file version it shows):
 * reads the project and prints its listing, loading only the store, the JSON reader and the
 * listing, not every command and format of the full CLI.
 */
import fs from 'node:fs';
import { documentListing } from '../shared/diff/listing';
import { parseLakarJson } from '../shared/interchange/json';
import type { Lang } from '../shared/i18n';
import { readProjectDocument } from '../electron/store/project';

const SQLITE_MAGIC = 'SQLite format 3\u0000';

/**
 * Print the listing of `file` to `out`; resolves to false (and prints nothing) when the file is not
 * a `.lakar` project or `.lakar.json`, so the caller can fall back to the full CLI and its messages.
 */
export async function textconv(file: string, lang: Lang, out: (s: string) => void): Promise<boolean> {
  let head: Buffer;
  try {
    const fd = fs.openSync(file, 'r');
    head = Buffer.alloc(16);
    fs.readSync(fd, head, 0, 16, 0);
    fs.closeSync(fd);
  } catch {
    return false;
  }
  if (head.toString('latin1') === SQLITE_MAGIC) {
    try {
      out(documentListing((await readProjectDocument(file)).doc, lang));
      return true;
    } catch {
      return false;
    }
  }
  const parsed = parseLakarJson(fs.readFileSync(file, 'utf8'));
  if (!parsed.ok) return false;
  out(documentListing(parsed.doc, lang));
  return true;
}
