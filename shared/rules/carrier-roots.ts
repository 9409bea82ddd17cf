/**
 * The top applications (`ElementTrees.rootFrom`) of the ends of the data flows carrying a data entity,
 * for the checker graph (`graph.ts`), as numbers: "which of the flows carrying this data go into (or
 * out of) this system" is then a walk of an array of numbers, the flows themselves not read.
 *
 * Why: flow.classificationHandedOn asks, for each of the ~7,000 MyGDX services of the varied
 * 100,000-element model and each data entity the service carries, which flows carrying that data go
 * into the supplier's system: ~480,000 flows met per full check (popular data is carried by hundreds),
 * each end's root found afresh (the end read, its parent looked up by id) through a callback per flow:
 * about half the rule's CPU. Only ~48,000 of those flows are distinct, with ~31,000 distinct ends,
 * ~9,700 of them parts with a parent. Numbered here, the rule took 76 → 53 ms CPU (medians of
 * alternating runs against the code before), and 661 → 338 ms of a profile of 5 full checks.
 *
 * Over the document indexed at first a root's number is its slot (`build-indexes.ts`), an id's roots
 * are worked out the first time it is asked about and kept beside the carriers' end slots
 * (`Carriers.endsOf`), and an end that cannot have a parent (by its kind's number, kept by slot) is its
 * own root without being read. Numbers in typed arrays, not elements in arrays: an array of ~140,000
 * pointers made per check cost more to fill (the garbage collector's write barrier) than the roots it
 * saved, and numbering roots in a map keyed by element read every end. After an edit (or in a damaged
 * file whose elements are not all under their own ids) the roots are numbered afresh on each ask (a
 * recheck asks about a few flows' data), so an answer never outlives the document it was read from.
 */
import type { DataFlow, Element, LakarDocument } from '../model/schema';
import type { Carriers } from './carriers';
import { elementKindCode } from './end-kinds';
import type { ElementTrees } from './trees';

/**
 * The flows carrying a data entity and where their ends are, as numbers: the source of `flows[i]` is in
 * the system asked about when `roots[at + 2i] === inSystem`, its target when `roots[at + 2i + 1]`
 * is. Reused from one ask to the next: read it before asking again.
 */
export interface CarrierEndRoots {
  flows: readonly DataFlow[];
  roots: Int32Array;
  at: number;
  inSystem: number;
}

const EMPTY: readonly never[] = Object.freeze([]);
/** In `roots`: an end naming no element; 0 in the kept arrays is "not worked out yet". */
const NO_ELEMENT = 1;
/** The number of the root in slot 0. */
const FIRST_ROOT = 2;
/** Numbered afresh: an end in the system asked about, and one elsewhere. */
const IN = 3;
const OUT = 1;
/** The kinds' numbers that may have a parent (`parentOf`): the only ends whose root is not themselves. */
const MODULE = elementKindCode('module');
const APP_SERVICE = elementKindCode('appService');
/** Parents walked up by slots before `rootNumberAt` leaves a tree to `rootFrom` (a cycle of parents or a long chain: a damaged file). */
const SLOT_WALK_LIMIT = 40;

export class CarrierRoots {
  /** Aligned with the carriers' end slots while fresh: each end's root number, 0 until worked out. */
  private rootsAtEnd: Int32Array | null = null;
  /** By element slot, while fresh: the root number of a part with a parent, 0 until worked out. */
  private rootsBySlot: Int32Array | null = null;
  /** Numbered afresh: the ends asked about last. */
  private scratch = new Int32Array(16);
  private readonly answer: CarrierEndRoots = { flows: EMPTY, roots: this.scratch, at: 0, inSystem: IN };

  /** `slotOf`: an element's slot in the document indexed at first (`build-indexes.ts`). */
  constructor(
    private readonly carriers: Carriers,
    private readonly trees: ElementTrees,
    private readonly slotOf: (id: string) => number | undefined,
  ) {}

  /**
   * See `CarrierEndRoots`: the flows carrying `id` and which of their ends are in `system` (a top
   * application, or any element: an end is in it when its root is it). `doc` is the graph's current
   * document; `byId` when its elements are not all under their own ids (a damaged file): an end is
   * then in `system` when its root has the system's id, as a rule comparing ids reads it.
   */
  of(id: string, system: Element, doc: LakarDocument, byId: boolean): CarrierEndRoots {
    const answer = this.numbered(id, byId);
    if (!answer) return this.afresh(this.carriers.flowsOf(id), system, doc, byId);
    answer.inSystem = this.numberOf(system);
    return answer;
  }

  /**
   * While fresh and every element is under its own id (not `byId`): the flows carrying `id` and the
   * numbers of their ends' roots, to compare with `numberOf` of the systems asked about (`inSystem`
   * is left as it was); null otherwise (ask `of`, which then finds the roots afresh).
   */
  numbered(id: string, byId: boolean): CarrierEndRoots | null {
    const carriers = this.carriers;
    if (!carriers.fresh || byId) return null;
    const flows = carriers.flowsOf(id);
    const start = carriers.endsOf(id);
    const roots = (this.rootsAtEnd ??= new Int32Array(carriers.endSlotCount));
    // the ends of one id are worked out together: the first one set means all are
    if (start >= 0 && flows.length && roots[start] === 0) {
      const bySlot = (this.rootsBySlot ??= new Int32Array(carriers.slotCount));
      for (let j = start; j < start + 2 * flows.length; j++) {
        const slot = carriers.endSlotAt(j);
        if (slot >= bySlot.length) roots[j] = NO_ELEMENT;
        else {
          const code = carriers.kindCodeAt(slot);
          roots[j] = code !== MODULE && code !== APP_SERVICE ? slot + FIRST_ROOT : bySlot[slot] || (bySlot[slot] = this.rootNumberAt(slot));
        }
      }
    }
    const answer = this.answer;
    answer.flows = flows;
    answer.roots = roots;
    answer.at = start;
    return answer;
  }

  /** While `numbered` answers, the number its roots give `system` when it is an end's root (-1 for an element not in the document indexed at first). */
  numberOf(system: Element): number {
    const slot = this.slotOf(system.id);
    return slot === undefined ? -1 : slot + FIRST_ROOT;
  }

  /**
   * While fresh, the root number of the part in slot `slot`: what `trees.rootFrom` finds, walked up
   * by slots (each parent's slot found while indexing, its kind by number) rather than through the
   * document's element table and the trees' roots by parent, and no part or root read. Why: ~9,700
   * distinct parts of the varied 100,000-element model are ends of flows carrying data asked about,
   * and their walks were about half of flow.classificationHandedOn alone (each parent, each root
   * looked up by id in maps of the whole model); with a lookup of each parent's id here, those
   * lookups were still ~40 % of `numbered`'s samples (a profile of 15 full checks); a walk over
   * every data entity's carriers took 16 ms by the build's slots against 111 ms (medians of 30
   * alternating graphs, load ~9). A walk longer than `SLOT_WALK_LIMIT` (a cycle of parents
   * or a long chain in a damaged file: see `rootFrom`) is left to `rootFrom`.
   */
  private rootNumberAt(slot: number): number {
    const carriers = this.carriers;
    const parents = this.trees.parentSlotsAtBuild;
    let at = slot;
    for (let depth = 0; parents && depth < SLOT_WALK_LIMIT; depth++) {
      const parent = parents[at];
      // no parent, or one naming no element: `at` heads the tree (`rootFrom` stops there too)
      if (parent < 0) return at + FIRST_ROOT;
      const code = carriers.kindCodeAt(parent);
      if (code !== MODULE && code !== APP_SERVICE) return parent + FIRST_ROOT;
      at = parent;
    }
    const e = carriers.elementAt(slot);
    const root = this.trees.rootFrom(e);
    if (root === e) return slot + FIRST_ROOT;
    const found = root ? this.slotOf(root.id) : undefined;
    return found === undefined ? NO_ELEMENT : found + FIRST_ROOT;
  }

  /**
   * `of` after an edit (or in a damaged file): each end read and its root found on each ask, as a
   * recheck asks about a few flows' data; the kept numbers are of the document indexed at first.
   */
  private afresh(flows: readonly DataFlow[], system: Element, doc: LakarDocument, byId: boolean): CarrierEndRoots {
    this.rootsAtEnd = this.rootsBySlot = null;
    this.answer.flows = flows;
    if (this.scratch.length < 2 * flows.length) this.scratch = new Int32Array(2 * flows.length);
    const roots = this.scratch;
    for (let i = 0; i < flows.length; i++) {
      roots[2 * i] = isIn(this.trees.rootFrom(doc.elements.get(flows[i].source)), system, byId);
      roots[2 * i + 1] = isIn(this.trees.rootFrom(doc.elements.get(flows[i].target)), system, byId);
    }
    const answer = this.answer;
    answer.roots = roots;
    answer.at = 0;
    answer.inSystem = IN;
    return answer;
  }
}

/** `IN` when `root` is `system` (by id when `byId`), else `OUT`. */
function isIn(root: Element | undefined, system: Element, byId: boolean): number {
  return root === system || (byId && root !== undefined && root.id === system.id) ? IN : OUT;
}
