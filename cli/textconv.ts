/**
 * The fast path of `lakar diff --textconv <file>` (git runs it once per file version it shows):
 * reads the project and prints its listing, loading only SQLite, the JSON reader and the listing,
 * not every command and format of the full CLI.
 *
 * A `.lakar` file of the row layout this code knows (user_version RAW_LAYOUT_VERSION, no interrupted
 * save) is read row by row without re-validating each row: the listing only shows the file and never
 * writes it. Anything else (another version, a hot journal, an unexpected table) goes through the
 * store's full, validating reader, which also migrates older files in memory.
 */
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { documentListing } from '../shared/diff/listing';
import type { Lang } from '../shared/i18n';

const SQLITE_MAGIC = 'SQLite format 3\u0000';
/** The `.lakar` row layout readRaw understands (electron/store/rows.ts at schema version 1). */
export const RAW_LAYOUT_VERSION = 1;
// Constants of electron/store (format.ts, rows.ts) repeated here, not imported: those modules load
// every zod schema, most of this command's start-up. textconv.test.ts checks both readers agree.
/** LAKAR_APPLICATION_ID: PRAGMA application_id of a Lakar project ("LKAR"). */
const LAKAR_APPLICATION_ID = 0x4c4b4152;
/** META_KEYS.project: the meta row holding the project's fields. */
const PROJECT_META_KEY = 'project';

/** True when SQLite left a rollback journal beside `file` (an interrupted save: the store's reader rolls it back). */
function hasHotJournal(file: string): boolean {
  try {
    return fs.statSync(`${file}-journal`).size > 0;
  } catch {
    return false;
  }
}

/** The document of `file` read straight from its rows, or null when it is not a file of the known layout. */
export function readRaw(file: string): object | null {
  if (hasHotJournal(file)) return null;
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    if (db.pragma('application_id', { simple: true }) !== LAKAR_APPLICATION_ID || db.pragma('user_version', { simple: true }) !== RAW_LAYOUT_VERSION) return null;
    const rows = (sql: string) => db.prepare(sql).raw().all() as unknown[][];
    let meta: unknown;
    for (const [key, value] of rows('SELECT key, value FROM meta')) if (key === PROJECT_META_KEY) meta = JSON.parse(String(value));
    const elements: Record<string, unknown> = {};
    for (const [id, data] of rows('SELECT id, data FROM elements ORDER BY rowid')) elements[String(id)] = JSON.parse(String(data));
    const relations: Record<string, unknown> = {};
    for (const [id, data] of rows('SELECT id, data FROM relations ORDER BY rowid')) relations[String(id)] = JSON.parse(String(data));
    const nodes = new Map<string, Record<string, unknown>>();
    for (const [viewId, elementId, x, y, w, h] of rows('SELECT view_id, element_id, x, y, w, h FROM view_nodes ORDER BY rowid')) {
      let of = nodes.get(String(viewId));
      if (!of) nodes.set(String(viewId), (of = {}));
      of[String(elementId)] = { x, y, ...(w === null ? {} : { w }), ...(h === null ? {} : { h }) };
    }
    const views: Record<string, unknown> = {};
    for (const [id, data] of rows('SELECT id, data FROM views ORDER BY rowid')) views[String(id)] = { ...(JSON.parse(String(data)) as object), nodes: nodes.get(String(id)) ?? {} };
    if (meta === undefined) return null;
    return { schemaVersion: RAW_LAYOUT_VERSION, meta, elements, relations, views };
  } catch {
    return null;
  } finally {
    db.close();
  }
}

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
  try {
    if (head.toString('latin1') === SQLITE_MAGIC) {
      const raw = readRaw(file);
      const doc = raw ?? (await import('../electron/store/project')).readProjectDocument(file).then((r) => r.doc);
      out(documentListing(await doc, lang));
      return true;
    }
    const { parseLakarJson } = await import('../shared/interchange/json');
    const parsed = parseLakarJson(fs.readFileSync(file, 'utf8'));
    if (!parsed.ok) return false;
    out(documentListing(parsed.doc, lang));
    return true;
  } catch {
    return false;
  }
}
