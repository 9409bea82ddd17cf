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

import { KeysByNumber } from './keys-by-number';
import { inPlaces, isArrayIndex, listWithPlaced, placeable, placedNumbers, recordRank, type Listing } from './table-places';
import { ABSENT, type Slot, type Store, ORDER_PART, seqsOf, type Family, PLACED_LISTED, type Version, WALK_LIMIT, slotOf, reroot, seqIn, appended, ordered, keysBetween, rootVersion, build, adopt, keysByNumberOf, setSeq, deleteSeq } from './table-versions';

export { isArrayIndex };

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
    const numbering = (store.numbering ??= { keys: store.items.keys(), seqs: new Map(), inOrder: [] as string[], seq: 0 });
    for (;;) {
      for (let i = 0; i < ORDER_PART; i++) {
        const next = numbering.keys.next();
        if (next.done) {
          store.seqs = numbering.seqs;
          store.byNumber = KeysByNumber.inOrder(numbering.inOrder);
          store.numbering = undefined;
          family.nextSeq = Math.max(family.nextSeq, numbering.seq);
          family.lastSeq = numbering.seq - 1;
          return true;
        }
        numbering.seqs.set(next.value, numbering.seq++);
        numbering.inOrder.push(next.value);
      }
      if (!more()) return false;
    }
  }

  /**
   * False while every id added to this table (any version of it) went last and this version is the
   * newest of its line; true once one was put in a place (an undo giving back a removed item), and
   * for a version a newer one was made from (a document an undo gives back as the history kept it,
   * ../commands/history.ts: an id the newer version lacked stands where it stood, not last). An
   * index following the table's edits appends new items while it is false.
   */
  get hasPlacedIds(): boolean {
    return this.#version.family.placed === true || this.#version.extended;
  }

  /** True when the order numbers are made (for this version's newest state: prepareOrder costs nothing). */
  orderReady(): boolean {
    return this.#version.store?.seqs != null;
  }

  /**
   * For each of `removed` (ids of `older`, a version this table was made from, that this table lacks),
   * in the order `older` lists them, the first id after it in this table's order that `older` has
   * too, undefined after the last: where an undo puts it back (./placed.ts). Undefined when order
   * numbers cannot tell (another table, ids that are array indices). Found by number, O(log n) an
   * id (`keysByNumberOf`): listing this table to find them cost ~6.5 ms a removal at 100,000.
   */
  followersOfRemoved(older: Table<T>, removed: Iterable<string>): Map<string, string | undefined> | undefined {
    const family = this.#version.family;
    if (older.#version.family !== family || family.indexKeys) return undefined;
    const bySeq: [string, number][] = [];
    for (const id of removed) {
      const seq = seqIn(older.#version, id);
      if (seq === undefined) return undefined;
      bySeq.push([id, seq]);
    }
    bySeq.sort((a, b) => a[1] - b[1]);
    const store = reroot(this.#version);
    const byNumber = keysByNumberOf(store, family);
    const out = new Map<string, string | undefined>();
    // the follower found last, and its number: ids removed before it (and after the last one) share it, so
    // the ids this table added (not in `older`: skipped) are walked once for all
    let follower: string | undefined;
    let followerSeq = -Infinity;
    for (const [id, seq] of bySeq) {
      if (seq >= followerSeq) {
        follower = byNumber.keyAfter(seq);
        while (follower !== undefined && !older.#hasWithoutMoving(follower)) follower = byNumber.keyAfter(store.seqs!.get(follower)!);
        followerSeq = follower === undefined ? Infinity : store.seqs!.get(follower)!;
      }
      out.set(id, follower);
    }
    return out;
  }

  /**
   * Whether this table has `id`, read through the differences however many: `get` moves the map
   * here after WALK_LIMIT of them, and `followersOfRemoved` reads the map as the newer table's
   * (moved to the older one, its keys by number listed the removed ids as followers: an undo of a
   * command that made more than 64 versions of a table put some of them back last).
   */
  #hasWithoutMoving(id: string): boolean {
    let v: Version<T> = this.#version;
    while (!v.store) {
      const slot = v.diff!.get(id);
      if (slot !== undefined) return slot !== ABSENT;
      v = v.next!;
    }
    return v.store.items.has(id);
  }

  /**
   * Where each id of this table comes in its listing (a lower number lists first; ids it lacks last),
   * or undefined when the table has array-index ids (listed first, as a record lists them). For
   * finding where an item put back goes in a list kept in the table's order (the canvas's edges),
   * without listing the table. The numbers live beside the map every version shares, and change as it
   * moves to the version read or made last: the function reads them for this version at each call
   * (moving the map back here when another version was read since), so it may be kept and called
   * after other versions were read, at the cost of that move.
   */
  listingRank(): ((id: string) => number) | undefined {
    const version = this.#version;
    if (version.family.indexKeys) return undefined;
    return (id) => seqsOf(reroot(version), version.family).get(id) ?? Number.MAX_SAFE_INTEGER;
  }

  /** `ids` (of this table's items) in the order the table lists them; ids it lacks go last, but array-index ids ("5") first, as a record lists them. */
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
        if (seqs) deleteSeq(store, key);
        family.placedBefore?.delete(key);
      } else {
        // a replaced item keeps its place; a new id (or one deleted before) goes last, or where `places` says
        if (!items.has(key)) {
          if (!family.indexKeys && isArrayIndex(key)) family.indexKeys = true;
          const seq = family.nextSeq++;
          if (seqs) setSeq(store, key, seq);
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
    const byNumber = keysByNumberOf(store, family);
    const numbers = placedNumbers(seqs!, placed, places!, (seq) => byNumber.numberBelow(seq));
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
        setSeq(store, key, seq);
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

  /**
   * This version is the document's again (an undo or redo gave back the document the history kept,
   * ../commands/history.ts): the next change continues from it on the shared map, as `reopen`,
   * rather than copying every item into a branch (~0.7–1 s for the first rename after undoing the
   * removal of 200 of 100,000 elements). The versions made from it still read correctly (a redo
   * gives one back). An id they lacked stands here where it stood, not last: indexes following the
   * table's edits place what they add from now on (`hasPlacedIds`), as after an undo applying patches.
   */
  continueFrom(): void {
    if (!this.#version.extended) return;
    this.#version.extended = false;
    this.#version.family.placed = true;
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
