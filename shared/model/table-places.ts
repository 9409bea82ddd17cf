/**
 * The order a table (./table.ts) lists its ids in, and putting ids back in a place rather than last:
 * an undo gives back what a command removed where it stood (./placed.ts). A table orders its ids by
 * order numbers; an id put before another gets a number between that id's and the largest smaller
 * one; a listing puts it before that id in its arrays (`listWithPlaced`), and once such ids are
 * many the shared map is put back in order (`putInOrder`).
 */

/** True for a key a plain object lists before all others, by number: "0", "7", "42", not "07" or "-1". */
export function isArrayIndex(key: string): boolean {
  const c = key.charCodeAt(0);
  if (!(c >= 48 && c <= 57)) return false;
  return (key === '0' || (c !== 48 && /^\d{1,10}$/.test(key))) && Number(key) < 4294967295;
}

/** `items` (in insertion order) listed as a plain object would list them: array-index keys first, by number. */
export function inRecordOrder<T>(items: Map<string, T>): Map<string, T> {
  const indexed: [string, T][] = [];
  const rest: [string, T][] = [];
  for (const entry of items) (isArrayIndex(entry[0]) ? indexed : rest).push(entry);
  if (indexed.length === 0) return items;
  indexed.sort((a, b) => Number(a[0]) - Number(b[0]));
  return new Map([...indexed, ...rest]);
}

/** Array-index ids first, by number, as a plain object lists them (0 when neither or both decide nothing). */
export function recordRank(a: string, b: string): number {
  const ia = isArrayIndex(a);
  const ib = isArrayIndex(b);
  if (ia && ib) return Number(a) - Number(b);
  return ia ? -1 : ib ? 1 : 0;
}

/**
 * Whether `places` puts `key` before another id. Not for ids that are array indices, either one: a
 * listing puts those first by number, whatever their place, and a plain object keeps no order of
 * their additions to put another before.
 */
export function placeable(key: string, places: ReadonlyMap<string, string> | undefined): boolean {
  const follower = places?.get(key);
  return follower !== undefined && !isArrayIndex(follower) && !isArrayIndex(key);
}

/**
 * Order numbers for the ids in `placed` (just added, with numbers above all others in `seqs`) that
 * put each before the id `places` names for it; the ids put before one id keep the order given,
 * evenly spaced between that id's number and the largest smaller one (`numberBelow`, -Infinity when
 * none is: found by number, not by walking all of them). An id whose follower is not in the table,
 * or is itself being placed, gets none: it stays last. Null when the numbers between are too close
 * to tell apart (dozens of puts-back nested at one place): the caller then lists the items anew.
 */
export function placedNumbers(
  seqs: ReadonlyMap<string, number>,
  placed: readonly string[],
  places: ReadonlyMap<string, string>,
  numberBelow: (seq: number) => number,
): Map<string, number> | null {
  const placing = new Set(placed);
  const groups = new Map<string, string[]>();
  for (const key of placed) {
    const follower = places.get(key)!;
    if (!placing.has(follower) && seqs.has(follower)) addToGroup(groups, follower, key);
  }
  const numbers = new Map<string, number>();
  for (const [follower, keys] of groups) {
    const hi = seqs.get(follower)!;
    const below = numberBelow(hi);
    const lo = below === -Infinity ? hi - 1 : below;
    let last = lo;
    for (let i = 0; i < keys.length; i++) {
      const seq = lo + ((hi - lo) * (i + 1)) / (keys.length + 1);
      if (!(seq > last && seq < hi)) return null;
      numbers.set(keys[i], (last = seq));
    }
  }
  return numbers;
}

function addToGroup<V>(groups: Map<string, V[]>, key: string, value: V): void {
  const list = groups.get(key);
  if (list) list.push(value);
  else groups.set(key, [value]);
}

/** `entries` (in order, `placed` among them) with each placed id moved before the id `places` names for it, when that id is there and not placed itself. */
export function inPlaces<T>(entries: readonly [string, T][], placed: readonly string[], places: ReadonlyMap<string, string>): [string, T][] {
  const placing = new Set(placed);
  const byKey = new Map(entries);
  const before = new Map<string, [string, T][]>();
  const moved = new Set<string>();
  for (const key of placed) {
    const follower = places.get(key)!;
    if (placing.has(follower) || !byKey.has(follower)) continue;
    addToGroup(before, follower, [key, byKey.get(key)!]);
    moved.add(key);
  }
  const out: [string, T][] = [];
  for (const entry of entries) {
    if (moved.has(entry[0])) continue;
    const group = before.get(entry[0]);
    if (group) out.push(...group);
    out.push(entry);
  }
  return out;
}

/**
 * Put the entries of `items` in the order of their numbers again, in place; returns the largest
 * number (-1 when empty). Ids out of place are few and at the map's end (put back by an undo or by
 * re-rooting, with smaller numbers than ids before them): the entries that keep rising in one pass
 * stay, and only the map's tail, from the first place one of the others belongs, is set again in
 * order (a key set again goes last). Sorting and setting all entries anew (no tuple per entry
 * either) took ~120 ms against ~3 ms for the listing itself after an undo put one id back in a
 * 100,000-item table (bench/tmp, load 5); whole sorts had cost ~1.7 million lookups before that.
 */
export function putInOrder<T>(items: Map<string, T>, seqs: Map<string, number>): number {
  const keys = Array.from(items.keys());
  const values = Array.from(items.values());
  const numbers = new Float64Array(keys.length);
  const outOfPlace: number[] = [];
  let top = -Infinity;
  for (let i = 0; i < keys.length; i++) {
    const seq = (numbers[i] = seqs.get(keys[i])!);
    if (seq > top) top = seq;
    else outOfPlace.push(i);
  }
  if (outOfPlace.length === 0) return keys.length ? top : -1;
  outOfPlace.sort((a, b) => numbers[a] - numbers[b]);
  const lowest = numbers[outOfPlace[0]];
  const taken = new Uint8Array(keys.length);
  for (const i of outOfPlace) taken[i] = 1;
  let from = 0;
  while (taken[from] || numbers[from] < lowest) from++;
  // the tail's rising entries and the ones out of place, merged by number, each set again in turn
  let j = 0;
  const again = (i: number) => {
    items.delete(keys[i]);
    items.set(keys[i], values[i]);
  };
  for (let i = from; i < keys.length; i++) {
    if (taken[i]) continue;
    while (j < outOfPlace.length && numbers[outOfPlace[j]] < numbers[i]) again(outOfPlace[j++]);
    again(i);
  }
  while (j < outOfPlace.length) again(outOfPlace[j++]);
  return Math.max(top, numbers[outOfPlace[outOfPlace.length - 1]]);
}

/** The ids of `group` in listing order, each after those placed before it in turn. */
function groupListed(group: readonly string[], groups: ReadonlyMap<string, string[]>, out: string[] = []): string[] {
  for (const key of group) {
    const inner = groups.get(key);
    if (inner) groupListed(inner, groups, out);
    out.push(key);
  }
  return out;
}

/** A table's ids and items in listing order, made together. */
export interface Listing<T> {
  readonly keys: string[];
  readonly values: T[];
}

/**
 * `items` listed in the order of their numbers without moving anything in the map, when the only
 * ids out of place are ids put back in a place (`placedBefore`: each to the id it was put before)
 * and the others rise in the map's order: each placed id goes before its follower (after any placed
 * before it in turn). Null when that does not give rising numbers or leaves a placed id out (its
 * follower was deleted or moved since): the caller then puts the map in order.
 * The map is copied out as it stands and each placed id moved in the arrays (native scans and moves
 * of pointers, a few per placed id: ~4 ms over the copies with 16 placed in 160,000; moving them
 * with copyWithin instead, a generic element-by-element copy, took ~10 ms a placed id). Putting the map's tail in order instead (`putInOrder`) took
 * ~31 ms after one undo in a 100,000-item table: ~40 % in one order-number lookup per key (a Map of
 * 100,000 misses the cache, ~0.25 µs a lookup), the rest deleting and setting again half the map.
 * Filling the arrays in one pass that asked two small maps per key whether it was placed or followed
 * took ~12-17 ms against ~6-10 ms for the copies (varied model, 100,000 and 160,000 items).
 */
export function listWithPlaced<T>(items: Map<string, T>, placedBefore: ReadonlyMap<string, string>, seqs: ReadonlyMap<string, number>): Listing<T> | null {
  const keys = Array.from(items.keys());
  const values = Array.from(items.values());
  const groups = new Map<string, string[]>();
  const placed = new Set<string>();
  for (const [key, follower] of placedBefore) {
    if (!items.has(key)) continue;
    placed.add(key);
    addToGroup(groups, follower, key);
  }
  if (placed.size === 0) return { keys, values };
  // out of the arrays (they stand near the end: appended when put back)
  for (const key of placed) {
    const i = keys.lastIndexOf(key);
    keys.splice(i, 1);
    values.splice(i, 1);
  }
  for (const group of groups.values()) if (group.length > 1) group.sort((a, b) => seqs.get(a)! - seqs.get(b)!);
  let listed = 0;
  for (const [follower, group] of groups) {
    if (placed.has(follower)) continue; // listed with the group its follower is in
    const i = keys.indexOf(follower);
    if (i < 0) return null;
    const run = groupListed(group, groups);
    // the others rise in the map's order, so the listing rises when each run rises between the ids around it
    let last = i > 0 ? seqs.get(keys[i - 1])! : -Infinity;
    for (const key of run) {
      const seq = seqs.get(key)!;
      if (!(seq > last)) return null;
      last = seq;
    }
    if (!(last < seqs.get(follower)!)) return null;
    keys.splice(i, 0, ...run);
    values.splice(i, 0, ...run.map((key) => items.get(key)!));
    listed += run.length;
  }
  // a placed id whose follower is gone, or one in a chain of placed ids none of which was reached
  return listed === placed.size ? { keys, values } : null;
}
