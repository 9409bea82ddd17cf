/**
 * How opening a `.lakar` checks the storage itself (corrupt pages, damaged indexes) without the full
 * `PRAGMA integrity_check`, which probes every index once per row and was a fifth of the time of
 * opening a 100,000-element project:
 *  - `quick_check`: every page of every table and index well formed, no NOT NULL broken;
 *  - what quick_check leaves out, for the indexes a save relies on: each table's primary-key index
 *    holds exactly the table's rows. A save finds rows through it (`ON CONFLICT(id)`, `DELETE …
 *    WHERE id = ?`); with an entry missing, an edit would be saved as a second row with the same id
 *    and a deletion would miss its row, silently. Two rows with one key (a broken UNIQUE) are
 *    refused while loading (rows.ts).
 * The other indexes (element kind, relation ends) never find a row Lakar writes: a damaged one makes
 * a save fail whole (SQLITE_CORRUPT, rolled back), never write the wrong rows.
 */
import type { SqlDatabase } from './driver';
import { StoreError } from './errors';

/** The tables whose rows a save finds by key. */
const KEYED_TABLES = ['elements', 'relations', 'views', 'view_nodes'] as const;

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Throw StoreError `corrupt` unless the primary-key index of `table` holds exactly its rows. */
function checkKeyIndex(db: SqlDatabase, table: string, file: string): void {
  const index = db.prepare(`SELECT name FROM pragma_index_list('${table}') WHERE origin = 'pk'`).pluck().get();
  if (typeof index !== 'string') return; // a table without one (only in tests' own schemas: the schema check refuses it in files)
  const columns = db.prepare('SELECT name FROM pragma_index_info(?) ORDER BY seqno').pluck().all(index) as string[];
  const t = quoted(table);
  const same = [...columns.map((c) => `i.${quoted(c)} = t.${quoted(c)}`), 'i.rowid = t.rowid'].join(' AND ');
  // every row has its entry (probing the index by key), and the index has no other entry
  const { rows, missing } = db.prepare(`SELECT count(*) AS rows, total(NOT EXISTS (SELECT 1 FROM ${t} AS i INDEXED BY ${quoted(index)} WHERE ${same})) AS missing FROM ${t} AS t NOT INDEXED`).get() as { rows: unknown; missing: unknown };
  const entries = db.prepare(`SELECT count(*) FROM ${t} INDEXED BY ${quoted(index)}`).pluck().get();
  if (missing !== 0 || rows !== entries) {
    throw new StoreError('corrupt', { file, detail: `${table}: index ${index} (${String(missing)} rows missing, ${String(entries)} entries for ${String(rows)} rows)` });
  }
}

/**
 * Throw StoreError `corrupt` unless `quick_check` passes and every key index holds exactly its
 * table's rows. Run before any row is read.
 */
export function checkStorage(db: SqlDatabase, file: string): void {
  const check = db.pragma('quick_check') as { quick_check: string }[];
  if (check.length !== 1 || check[0].quick_check !== 'ok') {
    throw new StoreError('corrupt', { file, detail: String(check[0]?.quick_check ?? '').slice(0, 200) });
  }
  for (const table of KEYED_TABLES) checkKeyIndex(db, table, file);
}
