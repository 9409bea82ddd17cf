/**
 * Ids → slot numbers for the checker graph's build (`build-indexes.ts`): a document's element ids
 * get slots 0 … n − 1 in table order, then each other id a relation names the next slot. The
 * incident index keeps it to answer "where are this id's relations" (`incident.ts`).
 *
 * Why not a `Map<string, number>`: on the 100,000-element varied model its ~100,000 insertions
 * (rehashing as it grows, reading every key again each time) and ~320,000 lookups of relation ends
 * were the largest part of the build, and the map (~3.5 MB of pointers) lived in the heap the
 * garbage collector walks through the whole check. Here a lookup hashes the id's characters (read
 * anyway to compare them), probes one array of numbers outside the heap, where the slot and the
 * hash's high bits share one number, and compares the id with the key of the slot found; ids keep
 * living in the arrays they came from (the table's `ids()`), not copied.
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
  /**
   * One number per place, by position `hash & mask`, probed linearly (0: empty): the slot + 1 in the
   * low bits (those of `mask`: the table has at least twice as many places as slots) and the id's
   * hash above them, so a probe that meets another id's entry tells it apart without reading its key
   * but once in 2^(32 − bits of mask). Why one number, not [hash, slot] pairs: the table is half the
   * size (1 MB for the 100,000-element varied model), and the probes of the ~320,000 relation ends
   * mostly miss the cache: making the table of the model's ids, numbering every relation's two ends
   * and asking half the sources again (`get`) took 113 → 105 and 123 → 108 ms CPU, with app-length
   * ids 218 → 196 and 247 → 235 ms (medians of 40 alternating runs in one process, two runs each,
   * load ~7).
   */
  private table: Int32Array;
  private mask: number;
  /** Ids of the slots past `keys.length` (an id no element has). */
  private readonly extra: string[] = [];
  private count = 0;

  /**
   * `keys` (taken as they are, never changed: a table's `ids()`) get slots 0 … keys.length − 1; they
   * must be distinct. Room is made for `more` further ids (more are taken, at a rehash). `hashes`: the
   * keys' `hashOf`, when the caller has them.
   */
  constructor(
    private readonly keys: readonly string[],
    more = 0,
    hashes?: Int32Array,
  ) {
    let capacity = 16;
    while (capacity * MAX_LOAD < keys.length + more) capacity *= 2;
    this.table = new Int32Array(capacity);
    this.mask = capacity - 1;
    // hashed first, then placed: two short loops waiting on memory (the keys' characters, then the
    // table's places) rather than one (see `guess`)
    if (!hashes) {
      hashes = new Int32Array(keys.length);
      for (let i = 0; i < keys.length; i++) hashes[i] = hashOf(keys[i]);
    }
    for (let i = 0; i < keys.length; i++) this.place(hashes[i], i);
    this.count = keys.length;
  }

  /** Number of slots given. */
  get size(): number {
    return this.count;
  }

  /** `id`'s slot; -1 when it has none. */
  get(id: string): number {
    return this.find(hashOf(id), id);
  }

  /**
   * The slot of each of `ids` (-1 for one with none), none given: `get` of each, in the three short
   * loops of `guess` (hash them all, guess them all, check each guess).
   */
  getAll(ids: readonly string[]): Int32Array {
    const hashes = new Int32Array(ids.length);
    for (let i = 0; i < ids.length; i++) hashes[i] = hashOf(ids[i]);
    const out = new Int32Array(ids.length);
    for (let i = 0; i < ids.length; i++) out[i] = this.guess(hashes[i]);
    for (let i = 0; i < ids.length; i++) if (out[i] < 0 || this.keyOf(out[i]) !== ids[i]) out[i] = this.find(hashes[i], ids[i]);
    return out;
  }

  /** `id`'s slot, given the next one if it has none. */
  slotOf(id: string): number {
    return this.slotOfHashed(id, hashOf(id));
  }

  /**
   * The slot of the first entry on `h`'s probe whose hash bits are `h`'s, -1 when none: the slot of
   * the id hashed to `h` when it has one (unless another id's hash shares those bits, which
   * `slotOfGuessed` then sees). Reads the table only, not the keys: a caller numbering many ids
   * hashes them all, then guesses all their slots, then checks each guess against its id, three
   * short loops in which the processor waits on several ids, places or keys at once instead of one
   * lookup's three reads from memory in turn (see `build-indexes.ts`).
   */
  guess(h: number): number {
    return this.find(h, undefined);
  }

  /** The slot of the first entry on `h`'s probe with `h`'s hash bits and, unless undefined, key `id`; -1 when none. */
  private find(h: number, id: string | undefined): number {
    const table = this.table;
    const mask = this.mask;
    const tag = h & ~mask;
    for (let p = h & mask; ; p = (p + 1) & mask) {
      const v = table[p];
      if (v === 0) return -1;
      if ((v & ~mask) === tag && (id === undefined || this.keyOf((v & mask) - 1) === id)) return (v & mask) - 1;
    }
  }

  /** `slotOf(id)` given `h = hashOf(id)` and `guess`, what `guess(h)` answered (before or after other ids got slots). */
  slotOfGuessed(id: string, h: number, guess: number): number {
    return guess >= 0 && this.keyOf(guess) === id ? guess : this.slotOfHashed(id, h);
  }

  /** `slotOf(id)` given `h = hashOf(id)`. */
  private slotOfHashed(id: string, h: number): number {
    const table = this.table;
    const mask = this.mask;
    const tag = h & ~mask;
    let p = h & mask;
    for (; ; p = (p + 1) & mask) {
      const v = table[p];
      if (v === 0) break;
      if ((v & ~mask) === tag && this.keyOf((v & mask) - 1) === id) return (v & mask) - 1;
    }
    const slot = this.count++;
    this.extra.push(id);
    if (this.count > (mask + 1) * MAX_LOAD) this.grow();
    else table[p] = tag | (slot + 1);
    return slot;
  }

  private keyOf(slot: number): string {
    const keys = this.keys;
    return slot < keys.length ? keys[slot] : this.extra[slot - keys.length];
  }

  /** Enter slot `slot` of hash `h` at its place (the first free one from `h & mask`). */
  private place(h: number, slot: number) {
    const table = this.table;
    const mask = this.mask;
    let p = h & mask;
    while (table[p] !== 0) p = (p + 1) & mask;
    table[p] = (h & ~mask) | (slot + 1);
  }

  /** Twice the room, every id placed again (an entry keeps only its hash's high bits; rare: a table is made with room for the document's ids). */
  private grow() {
    this.table = new Int32Array(2 * (this.mask + 1));
    this.mask = 2 * this.mask + 1;
    for (let slot = 0; slot < this.count; slot++) this.place(hashOf(this.keyOf(slot)), slot);
  }
}

/** FNV-1a over the id's UTF-16 code units, its bits then mixed (the probe reads the low ones; FNV's move up only). */
export function hashOf(id: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  return h ^ (h >>> 13);
}
