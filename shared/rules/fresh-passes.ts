/**
 * The checker graph's passes over a kind (`ModelGraph.forEachOf`, `forEachRelationOf`) and what they
 * know, while the graph still holds the document it indexed at first ("fresh"), about the item they
 * are calling back about without reading or looking it up: an element's relations (from its place in
 * the document), a relation's ends (found while indexing), whether a relation's ends are allowed
 * (from its place in its kind). A full check of a large model asks these ~10⁵–10⁶ times, mostly from
 * code not yet optimised; each lookup by id in a map of the whole model costs a cache miss or two.
 * After the first edit the graph forgets all of it (`forget`) and the passes are plain walks.
 */
import type { Element, ElementKind, Relation, RelationKind } from '../model/schema';
import type { BuiltIndexes } from './build-indexes';
import type { Carriers } from './carriers';
import type { IncidentIndex, Span } from './incident';
import type { KindEnds } from './indexed-ends';
import type { KindIndex } from './kind-index';

const EMPTY: readonly never[] = Object.freeze([]);

/** See the module comment; one per graph. */
export class FreshPasses {
  /** No edit has been followed since the build: the incident table and kind lists are the document's as indexed. */
  private fresh = true;
  /**
   * Relations not known to join existing elements of allowed kinds, and data flows carrying an id
   * that is not a data entity's; null once the graph has followed an edit.
   */
  private suspectEnds: Set<Relation> | null;
  /**
   * The ends of the relations of some kinds (`KINDS_KEEPING_ENDS`), source and target of a kind's
   * `i`th at `2i` and `2i + 1`, as the incident index's slots (and the elements by slot) found
   * without a lookup by id; null once the graph has followed an edit.
   */
  private kindEnds: Map<RelationKind, KindEnds> | null;
  /** The ends of every relation by its place in the document (`BuiltIndexes.relationEnds`); null as `kindEnds`, or when not every relation is under its own id. */
  private relationEnds: KindEnds | null;
  /** Each kind's elements' places in the document (document-places.ts); null once the graph has followed an edit, or when not every element is under its own id. */
  private places: Map<ElementKind, Int32Array> | null;
  /** Per relation kind, 1 at the places of relations with suspect ends (`suspectFlagsOf`); null as `places`, or when not every relation is under its own id. */
  private suspectFlags: Map<RelationKind, Uint8Array> | null;
  /** Each data flow's own classification rank + 1 (0: none) by its place among the flows; null as `suspectFlags`. */
  private flowRanks: Uint8Array | null;

  /** The relation `forEachRelation` is calling back about, and its ends. */
  cursor: Relation | null = null;
  cursorSource: Element | undefined;
  cursorTarget: Element | undefined;
  /** The cursor's place in its kind's order (-1 when no cursor). */
  cursorPlace = -1;
  /** The slots of the cursor's ends (`cursorSlot`): source and target at `cursorEndAt` and `cursorEndAt + 1` (its kind's kept ends, or every relation's). */
  private cursorSlots: Int32Array | null = null;
  private cursorEndAt = 0;
  /** The element `forEachElement` is calling back about, and where its relations are. */
  anchorId: string | undefined;
  /** The anchor, and its slot, its place in the document (`slotHere`); read only while `anchorId` is set. */
  private anchor: Element | undefined;
  private anchorSlot = -1;
  readonly anchorSpan: Span = { list: EMPTY, at: null, from: 0, to: 0 };
  /** 1 or 0 while `forEachRelation` calls back about a relation whose `endsAllowed` it knows, else -1. */
  allowedHere = -1;

  private readonly carriers: Carriers;

  constructor(
    built: BuiltIndexes,
    private readonly incident: IncidentIndex,
  ) {
    this.carriers = built.carriers;
    this.suspectEnds = built.suspectEnds;
    this.kindEnds = built.kindEnds;
    this.relationEnds = built.relationEnds;
    this.places = built.elementPlaces;
    this.suspectFlags = built.suspectFlags;
    this.flowRanks = built.flowRanks;
  }

  /** True until the graph follows an edit: it holds the document it indexed at first. */
  get isFresh(): boolean {
    return this.fresh;
  }

  /**
   * While fresh, the slots of the ends of the relations of `kind` when it keeps them (indexed-ends.ts):
   * the source of the kind's `i`th relation in document order at `2i`, its target at `2i + 1`, for the
   * `size` relations of the kind; null otherwise.
   */
  keptEndSlots(kind: RelationKind, size: number): Int32Array | null {
    const kept = this.fresh ? this.kindEnds?.get(kind) : undefined;
    return kept && kept.slots.length === 2 * size ? kept.slots : null;
  }

  /** The graph follows an edit: nothing above holds any more. */
  forget() {
    this.fresh = false;
    this.anchorId = this.anchor = undefined;
    this.places = null;
    this.suspectFlags = null;
    this.flowRanks = null;
    this.allowedHere = -1;
    this.suspectEnds = null;
    this.kindEnds = null;
    this.relationEnds = null;
    this.cursor = null;
    this.cursorPlace = -1;
  }

  /** Forget the relation a pass over relations was at, once it ends (or throws). */
  private leaveCursor() {
    this.cursor = null;
    this.cursorPlace = -1;
    this.cursorSource = this.cursorTarget = undefined;
    this.cursorSlots = null;
    this.allowedHere = -1;
  }

  /**
   * True when relation `r` (one of the indexed document's) is known to join two existing elements
   * whose kinds its kind allows and, a data flow, to carry only data entities; false when not, or
   * not known (after an edit).
   */
  endsAllowed(r: Relation): boolean {
    return this.suspectEnds !== null && !this.suspectEnds.has(r);
  }

  /**
   * Call `fn` for each element of `index` (the elements of `kind`, none when undefined).
   */
  forEachElement(index: KindIndex<Element> | undefined, kind: ElementKind, fn: (e: Element, id: string) => void) {
    this.allowedHere = -1; // no relation's answer holds for the callbacks
    if (!index) return;
    // While fresh, the element at place `p` of the document has the incident index's slot `p`
    // (build-indexes.ts), so knowing each element's place (`documentPlaces`, made with the graph
    // without a lookup by id) gives its relations without the lookup by id that every rule's first
    // question about its anchor (is it isolated, has it a relation of a kind) paid: a cache miss or
    // two in a map of the whole model, ~10 % of the fused pass's samples on the varied
    // 100,000-element model.
    const slots = this.fresh ? this.places?.get(kind) : undefined;
    if (!slots || slots.length !== index.size) return index.forEach(fn);
    let i = 0;
    try {
      // a fresh index has no holes: its `i`th element is the kind's `i`th in document order
      index.forEach((e, id) => {
        const slot = slots[i++];
        this.incident.locateSlot(slot, this.anchorSpan);
        this.anchorSlot = slot;
        this.anchor = e;
        this.anchorId = id;
        fn(e, id);
      });
    } finally {
      this.anchorId = this.anchor = undefined;
    }
  }

  /**
   * Call `fn` for each relation of `index` (the relations of `kind`, none when undefined); with
   * `suspectOnly`, only for those whose ends are not known to be allowed (while fresh, those the
   * build flagged; else all). While fresh, the ends of the
   * relation being called back about are at hand (`cursorSource`/`cursorTarget`): a full check of a
   * large model asked the element table for a flow's ends ~300,000 times, each lookup a few cache misses.
   */
  forEachRelation(index: KindIndex<Relation> | undefined, kind: RelationKind, fn: (r: Relation, id: string) => void, suspectOnly = false) {
    this.allowedHere = -1; // set per relation only where known (`forEachWithSuspectFlags`)
    if (!index) return;
    const kept = this.kindEnds?.get(kind);
    if (!kept || kept.slots.length !== 2 * index.size) return this.forEachWithSuspectFlags(index, kind, fn, suspectOnly);
    const { slots, elements } = kept;
    const n = elements.length;
    this.cursorSlots = slots;
    // whether each relation's ends are allowed, by place: relation.invalid asked the set of suspects
    // about each of the ~50,000 data flows of the varied 100,000-element model (the rule alone took
    // 25.5 and 23.7 ms, with the flags 21.5 and 19.6 ms, alternating runs, load ~1.5)
    const flags = this.suspectFlagsOf(kind);
    const flagged = flags !== undefined && flags.length === index.size;
    try {
      // a fresh index has no holes: its `i`th relation is the kind's `i`th in document order
      index.forEach(
        (r, id, i) => {
          this.cursor = r;
          const source = slots[2 * i];
          const target = slots[2 * i + 1];
          this.cursorSource = source < n ? elements[source] : undefined;
          this.cursorTarget = target < n ? elements[target] : undefined;
          // set again for each relation: a pass nested in `fn` sets it to -1
          this.allowedHere = flagged ? (flags[i] === 0 ? 1 : 0) : -1;
          this.cursorPlace = i;
          this.cursorEndAt = 2 * i;
          fn(r, id);
        },
        suspectOnly && flagged ? flags : undefined,
      );
    } finally {
      this.leaveCursor();
    }
  }

  /**
   * While fresh: call `fn(slot)` with the slots of the source then the target of each data flow of
   * `index` (the flows) whose own classification ranks `rank` or above (`rankOf`), in the kind's
   * order, and return true; return false without calling it when not known. No flow is read: the
   * ranks and ends' slots were taken while indexing (infra.classifiedControlsPartial read each of
   * the ~51,000 flows of the varied 100,000-element model for the ends of its ~16,000 classified ones).
   */
  forEachEndSlotOfFlowsRanked(index: KindIndex<Relation> | undefined, rank: number, fn: (slot: number) => void): boolean {
    const ranks = this.fresh ? this.flowRanks : null;
    const slots = this.kindEnds?.get('dataFlow')?.slots;
    if (!ranks || !slots || !index || ranks.length !== index.size || slots.length !== 2 * ranks.length) return false;
    // rank r is kept as r + 1: at or above `rank` is kept above `rank`
    for (let i = 0; i < ranks.length; i++) {
      if (ranks[i] <= rank) continue;
      fn(slots[2 * i]);
      fn(slots[2 * i + 1]);
    }
    return true;
  }

  /**
   * While fresh: call `fn(source, target)` with the slots of the ends of each relation of `index` (the
   * relations of one kind), in the kind's order, and return true; return false without calling it when
   * not known (not fresh, or a relation not under its own id). A slot below `elements.length` names
   * that element, one at or past it names none. No relation is read: the ends' slots were found while
   * indexing (infra.classifiedControlsPartial looked up the targets of each security control's
   * `protects` relations by the control's id, ~5 ms of a full check of the varied 100,000-element model).
   */
  forEachEndSlotPair(index: KindIndex<Relation> | undefined, fn: (source: number, target: number) => void): boolean {
    if (!this.fresh || !index) return false;
    const all = this.relationEnds;
    const places = all ? index.placesInTable : null;
    if (!all || !places || places.length !== index.size) return false;
    const slots = all.slots;
    for (let i = 0; i < places.length; i++) fn(slots[2 * places[i]], slots[2 * places[i] + 1]);
    return true;
  }

  /**
   * The slot (the document place) of the element `forEachElement` is calling back about while fresh,
   * when `id` is its id; -1 otherwise (another id, a nested pass ended, not fresh).
   */
  slotHere(id: string): number {
    return id === this.anchorId ? this.anchorSlot : -1;
  }

  /**
   * While fresh, the slot of element `e` when a pass knows it: `e` is the element `forEachElement` is
   * calling back about, an end of the relation `forEachRelation` is calling back about (of a kind
   * keeping its ends' slots), or the end the carriers' `visitSlot` called back about last; -1 otherwise.
   */
  slotOf(e: Element): number {
    if (!this.fresh) return -1;
    if (e === this.anchor) return this.anchorSlot;
    const slots = this.cursorSlots;
    if (slots !== null) {
      if (e === this.cursorSource) return slots[this.cursorEndAt];
      if (e === this.cursorTarget) return slots[this.cursorEndAt + 1];
    }
    return this.carriers.slotOfVisited(e);
  }

  /** The slot in the incident index of end `end` (0 source, 1 target) of `r` when `r` is the cursor and its kind keeps its ends' slots; -1 when not known. */
  cursorSlot(r: Relation, end: 0 | 1): number {
    return r === this.cursor && this.cursorSlots ? this.cursorSlots[this.cursorEndAt + end] : -1;
  }

  /**
   * `forEachRelation` for a kind without kept ends: while fresh, `allowedHere` answers for the
   * relation being called back about from the kind's flags (`suspectFlagsOf`). Why: relation.invalid
   * is the only local rule on these kinds (~110,000 relations of the varied 100,000-element model),
   * and asking the set of suspects (or comparing the relation with one the graph holds) reads the
   * relation itself, a cache miss per relation for nothing else.
   */
  private forEachWithSuspectFlags(index: KindIndex<Relation>, kind: RelationKind, fn: (r: Relation, id: string) => void, suspectOnly: boolean) {
    const flags = this.suspectFlagsOf(kind);
    if (!flags || flags.length !== index.size) return index.forEach(fn);
    if (suspectOnly && this.forEachSuspectWithEnds(index, flags, fn)) return;
    try {
      // fresh (the flags are kept only while fresh): no holes, the `i`th relation is at place `i`
      index.forEach(
        (r, id, i) => {
          this.allowedHere = flags[i] === 0 ? 1 : 0;
          fn(r, id);
          this.allowedHere = -1;
        },
        suspectOnly ? flags : undefined,
      );
    } finally {
      this.allowedHere = -1;
    }
  }

  /**
   * `forEachWithSuspectFlags` visiting only the relations flagged suspect (`flags`, fresh): each one's
   * ends are at hand as for a kind keeping its ends (`cursorSource`/`cursorTarget`, their slots),
   * read from the ends of every relation by its place in the document. Why: relation.invalid reads
   * both ends of each of these relations, and asked the element table for them by id (a few cache
   * misses each; ~4 ms of a full check of the varied 100,000-element model in a profile, load ~3).
   * False, nothing called, when the kind's places in the document are not known.
   */
  private forEachSuspectWithEnds(index: KindIndex<Relation>, flags: Uint8Array, fn: (r: Relation, id: string) => void): boolean {
    const all = this.relationEnds;
    const places = all ? index.placesInTable : null;
    if (!all || !places || places.length !== index.size) return false;
    const { slots, elements } = all;
    const n = elements.length;
    this.cursorSlots = slots;
    try {
      index.forEach((r, id, i) => {
        const at = 2 * places[i];
        const source = slots[at];
        const target = slots[at + 1];
        this.cursor = r;
        this.cursorSource = source < n ? elements[source] : undefined;
        this.cursorTarget = target < n ? elements[target] : undefined;
        this.cursorPlace = i;
        this.cursorEndAt = at;
        // flagged: not known to be allowed (set again for each relation: a pass nested in `fn` sets it to -1)
        this.allowedHere = 0;
        fn(r, id);
      }, flags);
    } finally {
      this.leaveCursor();
    }
    return true;
  }

  /**
   * While fresh, for a relation kind: 1 at the place in the kind's order of each relation with
   * suspect ends (`suspectPlaces`); none when a relation may be listed under two keys.
   */
  private suspectFlagsOf(kind: RelationKind): Uint8Array | undefined {
    return this.fresh ? this.suspectFlags?.get(kind) : undefined;
  }
}
