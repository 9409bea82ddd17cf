/**
 * A view's record of boxes (`view.nodes`) kept in a persistent table (./table.ts), so that a command
 * moving one box in a 92,000-box view makes the next record in time proportional to what it changes
 * (issue 18): a plain record had to be copied whole per edit (~85 ms at 92,000 boxes, ~100× the move).
 *
 * Readers see a record still: `nodes[id]`, `id in nodes`, `Object.keys`, `for … in`, spreads and
 * JSON all work as on a frozen plain record, so the ~70 files that read `view.nodes` are unchanged,
 * and files keep their format (JSON writes the record). It is a Proxy over one version of a table:
 * a lookup is a Map lookup (no slower than a 92,000-key record's), but listing its keys through the
 * proxy costs ~4× a plain record's, so readers that walk every box take `boxIds(nodes)`, the table's
 * own list (made once per version).
 *
 * It is not a plain object to immer (its prototype has no `constructor` of its own), so immer neither
 * drafts nor freezes it, as with a Table; it refuses writes (a TypeError in strict code, as a frozen
 * record) and cannot be frozen (Object.freeze throws: nothing may try). It crosses process boundaries
 * as a plain record (./wire.ts), since structured clone refuses a Proxy.
 */
import { Table } from './table';

/** Below every boxes record: Object.prototype's members, but no own `constructor` (so immer leaves it alone). */
const BOXES_PROTOTYPE: object = Object.create(Object.prototype);

/** Each boxes record's table, and each table's record (one record per table version, so identity follows the version). */
const tableOfRecord = new WeakMap<object, Table<unknown>>();
const recordOfTable = new WeakMap<Table<unknown>, Record<string, unknown>>();
/** Tables made of plain records (a view as loaded), so a record converted twice is converted once. */
const tableOfPlain = new WeakMap<object, Table<unknown>>();

/** The record of boxes that reads `table` (the same object for the same table). */
export function boxesRecord<T>(table: Table<T>): Record<string, T> {
  const known = recordOfTable.get(table);
  if (known) return known as Record<string, T>;
  const proxy = new Proxy(Object.create(BOXES_PROTOTYPE) as Record<string, T>, {
    get: (target, key, receiver) => {
      if (typeof key === 'string') {
        const item = table.get(key);
        if (item !== undefined) return item;
      }
      return Reflect.get(target, key, receiver);
    },
    has: (target, key) => (typeof key === 'string' && table.has(key)) || Reflect.has(target, key),
    ownKeys: () => table.ids() as string[],
    getOwnPropertyDescriptor: (_target, key) => {
      const item = typeof key === 'string' ? table.get(key) : undefined;
      // configurable: a proxy may not report a property its target lacks as fixed
      return item === undefined ? undefined : { value: item, writable: false, enumerable: true, configurable: true };
    },
    set: () => false,
    defineProperty: () => false,
    deleteProperty: () => false,
    setPrototypeOf: () => false,
    preventExtensions: () => false,
  });
  tableOfRecord.set(proxy, table);
  recordOfTable.set(table, proxy);
  return proxy;
}

/** True for a record of boxes kept in a table (not a plain record). */
export function isBoxesRecord(value: unknown): boolean {
  return typeof value === 'object' && value !== null && tableOfRecord.has(value);
}

/** The table of a record of boxes: its own, or one made of a plain record's entries (once per record). */
export function boxesTable<T>(nodes: Readonly<Record<string, T>>): Table<T> {
  const own = tableOfRecord.get(nodes) ?? tableOfPlain.get(nodes);
  if (own) return own as Table<T>;
  const table = Table.fromRecord(nodes);
  // a frozen record never changes, so its table stands for it; an unfrozen one may be changed after
  if (Object.isFrozen(nodes)) tableOfPlain.set(nodes, table);
  return table;
}

/**
 * Take `table`, made of the entries of the frozen plain record `nodes` in its order, as that record's
 * table (what `boxesTable` would make of it): the idle preparation after opening makes it a part at
 * a time (shared/commands/prepare.ts) rather than the first command in one piece.
 */
export function adoptPlainBoxesTable<T>(nodes: Readonly<Record<string, T>>, table: Table<T>): void {
  if (Object.isFrozen(nodes)) tableOfPlain.set(nodes, table);
}

/** The table of a record of boxes when one is made already (its own, or a frozen plain record's), without making one. */
export function knownBoxesTable<T>(nodes: Readonly<Record<string, T>>): Table<T> | undefined {
  return (tableOfRecord.get(nodes) ?? tableOfPlain.get(nodes)) as Table<T> | undefined;
}

/** The ids of a record of boxes in its order: the table's list for a boxes record, or a frozen record's table (no walk through the proxy or the record's keys). */
export function boxIds(nodes: Readonly<Record<string, unknown>>): readonly string[] {
  return knownBoxesTable(nodes)?.ids() ?? Object.keys(nodes);
}

/** Whether `nodes` has a box for `id` (its own, never the prototype's): for a boxes record, without the descriptor Object.hasOwn makes through the proxy. */
export function hasBox(nodes: Readonly<Record<string, unknown>>, id: string): boolean {
  const table = tableOfRecord.get(nodes);
  return table ? table.has(id) : Object.hasOwn(nodes, id);
}

/** A plain record with the same entries in the same order (for structured clone, or a reader that must own one). */
export function plainBoxes<T>(nodes: Readonly<Record<string, T>>): Record<string, T> {
  const table = tableOfRecord.get(nodes) as Table<T> | undefined;
  if (!table) return { ...nodes };
  return table.toRecord();
}
