/**
 * The checker graph's index of one element or relation kind (`graph.ts`): the kind's items in
 * document order, kept up to date edit by edit.
 */

/**
 * How many times the length of a kind's list one update may scan looking for items before the
 * index makes its map of positions instead: a scan compares object pointers (~0.3 ns an item,
 * measured), making the map costs ~250 ns an item, so a few edits scan and a bulk edit maps.
 */
const SCANS_BEFORE_MAP = 128;

/**
 * The elements (or relations) of one kind in document order: a list that an edit changes in place.
 * A replaced item keeps its place, a new one goes last and a deleted one leaves a hole, so an
 * item's place is a number that sorts the kind in order (`orderOf`) and no place moves but in the
 * occasional compaction. Nothing is made by id during a full check (it only lists the kind), nor on
 * the first edits: an edit finds the item it replaces by scanning for the object it indexed (the
 * edit hands over the item as it was), which at 10,000 items takes microseconds where making a map
 * by id took milliseconds (the first edit of each kind of a 100,000-element model was 8–21 ms).
 *
 * The fresh index keeps each item's id as the document table's key (`ids()`) rather than the
 * item's own `id` string (the same text): rules query with those keys, and for a table read from
 * JSON they are V8's interned strings, so the Map lookups compare pointers instead of characters
 * (measured ~2× faster per lookup on a 100,000-element model read from JSON; tables built from
 * `.lakar` rows have plain strings as keys, and compare characters).
 */
export class KindIndex<T extends { id: string }> {
  /**
   * `code` is the kind's number (`end-kinds.ts`); `list` and `ids` the kind's items and their ids in
   * order (taken over: `indexByKind` makes them), or empty.
   */
  constructor(
    readonly code: number,
    private list: (T | undefined)[] = [],
    /** `ids[i]` is `list[i]`'s id (`undefined` at a hole). */
    private ids: (string | undefined)[] = [],
  ) {}

  /**
   * Until the first edit, for a kind `indexByKind` made from a table whose keys are its items' ids:
   * the table's items and keys (its shared `values()` and `ids()`) and the kind's places among them,
   * in order; `list` and `ids` are made from them when an edit first changes the kind (`own`). Why:
   * two arrays per kind made at every full check were ~4 MB of the ~43 MB a check of the varied
   * 100,000-element model allocates (half a million pointers, each stored with a write barrier),
   * where the places are numbers outside the heap; a pass reads the item one step away. With the
   * kept flow ends as slots only (indexed-ends.ts): warm full checks 690 → 653 and 751 → 688 ms CPU
   * (medians of 6 alternating child runs each, bench/checker/varied-check-child.ts, load 2–9).
   * Until then the index keeps the checked document's `values()` and `ids()` alive (~1.6 MB at
   * 100,000 elements; `prepareForEdits` lets them go), and `places` is shared with the graph's
   * passes (`FreshPasses.places`): nobody writes to it.
   */
  private table: TableKind<T> | null = null;
  /** While `table` holds: `list` was made by `values()` (the ids not yet). */
  private listed = false;

  /** The index of a kind whose items are `items[places[i]]` under keys `keys[places[i]]` (see `table`), taken over. */
  static ofTable<T extends { id: string }>(code: number, items: readonly T[], keys: readonly string[], places: Int32Array): KindIndex<T> {
    const index = new KindIndex<T>(code);
    index.table = { items, keys, places };
    return index;
  }

  /** While no edit has changed the kind (and it was made from a table, `ofTable`): its items' places in the table, in order; else null. */
  get placesInTable(): Int32Array | null {
    return this.table?.places ?? null;
  }

  private holes = 0;
  /** Id → place in `list`, once something asked (`orderOf`) or an update scanned too much. */
  private places: Map<string, number> | null = null;
  /** Items scanned in the current update (`startUpdate`). */
  private scanned = 0;

  /** Append while building from a document: an item of a kind Lakar does not know, which `indexByKind` indexes one by one; `id` is the id it is listed under. */
  push(item: T, id: string) {
    this.own();
    this.append(item, id);
  }

  /**
   * Replace `before` (what the index holds under `item`'s id) by `item` in place; without `before`,
   * `item` is new to the kind and goes last (an edit knows which: no scan for a new item).
   */
  set(item: T, before?: T) {
    this.own();
    const at = before ? this.placeOf(before) : -1;
    if (at < 0) this.append(item, item.id);
    else this.list[at] = item;
  }

  /** Delete `item` (the object the index holds, or one with its id). */
  delete(item: T) {
    this.own();
    const at = this.placeOf(item);
    if (at < 0) return;
    this.places?.delete(item.id);
    this.list[at] = undefined;
    this.ids[at] = undefined;
    if (++this.holes > 64 && this.holes > this.list.length / 2) this.compact();
  }

  /** Called at the start of each update: the scan budget (`SCANS_BEFORE_MAP`) is per update. */
  startUpdate() {
    this.scanned = 0;
  }

  /** A number that sorts the items in this index's order (their places; the map of places is made on first use). */
  orderOf(id: string): number {
    return this.placeMap().get(id) ?? Infinity;
  }

  get size(): number {
    return this.table ? this.table.places.length : this.list.length - this.holes;
  }

  /** The nearest id before `item` (the kind's last without `item`), in order, that `test` accepts. */
  lastBefore(item: T | undefined, test: (id: string) => boolean): string | undefined {
    const table = this.table;
    if (table) {
      // a recheck asks this without changing the kind: answered from the table, nothing made
      const { keys, places } = table;
      let i = item ? this.placeOf(item) : -1;
      if (i < 0) i = places.length;
      while (--i >= 0) if (test(keys[places[i]])) return keys[places[i]];
      return undefined;
    }
    const ids = this.ids;
    let i = item ? this.placeOf(item) : -1;
    if (i < 0) i = ids.length;
    while (--i >= 0) {
      const id = ids[i];
      if (id !== undefined && test(id)) return id;
    }
    return undefined;
  }

  /**
   * Call `fn(item, id, i)` for each item, `i` its position in the list (its place in the kind when
   * the index has no holes, as while fresh); with `only`, for those where `only[i]` is not 0.
   */
  forEach(fn: (item: T, id: string, i: number) => void, only?: Uint8Array) {
    const table = this.table;
    if (table) {
      const { items, keys, places } = table;
      for (let i = 0; i < places.length; i++) {
        if (only !== undefined && only[i] === 0) continue;
        const p = places[i];
        fn(items[p], keys[p], i);
      }
      return;
    }
    const { list, ids } = this;
    for (let i = 0; i < list.length; i++) {
      if (only !== undefined && only[i] === 0) continue;
      const item = list[i];
      if (item !== undefined) fn(item, ids[i]!, i);
    }
  }

  values(): Iterable<T> {
    const table = this.table;
    if (table && !this.listed) {
      this.list = listAt(table.items, table.places);
      this.listed = true;
    }
    return this.holes ? this.list.filter((x) => x !== undefined) : (this.list as T[]);
  }

  keys(): Iterable<string> {
    const table = this.table;
    if (table) return listAt(table.keys, table.places);
    return this.holes ? (this.ids.filter((x) => x !== undefined) as string[]) : (this.ids.slice() as string[]);
  }

  /** Make `list` and `ids` from the table (see `table`), before an edit (or ahead of one: `ModelGraph.prepareForEdits`). */
  own() {
    const table = this.table;
    if (!table) return;
    if (!this.listed) this.list = listAt(table.items, table.places);
    this.ids = listAt(table.keys, table.places);
    this.table = null;
    this.listed = false;
  }

  private append(item: T, id: string) {
    this.places?.set(id, this.list.length);
    this.list.push(item);
    this.ids.push(id);
  }

  /** Where `item` is: by the map of places if made, else by scanning for the object, then for its id; -1 when absent. */
  private placeOf(item: T): number {
    if (this.places) return this.places.get(item.id) ?? -1;
    const table = this.table;
    const length = table ? table.places.length : this.list.length;
    if (this.scanned > SCANS_BEFORE_MAP * length) return this.placeMap().get(item.id) ?? -1;
    let at = table ? tablePlaceOf(table, item) : this.list.indexOf(item);
    if (at < 0 && !table) at = this.ids.indexOf(item.id);
    this.scanned += at < 0 ? length : at + 1;
    return at;
  }

  private placeMap(): Map<string, number> {
    const table = this.table;
    if (!this.places && table) {
      const places = new Map<string, number>();
      const { keys } = table;
      for (let i = 0; i < table.places.length; i++) places.set(keys[table.places[i]], i);
      this.places = places;
    }
    if (!this.places) {
      const places = new Map<string, number>();
      const ids = this.ids;
      for (let i = 0; i < ids.length; i++) if (ids[i] !== undefined) places.set(ids[i]!, i);
      this.places = places;
    }
    return this.places;
  }

  /**
   * Move `items` (of this index) to their places in the order `precedes` decides (a before b), the
   * index's other items being in that order already (document-order.ts): each is taken out and put
   * back where a binary search finds it, so the cost is a few comparisons and moves per item, not a
   * sort of the kind. Places move, so the map of places is dropped.
   */
  placeInOrder(items: readonly T[], precedes: (a: string, b: string) => boolean) {
    this.own();
    this.places = null;
    const { list, ids } = this;
    const taken: [T, string][] = [];
    for (const item of items) {
      const at = list.indexOf(item);
      if (at < 0) continue;
      taken.push([item, ids[at]!]);
      list.splice(at, 1);
      ids.splice(at, 1);
    }
    for (const [item, id] of taken) {
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        let m = mid; // past holes: between `mid` and `m` there is nothing to go before
        while (m < hi && ids[m] === undefined) m++;
        if (m < hi && precedes(ids[m]!, id)) lo = m + 1;
        else hi = mid;
      }
      list.splice(lo, 0, item);
      ids.splice(lo, 0, id);
    }
  }

  /** Close the holes; places move, so the map of places is dropped (made again if asked). */
  private compact() {
    this.list = this.list.filter((x) => x !== undefined);
    this.ids = this.ids.filter((x) => x !== undefined);
    this.holes = 0;
    this.places = null;
  }
}

/** A kind's items in a table (`KindIndex.table`): `items[places[i]]` under `keys[places[i]]`. */
interface TableKind<T> {
  readonly items: readonly T[];
  readonly keys: readonly string[];
  readonly places: Int32Array;
}

/** Where `item` is among `table`'s places, by the object, then by its id; -1 when absent. */
function tablePlaceOf<T extends { id: string }>(table: TableKind<T>, item: T): number {
  const { items, keys, places } = table;
  for (let i = 0; i < places.length; i++) if (items[places[i]] === item) return i;
  for (let i = 0; i < places.length; i++) if (keys[places[i]] === item.id) return i;
  return -1;
}

/** `from[places[i]]` for each `i`, as a new array. */
function listAt<X>(from: readonly X[], places: Int32Array): X[] {
  const out = new Array<X>(places.length);
  for (let i = 0; i < places.length; i++) out[i] = from[places[i]];
  return out;
}

/**
 * The kind indexes of a document table, built at once: `codes[i]` is the kind number of `items[i]`
 * (`end-kinds.ts`; 0 for a kind Lakar does not know, indexed by its name), `keys[i]` its table key,
 * `keysAreIds` true when every key is its item's id. Each kind's id is the table's key rather than
 * the item's own `id` (see the class comment), but a record whose key is not its item's id (a damaged
 * file) keeps the item's id. When every key is its item's id, each kind is its places in the table
 * (`KindIndex.ofTable`): `items` and `keys` must then be the table's own arrays, never changed.
 *
 * Why: indexing item by item looked the kind up in a map and pushed onto two growing lists per
 * item; on the 100,000-element varied model that was ~40 ms for the elements and ~75 ms for the
 * relations (with the other per-relation work). Counting the kinds first lets each list be made at
 * its size and filled from the numbers alone, without reading an item again.
 */
export function indexByKind<T extends { id: string; kind: string }>(items: readonly T[], keys: readonly string[], codes: Uint8Array, keysAreIds: boolean): Map<T['kind'], KindIndex<T>> {
  const counts = new Int32Array(256);
  for (let i = 0; i < codes.length; i++) counts[codes[i]]++;
  const places: Int32Array[] = [];
  const lists: (T | undefined)[][] = [];
  const ids: (string | undefined)[][] = [];
  const out = new Map<T['kind'], KindIndex<T>>();
  const first = new Int32Array(256).fill(-1);
  for (let i = 0; i < codes.length; i++) if (first[codes[i]] < 0) first[codes[i]] = i;
  for (let code = 1; code < 256; code++) {
    if (!counts[code]) continue;
    const kind = items[first[code]].kind;
    if (keysAreIds) out.set(kind, KindIndex.ofTable(code, items, keys, (places[code] = new Int32Array(counts[code]))));
    else {
      lists[code] = new Array<T | undefined>(counts[code]);
      ids[code] = new Array<string | undefined>(counts[code]);
      out.set(kind, new KindIndex<T>(code, lists[code], ids[code]));
    }
  }
  const filled = new Int32Array(256);
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i];
    if (code === 0) {
      // a kind Lakar does not know (a damaged file): rare, indexed by its name item by item
      const item = items[i];
      let index = out.get(item.kind);
      if (!index) out.set(item.kind, (index = new KindIndex<T>(0)));
      index.push(item, keys[i] === item.id ? keys[i] : item.id);
      continue;
    }
    const at = filled[code]++;
    if (keysAreIds) {
      places[code][at] = i;
      continue;
    }
    lists[code][at] = items[i];
    ids[code][at] = keys[i] === items[i].id ? keys[i] : items[i].id;
  }
  return out;
}
