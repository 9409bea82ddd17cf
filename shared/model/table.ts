/**
 * A document table (elements, relations): items keyed by id, persistent, so that an edit makes a new
 * table in time proportional to what it changes while every earlier table stays as it was.
 *
 * A plain object keyed by id cannot do that: a new document after one rename needs a new 100,000-key
 * object (~90 ms to spread, more to freeze), and `Object.values` of such an object takes ~55 ms.
 * Here every version of a table shares one `Map` (Baker's "rerooting" persistent arrays): the newest
 * version owns the map, and each older version is the list of differences that turn the next version
 * back into it. Reading the newest version is a Map lookup; reading an older one walks a few
 * differences, or moves the map to it (re-rooting) when they are many. The map holds the items
 * themselves, so a lookup costs what a plain Map's does (an entry object per item measured ~2× slower). A persistent hash trie
 * (immutable.js) was measured at ~10× slower per lookup and ~2× slower to build at 100,000 items;
 * a check or a paper reads the tables ~10⁵–10⁶ times, so the shared map wins.
 *
 * Order: every version lists its items as a plain object with the same history lists its keys: ids
 * that are array indices ("0", "42") first, in ascending order, then the others in insertion order.
 * A table crosses every boundary (JSON, IPC, workers) as such an object, so the order on both sides
 * is the same. For the insertion order, each id has an order number beside the map, taken when it was
 * added and kept when its item is replaced, and a listing sorts by it when re-rooting put an id back
 * out of place.
 *
 * Keys are any strings, so no id can find `Object.prototype`; the id rules of ./ids.ts still apply
 * where the model is parsed.
 */

import { inPlaces, inRecordOrder, isArrayIndex, listWithPlaced, placeable, placedNumbers, putInOrder, recordRank, type Listing } from './table-places';

export { isArrayIndex };

/** Marks a key deleted in a version's differences. */
const ABSENT: unique symbol = Symbol('absent');

/** A version's difference for one id: its item and order number there, or its absence. */
type Slot<T> = { readonly item: T; readonly seq: number } | typeof ABSENT;

/**
 * The newest state, owned by one version at a time: items by id, and each id's order number. The
 * numbers are made only when first needed (an id deleted, or the map moved to an older version):
 * until then the map's own order is the insertion order, so opening a project builds one map, not two.
 */
interface Store<T> {
  readonly items: Map<string, T>;
  seqs: Map<string, number> | null;
  /**
   * Order numbers being made a part at a time (`prepareOrder`, idle time): the map's keys read so far
   * numbered in order. While no numbers are made the map only gains keys at its end or has items
   * replaced in place, so the count goes on where it stopped and ends as `seqsOf` would.
   */
  numbering?: { readonly keys: Iterator<string>; readonly seqs: Map<string, number>; seq: number };
}

/** Ids numbered between two looks at the clock in `prepareOrder`. */
const ORDER_PART = 8192;

/** A replaced item's order number when numbers were not made yet: it keeps the one it has. */
const SAME_SEQ = -Infinity; // not a number any id has: ids put first in a place have numbers below 0

/** The store's order numbers, made from the map's order (its insertion order while none were made). */
function seqsOf<T>(store: Store<T>, family: Family): Map<string, number> {
  if (store.seqs) return store.seqs;
  const seqs = new Map<string, number>();
  let seq = 0;
  for (const key of store.items.keys()) seqs.set(key, seq++);
  family.nextSeq = Math.max(family.nextSeq, seq);
  family.lastSeq = seq - 1;
  return (store.seqs = seqs);
}

/** What all versions of one table share. */
interface Family {
  nextSeq: number;
  /** The map's own order may no longer follow the order numbers (an id was put back, not last, while re-rooting). */
  reordered: boolean;
  /** The largest order number appended to the map so far (an id put back with a smaller one is out of place). */
  lastSeq: number;
  /** An id that is an array index was ever added: listings put such ids first. Rare (generated ids are never numbers). */
  indexKeys: boolean;
  /** An id was ever added other than last (`withChanges` with places): until then every new id is the newest. */
  placed?: boolean;
  /**
   * Ids put in a place since the map was last put in order, each to the id it was put before: they
   * stand where they were appended, and a listing puts them in place in its arrays without moving
   * the map (`listWithPlaced`) until they are more than `PLACED_LISTED` or that fails.
   */
  placedBefore?: Map<string, string>;
}

/**
 * Placed ids a listing puts in place in its arrays before the map itself is put in order: each adds
 * ~0.25 ms to every listing of 160,000 items (a few native scans and moves), putting the map in order
 * costs ~30-40 ms once; 16 keeps the sum over as many undos near its least (bench/tmp, load 5).
 */
const PLACED_LISTED = 16;

/** One version: the store itself (newest read), or differences from the next version. */
interface Version<T> {
  store: Store<T> | null;
  diff: Map<string, Slot<T>> | null;
  next: Version<T> | null;
  readonly family: Family;
  /**
   * A newer version was made from this one. Making another from it starts a branch with a map of its
   * own: two lines of versions extended in turn on one map would move it across everything both
   * changed at every step (the editor and a session both editing the table they opened with).
   */
  extended: boolean;
}

/**
 * Differences walked on a read before the map is moved to the version read instead. Generous, so
 * that reading two nearby versions in turn (a check comparing the document before and after a few
 * edits, one of them large) walks a few small maps instead of moving the map back and forth.
 */
const WALK_LIMIT = 64;

/**
 * Versions `idsChangedSince` walks: an edit session's worth (each step reads one small map), so an
 * index asked again after hundreds of edits follows them rather than being built again.
 */
const CHANGES_WALK_LIMIT = 10_000;

/** `id`'s slot in `store` now (to undo a change to it). */
function slotOf<T>(store: Store<T>, id: string): Slot<T> {
  if (!store.seqs) return store.items.has(id) ? { item: store.items.get(id) as T, seq: SAME_SEQ } : ABSENT;
  const seq = store.seqs.get(id);
  return seq === undefined ? ABSENT : { item: store.items.get(id) as T, seq };
}

/** Make `v` own the shared store: apply each difference on the way to it, reversing it as it goes. */
function reroot<T>(v: Version<T>): Store<T> {
  if (v.store) return v.store;
  const path: Version<T>[] = [];
  let at: Version<T> = v;
  // iterative: a version a long edit session back is thousands of steps from the map
  while (!at.store) {
    path.push(at);
    at = at.next!;
  }
  const seqs = seqsOf(at.store!, v.family);
  for (let i = path.length - 1; i >= 0; i--) {
    const older = path[i];
    const store = at.store!;
    const undo = new Map<string, Slot<T>>();
    for (const [key, slot] of older.diff!) {
      const had = slotOf(store, key);
      undo.set(key, had);
      if (slot === ABSENT) {
        store.items.delete(key);
        seqs.delete(key);
      } else {
        // an id put back had been deleted since, and its deletion recorded its number (SAME_SEQ only replaces)
        if (had === ABSENT) {
          v.family.placedBefore?.delete(key); // its place is its number now: out of place, the map is put in order
          appended(v.family, slot.seq);
        }
        store.items.set(key, slot.item);
        if (slot.seq !== SAME_SEQ) seqs.set(key, slot.seq);
      }
    }
    at.store = null;
    at.diff = undo;
    at.next = older;
    older.store = store;
    older.diff = null;
    older.next = null;
    at = older;
  }
  return at.store!;
}

/**
 * `key`'s order number in version `v`, read through the differences rather than by moving the map
 * to `v`: moving it to the version before a removal puts the removed id back out of place, and the
 * next listing of the newest version then put the whole map in order (~30 ms at 100,000 items).
 */
function seqIn<T>(v: Version<T>, key: string): number | undefined {
  for (let at = v; ; at = at.next!) {
    if (at.store) return seqsOf(at.store, v.family).get(key);
    const slot = at.diff!.get(key);
    if (slot === ABSENT) return undefined;
    if (slot !== undefined && slot.seq !== SAME_SEQ) return slot.seq;
  }
}

/** Note an id added at the map's end: in order if it is the newest there, else the map needs sorting. */
function appended(family: Family, seq: number): void {
  if (seq > family.lastSeq) family.lastSeq = seq;
  else family.reordered = true;
}

/**
 * `v`'s items in listing order: the map's order made the version's insertion order again if
 * re-rooting disturbed it, and array-index ids put first (in a copy) if the table has any.
 */
function ordered<T>(v: Version<T>): Map<string, T> {
  const store = reroot(v);
  const family = v.family;
  if (family.reordered || family.placedBefore?.size) {
    family.lastSeq = putInOrder(store.items, seqsOf(store, family));
    family.reordered = false;
    family.placedBefore = undefined;
  }
  return family.indexKeys ? inRecordOrder(store.items) : store.items;
}


/**
 * The ids in the differences on the way from version `from` to version `to` (following `next`),
 * or undefined when `to` is not on that way within `CHANGES_WALK_LIMIT` steps.
 */
function keysBetween<T>(from: Version<T>, to: Version<T>): Set<string> | undefined {
  const keys = new Set<string>();
  let at = from;
  for (let hops = 0; at !== to; hops++) {
    if (hops === CHANGES_WALK_LIMIT || !at.diff || !at.next) return undefined;
    for (const key of at.diff.keys()) keys.add(key);
    at = at.next;
  }
  return keys;
}

function rootVersion<T>(store: Store<T>, family: Family): Version<T> {
  return { store, diff: null, next: null, family, extended: false };
}

/** A new table's store and family from entries in order. */
function build<T>(entries: Iterable<readonly [string, T]>): { store: Store<T>; family: Family } {
  // a later duplicate replaces the item where the first one stood, as in an object literal
  return adopt(new Map<string, T>(entries as Iterable<[string, T]>));
}

/** A new table's store and family around `items` (taken over: nobody else may change it). */
function adopt<T>(items: Map<string, T>): { store: Store<T>; family: Family } {
  let indexKeys = false;
  for (const key of items.keys()) if (isArrayIndex(key)) indexKeys = true;
  return { store: { items, seqs: null }, family: { nextSeq: items.size, reordered: false, lastSeq: items.size - 1, indexKeys } };
}

/** A change to a table: a key to a new item, or to `undefined` to delete it. */
export type TableChanges<T> = ReadonlyMap<string, T | undefined>;

/**
 * Held by every table as an own property so that posting a table to a worker or over IPC fails
 * loudly (a function cannot be cloned) instead of arriving as an empty object: tables cross those
 * boundaries as records (./wire.ts).
 */
function notCloneable(): never {
  throw new Error('a Table crosses a process boundary as a record (shared/model/wire.ts)');
}

/** An immutable table of items by id. */
export class Table<T> {
  readonly cloneGuard: () => never = notCloneable;
  readonly #version: Version<T>;
  readonly #size: number;
  #values: readonly T[] | null = null;
  #ids: readonly string[] | null = null;

  private constructor(version: Version<T>, size: number) {
    this.#version = version;
    this.#size = size;
  }

  private static made<T>({ store, family }: { store: Store<T>; family: Family }): Table<T> {
    return new Table<T>(rootVersion(store, family), store.items.size);
  }

  /** A table of `entries` (later duplicates replace earlier ones, as in an object literal). */
  static fromEntries<T>(entries: Iterable<readonly [string, T]>): Table<T> {
    return Table.made(build(entries));
  }

  /** A table of a plain record's own entries (a document read from JSON or built by a test). */
  static fromRecord<T>(record: Readonly<Record<string, T>>): Table<T> {
    return Table.made(build(Object.keys(record).map((key) => [key, record[key]] as const)));
  }

  /** A table that takes over `items` (a map its caller built and never touches again): no copy. */
  static fromMap<T>(items: Map<string, T>): Table<T> {
    return Table.made(adopt(items));
  }

  /** A table of items keyed by their own `id`. */
  static of<T extends { id: string }>(items: Iterable<T>): Table<T> {
    const entries: [string, T][] = [];
    for (const item of items) entries.push([item.id, item]);
    return Table.made(build(entries));
  }

  static empty<T>(): Table<T> {
    return Table.made(build<T>([]));
  }

  get size(): number {
    return this.#size;
  }

  get(id: string): T | undefined {
    let v: Version<T> = this.#version;
    for (let hops = 0; !v.store; hops++) {
      if (hops === WALK_LIMIT) return reroot(this.#version).items.get(id);
      const slot = v.diff!.get(id);
      if (slot !== undefined) return slot === ABSENT ? undefined : slot.item;
      v = v.next!;
    }
    return v.store.items.get(id);
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  /** The items in order. Made once per table and shared: never mutate it (copy to sort). */
  values(): readonly T[] {
    return (this.#values ??= this.#listedWithPlaced()?.values ?? Array.from(ordered(this.#version).values()));
  }

  /** The ids in order (same order as values()). Made once per table and shared. */
  ids(): readonly string[] {
    return (this.#ids ??= this.#listedWithPlaced()?.keys ?? Array.from(ordered(this.#version).keys()));
  }

  /** [id, item] pairs in order (a new array each call). */
  entries(): [string, T][] {
    const listing = this.#listedWithPlaced();
    return listing ? listing.keys.map((key, i) => [key, listing.values[i]]) : Array.from(ordered(this.#version));
  }

  /**
   * Ids and items in listing order (both kept: made together) when ids put in a place are the only
   * ones out of place and are listed in place without moving the map (`listWithPlaced`); else null
   * (`ordered` puts the map in order).
   */
  #listedWithPlaced(): Listing<T> | null {
    if (this.#ids && this.#values) return { keys: this.#ids as string[], values: this.#values as T[] };
    const v = this.#version;
    const store = reroot(v);
    const placedBefore = v.family.placedBefore;
    if (!placedBefore?.size || v.family.reordered || v.family.indexKeys || placedBefore.size > PLACED_LISTED) return null;
    const listing = listWithPlaced(store.items, placedBefore, seqsOf(store, v.family));
    if (listing) [this.#ids, this.#values] = [listing.keys, listing.values];
    return listing;
  }

  /**
   * The ids whose items may differ between `other` and this table when both are versions of one
   * table some edits apart (one made from the other, directly or not); undefined when they are not
   * (another table, a branch, or more than `CHANGES_WALK_LIMIT` versions apart). Lets an index over a table
   * follow its edits instead of being built again (./table-index.ts).
   */
  idsChangedSince(other: Table<T>): Set<string> | undefined {
    if (other === this) return new Set();
    return keysBetween(other.#version, this.#version) ?? keysBetween(this.#version, other.#version);
  }

  /**
   * Make the items' order numbers ahead (in idle time after opening) rather than at the first removal
   * or listing that needs them (~70-125 ms at 100,000-160,000 items), a part at a time while `more()`
   * says there is time left; true once made.
   */
  prepareOrder(more: () => boolean = () => true): boolean {
    const store = reroot(this.#version);
    const family = this.#version.family;
    if (store.seqs) {
      store.numbering = undefined;
      return true;
    }
    const numbering = (store.numbering ??= { keys: store.items.keys(), seqs: new Map(), seq: 0 });
    for (;;) {
      for (let i = 0; i < ORDER_PART; i++) {
        const next = numbering.keys.next();
        if (next.done) {
          store.seqs = numbering.seqs;
          store.numbering = undefined;
          family.nextSeq = Math.max(family.nextSeq, numbering.seq);
          family.lastSeq = numbering.seq - 1;
          return true;
        }
        numbering.seqs.set(next.value, numbering.seq++);
      }
      if (!more()) return false;
    }
  }

  /**
   * False while every id added to this table (any version of it) went last; true once one was put
   * in a place (an undo giving back a removed item). An index following the table's edits appends
   * new items while it is false.
   */
  get hasPlacedIds(): boolean {
    return this.#version.family.placed === true;
  }

  /** True when the order numbers are made (for this version's newest state: prepareOrder costs nothing). */
  orderReady(): boolean {
    return this.#version.store?.seqs != null;
  }

  /**
   * Where `id` stands in `ids()`, -1 when absent: a binary search by order numbers (~18 lookups at
   * 160,000 ids) rather than `ids().indexOf`, which compared ~2 ms of strings per removed relation.
   */
  indexOf(id: string): number {
    const ids = this.ids();
    if (this.#version.family.indexKeys) return ids.indexOf(id);
    const seq = seqIn(this.#version, id);
    let lo = 0;
    let hi = ids.length;
    while (seq !== undefined && lo < hi) {
      const mid = (lo + hi) >> 1;
      const at = seqIn(this.#version, ids[mid])!;
      if (at === seq) return mid;
      if (at < seq) lo = mid + 1;
      else hi = mid;
    }
    return -1;
  }

  /**
   * For `id` of `older` (a version this table was made from), where the first id listed after it
   * there would stand in this table's `ids()`; undefined when that cannot be told by order numbers
   * (another table, ids that are array indices); with `id`'s order number there, to order ids that
   * share a place. Lets a removal find where its ids go back without listing the version before it
   * (listing it moved the map there and back: ~100 ms at 100,000).
   */
  indexAfter(older: Table<T>, id: string): { at: number; seq: number } | undefined {
    if (older.#version.family !== this.#version.family || this.#version.family.indexKeys) return undefined;
    const seq = seqIn(older.#version, id);
    if (seq === undefined) return undefined;
    const ids = this.ids();
    let lo = 0;
    let hi = ids.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (seqIn(this.#version, ids[mid])! > seq) hi = mid;
      else lo = mid + 1;
    }
    return { at: lo, seq };
  }

  /** `ids` (of this table's items) in the order the table lists them; ids it lacks go last. */
  inListingOrder(ids: Iterable<string>): string[] {
    const out = [...ids];
    if (out.length < 2) return out;
    const seqs = seqsOf(reroot(this.#version), this.#version.family);
    const rank = (id: string) => seqs.get(id) ?? Number.MAX_SAFE_INTEGER;
    return out.sort((a, b) => (isArrayIndex(a) || isArrayIndex(b) ? recordRank(a, b) : 0) || rank(a) - rank(b));
  }

  /**
   * This table with `changes` applied (`undefined` deletes); this table stays as it is. A new id goes
   * last, as a key set on a plain object does, unless `places` names the id that is to follow it
   * (an undo putting back what a command removed: ./placed.ts) and that id is in the table.
   */
  withChanges(changes: TableChanges<T>, places?: ReadonlyMap<string, string>): Table<T> {
    if (changes.size === 0) return this;
    if (this.#version.extended) return Table.made(build(this.entries())).withChanges(changes, places);
    const version = this.#version;
    const store = reroot(version);
    const items = store.items;
    const family = version.family;
    // a deletion records the id's number, so that an older version puts it back in its place; an id
    // put in a place needs the numbers of the ids around it
    let seqs = store.seqs;
    if (!seqs) for (const [key, item] of changes) if (item === undefined || (placeable(key, places) && !items.has(key))) seqs = seqsOf(store, family);
    const undo = new Map<string, Slot<T>>();
    let placed: string[] | null = null;
    for (const [key, item] of changes) {
      undo.set(key, slotOf(store, key));
      if (item === undefined) {
        items.delete(key);
        seqs?.delete(key);
        family.placedBefore?.delete(key);
      } else {
        // a replaced item keeps its place; a new id (or one deleted before) goes last, or where `places` says
        if (!items.has(key)) {
          if (!family.indexKeys && isArrayIndex(key)) family.indexKeys = true;
          const seq = family.nextSeq++;
          seqs?.set(key, seq);
          family.placedBefore?.delete(key);
          if (placeable(key, places)) (placed ??= []).push(key);
          else appended(family, seq);
        }
        items.set(key, item);
      }
    }
    const newest = rootVersion(store, family);
    version.extended = true;
    version.store = null;
    version.diff = undo;
    version.next = newest;
    const table = new Table<T>(newest, items.size);
    if (!placed) return table;
    const numbers = placedNumbers(seqs!, placed, places!);
    if (!numbers) {
      // the numbers between two ids ran out: the placed ids stay last in this version, and a table made anew lists them in place
      for (const key of placed) appended(family, seqs!.get(key)!);
      const anew = Table.fromEntries(inPlaces(table.entries(), placed, places!));
      // still a table with ids put in a place: an index following its edits must place what it adds (hasPlacedIds)
      anew.#version.family.placed = true;
      return anew;
    }
    for (const key of placed) {
      const seq = numbers.get(key);
      if (seq === undefined) appended(family, seqs!.get(key)!);
      else {
        seqs!.set(key, seq);
        (family.placedBefore ??= new Map()).set(key, places!.get(key)!);
      }
    }
    if (numbers.size > 0) family.placed = true;
    return table;
  }

  /**
   * Forget the versions made from this one: they were dropped (a command that failed or changed
   * nothing), so the next change continues this line instead of starting a branch with its own map.
   * Those versions still read correctly if anything kept them.
   */
  reopen(): void {
    this.#version.extended = false;
  }

  set(id: string, item: T): Table<T> {
    return this.withChanges(new Map([[id, item]]));
  }

  delete(id: string): Table<T> {
    return this.has(id) ? this.withChanges(new Map([[id, undefined]])) : this;
  }

  /** The table as a plain record (JSON, files, messages to workers). */
  toRecord(): Record<string, T> {
    const out: Record<string, T> = {};
    const listing = this.#listedWithPlaced();
    for (const [key, item] of listing ? listing.keys.map((k, i) => [k, listing.values[i]] as const) : ordered(this.#version)) {
      // an own property even for a key the parser would have refused, never the prototype
      if (key === '__proto__') Object.defineProperty(out, key, { value: item, enumerable: true, writable: true, configurable: true });
      else out[key] = item;
    }
    return out;
  }

  /** JSON.stringify writes a table as the record it replaces, so files keep their format. */
  toJSON(): Record<string, T> {
    return this.toRecord();
  }
}

/** Ids whose items differ by reference between two tables (added, removed or replaced). */
export function changedIds<T>(a: Table<T>, b: Table<T>): string[] {
  if (a === b) return [];
  // one pass over each: reading the two versions in turn would move their shared map back and forth
  const before = new Map(a.entries());
  const out: string[] = [];
  const after = b.entries();
  for (const [k, v] of after) if (before.get(k) !== v) out.push(k);
  const inAfter = new Set(b.ids());
  for (const k of before.keys()) if (!inAfter.has(k)) out.push(k);
  return out;
}
