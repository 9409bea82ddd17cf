/**
 * The trees of modules and application services under their applications, for the checker graph
 * (`graph.ts`): each parent's children, a tree's parts, and the application at the top of a part.
 *
 * Kept apart from the graph's relation indexes because they change with parents only, and because
 * the answer most asked of them (a part's top application: every flow end and part, several times
 * per check) is remembered per parent until the document changes.
 */
import type { Element, LakarDocument } from '../model/schema';
import type { FreshPasses } from './fresh-passes';
import { addTo, removeFrom } from './list-map';

const EMPTY: readonly never[] = Object.freeze([]);

/** Parts a tree walk searches in its list before it makes a set of them (`walkDown`). */
const SMALL_TREE = 16;

/** Walks up more parents than this go on remembering the parents met (`topOrCycle`): a cycle of parents or a long chain in a damaged file. */
const DEPTH_LIMIT = 50;

/** The parent of a module or application service, if any. */
export function parentOf(e: Element | undefined): string | undefined {
  return e && (e.kind === 'module' || e.kind === 'appService') ? e.parentId : undefined;
}

/** Parents and children among the elements of one document (see the module comment). */
export class ElementTrees {
  /** `rootFrom` of the elements whose parent is the key (null: each is its own top, the parent naming no element or leading into a cycle), for the current document. */
  private readonly rootsByParent = new Map<string, Element | null>();

  /**
   * `childIds`: parent id → the ids of the modules and application services naming it, in document
   * order; `parentSlotsAtBuild`: by element slot of `doc` (build-indexes.ts), its parent's slot (-1:
   * none, or naming no element), kept for `CarrierRoots` and the walks by slot (it holds for `doc`
   * only: read while fresh); `pass`: the graph's passes, which know some elements' slots while fresh.
   */
  constructor(
    private doc: LakarDocument,
    private readonly childIds: Map<string, string[]>,
    readonly parentSlotsAtBuild: Int32Array,
    private readonly pass: Pick<FreshPasses, 'slotOf' | 'isFresh'>,
  ) {}

  /** Parents that gained a child (`addChild`) since the last `moveTo`. */
  private readonly gainedChild = new Set<string>();

  /**
   * Follow the graph to `doc` (its children already updated through `addChild`/`removeChild`). A
   * parent that gained a child lists its children in `doc`'s order again, as a full check lists
   * them: a module given another parent (or put back by an undo) was added last, and rules reading
   * a tree in order (infra.classifiedControlsPartial's sites, by part) then listed findings and
   * names in another order than a full check.
   */
  moveTo(doc: LakarDocument): void {
    this.doc = doc;
    this.rootsByParent.clear();
    for (const p of this.gainedChild) {
      const children = this.childIds.get(p);
      if (children && children.length > 1) this.childIds.set(p, doc.elements.inListingOrder(children));
    }
    this.gainedChild.clear();
  }

  addChild(parentId: string, id: string): void {
    addTo(this.childIds, parentId, id);
    this.gainedChild.add(parentId);
  }

  removeChild(parentId: string, id: string): void {
    removeFrom(this.childIds, parentId, id);
  }

  /**
   * The element `parentOf` the element at slot `slot` names (undefined when none, or naming no
   * element), for a slot of the document the graph indexed at first, which the graph gave while it
   * still holds that document (`ModelGraph.slotHere`): the parent's slot read, not its id looked up.
   */
  parentAtSlot(slot: number): Element | undefined {
    const p = this.parentSlotsAtBuild[slot];
    return p >= 0 ? this.doc.elements.values()[p] : undefined;
  }

  /** Ids of the modules and application services whose parent is `id`. */
  childrenOf(id: string): readonly string[] {
    return this.childIds.get(id) ?? EMPTY;
  }

  /** `id` and every module/application service below it (just `[id]` when it has none). */
  selfAndDescendants(id: string): Element[] {
    if (!this.childIds.has(id)) {
      const self = this.doc.elements.get(id);
      return self ? [self] : [];
    }
    const out: Element[] = [];
    for (const part of this.walkDown(id)) {
      const e = this.doc.elements.get(part);
      if (e) out.push(e);
    }
    return out;
  }

  /**
   * The ids `selfAndDescendants(id)` lists, in its order, for a caller that needs only their ids and
   * whose document has every element under its own id (the graph's `partIdsOf` asks only then):
   * no lookup of each part (an application tree's platforms or data are read for every application
   * of a large model, ~40,000 lookups).
   */
  partIdsOf(id: string): readonly string[] {
    return this.childIds.has(id) ? this.walkDown(id) : [id];
  }

  /**
   * `id` and the ids below it, depth first, each once (a damaged file's parents may form a cycle).
   * An id is met again only in such a cycle; the ids met are those listed, so a small tree (most
   * are a handful of parts) is searched in the list itself and only a large one gets a set. Why: a
   * full check of the varied 100,000-element model walks ~19,000 trees, a set made for each.
   */
  private walkDown(id: string): string[] {
    const out: string[] = [];
    let seen: Set<string> | null = null;
    const stack = [id];
    while (stack.length) {
      const cur = stack.pop()!;
      if (seen === null && out.length > SMALL_TREE) seen = new Set(out);
      if (seen ? seen.has(cur) : out.includes(cur)) continue;
      seen?.add(cur);
      out.push(cur);
      const children = this.childIds.get(cur);
      if (children) for (let i = 0; i < children.length; i++) stack.push(children[i]);
    }
    return out;
  }

  /**
   * The top application of `e`, the element the current document holds under its id: the element
   * at the end of the walk up its parents, however long (itself when it has no parent, or its
   * parent names no element). A part whose walk up never ends (parents in a cycle, in a damaged
   * file: it is in the cycle or below it) is its own top, as a part whose parent is missing: it
   * belongs to no application, and it is the only part with that top. So the parts listed below
   * an element with no parent (`selfAndDescendants`) are exactly those whose top it is, in any
   * file; below a part of a cycle they are not (their tops are themselves). Why not stop at a
   * depth, as this did: the top found 50 steps up was another module of a cycle, or a module
   * halfway up a long chain, and a rule reading a top (infra.classifiedControlsPartial) and one
   * listing a tree's parts then disagreed, a recheck with a full check.
   */
  rootFrom(e: Element | undefined): Element | undefined {
    const p = parentOf(e);
    if (!p) return e;
    // while fresh, an element a pass is at (a flow's end, the anchor, a carrier's end) is walked up
    // by its parents' slots: no lookup by id, no map of parents (see `topSlotAt`)
    const slot = this.pass.slotOf(e!);
    const top = slot < 0 ? -1 : this.topSlotAt(slot);
    if (top >= 0) return this.doc.elements.values()[top];
    // the same parent, the same top: each application's few thousand parts (and every flow end
    // among them) asked the element table for it, a map of the whole model; this map holds parents only
    const known = this.rootsByParent.get(p);
    if (known !== undefined) return known ?? e;
    return this.topBelow(p) ?? e;
  }

  /**
   * While the graph holds the document it indexed at first: `rootFrom` of the element in slot `slot`
   * of that document (undefined for a slot naming no element), walked up by the parents' slots
   * (`topSlotAt`), neither the element nor its parent's id read on the way.
   */
  rootAtSlot(slot: number): Element | undefined {
    const elements = this.doc.elements.values();
    if (slot < 0 || slot >= elements.length) return undefined;
    const top = this.topSlotAt(slot);
    return top >= 0 ? elements[top] : this.rootFrom(elements[slot]);
  }

  /**
   * The slot of the top of the element at slot `slot` of the document indexed at first (`rootFrom`),
   * walked up by the parents' slots; -1 past `DEPTH_LIMIT` parents (a long chain, or a cycle: left
   * to the walk by ids, which remembers what it met). Why: `rootFrom` asked its map of parents by the
   * parent's id (a string of its own per part, its characters compared) ~100,000 times per full check
   * of the varied 100,000-element model, and the table of elements by id for each parent met first:
   * ~20 ms of CPU per check in a profile (load ~5). By slot, full checks took a median 16.5 ms CPU
   * less (25 alternating checks in one process, load ~5).
   */
  topSlotAt(slot: number): number {
    const parents = this.parentSlotsAtBuild;
    let at = slot;
    for (let depth = 0; depth < DEPTH_LIMIT; depth++) {
      const parent = parents[at];
      if (parent < 0) return at;
      at = parent;
    }
    return -1;
  }

  /**
   * Call `fn(parent)` for each element that is a parent of modules or application services whose
   * walk up never ends (`rootFrom`): an element of a cycle of parents or below one, in no
   * particular order. Why from the parents and their remembered tops: asking `rootFrom` of every
   * part read each of the ~15,000 parts of the varied 100,000-element model (~6 ms CPU, loaded
   * machine) to find no cycle; this asks a map once per parent.
   */
  forEachParentInCycle(fn: (parent: Element) => void): void {
    if (this.pass.isFresh) return this.forEachParentInCycleBySlot(fn);
    for (const p of this.childIds.keys()) {
      const known = this.rootsByParent.get(p);
      if ((known === undefined ? this.topBelow(p) : known) !== null) continue;
      const parent = this.doc.elements.get(p);
      if (parent) fn(parent);
    }
  }

  /**
   * `forEachParentInCycle` while the graph holds the document it indexed at first: each part's
   * parent walked up by slots (`topSlotAt`), and only a parent whose walk goes past the limit (a
   * cycle, or a long chain) asked of the walk by ids. Why: with the tops of a full check's parts
   * found by slot (`rootFrom`), the map of parents no longer held them, and asking it of each of
   * the ~7,000 parents of the varied 100,000-element model looked each up by id (~1.6 ms CPU per
   * check in a profile, load ~5).
   */
  private forEachParentInCycleBySlot(fn: (parent: Element) => void): void {
    const parents = this.parentSlotsAtBuild;
    let asked: Set<number> | null = null;
    for (let slot = 0; slot < parents.length; slot++) {
      const parent = parents[slot];
      if (parent < 0 || this.topSlotAt(parent) >= 0 || asked?.has(parent)) continue;
      (asked ??= new Set()).add(parent);
      const p = this.doc.elements.ids()[parent];
      const known = this.rootsByParent.get(p);
      if ((known === undefined ? this.topBelow(p) : known) === null) fn(this.doc.elements.values()[parent]);
    }
  }

  /** The top of the children of parent `p` not yet remembered (see `rootFrom`), remembered now; null when each is its own top. */
  private topBelow(p: string): Element | null {
    const parent = this.doc.elements.get(p);
    if (!parent) {
      this.rootsByParent.set(p, null);
      return null;
    }
    const root = this.walkUp(parent, 1);
    if (!root) return this.topOrCycle(p);
    this.rootsByParent.set(p, root);
    return root;
  }

  /** `rootFrom` from `e`, `depth` levels up already; undefined when the walk reaches the depth limit (a long walk: see `topOrCycle`). */
  private walkUp(e: Element, depth: number): Element | undefined {
    let cur = e;
    for (; depth < DEPTH_LIMIT; depth++) {
      const p = parentOf(cur);
      const parent = p ? this.doc.elements.get(p) : undefined;
      if (!parent) return cur;
      cur = parent;
    }
    return undefined;
  }

  /**
   * The top of the children of parent `p` (an element's id) after a walk longer than `walkUp`'s, or
   * null when the walk up comes back to a parent it met (a cycle of parents): a damaged file's
   * cycles, and chains of modules under modules (module.parentMissing names each such module). The
   * answer is remembered for every parent on the way, so that a chain of thousands of modules is
   * walked once, not once per module.
   */
  private topOrCycle(p: string): Element | null {
    const path: string[] = [];
    const met = new Set<string>();
    let top: Element | null = null;
    for (let id = p; ; ) {
      const known = this.rootsByParent.get(id);
      if (known !== undefined) {
        top = known;
        break;
      }
      if (met.has(id)) break;
      met.add(id);
      path.push(id);
      const cur = this.doc.elements.get(id)!;
      const next = parentOf(cur);
      if (next === undefined || !this.doc.elements.get(next)) {
        top = cur;
        break;
      }
      id = next;
    }
    for (const id of path) this.rootsByParent.set(id, top);
    return top;
  }
}
