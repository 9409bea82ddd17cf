/**
 * The versions of a table (./table.ts) and the one map they share: the newest version owns the map
 * (the store), each older one holds the differences that turn the next version back into it, and
 * re-rooting moves the map to the version read. Kept apart from the `Table` class, which reads and
 * edits through these; nothing else imports this file.
 */

import { KeysByNumber } from './keys-by-number';
import { inRecordOrder, isArrayIndex, putInOrder } from './table-places';

/** Marks a key deleted in a version's differences. */
export const ABSENT: unique symbol = Symbol('absent');

/** A version's difference for one id: its item and order number there, or its absence. */
export type Slot<T> = { readonly item: T; readonly seq: number } | typeof ABSENT;

/**
 * The newest state, owned by one version at a time: items by id, and each id's order number. The
 * numbers are made only when first needed (an id deleted, or the map moved to an older version):
 * until then the map's own order is the insertion order, so opening a project builds one map, not two.
 */
export interface Store<T> {
  readonly items: Map<string, T>;
  seqs: Map<string, number> | null;
  /**
   * Order numbers being made a part at a time (`prepareOrder`, idle time): the map's keys read so far
   * numbered in order. While no numbers are made the map only gains keys at its end or has items
   * replaced in place, so the count goes on where it stopped and ends as `seqsOf` would.
   */
  numbering?: { readonly keys: Iterator<string>; readonly seqs: Map<string, number>; readonly inOrder: string[]; seq: number };
  /**
   * The keys sorted by their numbers (where a removed id goes back, what number an id put back
   * takes), made with `seqs` and changed with them (`setSeq`, `deleteSeq`).
   */
  byNumber: KeysByNumber | null;
}

/** Ids numbered between two looks at the clock in `prepareOrder`. */
export const ORDER_PART = 8192;

/** A replaced item's order number when numbers were not made yet: it keeps the one it has. */
export const SAME_SEQ = -Infinity; // not a number any id has: ids put first in a place have numbers below 0

/**
 * The store's order numbers, made from the map's order (its insertion order while none were made),
 * and its keys by number with them (a copy of the keys in blocks: ~1 ms more at 100,000 than the
 * numbers alone; making them apart later, from the numbers, took ~6 ms).
 */
export function seqsOf<T>(store: Store<T>, family: Family): Map<string, number> {
  if (store.seqs) return store.seqs;
  const keys = Array.from(store.items.keys());
  const seqs = new Map<string, number>();
  for (let i = 0; i < keys.length; i++) seqs.set(keys[i], i);
  family.nextSeq = Math.max(family.nextSeq, keys.length);
  family.lastSeq = keys.length - 1;
  store.byNumber = KeysByNumber.inOrder(keys);
  return (store.seqs = seqs);
}

/** The store's keys sorted by number (made with the numbers). */
export function keysByNumberOf<T>(store: Store<T>, family: Family): KeysByNumber {
  seqsOf(store, family);
  return store.byNumber!;
}

/** Give `key` the order number `seq` in `store` (whose numbers are made), keeping its keys by number. */
export function setSeq<T>(store: Store<T>, key: string, seq: number): void {
  const seqs = store.seqs!;
  const had = seqs.get(key);
  if (had === seq) return;
  if (had !== undefined) store.byNumber!.remove(had, key);
  store.byNumber!.add(seq, key);
  seqs.set(key, seq);
}

/** Take `key`'s order number out of `store` (whose numbers are made). */
export function deleteSeq<T>(store: Store<T>, key: string): void {
  const seqs = store.seqs!;
  const had = seqs.get(key);
  if (had === undefined) return;
  store.byNumber!.remove(had, key);
  seqs.delete(key);
}

/** What all versions of one table share. */
export interface Family {
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
export const PLACED_LISTED = 16;

/** One version: the store itself (newest read), or differences from the next version. */
export interface Version<T> {
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
export const WALK_LIMIT = 64;

/**
 * Versions `idsChangedSince` walks: an edit session's worth (each step reads one small map), so an
 * index asked again after hundreds of edits follows them rather than being built again.
 */
export const CHANGES_WALK_LIMIT = 10_000;

/** `id`'s slot in `store` now (to undo a change to it). */
export function slotOf<T>(store: Store<T>, id: string): Slot<T> {
  if (!store.seqs) return store.items.has(id) ? { item: store.items.get(id) as T, seq: SAME_SEQ } : ABSENT;
  const seq = store.seqs.get(id);
  return seq === undefined ? ABSENT : { item: store.items.get(id) as T, seq };
}

/** Make `v` own the shared store: apply each difference on the way to it, reversing it as it goes. */
export function reroot<T>(v: Version<T>): Store<T> {
  if (v.store) return v.store;
  const path: Version<T>[] = [];
  let at: Version<T> = v;
  // iterative: a version a long edit session back is thousands of steps from the map
  while (!at.store) {
    path.push(at);
    at = at.next!;
  }
  seqsOf(at.store!, v.family);
  for (let i = path.length - 1; i >= 0; i--) {
    const older = path[i];
    const store = at.store!;
    const undo = new Map<string, Slot<T>>();
    for (const [key, slot] of older.diff!) {
      const had = slotOf(store, key);
      undo.set(key, had);
      if (slot === ABSENT) {
        store.items.delete(key);
        deleteSeq(store, key);
      } else {
        // an id put back had been deleted since, and its deletion recorded its number (SAME_SEQ only replaces).
        // One still named in `placedBefore` needs no taking out: a placed number is below its follower's,
        // so at or below `lastSeq` (lowered only by putInOrder, which empties `placedBefore`); `appended`
        // then marks the map reordered, and the next listing puts it in order and drops `placedBefore`.
        if (had === ABSENT) appended(v.family, slot.seq);
        store.items.set(key, slot.item);
        if (slot.seq !== SAME_SEQ) setSeq(store, key, slot.seq);
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
export function seqIn<T>(v: Version<T>, key: string): number | undefined {
  for (let at = v; ; at = at.next!) {
    if (at.store) return seqsOf(at.store, v.family).get(key);
    const slot = at.diff!.get(key);
    if (slot === ABSENT) return undefined;
    if (slot !== undefined && slot.seq !== SAME_SEQ) return slot.seq;
  }
}

/** Note an id added at the map's end: in order if it is the newest there, else the map needs sorting. */
export function appended(family: Family, seq: number): void {
  if (seq > family.lastSeq) family.lastSeq = seq;
  else family.reordered = true;
}

/**
 * `v`'s items in listing order: the map's order made the version's insertion order again if
 * re-rooting disturbed it, and array-index ids put first (in a copy) if the table has any.
 */
export function ordered<T>(v: Version<T>): Map<string, T> {
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
export function keysBetween<T>(from: Version<T>, to: Version<T>): Set<string> | undefined {
  const keys = new Set<string>();
  let at = from;
  for (let hops = 0; at !== to; hops++) {
    if (hops === CHANGES_WALK_LIMIT || !at.diff || !at.next) return undefined;
    for (const key of at.diff.keys()) keys.add(key);
    at = at.next;
  }
  return keys;
}

export function rootVersion<T>(store: Store<T>, family: Family): Version<T> {
  return { store, diff: null, next: null, family, extended: false };
}

/** A new table's store and family from entries in order. */
export function build<T>(entries: Iterable<readonly [string, T]>): { store: Store<T>; family: Family } {
  // a later duplicate replaces the item where the first one stood, as in an object literal
  return adopt(new Map<string, T>(entries as Iterable<[string, T]>));
}

/** A new table's store and family around `items` (taken over: nobody else may change it). */
export function adopt<T>(items: Map<string, T>): { store: Store<T>; family: Family } {
  let indexKeys = false;
  for (const key of items.keys()) if (isArrayIndex(key)) indexKeys = true;
  return { store: { items, seqs: null, byNumber: null }, family: { nextSeq: items.size, reordered: false, lastSeq: items.size - 1, indexKeys } };
}
