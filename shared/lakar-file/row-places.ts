/**
 * Rows put in their place in a `.lakar` file. A file lists elements, relations, views and boxes in
 * rowid order (rows.ts reads them so), and a row inserted gets the next rowid, while a row updated
 * keeps its own: a row an undo put back after a save had deleted it was listed last at the next
 * opening, and one removed and added again between two saves (a box hidden and placed again) at its
 * old place. Such a row (RowChanges.places) is deleted and inserted again with a rowid just below its
 * follower's (or after every row); when the rowids there are consecutive, the rows from the follower
 * on are moved up by `GAP` first (once per ~GAP rows put back at one place).
 */
import type { SqlDatabase } from './driver';

/** Rowids freed below a follower when there are none. */
const GAP = 64;

/** The tables whose row order is the document's, and the columns that name a row. */
export type PlacedTable = 'elements' | 'relations' | 'views' | 'view_nodes';
const KEYS: Record<PlacedTable, string[]> = { elements: ['id'], relations: ['id'], views: ['id'], view_nodes: ['view_id', 'element_id'] };

/** Finds rowids for rows put back before another row of one table. */
export class RowPlacer {
  readonly #rowidOf;
  readonly #remove;
  readonly #below;
  readonly #lowest;
  readonly #shiftOut;
  readonly #shiftBack;

  constructor(db: SqlDatabase, table: PlacedTable) {
    const where = KEYS[table].map((k) => `${k} = ?`).join(' AND ');
    this.#rowidOf = db.prepare(`SELECT rowid FROM ${table} WHERE ${where}`).pluck();
    this.#remove = db.prepare(`DELETE FROM ${table} WHERE ${where}`);
    this.#below = db.prepare(`SELECT max(rowid) FROM ${table} WHERE rowid < ?`).pluck();
    this.#lowest = db.prepare(`SELECT min(rowid) FROM ${table}`).pluck();
    // moved out of the way through negative rowids: one UPDATE moving them up would collide with the rows above
    this.#shiftOut = db.prepare(`UPDATE ${table} SET rowid = -rowid WHERE rowid >= ?`);
    this.#shiftBack = db.prepare(`UPDATE ${table} SET rowid = ${GAP} - rowid WHERE rowid < 0`);
  }

  /** Delete the row named by `key`, if the table has it (to be inserted again in its new place). */
  remove(key: readonly unknown[]): void {
    this.#remove.run(...key);
  }

  /**
   * A free rowid just before the row named by `follower`, making room if needed; null when that row
   * is not there (the row then goes last) or the table has rowids below 1 (not written by Lakar).
   */
  rowidBefore(follower: readonly unknown[]): number | null {
    const at = this.#rowidOf.get(...follower) as number | undefined;
    if (at === undefined || (this.#lowest.get() as number) < 1) return null;
    const below = (this.#below.get(at) as number | null) ?? 0;
    if (at - below >= 2) return at - 1;
    this.#shiftOut.run(at);
    this.#shiftBack.run();
    return at + GAP - 1;
  }
}
