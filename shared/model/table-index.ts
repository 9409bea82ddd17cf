/**
 * An index over a document table from the keys its items name (a relation's ends and carried data,
 * a module's parent) to the ids of the items naming them, so that a command asks "which relations
 * touch these elements" at the cost of the answer rather than of a walk over every relation.
 *
 * Why: removing one element of a 100,000-element project walked all 160,000 relations (and all
 * elements, for children of a removed parent), ~100 ms and more of cache misses per removal. The
 * index is built once, on the first question, and then follows the table's edits: tables know which
 * ids differ between two of their versions (`Table.idsChangedSince`), so moving the index to the
 * newest table costs what changed since it was last asked.
 */
import type { Element } from './schema';
import type { Table } from './table';

/** The index follows edits unless more than this share of the table (and more than `FOLLOW_ALWAYS` ids) changed since: then it is built again. */
const REBUILD_SHARE = 1 / 8;
const FOLLOW_ALWAYS = 256;

export class TableIndex<T> {
  /** The table the index is for now. */
  private table: Table<T> | undefined;
  /**
   * Each key → the ids of the items naming it. Arrays, and no map back from item to keys (an item's
   * keys are read again from the table the index was for): built for 160,000 relations, a set per
   * key and that map back took several times as long.
   */
  private readonly itemsOfKey = new Map<string, string[]>();

  /** `keysOf(item)`: the keys an item names; must read nothing but the item. */
  constructor(private readonly keysOf: (item: T) => readonly string[]) {}

  /** Ids of the items of `table` naming any of `keys`, in the order the table lists them. */
  itemsNaming(table: Table<T>, keys: Iterable<string>): string[] {
    this.moveTo(table);
    const out = new Set<string>();
    for (const key of keys) for (const id of this.itemsOfKey.get(key) ?? []) out.add(id);
    return table.inListingOrder(out);
  }

  private moveTo(table: Table<T>) {
    const was = this.table;
    if (was === table) return;
    const changed = was && table.idsChangedSince(was);
    if (!was || !changed || changed.size > Math.max(FOLLOW_ALWAYS, table.size * REBUILD_SHARE)) {
      this.itemsOfKey.clear();
      const ids = table.ids();
      const items = table.values();
      for (let i = 0; i < items.length; i++) this.add(ids[i], items[i]);
    } else {
      // all reads of the older table, then all of the newer: reading them in turn could move the
      // tables' shared map back and forth (./table.ts)
      for (const id of changed) {
        const item = was.get(id);
        if (item !== undefined) this.remove(id, item);
      }
      for (const id of changed) {
        const item = table.get(id);
        if (item !== undefined) this.add(id, item);
      }
    }
    this.table = table;
  }

  private add(id: string, item: T) {
    const keys = this.keysOf(item);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (i > 0 && keys.indexOf(key) < i) continue; // named twice (a relation from an element to itself)
      const ids = this.itemsOfKey.get(key);
      if (ids) ids.push(id);
      else this.itemsOfKey.set(key, [id]);
    }
  }

  private remove(id: string, item: T) {
    for (const key of this.keysOf(item)) {
      const ids = this.itemsOfKey.get(key);
      const at = ids ? ids.indexOf(id) : -1;
      if (at < 0) continue;
      if (ids!.length === 1) this.itemsOfKey.delete(key);
      else ids!.splice(at, 1);
    }
  }
}

/**
 * The modules and application services naming each parent: one index for the commands (a removal
 * frees a removed application's modules) and the scene (a parent's children on a view), following
 * the element table's edits.
 */
export const childrenByParent = new TableIndex<Element>((e) => ((e.kind === 'module' || e.kind === 'appService') && e.parentId ? [e.parentId] : []));
