/**
 * Ids → slot numbers for the checker graph's build (`build-indexes.ts`): a document's element ids
 * get slots 0 … n − 1 in table order, then each other id a relation names the next slot. The
 * incident index keeps it to answer "where are this id's relations" (`incident.ts`).
 *
 * Why not a `Map<string, number>`: on the 100,000-element varied model its ~100,000 insertions
 * (rehashing as it grows, reading every key again each time) and ~320,000 lookups of relation ends
 * were the largest part of the build, and the map (~3.5 MB of pointers) lived in the heap the
 * garbage collector walks through the whole check. Here a lookup hashes the id's characters (read
 * anyway to compare them), probes one array of numbers outside the heap, where the hash and the
 * slot sit side by side, and compares the id with the key of the slot found; ids keep living in the
 * arrays they came from (the table's `ids()`), not copied.
 *
 * A relation's end is usually a string of its own, equal to the element's id but not the same
 * string (a document read from a file or sent over IPC), so a `Map` compares characters too. Both
 * were measured with every end made the element's own id string where the document arrived: the
 * build took 291 ms here against 371 ms with a `Map` (100,000-element varied model, loaded machine),
 * and sharing the ends cost more on arrival (450–600 ms) than it saved per full check.
 */

/** Slots filled at most this fraction of the table (linear probing stays short). */
const MAX_LOAD = 0.5;

export class IdSlots {
  /** Pairs [hash, slot + 1] (0: empty), by position `hash & mask`, probed linearly. */
  private table: Int32Array;
  private mask: number;
  /** Ids of the slots past `keys.length` (an id no element has). */
  private readonly extra: string[] = [];
  private count = 0;

  /**
   * `keys` (taken as they are, never changed: a table's `ids()`) get slots 0 … keys.length − 1; they
   * must be distinct. Room is made for `more` further ids (more are taken, at a rehash).
   */
  constructor(
    private readonly keys: readonly string[],
    more = 0,
  ) {
    let capacity = 16;
    while (capacity * MAX_LOAD < keys.length + more) capacity *= 2;
    this.table = new Int32Array(2 * capacity);
    this.mask = capacity - 1;
    const table = this.table;
    const mask = this.mask;
    for (let i = 0; i < keys.length; i++) {
      const h = hashOf(keys[i]);
      let p = h & mask;
      while (table[2 * p + 1] !== 0) p = (p + 1) & mask;
      table[2 * p] = h;
      table[2 * p + 1] = i + 1;
    }
    this.count = keys.length;
  }

  /** Number of slots given. */
  get size(): number {
    return this.count;
  }

  /** `id`'s slot; -1 when it has none. */
  get(id: string): number {
    const h = hashOf(id);
    const table = this.table;
    const mask = this.mask;
    for (let p = h & mask; ; p = (p + 1) & mask) {
      const v = table[2 * p + 1];
      if (v === 0) return -1;
      if (table[2 * p] === h && this.keyOf(v - 1) === id) return v - 1;
    }
  }

  /** `id`'s slot, given the next one if it has none. */
  slotOf(id: string): number {
    const h = hashOf(id);
    const table = this.table;
    const mask = this.mask;
    let p = h & mask;
    for (; ; p = (p + 1) & mask) {
      const v = table[2 * p + 1];
      if (v === 0) break;
      if (table[2 * p] === h && this.keyOf(v - 1) === id) return v - 1;
    }
    const slot = this.count++;
    this.extra.push(id);
    table[2 * p] = h;
    table[2 * p + 1] = slot + 1;
    if (this.count > (mask + 1) * MAX_LOAD) this.grow();
    return slot;
  }

  private keyOf(slot: number): string {
    const keys = this.keys;
    return slot < keys.length ? keys[slot] : this.extra[slot - keys.length];
  }

  /** Twice the room: each pair moves to its place in the larger table (the hashes are kept). */
  private grow() {
    const old = this.table;
    const capacity = 2 * (this.mask + 1);
    const table = new Int32Array(2 * capacity);
    const mask = capacity - 1;
    for (let q = 0; q < old.length; q += 2) {
      if (old[q + 1] === 0) continue;
      let p = old[q] & mask;
      while (table[2 * p + 1] !== 0) p = (p + 1) & mask;
      table[2 * p] = old[q];
      table[2 * p + 1] = old[q + 1];
    }
    this.table = table;
    this.mask = mask;
  }
}

/** FNV-1a over the id's UTF-16 code units, its bits then mixed (the probe reads the low ones; FNV's move up only). */
function hashOf(id: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  return h ^ (h >>> 13);
}
