/**
 * The relations touching each element (as source or target), in document order.
 *
 * Built as one table rather than an array per element: a full check of a 100,000-element model
 * made ~100,000 small arrays that all survive the check, and the garbage collector copying them
 * out of the young generation was half the cost of indexing the model. Here the build makes a
 * map from element id to a slot number and two flat arrays, whatever the model's size.
 *
 * Edits (incremental checks) change the lists of a few elements: those move out of the table into
 * their own arrays (`changed`), which take precedence from then on.
 */
import type { Relation } from '../model/schema';

const EMPTY: readonly Relation[] = Object.freeze([]);

export class IncidentIndex {
  /** Element id (any id a relation names, existing or not) → its slot. */
  private readonly slotOf = new Map<string, number>();
  /** `start[slot]` … `start[slot + 1]`: the slot's positions in `table`. */
  private readonly start: Int32Array;
  /** The relations of every slot, slot after slot, each slot's in document order. */
  private readonly table: Relation[];
  /** Lists changed by edits since the build, by element id (possibly empty). */
  private readonly changed = new Map<string, Relation[]>();
  /**
   * Right after the build: the slots of relation `k`'s source and target at `2k` and `2k + 1`, for
   * the owner to read once and drop (`end-kinds.ts`).
   */
  endSlots: Int32Array | null;

  /**
   * Index `relations` (in document order). `elementIds`, the element table's keys (unique), get the first
   * slots: rules query with those same strings (interned when the table was read from JSON), so
   * those lookups compare pointers rather than characters.
   */
  constructor(relations: readonly Relation[], elementIds: readonly string[] = []) {
    const n = relations.length;
    // first pass: a slot per endpoint id and the number of relations per slot
    let slots = 0;
    // a table's ids are unique: no lookup before each insertion
    for (let i = 0; i < elementIds.length; i++) this.slotOf.set(elementIds[i], slots++);
    const ends = new Int32Array(2 * n);
    const count = new Int32Array(2 * n + slots + 1);
    for (let k = 0; k < n; k++) {
      const r = relations[k];
      let s = this.slotOf.get(r.source);
      if (s === undefined) this.slotOf.set(r.source, (s = slots++));
      let t: number | undefined = s;
      if (r.target !== r.source) {
        t = this.slotOf.get(r.target);
        if (t === undefined) this.slotOf.set(r.target, (t = slots++));
      }
      ends[2 * k] = s;
      ends[2 * k + 1] = t;
      count[s + 1]++;
      if (t !== s) count[t + 1]++; // a relation from an element to itself is listed once
    }
    for (let i = 1; i <= slots; i++) count[i] += count[i - 1];
    this.start = count.slice(0, slots + 1);
    // second pass: place each relation in its ends' slots; `count[slot]` is the slot's next free position
    const table = new Array<Relation>(this.start[slots]);
    for (let k = 0; k < n; k++) {
      const s = ends[2 * k];
      const t = ends[2 * k + 1];
      table[count[s]++] = relations[k];
      if (t !== s) table[count[t]++] = relations[k];
    }
    this.table = table;
    this.endSlots = ends;
  }

  /** Where `id`'s relations are: `list[from]` … `list[to - 1]`. Written into `span` (no object per query). */
  locate(id: string, span: Span): void {
    const own = this.changed.size ? this.changed.get(id) : undefined;
    if (own) {
      span.list = own;
      span.from = 0;
      span.to = own.length;
      return;
    }
    const s = this.slotOf.get(id);
    span.list = this.table;
    span.from = s === undefined ? 0 : this.start[s];
    span.to = s === undefined ? 0 : this.start[s + 1];
  }

  /** `id`'s relations as an array (a copy for a table slot). */
  listOf(id: string): readonly Relation[] {
    const own = this.changed.size ? this.changed.get(id) : undefined;
    if (own) return own;
    const s = this.slotOf.get(id);
    return s === undefined || this.start[s] === this.start[s + 1] ? EMPTY : this.table.slice(this.start[s], this.start[s + 1]);
  }

  /** Number of relations at `id`. */
  countAt(id: string): number {
    const own = this.changed.size ? this.changed.get(id) : undefined;
    if (own) return own.length;
    const s = this.slotOf.get(id);
    return s === undefined ? 0 : this.start[s + 1] - this.start[s];
  }

  /** Append `r` to `id`'s list. */
  add(id: string, r: Relation) {
    this.own(id).push(r);
  }

  /** Take `r` out of `id`'s list. */
  remove(id: string, r: Relation) {
    const list = this.own(id);
    const i = list.indexOf(r);
    if (i >= 0) list.splice(i, 1);
  }

  /** Put `after` where `before` is in `id`'s list (same ends: the order stays). */
  replace(id: string, before: Relation, after: Relation) {
    const list = this.own(id);
    const i = list.indexOf(before);
    if (i >= 0) list[i] = after;
  }

  /** `id`'s list as an array of its own, for an edit. */
  private own(id: string): Relation[] {
    let list = this.changed.get(id);
    if (!list) this.changed.set(id, (list = this.listOf(id).slice()));
    return list;
  }
}

/** A run of relations in a list (see `IncidentIndex.locate`). */
export interface Span {
  list: readonly Relation[];
  from: number;
  to: number;
}
