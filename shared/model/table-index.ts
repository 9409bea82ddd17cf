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

/**
 * The index follows edits unless the items changed since it was built are more than this share of
 * the table (and more than `FOLLOW_ALWAYS`): then it is built again.
 */
const REBUILD_SHARE = 1 / 8;
const FOLLOW_ALWAYS = 256;

/** Items read between two looks at the clock while building in idle time. */
const PART = 4096;

/** A build under way: the items of `table` read so far (up to `at`), their keys' slots and the pairs found. */
interface Building<T> {
  readonly table: Table<T>;
  at: number;
  readonly slots: Map<string, number>;
  readonly pairSlots: number[];
  readonly pairPositions: number[];
  readonly counts: number[];
}

const building = <T>(table: Table<T>): Building<T> => ({ table, at: 0, slots: new Map(), pairSlots: [], pairPositions: [], counts: [] });

export class TableIndex<T> {
  /** The table the index is for now. */
  private table: Table<T> | undefined;
  /**
   * The index as built from one version of the table, packed: key → slot; the positions (in
   * `builtIds`, the table's ids then) of the items naming the key of slot s are
   * `positions[starts[s] .. starts[s + 1]]`, in table order. Packed because a map from each key to an
   * array of ids cost an array per key: built for 160,000 relations, ~370 ms, most of it allocation.
   */
  private builtIds: readonly string[] = [];
  private slotOfKey = new Map<string, number>();
  private starts = new Int32Array(1);
  private positions = new Int32Array(0);
  /** Ids of the items edited since the build: their entries in the packed part no longer hold. */
  private readonly edited = new Set<string>();
  /** For the edited items present in `table`: each key → the ids of those naming it. */
  private readonly editedOfKey = new Map<string, string[]>();

  /** A build begun in idle time (`prepare`), not finished yet. */
  private building: Building<T> | null = null;

  /** `keysOf(item)`: the keys an item names; must read nothing but the item. */
  constructor(
    private readonly keysOf: (item: T) => readonly string[],
    /** Items read between two looks at `more()` in `prepare`. */
    private readonly part = PART,
  ) {}

  /** Ids of the items of `table` naming any of `keys`, in the order the table lists them. */
  itemsNaming(table: Table<T>, keys: Iterable<string>): string[] {
    this.moveTo(table);
    const built: number[] = [];
    const edited = new Set<string>();
    for (const key of keys) {
      const slot = this.slotOfKey.get(key);
      if (slot !== undefined) {
        for (let i = this.starts[slot]; i < this.starts[slot + 1]; i++) {
          const at = this.positions[i];
          if (!this.edited.has(this.builtIds[at])) built.push(at);
        }
      }
      for (const id of this.editedOfKey.get(key) ?? []) edited.add(id);
    }
    // items not edited since the build keep their order (a replaced item keeps its place): listed
    // by their place then, without asking the table (whose order numbers cost ~125 ms to make at
    // 160,000 items, the first time)
    const byPlace = [...new Set(built)].sort((a, b) => a - b).map((at) => this.builtIds[at]);
    if (edited.size === 0) return byPlace;
    for (const id of byPlace) edited.add(id);
    return table.inListingOrder(edited);
  }

  /**
   * Build the index for `table` ahead of the first question (in idle time), a part at a time while
   * `more()` says there is time left; true once it is ready. A question asked before then finishes
   * the build; a later version of the table is followed from the one built.
   */
  prepare(table: Table<T>, more: () => boolean = () => true): boolean {
    if (!this.building) {
      if (this.table && table.idsChangedSince(this.table)) {
        this.moveTo(table);
        return true;
      }
      this.building = building(table);
    } else if (!table.idsChangedSince(this.building.table)) this.building = building(table);
    if (!this.buildPart(this.building, more)) return false;
    this.moveTo(table);
    return true;
  }

  /** True when the index is built for `table` (asking it costs what the answer does). */
  readyFor(table: Table<T>): boolean {
    return !this.building && this.table === table;
  }

  private moveTo(table: Table<T>) {
    if (this.building) this.buildPart(this.building, () => true);
    const was = this.table;
    if (was === table) return;
    const changed = was && table.idsChangedSince(was);
    if (!was || !changed || this.edited.size + changed.size > Math.max(FOLLOW_ALWAYS, table.size * REBUILD_SHARE)) this.build(table);
    else {
      // all reads of the older table, then all of the newer: reading them in turn could move the
      // tables' shared map back and forth (./table.ts)
      for (const id of changed) {
        const item = this.edited.has(id) ? was.get(id) : undefined;
        if (item !== undefined) this.unlist(id, item);
      }
      for (const id of changed) {
        this.edited.add(id);
        const item = table.get(id);
        if (item !== undefined) this.list(id, item);
      }
    }
    this.table = table;
  }

  private build(table: Table<T>) {
    this.buildPart(building(table), () => true);
  }

  /** Go on with `b` while `more()`; once every item is read, the packed index replaces the one kept. True when done. */
  private buildPart(b: Building<T>, more: () => boolean): boolean {
    const items = b.table.values();
    const { slots, pairSlots, pairPositions, counts } = b;
    // each (slot, position) pair once, in table order; then counted out into the packed arrays
    while (b.at < items.length) {
      const end = Math.min(items.length, b.at + this.part);
      for (let at = b.at; at < end; at++) {
        const keys = this.keysOf(items[at]);
        for (let i = 0; i < keys.length; i++) {
          const key = keys[i];
          if (i > 0 && keys.indexOf(key) < i) continue; // named twice (a relation from an element to itself)
          let slot = slots.get(key);
          if (slot === undefined) {
            slot = counts.length;
            slots.set(key, slot);
            counts.push(0);
          }
          counts[slot]++;
          pairSlots.push(slot);
          pairPositions.push(at);
        }
      }
      b.at = end;
      if (b.at < items.length && !more()) return false;
    }
    const starts = new Int32Array(counts.length + 1);
    for (let s = 0; s < counts.length; s++) starts[s + 1] = starts[s] + counts[s];
    const fill = starts.slice(0, counts.length);
    const positions = new Int32Array(pairSlots.length);
    for (let i = 0; i < pairSlots.length; i++) positions[fill[pairSlots[i]]++] = pairPositions[i];
    this.building = null;
    this.table = b.table;
    this.builtIds = b.table.ids();
    this.slotOfKey = slots;
    this.starts = starts;
    this.positions = positions;
    this.edited.clear();
    this.editedOfKey.clear();
    return true;
  }

  private list(id: string, item: T) {
    const keys = this.keysOf(item);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (i > 0 && keys.indexOf(key) < i) continue;
      const ids = this.editedOfKey.get(key);
      if (ids) ids.push(id);
      else this.editedOfKey.set(key, [id]);
    }
  }

  private unlist(id: string, item: T) {
    for (const key of this.keysOf(item)) {
      const ids = this.editedOfKey.get(key);
      const at = ids ? ids.indexOf(id) : -1;
      if (at < 0) continue;
      if (ids!.length === 1) this.editedOfKey.delete(key);
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
