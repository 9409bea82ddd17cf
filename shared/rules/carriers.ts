/**
 * The data flows carrying each data entity id (`dataEntityIds`), for the checker graph (`graph.ts`),
 * kept up to date edit by edit. For the document indexed at first it also keeps, per carried id,
 * what the graph found while indexing: the ends of each of those flows, and the element under the
 * id. Both are no longer read from the first edit on (`forget`); callers then look them up.
 *
 * One map entry per carried id holds all three. Why: they were three maps with the same keys, each
 * filled by a lookup per carried id per flow; on the 100,000-element varied model (51,000 flows
 * carrying 71,000 ids, 7,700 distinct) making and filling them cost ~30 ms of a ~300 ms index build.
 */
import type { DataFlow, Element, ElementKind } from '../model/schema';
import { elementKindCode } from './end-kinds';
import type { DocumentOrder } from './document-order';

const EMPTY: readonly never[] = Object.freeze([]);
const NO_CODES = new Uint8Array(0);

/** What is kept for one carried id. */
interface Carried {
  /** The flows carrying the id, in the order they were indexed (document order, then edits). */
  readonly flows: DataFlow[];
  /**
   * Read while fresh: the slots in the incident index of the source and target of `flows[i]` at `2i`
   * and `2i + 1` (`build-indexes.ts`: the element in slot `s` is the document's `s`th, a slot past
   * them an id no element has). Slots rather than the elements: a pass meeting each end once marks
   * them without reading them (`forEachNewEnd`). Slots only, not the elements as well: keeping both
   * measured +0.5 and +19 ms (median per pair, 21 alternating pairs, loaded machine) on the
   * 100,000-element varied model's build against main, slots only -6 and -12 ms.
   */
  readonly endSlots: number[] | null;
  /** Read while fresh: the element under the id (null: none). */
  readonly element: Element | null | undefined;
  /** Its number among the ids `addIndexed` met, in the order first met (-1 for one added after an edit). */
  readonly serial: number;
  /** Read while fresh: `element` is a data entity. */
  readonly isData: boolean;
}

/**
 * What `addIndexed` met, flow by flow: each data flow carrying ids, once, in document order
 * (`flows`), and the serials of the ids it carries, in its order, at `serials[starts[i]]` …
 * `serials[starts[i + 1] - 1]` (to `serials.length` for the last); `elements[serial]` the element
 * under each (null: none). Lets the flow rules read what a flow carries as numbers (carried-facts.ts).
 */
export interface CarriedByFlow {
  readonly flows: readonly DataFlow[];
  readonly starts: readonly number[];
  readonly serials: readonly number[];
  readonly elements: readonly (Element | null)[];
}

export class Carriers {
  private readonly byId = new Map<string, Carried>();
  /** The ends and elements kept are those of the document indexed at first (no edit since). */
  private indexed = true;
  /** See `CarriedByFlow`; filled by `addIndexed`. */
  private byFlow = { flows: [] as DataFlow[], starts: [] as number[], serials: [] as number[], elements: [] as (Element | null)[] };

  /**
   * `elements`: the indexed document's elements in order, the element in slot `s` at `elements[s]`
   * (slots past them name no element); `codes[s]` its kind's number (`end-kinds.ts`).
   */
  constructor(
    private readonly elements: readonly Element[] = EMPTY,
    private readonly codes: Uint8Array = NO_CODES,
  ) {}

  /**
   * While building from a document (in document order): `flow` carries `id`, its ends are in slots
   * `sourceSlot` and `targetSlot`, and `elementOf` gives the element under an id (null: none), asked
   * once per id. True when the id is a data entity's (the flow's ends are suspect when not).
   */
  addIndexed(id: string, flow: DataFlow, sourceSlot: number, targetSlot: number, elementOf: (id: string) => Element | null): boolean {
    let carried = this.byId.get(id);
    const byFlow = this.byFlow;
    if (carried) {
      carried.flows.push(flow);
      carried.endSlots!.push(sourceSlot, targetSlot);
    } else {
      const element = elementOf(id);
      carried = { flows: [flow], endSlots: [sourceSlot, targetSlot], element, serial: byFlow.elements.length, isData: element?.kind === 'dataEntity' };
      this.byId.set(id, carried);
      byFlow.elements.push(carried.element ?? null);
    }
    if (byFlow.flows[byFlow.flows.length - 1] !== flow) {
      byFlow.flows.push(flow);
      byFlow.starts.push(byFlow.serials.length);
    }
    byFlow.serials.push(carried.serial);
    return carried.isData;
  }

  /** While fresh, what `addIndexed` met flow by flow (`CarriedByFlow`); null once not. */
  indexedByFlow(): CarriedByFlow | null {
    return this.indexed ? this.byFlow : null;
  }

  /**
   * Stop answering with what holds only for the document indexed at first: called before the first
   * edit is followed. The ends and elements kept stay in memory but are no longer read (clearing
   * them walked every carried id on the first recheck).
   */
  forget() {
    this.indexed = false;
    // no longer read: let the lists (~120,000 entries on a large model) go, at no cost
    this.byFlow = { flows: [], starts: [], serials: [], elements: [] };
  }

  /** True until `forget`: `entryOf(id).endSlots` may be read. */
  get fresh(): boolean {
    return this.indexed;
  }

  /** `flow` now carries `id` (after an edit: goes last). */
  add(id: string, flow: DataFlow) {
    const carried = this.byId.get(id);
    if (carried) carried.flows.push(flow);
    else this.byId.set(id, { flows: [flow], endSlots: null, element: undefined, serial: -1, isData: false });
  }

  /** `after` carries `id` in the place of `before` (a flow edited in place keeps its place, as a full check lists it). */
  replace(id: string, before: DataFlow, after: DataFlow) {
    const flows = this.byId.get(id)?.flows;
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
    const flows = this.byId.get(id)?.flows;
    if (flows && flows.length > 1) inDocumentOrder(flows);
  }

  /** `flow` no longer carries `id` (once), the id forgotten when no flow is left. */
  remove(id: string, flow: DataFlow) {
    const carried = this.byId.get(id);
    if (!carried) return;
    const i = carried.flows.indexOf(flow);
    if (i >= 0) carried.flows.splice(i, 1);
    if (carried.flows.length === 0) this.byId.delete(id);
  }

  /** The flows carrying `id`. */
  flowsOf(id: string): readonly DataFlow[] {
    return this.byId.get(id)?.flows ?? EMPTY;
  }

  /** The flows carrying `id` and, to read only while `fresh`, their ends' slots as `addIndexed` took them (null if added since). */
  entryOf(id: string): { readonly flows: readonly DataFlow[]; readonly endSlots: readonly number[] | null } | undefined {
    return this.byId.get(id);
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
  visitSlot(slot: number, marks: EndMarks, fn: (e: Element) => void) {
    const bySlot = marks.slots!;
    if (slot < 0 || slot >= bySlot.length || bySlot[slot]) return;
    bySlot[slot] = 1;
    fn(this.elements[slot]);
  }

  /** Once not fresh: `visitSlot` for element `e` (undefined: none). */
  visitElement(e: Element | undefined, marks: EndMarks, fn: (e: Element) => void) {
    if (e === undefined || marks.elements.has(e)) return;
    marks.elements.add(e);
    if (!marks.kinds || marks.kinds.has(e.kind)) fn(e);
  }

  /**
   * Call `fn(e)` for each element at an end of a flow carrying `id` (source then target, flow by flow)
   * that `marks` does not hold, adding it; `document` gives the element under an id once not fresh.
   * While fresh an end met before costs a byte read: no element, no set (see `EndMarks`).
   */
  forEachNewEnd(id: string, marks: EndMarks, fn: (e: Element) => void, document: { get(id: string): Element | undefined }) {
    const carried = this.byId.get(id);
    if (!carried) return;
    const slots = this.indexed ? carried.endSlots : null;
    const bySlot = marks.slots;
    if (slots && bySlot) {
      for (let i = 0; i < slots.length; i++) this.visitSlot(slots[i], marks, fn);
      return;
    }
    const flows = carried.flows;
    for (let i = 0; i < flows.length; i++) {
      this.visitElement(document.get(flows[i].source), marks, fn);
      this.visitElement(document.get(flows[i].target), marks, fn);
    }
  }

  /** While fresh, the element under carried id `id` (null: none); undefined when not known. */
  elementOf(id: string): Element | null | undefined {
    return this.indexed ? this.byId.get(id)?.element : undefined;
  }
}

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
