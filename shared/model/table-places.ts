/**
 * Putting ids back in a place in a table (./table.ts) rather than last: an undo gives back what a
 * command removed where it stood (./placed.ts). A table orders its ids by order numbers;
 * an id put before another gets a number between that id's and the largest smaller one, and the
 * shared map is put back in that order when next listed (`putInOrder`).
 */

/**
 * Order numbers for the ids in `placed` (just added, with numbers above all others in `seqs`) that
 * put each before the id `places` names for it; the ids put before one id keep the order given,
 * evenly spaced between that id's number and the largest smaller one (one pass over the numbers for
 * all of them). An id whose follower is not in the table, or is itself being placed, gets none: it
 * stays last. Null when the numbers between are too close to tell apart (dozens of puts-back nested
 * at one place): the caller then lists the items anew.
 */
export function placedNumbers(seqs: ReadonlyMap<string, number>, placed: readonly string[], places: ReadonlyMap<string, string>): Map<string, number> | null {
  const placing = new Set(placed);
  const groups = new Map<string, string[]>();
  for (const key of placed) {
    const follower = places.get(key)!;
    if (!placing.has(follower) && seqs.has(follower)) addToGroup(groups, follower, key);
  }
  const numbers = new Map<string, number>();
  if (groups.size === 0) return numbers;
  const followerSeqs = [...groups.keys()].map((f) => seqs.get(f)!).sort((a, b) => a - b);
  // below[j]: the largest number under followerSeqs[j] (the id listed before it), -Infinity when it is first
  const below = followerSeqs.map(() => -Infinity);
  for (const seq of seqs.values()) {
    let lo = 0;
    let hi = followerSeqs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (followerSeqs[mid] > seq) hi = mid;
      else lo = mid + 1;
    }
    if (lo < followerSeqs.length && seq > below[lo]) below[lo] = seq;
  }
  for (const [follower, keys] of groups) {
    const hi = seqs.get(follower)!;
    const j = followerSeqs.indexOf(hi);
    const lo = below[j] === -Infinity ? hi - 1 : below[j];
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
