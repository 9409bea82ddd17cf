/**
 * The relations touching each element (as source or target), in document order.
 *
 * Built as one table rather than an array per element: a full check of a 100,000-element model
 * made ~100,000 small arrays that all survive the check, and the garbage collector copying them
 * out of the young generation was half the cost of indexing the model. Here the build makes a
 * numbering of ids by slot (`id-slots.ts`, `build-indexes.ts`) and flat arrays of numbers, whatever the model's size.
 * The table holds each relation's number (its place among the document's relations), not the
 * relation: 320,000 pointers on the varied 100,000-element model, a 2.5 MB array the build filled
 * with a write barrier per store, took 26 ms where the numbers take 4 ms (medians of 40 alternating
 * builds of the table alone, app-length ids); a query reads the relation it returns one step away.
 *
 * Edits (incremental checks) change the lists of a few elements: those move out of the table into
 * their own arrays (`changed`), which take precedence from then on.
 */
import type { Element, Relation } from '../model/schema';
import type { DocumentOrder } from './document-order';
import type { IdSlots } from './id-slots';
import { IN, OUT, type IncidentEnds } from './incident-queries';

const EMPTY: readonly Relation[] = Object.freeze([]);

export class IncidentIndex {
  /** Lists changed by edits since the build, by element id (possibly empty). */
  private readonly changed = new Map<string, Relation[]>();

  /**
   * `slotOf`: element id (any id a relation names, existing or not) → its slot; `start[slot]` …
   * `start[slot + 1]`: the slot's positions in `table`, which holds the relations of every slot,
   * slot after slot, each slot's in document order, as their places in `relations` (the indexed
   * document's, kept: the table's unchanged lists still name them after edits).
   */
  private constructor(
    private readonly slotOf: IdSlots,
    private readonly start: Int32Array,
    private readonly relations: readonly Relation[],
    private readonly table: Int32Array,
    /** Marks and other ends of the table's positions (incident-queries.ts): only the table as built holds them. */
    private readonly tableEnds: IncidentEnds,
  ) {}

  /**
   * Index `relations` (in document order), given the slot of each one's ends: relation `k`'s source
   * in `ends[2k]`, its target in `ends[2k + 1]` (the same slot for a relation from an element to
   * itself), slots numbered from 0 to `slotOf.size - 1` by `slotOf`. The graph numbers the ends while it
   * reads each relation for its other indexes (`build-indexes.ts`), so that is the only lookup by id.
   * From `relationCodes` (each relation's kind number) and `elements` (the element in each slot
   * below their count), each position also gets its mark and other end (`endsAt`).
   */
  static fromEnds(relations: readonly Relation[], slotOf: IdSlots, ends: Int32Array, relationCodes: Uint8Array, elements: readonly Element[]): IncidentIndex {
    const n = relations.length;
    const slots = slotOf.size;
    // the number of relations per slot, then where each slot starts
    const count = new Int32Array(slots + 1);
    for (let k = 0; k < n; k++) {
      const s = ends[2 * k];
      const t = ends[2 * k + 1];
      count[s + 1]++;
      if (t !== s) count[t + 1]++; // a relation from an element to itself is listed once
    }
    for (let i = 1; i <= slots; i++) count[i] += count[i - 1];
    const start = count.slice();
    // place each relation in its ends' slots; `count[slot]` is the slot's next free position
    const table = new Int32Array(start[slots]);
    const marks = new Uint16Array(table.length);
    const others = new Int32Array(table.length);
    for (let k = 0; k < n; k++) {
      const s = ends[2 * k];
      const t = ends[2 * k + 1];
      const kind = relationCodes[k] << 2;
      let at = count[s]++;
      table[at] = k;
      others[at] = t;
      if (t === s) {
        marks[at] = kind | OUT | IN;
        continue;
      }
      marks[at] = kind | OUT;
      at = count[t]++;
      table[at] = k;
      others[at] = s;
      marks[at] = kind | IN;
    }
    return new IncidentIndex(slotOf, start, relations, table, { marks, others, elements });
  }

  /**
   * The marks and other ends of `span`'s positions when it is a run of the table as built, else null
   * (the caller reads the relations). Their elements are the indexed document's: ask only while the
   * graph holds that document (an edit may replace an element whose relations did not change).
   */
  endsAt(span: Span): IncidentEnds | null {
    return span.at === this.table ? this.tableEnds : null;
  }

  /** Where `id`'s relations are: positions `from` … `to - 1` of `span` (`relationAt`, incident-queries.ts). Written into `span` (no object per query). */
  locate(id: string, span: Span): void {
    const own = this.changed.size ? this.changed.get(id) : undefined;
    if (own) {
      span.list = own;
      span.at = null;
      span.from = 0;
      span.to = own.length;
      return;
    }
    const s = this.slotOf.get(id);
    span.list = this.relations;
    span.at = this.table;
    span.from = s < 0 ? 0 : this.start[s];
    span.to = s < 0 ? 0 : this.start[s + 1];
  }

  /**
   * Where the relations of slot `slot` are, for a caller that knows the slot (the graph, visiting the
   * elements of the document indexed at first): `locate` without the lookup by id. Only while no
   * edit has been applied (the table is then all there is).
   */
  locateSlot(slot: number, span: Span): void {
    span.list = this.relations;
    span.at = this.table;
    span.from = this.start[slot];
    span.to = this.start[slot + 1];
  }

  /**
   * The slot numbered for `id` when the index was built (undefined for an id no relation named then):
   * the slot of the element under that key, for a caller that knows no edit has been applied.
   */
  slotAtBuild(id: string): number | undefined {
    const s = this.slotOf.get(id);
    return s < 0 ? undefined : s;
  }

  /** `id`'s relations as an array (a copy for a table slot). */
  listOf(id: string): readonly Relation[] {
    const own = this.changed.size ? this.changed.get(id) : undefined;
    if (own) return own;
    const s = this.slotOf.get(id);
    if (s < 0 || this.start[s] === this.start[s + 1]) return EMPTY;
    const from = this.start[s];
    const out = new Array<Relation>(this.start[s + 1] - from);
    for (let i = 0; i < out.length; i++) out[i] = this.relations[this.table[from + i]];
    return out;
  }

  /** Number of relations at `id`. */
  countAt(id: string): number {
    const own = this.changed.size ? this.changed.get(id) : undefined;
    if (own) return own.length;
    const s = this.slotOf.get(id);
    return s < 0 ? 0 : this.start[s + 1] - this.start[s];
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

  /** Put `id`'s list back in document order (`inDocumentOrder`) after an edit moved a relation onto it. */
  reorder(id: string, inDocumentOrder: DocumentOrder) {
    if (this.countAt(id) > 1) inDocumentOrder(this.own(id));
  }

  /** `id`'s list as an array of its own, for an edit. */
  private own(id: string): Relation[] {
    let list = this.changed.get(id);
    if (!list) this.changed.set(id, (list = this.listOf(id).slice()));
    return list;
  }
}

/**
 * A run of relations (see `IncidentIndex.locate`): at positions `from` … `to - 1`, `list[i]`, or with
 * `at`, `list[at[i]]` (a run of the incident table, which holds relations' numbers); see `relationAt` (incident-queries.ts).
 */
export interface Span {
  list: readonly Relation[];
  at: Int32Array | null;
  from: number;
  to: number;
}

/** Elements a relation touches: its endpoints and, for a data flow, the data it carries (none for no relation). */
export function relationNeighbours(r: Relation | undefined): string[] {
  if (!r) return [];
  const out = [r.source, r.target];
  if (r.kind === 'dataFlow') for (const d of r.dataEntityIds ?? []) out.push(d);
  return out;
}
