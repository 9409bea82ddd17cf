/**
 * The document's order of a project's rows in IndexedDB. Rows are keyed by [projectId+id] and ids
 * are random (newId), so rows read by key came back in id order: after a save and reopening, every
 * element, relation, view and box was listed in another order than the user made them (paper
 * tables, exports, findings). Each row therefore carries an order number `seq`, read back through
 * the [projectId+seq] index, kept the way a `.lakar` file keeps rowids (shared/lakar-file/row-places.ts):
 * a whole save numbers rows 0..n-1 in document order, a row that stays keeps its number, a new row
 * takes the next number after the highest, and so does a row added again (RowChanges.readded: removed
 * and added again since the last save, as a box hidden and placed again, whose row kept its number),
 * in the order of the upserts; a row an undo put back in its place (RowChanges.places) takes a number
 * between its follower's and the one below, or after the highest when it is last (numbers may be
 * fractions; when halving the gap gives no new number, the table's rows of the project are numbered
 * again 0..n-1 first).
 */
import { Dexie, type Table, type Transaction } from 'dexie';

/** Tables whose rows are in the document's order. */
export const ORDERED_TABLES = ['elements', 'relations', 'views', 'view_nodes'] as const;

/** What an ordered row has in common. */
export interface OrderedRow {
  projectId: string;
  /** Place of the row in the document's order; rows of databases before version 2 got theirs at the upgrade. */
  seq?: number;
}

/**
 * Upgrade of a version-1 database: rows are numbered in the order they were read until now
 * (primary key order per project, i.e. by id), as nothing better is known of their order.
 */
export async function numberRowsAsRead(tx: Transaction): Promise<void> {
  for (const name of ORDERED_TABLES) {
    const next = new Map<string, number>();
    // a collection of the table walks it by primary key, which starts with the project id: the order the projectId index gave
    await tx
      .table(name)
      .toCollection()
      .modify((row: OrderedRow) => {
        const n = next.get(row.projectId) ?? 0;
        row.seq = n;
        next.set(row.projectId, n + 1);
      });
  }
}

/**
 * The rows of project `pid` in `table`, in the document's order, through the [projectId+seq] index.
 * That index leaves out a row without a number (none that Lakar writes): when the projectId index
 * counts more rows, all are read and sorted here, those without a number last, rather than dropped
 * unseen. Not sorted here every time: sorting 100,000 rows read by id took 30–76 ms (node, 5 runs, load ~4).
 */
export async function rowsInOrder<R extends OrderedRow, K>(table: Table<R, K>, pid: string): Promise<R[]> {
  const [rows, count] = await Promise.all([
    table.where('[projectId+seq]').between([pid, Dexie.minKey], [pid, Dexie.maxKey], true, true).toArray(),
    table.where('projectId').equals(pid).count(),
  ]);
  if (rows.length === count) return rows;
  const all = await table.where('projectId').equals(pid).toArray();
  return all.sort((a, b) => (a.seq ?? Infinity) - (b.seq ?? Infinity) || 0);
}

/**
 * Write `rows` (upserts of one table of project `pid`, in the order a save lists them) with their
 * order numbers. `fresh`: the project's rows of the table were all just deleted (a whole save), so
 * none is looked up. `order`, by `placeKey`: `readded`, rows added again last, numbered after the
 * highest whatever number their row had; `places`, rows put back in a place, each to the key of the
 * row it goes before (null: after every row), in reverse document order (each one's follower is
 * written before it), numbered anew.
 */
export async function putInOrder<R extends OrderedRow, K>(
  table: Table<R, K>,
  pid: string,
  rows: R[],
  keyOf: (row: R) => K,
  fresh: boolean,
  order?: { places?: ReadonlyMap<string, string | null>; readded?: ReadonlySet<string>; placeKey: (row: R) => string; followerKey: (row: R, follower: string) => K },
): Promise<void> {
  if (rows.length === 0) return;
  const numbers = new Numbering(table, pid, fresh);
  const stored = fresh ? [] : await table.bulkGet(rows.map(keyOf));
  await numbers.load();
  const placed = new Map<string, R>();
  const now: R[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const key = order && (order.places?.size || order.readded?.size) ? order.placeKey(row) : undefined;
    const was = stored[i]?.seq;
    if (key !== undefined && order!.places?.has(key)) {
      placed.set(key, row);
      continue;
    }
    row.seq = was !== undefined && !(key !== undefined && order!.readded?.has(key)) ? was : numbers.next();
    now.push(row);
  }
  await table.bulkPut(now);
  if (!order?.places || placed.size === 0) return;
  for (const [key, follower] of order.places) {
    const row = placed.get(key);
    if (!row) continue;
    row.seq = follower === null ? numbers.next() : await numbers.before(order.followerKey(row, follower));
    await table.put(row);
  }
}

/** Order numbers for the rows one save writes to one table of one project. */
class Numbering<R extends OrderedRow, K> {
  #next: number | undefined;

  constructor(
    private readonly table: Table<R, K>,
    private readonly pid: string,
    fresh: boolean,
  ) {
    if (fresh) this.#next = 0;
  }

  /** Find the number after the project's last row (none to find after a whole save's delete). */
  async load(): Promise<void> {
    if (this.#next !== undefined) return;
    const last = await this.#inOrder().last();
    this.#next = last?.seq === undefined ? 0 : Math.floor(last.seq) + 1;
  }

  /** A number after every row of the project (after `load`). */
  next(): number {
    return this.#next!++;
  }

  /** A number just below the row `follower`'s; after every row when that row is not there. */
  async before(follower: K): Promise<number> {
    for (let round = 0; round < 2; round++) {
      const at = (await this.table.get(follower))?.seq;
      if (at === undefined) return this.next();
      const below = (await this.table.where('[projectId+seq]').between([this.pid, Dexie.minKey], [this.pid, at], true, false).last())?.seq;
      if (below === undefined) return at - 1;
      const between = (below + at) / 2;
      if (between > below && between < at) return between;
      await this.#renumber();
    }
    throw new Error('row-order: no number between two renumbered rows');
  }

  #inOrder() {
    return this.table.where('[projectId+seq]').between([this.pid, Dexie.minKey], [this.pid, Dexie.maxKey], true, true);
  }

  /** Number the project's rows of the table 0..n-1 in their order (gaps of 1 again). */
  async #renumber(): Promise<void> {
    const rows = await this.#inOrder().toArray();
    rows.forEach((row, i) => (row.seq = i));
    await this.table.bulkPut(rows);
    this.#next = rows.length;
  }
}
