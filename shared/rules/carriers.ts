/**
 * The data flows carrying each data entity id (`dataEntityIds`), for the checker graph (`graph.ts`),
 * kept up to date edit by edit. For the document indexed at first it also keeps, per carried id,
 * what the graph found while indexing: the ends of each of those flows, and the element under the
 * id. Both are no longer read from the first edit on (`forget`); callers then look them up.
 *
 * One map from carried id to a number (its serial) leads to all three. Why: they were three maps with
 * the same keys, each filled by a lookup per carried id per flow; on the 100,000-element varied model
 * (51,000 flows carrying 71,000 ids, 7,700 distinct) making and filling them cost ~30 ms of a ~300 ms
 * index build. Why a number rather than an object per id: see `Carriers`.
 */
import type { DataFlow, Element, ElementKind, Relation } from '../model/schema';
import { elementKindCode } from './end-kinds';
import type { CarriedNumbering } from './carried-numbering';
import type { DocumentOrder } from './document-order';

const EMPTY: readonly never[] = Object.freeze([]);
const NO_CODES = new Uint8Array(0);

/**
 * What the build met (carried-numbering.ts), flow by flow: each data flow carrying ids, once, in document order
 * (`flows`), and the serials of the ids it carries, in its order, at `serials[starts[i]]` …
 * `serials[starts[i + 1] - 1]` (to `serials.length` for the last); `elements[serial]` the element
 * under each (null: none). Lets the flow rules read what a flow carries as numbers (carried-facts.ts).
 */
export interface CarriedByFlow {
  readonly flows: readonly DataFlow[];
  readonly starts: ArrayLike<number>;
  readonly serials: ArrayLike<number>;
  readonly elements: readonly (Element | null)[];
}

/**
 * Why ids are numbered (serials) and the lists made at their size: one object per carried id with
 * lists of flows and end slots grown by push measured ~10 MB allocated per full check of the
 * 100,000-element varied model (51,000 flows carrying 71,000 ids, 7,700 distinct), ~12 % of what the
 * check allocates, which the garbage collector then copies. Counted first, each id's list of flows is
 * made at its size and the end slots of all of them are one typed array outside the heap.
 */
export class Carriers {
  /** Carried id → its serial: its place in `flowsBySerial` (and, while fresh, `elementsBySerial`, `endStart`). */
  private serialOf = new Map<string, number>();
  /** By serial: the flows carrying the id, in the order they were indexed (document order, then edits). */
  private readonly flowsBySerial: DataFlow[][] = [];
  /** Read while fresh, by serial: the element under the id (null: none). */
  private elementsBySerial: readonly (Element | null)[] = EMPTY;
  /**
   * Read while fresh: the slots in the incident index of the source and target of the `i`th flow
   * carrying the id of serial `s` at `endSlots[endStart[s] + 2i]` and `+ 1` (`build-indexes.ts`: the
   * element in slot `s` is the document's `s`th, a slot past them an id no element has). Slots
   * rather than the elements: a pass meeting each end once marks them without reading them
   * (`forEachNewEnd`).
   */
  private endSlots: Int32Array | null = null;
  private endStart: Int32Array | null = null;
  /** The ends and elements kept are those of the document indexed at first (no edit since). */
  private indexed = true;
  /** See `CarriedByFlow`; made by `finishIndexing`. */
  private byFlow: CarriedByFlow | null = null;

  /**
   * `elements`: the indexed document's elements in order, the element in slot `s` at `elements[s]`
   * (slots past them name no element); `codes[s]` its kind's number (`end-kinds.ts`).
   */
  constructor(
    private readonly elements: readonly Element[] = EMPTY,
    private readonly codes: Uint8Array = NO_CODES,
  ) {}

  /**
   * Index the flows carrying ids, numbered (`carried`, made over the same document: carried-numbering.ts):
   * make each id's list of flows and the end slots, counted first so that every list is made at its
   * size. `relations` are the document's, `ends` their ends' slots (relation `k`'s source at `2k`,
   * target at `2k + 1`).
   */
  index(carried: CarriedNumbering, relations: readonly Relation[], ends: Int32Array) {
    // the map is the carriers' own (edits change it); the rest is read only
    this.serialOf = new Map(carried.serialOf);
    this.elementsBySerial = carried.elements;
    const { serials, starts, flowPlaces: at } = carried;
    const ids = this.elementsBySerial.length;
    const counts = new Int32Array(ids);
    for (let i = 0; i < serials.length; i++) counts[serials[i]]++;
    const endStart = new Int32Array(ids + 1);
    for (let s = 0; s < ids; s++) {
      endStart[s + 1] = endStart[s] + 2 * counts[s];
      this.flowsBySerial.push(new Array<DataFlow>(counts[s]));
    }
    const endSlots = new Int32Array(endStart[ids]);
    const filled = counts.fill(0);
    const flows = new Array<DataFlow>(at.length);
    for (let q = 0; q < at.length; q++) {
      const k = at[q];
      const flow = relations[k] as DataFlow;
      flows[q] = flow;
      const source = ends[2 * k];
      const target = ends[2 * k + 1];
      const to = q + 1 < starts.length ? starts[q + 1] : serials.length;
      for (let i = starts[q]; i < to; i++) {
        const s = serials[i];
        const j = filled[s]++;
        this.flowsBySerial[s][j] = flow;
        endSlots[endStart[s] + 2 * j] = source;
        endSlots[endStart[s] + 2 * j + 1] = target;
      }
    }
    this.endSlots = endSlots;
    this.endStart = endStart;
    this.byFlow = { flows, starts, serials, elements: this.elementsBySerial };
  }

  /** While fresh, what the build met flow by flow (`CarriedByFlow`); null once not. */
  indexedByFlow(): CarriedByFlow | null {
    return this.indexed ? this.byFlow : null;
  }

  /**
   * Stop answering with what holds only for the document indexed at first: called before the first
   * edit is followed. The elements kept stay in memory but are no longer read.
   */
  forget() {
    this.indexed = false;
    // no longer read: let the lists (~120,000 entries on a large model) and the end slots go, at no cost
    this.byFlow = null;
    this.endSlots = null;
    this.endStart = null;
  }

  /** True until `forget`: `endsOf` answers. */
  get fresh(): boolean {
    return this.indexed;
  }

  /** `flow` now carries `id` (after an edit: goes last). */
  add(id: string, flow: DataFlow) {
    const serial = this.serialOf.get(id);
    if (serial !== undefined) this.flowsBySerial[serial].push(flow);
    else {
      this.serialOf.set(id, this.flowsBySerial.length);
      this.flowsBySerial.push([flow]);
    }
  }

  /** `after` carries `id` in the place of `before` (a flow edited in place keeps its place, as a full check lists it). */
  replace(id: string, before: DataFlow, after: DataFlow) {
    const flows = this.listOf(id);
    const i = flows ? flows.indexOf(before) : -1;
    if (i >= 0) flows![i] = after;
    else this.add(id, after);
  }

  /**
   * Flow `before` edited in place into `after` (same ends): the ids carried by both keep its place
   * among their flows, the others go or come last. (A merge dropping a dangling carried id had moved
   * the flow last: infra.classifiedControlsPartial listed sites out of a full check's order.)
   */
  moveFlow(before: DataFlow, after: DataFlow) {
    const was: readonly string[] = before.dataEntityIds ?? [];
    const now: readonly string[] = after.dataEntityIds ?? [];
    for (const d of was) if (!now.includes(d)) this.remove(d, before);
    for (const d of now) {
      if (was.includes(d)) this.replace(d, before, after);
      else this.add(d, after);
    }
  }

  /** Put the flows carrying `id` back in document order after an edit added one. */
  reorder(id: string, inDocumentOrder: DocumentOrder) {
    const flows = this.listOf(id);
    if (flows && flows.length > 1) inDocumentOrder(flows);
  }

  /** `flow` no longer carries `id` (once), the id forgotten when no flow is left. */
  remove(id: string, flow: DataFlow) {
    const flows = this.listOf(id);
    if (!flows) return;
    const i = flows.indexOf(flow);
    if (i >= 0) flows.splice(i, 1);
    if (flows.length === 0) this.serialOf.delete(id);
  }

  private listOf(id: string): DataFlow[] | undefined {
    const serial = this.serialOf.get(id);
    return serial === undefined ? undefined : this.flowsBySerial[serial];
  }

  /** The flows carrying `id`. */
  flowsOf(id: string): readonly DataFlow[] {
    return this.listOf(id) ?? EMPTY;
  }

  /**
   * While fresh, where the slots of the ends of the flows carrying `id` (`flowsOf`, in its order) are
   * in `endSlots()`: the source of the `i`th at the answer + 2i, its target next; -1 when not known
   * (not fresh, or no flow carries `id`).
   */
  endsOf(id: string): number {
    if (!this.endStart) return -1;
    const serial = this.serialOf.get(id);
    return serial === undefined ? -1 : this.endStart[serial];
  }

  /**
   * True when `test(flow, source, target)` holds for a flow carrying `id` (its ends as elements of
   * `elements`, the current document's; undefined where none); stops at the first. While fresh the
   * ends are the slots found while indexing (ModelGraph.someFlowCarrying).
   */
  someFlowCarrying(id: string, test: (f: DataFlow, source: Element | undefined, target: Element | undefined) => boolean, elements: { get(id: string): Element | undefined }): boolean {
    const flows = this.flowsOf(id);
    const ends = this.endsOf(id);
    for (let i = 0; i < flows.length; i++) {
      const f = flows[i];
      if (ends >= 0 ? test(f, this.elementAt(this.endSlotAt(ends + 2 * i)), this.elementAt(this.endSlotAt(ends + 2 * i + 1))) : test(f, elements.get(f.source), elements.get(f.target))) return true;
    }
    return false;
  }

  /** While fresh, the end slots `endsOf` points into. */
  endSlotAt(i: number): number {
    return this.endSlots![i];
  }

  /** While fresh, the number of end slots `endsOf` points into (0 once not fresh). */
  get endSlotCount(): number {
    return this.endSlots?.length ?? 0;
  }

  /** The number of slots naming an element (`elementAt`). */
  get slotCount(): number {
    return this.elements.length;
  }

  /** The kind's number (`elementKindCode`) of the element in slot `slot` (below `slotCount`), read without reading the element. */
  kindCodeAt(slot: number): number {
    return this.codes[slot];
  }

  /** While fresh, the element in slot `slot` (undefined for a slot naming no element). */
  elementAt(slot: number): Element | undefined {
    return slot < this.elements.length ? this.elements[slot] : undefined;
  }

  /**
   * Marks for `forEachNewEnd`: by slot while fresh, else by element; with `kinds`, only ends of those
   * kinds are called back about. By slot, an element of another kind is marked as met from the
   * start (by its kind's number): a pass then reads one byte per end, not also the end's kind number
   * (infra.classifiedControlsPartial meets ~110,000 ends on the varied 100,000-element model).
   */
  newMarks(kinds?: readonly ElementKind[]): EndMarks {
    let slots: Uint8Array | null = null;
    if (this.indexed) {
      slots = new Uint8Array(this.elements.length);
      if (kinds) {
        const wanted = new Uint8Array(256);
        for (const kind of kinds) wanted[elementKindCode(kind)] = 1;
        const codes = this.codes;
        for (let i = 0; i < slots.length; i++) slots[i] = wanted[codes[i]] ^ 1;
      }
    }
    return { slots, elements: new Set(), kinds: kinds ? new Set(kinds) : null };
  }

  /**
   * While fresh: call `fn` with the element in slot `slot` unless `marks` met it (marking it; an
   * element not of the marks' kinds is marked from the start) or it is none (a slot past the elements).
   */
  visitSlot(slot: number, marks: EndMarks, fn: EndVisitor) {
    const bySlot = marks.slots!;
    if (slot < 0 || slot >= bySlot.length || bySlot[slot]) return;
    bySlot[slot] = 1;
    const e = this.elements[slot];
    this.visited = e;
    this.visitedSlot = slot;
    fn(e, slot);
  }

  /** The element `visitSlot` last called back about, and its slot (`slotOfVisited`). */
  private visited: Element | undefined;
  private visitedSlot = -1;

  /** While fresh, `e`'s slot when it is the element `visitSlot` last called back about; -1 otherwise. */
  slotOfVisited(e: Element): number {
    return this.indexed && e === this.visited ? this.visitedSlot : -1;
  }

  /** Once not fresh: `visitSlot` for element `e` (undefined: none). */
  visitElement(e: Element | undefined, marks: EndMarks, fn: EndVisitor) {
    if (e === undefined || marks.elements.has(e)) return;
    marks.elements.add(e);
    if (!marks.kinds || marks.kinds.has(e.kind)) fn(e, -1);
  }

  /**
   * Call `fn(e)` for each element at an end of a flow carrying `id` (source then target, flow by flow)
   * that `marks` does not hold, adding it; `document` gives the element under an id once not fresh.
   * While fresh an end met before costs a byte read: no element, no set (see `EndMarks`).
   */
  forEachNewEnd(id: string, marks: EndMarks, fn: EndVisitor, document: { get(id: string): Element | undefined }) {
    const serial = this.serialOf.get(id);
    if (serial === undefined) return;
    const endStart = this.endStart;
    if (endStart && marks.slots) {
      const endSlots = this.endSlots!;
      for (let i = endStart[serial]; i < endStart[serial + 1]; i++) this.visitSlot(endSlots[i], marks, fn);
      return;
    }
    const flows = this.flowsBySerial[serial];
    for (let i = 0; i < flows.length; i++) {
      this.visitElement(document.get(flows[i].source), marks, fn);
      this.visitElement(document.get(flows[i].target), marks, fn);
    }
  }

  /** While fresh, the element under carried id `id` (null: none); undefined when not known. */
  elementOf(id: string): Element | null | undefined {
    if (!this.indexed) return undefined;
    const serial = this.serialOf.get(id);
    return serial === undefined ? undefined : this.elementsBySerial[serial];
  }
}

/**
 * What a pass over ends (`Carriers.forEachNewEnd`, `visitSlot`) calls back with: the end, and while
 * fresh its slot (build-indexes.ts), -1 otherwise; a caller numbering what it meets by slot then
 * reads no element to find it (infra.classifiedControlsPartial).
 */
export type EndVisitor = (e: Element, slot: number) => void;

/**
 * The flow ends a pass has met (`Carriers.forEachNewEnd`). Why by slot: infra.classifiedControlsPartial
 * meets the ~75,000 ends of the flows carrying classified data on the varied 100,000-element model,
 * ~29,000 of them distinct; reading each end's kind and asking a set of elements for every one of
 * them was ~40 % of the rule.
 */
export interface EndMarks {
  /** While fresh: 1 at the slot of each end met, and of each element not of the kinds called back about. */
  readonly slots: Uint8Array | null;
  /** Once not fresh: the ends met. */
  readonly elements: Set<Element>;
  /** Once not fresh: the kinds called back about (all when null). */
  readonly kinds: ReadonlySet<string> | null;
}
