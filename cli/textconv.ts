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
import { isSafeId } from '../shared/model/ids';
import { LIMITS } from '../shared/model/limits';
import { Table } from '../shared/model/table';

const SQLITE_MAGIC = 'SQLite format 3\u0000';
/** The `.lakar` row layout readRaw understands (shared/lakar-file/rows.ts at schema version 2; older files take the migrating reader). */
export const RAW_LAYOUT_VERSION = 2;
// Constants of electron/store (format.ts, rows.ts) repeated here, not imported: those modules load
// every zod schema, most of this command's start-up. textconv.test.ts checks both readers agree.
/** LAKAR_APPLICATION_ID: PRAGMA application_id of a Lakar project ("LKAR"). */
const LAKAR_APPLICATION_ID = 0x4c4b4152;
/** META_KEYS.project: the meta row holding the project's fields. */
const PROJECT_META_KEY = 'project';

/** The tables of the known row layout; any other object (a trigger, a view, another table) sends the file to the store's reader, which refuses it. */
const RAW_TABLES = new Set(['meta', 'elements', 'relations', 'views', 'view_nodes']);

/** True when SQLite left a rollback journal beside `file` (an interrupted save: the store's reader reads it through a private copy). */
function hasHotJournal(file: string): boolean {
  try {
    return fs.statSync(`${file}-journal`).size > 0;
  } catch {
    return false;
  }
}

/**
 * True when opening `file` here could touch the user's folder: a WAL-mode file (header bytes 18–19
 * are 2) or a `-wal` beside it makes SQLite create or replay `-wal`/`-shm` files, even read-only.
 */
function needsPrivateCopy(file: string): boolean {
  if (hasHotJournal(file) || fs.existsSync(`${file}-wal`)) return true;
  const fd = fs.openSync(file, 'r');
  try {
    const header = Buffer.alloc(20);
    return fs.readSync(fd, header, 0, 20, 0) < 20 || header[18] === 2 || header[19] === 2;
  } finally {
    fs.closeSync(fd);
  }
}

/** A record without a prototype, so an id can never reach Object.prototype while it is filled. */
function record(): Record<string, unknown> {
  return Object.create(null) as Record<string, unknown>;
}

/** The document of `file` read straight from its rows, or null when it is not a file of the known layout. */
export function readRaw(file: string): object | null {
  if (needsPrivateCopy(file)) return null;
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    // nothing the file brought (a view's function call) may run while it is read
    db.pragma('trusted_schema = OFF');
    if (db.pragma('application_id', { simple: true }) !== LAKAR_APPLICATION_ID || db.pragma('user_version', { simple: true }) !== RAW_LAYOUT_VERSION) return null;
    for (const [type, name] of db.prepare("SELECT type, name FROM sqlite_schema WHERE name NOT LIKE 'sqlite_autoindex_%'").raw().all() as string[][]) {
      if (type === 'index') continue;
      if (type !== 'table' || !RAW_TABLES.has(name)) return null;
    }
    const rows = (sql: string) => db.prepare(sql).raw().all() as unknown[][];
    let meta: unknown;
    for (const [key, value] of rows('SELECT key, value FROM meta')) if (key === PROJECT_META_KEY) meta = JSON.parse(String(value));
    // an unsafe id (`__proto__`…) goes to the store's reader, which refuses it naming the element
    const elements = record();
    for (const [id, data] of rows('SELECT id, data FROM elements ORDER BY rowid')) {
      if (!isSafeId(id)) return null;
      elements[id] = JSON.parse(String(data));
    }
    const relations = record();
    for (const [id, data] of rows('SELECT id, data FROM relations ORDER BY rowid')) {
      if (!isSafeId(id)) return null;
      relations[id] = JSON.parse(String(data));
    }
    const nodes = new Map<string, Record<string, unknown>>();
    for (const [viewId, elementId, x, y, w, h] of rows('SELECT view_id, element_id, x, y, w, h FROM view_nodes ORDER BY rowid')) {
      if (!isSafeId(viewId) || !isSafeId(elementId)) return null;
      let of = nodes.get(viewId);
      if (!of) nodes.set(viewId, (of = record()));
      of[elementId] = { x, y, ...(w === null ? {} : { w }), ...(h === null ? {} : { h }) };
    }
    const views = record();
    for (const [id, data] of rows('SELECT id, data FROM views ORDER BY rowid')) {
      if (!isSafeId(id)) return null;
      views[id] = { ...(JSON.parse(String(data)) as object), nodes: { ...nodes.get(id) } };
    }
    if (meta === undefined) return null;
    // tables and plain objects (equal to what the store's reader gives), now that every key is known to be safe
    return { schemaVersion: RAW_LAYOUT_VERSION, meta, elements: Table.fromRecord(elements), relations: Table.fromRecord(relations), views: { ...views } };
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
    // a file beyond the documented size goes to the full CLI, which refuses it naming the limit
    if (fs.statSync(file).size > LIMITS.inputBytes) return false;
    const { parseLakarJson } = await import('../shared/interchange/json');
    const parsed = parseLakarJson(fs.readFileSync(file, 'utf8'));
    if (!parsed.ok) return false;
    out(documentListing(parsed.doc, lang));
    return true;
  } catch {
    return false;
  }
}
