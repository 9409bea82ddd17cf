/** `.lakar` files damaged in ways a page-level check alone does not see, for the corruption tests. */
import type nodeFs from 'node:fs';
import Database from 'better-sqlite3';

/** The page of `bytes` (the file `file`) holding the elements key index; it must be a single leaf page (a small project). */
function keyIndexPage(file: string, bytes: Buffer): Buffer {
  const db = new Database(file, { readonly: true });
  const root = db.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'sqlite_autoindex_elements_1'").pluck().get() as number;
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  db.close();
  const page = bytes.subarray((root - 1) * pageSize, root * pageSize);
  if (page[0] !== 0x0a) throw new Error('the elements key index is not a single leaf page');
  return page;
}

/** Replace key `from` by `to` (same length) everywhere in the key index page (free space included); returns `bytes`. */
function rewriteKey(file: string, bytes: Buffer, from: string, to: string): Buffer {
  const page = keyIndexPage(file, bytes);
  let at = page.indexOf(Buffer.from(from));
  if (at < 0) throw new Error(`${from} not in the index page`);
  for (; at >= 0; at = page.indexOf(Buffer.from(from), at + 1)) page.write(to, at);
  return bytes;
}

/**
 * `bytes` of the `.lakar` `file` (changed in place) whose elements key index has lost element `id`'s
 * entry: its last character becomes '/', which keeps the index in key order, so `PRAGMA quick_check`
 * still passes while a save's `ON CONFLICT(id)` would no longer find the row. `id` must end in a digit.
 */
export function dropKeyIndexEntry(file: string, bytes: Buffer, id: string): Buffer {
  return rewriteKey(file, bytes, id, `${id.slice(0, -1)}/`);
}

/**
 * Make `file` hold two element rows with id `id` and a key index listing both (a broken UNIQUE, which
 * only `integrity_check` or reading every row sees): the index loses the entry, a copy of the row is
 * inserted (the UNIQUE check finds nothing), then the lost entry is put back.
 */
export function duplicateKeyRow(file: string, fs: typeof nodeFs, id: string): void {
  fs.writeFileSync(file, dropKeyIndexEntry(file, fs.readFileSync(file), id));
  const db = new Database(file);
  db.prepare('INSERT INTO elements(id, kind, name, data) SELECT id, kind, name, data FROM elements NOT INDEXED WHERE id = ?').run(id);
  db.close();
  fs.writeFileSync(file, rewriteKey(file, fs.readFileSync(file), `${id.slice(0, -1)}/`, id));
}
