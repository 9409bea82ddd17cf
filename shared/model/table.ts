/**
 * A document table (elements, relations): items keyed by id, persistent, so that an edit makes a new
 * table in time proportional to what it changes while every earlier table stays as it was.
 *
 * A plain object keyed by id cannot do that: a new document after one rename needs a new 100,000-key
 * object (~90 ms to spread, more to freeze), and `Object.values` of such an object takes ~55 ms.
 * Here every version of a table shares one `Map` (Baker's "rerooting" persistent arrays): the newest
 * version owns the map, and each older version is the list of differences that turn the next version
 * back into it. Reading the newest version is a Map lookup; reading an older one walks a few
 * differences, or moves the map to it (re-rooting) when they are many. A persistent hash trie
 * (immutable.js) was measured at ~10× slower per lookup and ~2× slower to build at 100,000 items;
 * a check or a paper reads the tables ~10⁵–10⁶ times, so the shared map wins.
 *
 * Order: a table lists its items in insertion order (as a plain object keyed by non-numeric ids did).
 * An older version read again after its successor deleted items lists those items last.
 *
 * Keys are any strings, so no id can find `Object.prototype`; the id rules of ./ids.ts still apply
 * where the model is parsed.
 */

/** Marks a key deleted in a version's differences. */
const ABSENT: unique symbol = Symbol('absent');

/**
 * An item with its place in the order: a number taken when its id was added (replacing the item
 * keeps it), so every version lists in its own insertion order even after the shared map had to
 * put an id back at its end while moving to an older version.
 */
interface Entry<T> {
  readonly item: T;
  readonly seq: number;
}
type Slot<T> = Entry<T> | typeof ABSENT;

/** What all versions of one table share. */
interface Family {
  nextSeq: number;
  /** The map's own order may no longer follow `seq` (an id was put back, not last, while re-rooting). */
  reordered: boolean;
  /** The largest `seq` appended to the map so far (an id put back with a smaller one is out of place). */
  lastSeq: number;
}

/** One version: the map itself (newest read), or differences from the next version. */
interface Version<T> {
  map: Map<string, Entry<T>> | null;
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

/** Make `v` own the shared map: apply each difference on the way to it, reversing it as it goes. */
function reroot<T>(v: Version<T>): Map<string, Entry<T>> {
  if (v.map) return v.map;
  const path: Version<T>[] = [];
  let at: Version<T> = v;
  // iterative: a version a long edit session back is thousands of steps from the map
  while (!at.map) {
    path.push(at);
    at = at.next!;
  }
  for (let i = path.length - 1; i >= 0; i--) {
    const older = path[i];
    const map = at.map!;
    const undo = new Map<string, Slot<T>>();
    for (const [key, slot] of older.diff!) {
      const had = map.get(key);
      undo.set(key, had ?? ABSENT);
      if (slot === ABSENT) map.delete(key);
      else {
        if (!had) appended(v.family, slot.seq);
        map.set(key, slot);
      }
    }
    at.map = null;
    at.diff = undo;
    at.next = older;
    older.map = map;
    older.diff = null;
    older.next = null;
    at = older;
  }
  return at.map!;
}

/** Note an id added at the map's end: in order if it is the newest there, else the map needs sorting. */
function appended(family: Family, seq: number): void {
  if (seq > family.lastSeq) family.lastSeq = seq;
  else family.reordered = true;
}

/** `v`'s map, its iteration order made the version's insertion order again if re-rooting disturbed it. */
function ordered<T>(v: Version<T>): Map<string, Entry<T>> {
  const map = reroot(v);
  if (v.family.reordered) {
    const entries = [...map].sort((a, b) => a[1].seq - b[1].seq);
    map.clear();
    for (const [key, entry] of entries) map.set(key, entry);
    v.family.reordered = false;
    v.family.lastSeq = entries.length ? entries[entries.length - 1][1].seq : -1;
  }
  return map;
}

function rootVersion<T>(map: Map<string, Entry<T>>, family: Family): Version<T> {
  return { map, diff: null, next: null, family, extended: false };
}

/** A new table's map and family from entries in order. */
function build<T>(entries: Iterable<readonly [string, T]>): { map: Map<string, Entry<T>>; family: Family } {
  const map = new Map<string, Entry<T>>();
  let seq = 0;
  for (const [key, item] of entries) {
    const had = map.get(key);
    // a later duplicate replaces the item where the first one stood, as in an object literal
    map.set(key, { item, seq: had ? had.seq : seq++ });
  }
  return { map, family: { nextSeq: seq, reordered: false, lastSeq: seq - 1 } };
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

  private static made<T>({ map, family }: { map: Map<string, Entry<T>>; family: Family }): Table<T> {
    return new Table<T>(rootVersion(map, family), map.size);
  }

  /** A table of `entries` (later duplicates replace earlier ones, as in an object literal). */
  static fromEntries<T>(entries: Iterable<readonly [string, T]>): Table<T> {
    return Table.made(build(entries));
  }

  /** A table of a plain record's own entries (a document read from JSON or built by a test). */
  static fromRecord<T>(record: Readonly<Record<string, T>>): Table<T> {
    return Table.made(build(Object.keys(record).map((key) => [key, record[key]] as const)));
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
    for (let hops = 0; !v.map; hops++) {
      if (hops === WALK_LIMIT) return reroot(this.#version).get(id)?.item;
      const slot = v.diff!.get(id);
      if (slot !== undefined) return slot === ABSENT ? undefined : slot.item;
      v = v.next!;
    }
    return v.map.get(id)?.item;
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  /** The items in order. Made once per table and shared: never mutate it (copy to sort). */
  values(): readonly T[] {
    if (!this.#values) {
      const out: T[] = [];
      for (const entry of ordered(this.#version).values()) out.push(entry.item);
      this.#values = out;
    }
    return this.#values;
  }

  /** The ids in order (same order as values()). Made once per table and shared. */
  ids(): readonly string[] {
    return (this.#ids ??= Array.from(ordered(this.#version).keys()));
  }

  /** [id, item] pairs in order (a new array each call). */
  entries(): [string, T][] {
    const out: [string, T][] = [];
    for (const [key, entry] of ordered(this.#version)) out.push([key, entry.item]);
    return out;
  }

  /** This table with `changes` applied (`undefined` deletes); this table stays as it is. */
  withChanges(changes: TableChanges<T>): Table<T> {
    if (changes.size === 0) return this;
    if (this.#version.extended) return Table.made(build(this.entries())).withChanges(changes);
    const version = this.#version;
    const map = reroot(version);
    const family = version.family;
    const undo = new Map<string, Slot<T>>();
    for (const [key, item] of changes) {
      const had = map.get(key);
      if (!undo.has(key)) undo.set(key, had ?? ABSENT);
      if (item === undefined) {
        if (had) map.delete(key);
      } else {
        // a replaced item keeps its place; a new id (or one deleted before) goes last
        if (had) map.set(key, { item, seq: had.seq });
        else {
          const seq = family.nextSeq++;
          map.set(key, { item, seq });
          appended(family, seq);
        }
      }
    }
    const newest = rootVersion(map, family);
    version.extended = true;
    version.map = null;
    version.diff = undo;
    version.next = newest;
    return new Table<T>(newest, map.size);
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
    for (const [key, entry] of ordered(this.#version)) {
      // an own property even for a key the parser would have refused, never the prototype
      if (key === '__proto__') Object.defineProperty(out, key, { value: entry.item, enumerable: true, writable: true, configurable: true });
      else out[key] = entry.item;
    }
    return out;
  }

  /** JSON.stringify writes a table as the record it replaces, so files keep their format. */
  toJSON(): Record<string, T> {
    return this.toRecord();
  }
}
