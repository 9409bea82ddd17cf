/**
 * Indexes over a document, built once per check and updated in place after an edit: elements and
 * relations by kind, relations incident to each element, data flows carrying each data entity, and
 * the modules/application services of each parent. Rules use these instead of scanning the whole
 * document, so no rule is all-pairs over elements. Lists hold the (immutable) objects themselves,
 * and queries return arrays, not generators: a check of a large model calls them ~10⁵ times.
 */
import type { DataFlow, Element, ElementKind, ElementOf, LakarDocument, Relation, RelationKind } from '../model/schema';
import { buildIndexes } from './build-indexes';
import type { CarriedByFlow, Carriers } from './carriers';
import { CarrierRoots, type CarrierEndRoots } from './carrier-roots';
import { ItemsToPlace } from './document-order';
import { elementKindCode, relationKindCode } from './end-kinds';
import { FreshPasses } from './fresh-passes';
import { FlowEndQueries } from './flow-end-queries';
import { Grouping } from './grouping';
import type { IncidentIndex, Span } from './incident';
import { forEachOtherSlotAt, hasAt, IN, otherEndsAt, OUT, relationsAt, type SpanAt } from './incident-queries';
import { KindIndex } from './kind-index';
import { Subsets } from './subsets';
import { ElementTrees, parentOf } from './trees';

const EMPTY: readonly never[] = Object.freeze([]);

export { parentOf } from './trees';

/** Indexes over one document; see the module comment. */
export class ModelGraph extends FlowEndQueries {
  doc: LakarDocument;
  /** Kind → its elements in document order. */
  private readonly elementsByKind: Map<ElementKind, KindIndex<Element>>;
  protected readonly relationsByKind: Map<RelationKind, KindIndex<Relation>>;
  protected readonly incident: IncidentIndex;
  /** Where the relations of the element being queried are (reused: no object per query). */
  private readonly span: Span = { list: EMPTY, at: null, from: 0, to: 0 };
  private readonly spanAt: SpanAt = { span: this.span, id: '', ends: null };
  /** The data flows carrying each id, with their ends and the id's element while fresh. */
  protected readonly carriers: Carriers;
  /** Parents and children among modules and application services, and the roots of their trees (rules read it; only the graph changes it). */
  readonly trees: ElementTrees;
  /** The roots of the carriers' ends, made when first asked for. */
  private carrierRoots: CarrierRoots | null = null;
  /** The passes over a kind, and what they know of the item they call back about (fresh-passes.ts). */
  protected readonly pass: FreshPasses;
  /** Every element is its table's item under its own id (true but in a damaged file): `rootOf` may start from the element. */
  keysAreIds: boolean;
  /** The groupings `groupsOf` keeps, by key function. */
  private readonly groupings = new Map<(e: Element) => string | undefined, Grouping>();
  /** The subsets `filtered` keeps. */
  private readonly subsets = new Subsets();

  /** `numberAnew`: see `buildIndexes`. */
  constructor(doc: LakarDocument, numberAnew = false) {
    super();
    this.doc = doc;
    const built = buildIndexes(doc, numberAnew);
    this.elementsByKind = built.elementsByKind;
    this.relationsByKind = built.relationsByKind;
    this.incident = built.incident;
    this.carriers = built.carriers;
    this.pass = new FreshPasses(built, this.incident);
    this.trees = new ElementTrees(doc, built.childIds, built.parentSlots, this.pass);
    this.keysAreIds = built.keysAreIds;
  }

  /** Make each kind's lists now, not at the first edit (`KindIndex.own`): the checker calls it when idle after a full check. */
  prepareForEdits() {
    for (const index of this.elementsByKind.values()) index.own();
    for (const index of this.relationsByKind.values()) index.own();
  }

  /**
   * Index `e` after an edit; `replacing` the element of the same kind it replaces in place.
   */
  private addElement(e: Element, replacing?: Element, sameParent = false) {
    let index = this.elementsByKind.get(e.kind);
    if (!index) this.elementsByKind.set(e.kind, (index = new KindIndex(elementKindCode(e.kind))));
    index.set(e, replacing);
    const p = parentOf(e);
    if (p && !sameParent) this.trees.addChild(p, e.id);
  }

  /**
   * Remove `e`; with `keepSlot` its kind index keeps its place (replaced in place) so document order
   * survives edits, and with `sameParent` (it stays its parent's child) it keeps its place among
   * its parent's children.
   */
  private removeElement(e: Element, keepSlot = false, sameParent = false) {
    if (!keepSlot) this.elementsByKind.get(e.kind)?.delete(e);
    const p = parentOf(e);
    if (p && !sameParent) this.trees.removeChild(p, e.id);
  }

  /** Index `r` after an edit (see `addElement`). */
  private addRelation(r: Relation, replacing?: Relation) {
    let index = this.relationsByKind.get(r.kind);
    if (!index) this.relationsByKind.set(r.kind, (index = new KindIndex(relationKindCode(r.kind))));
    index.set(r, replacing);
    this.incident.add(r.source, r);
    if (r.target !== r.source) this.incident.add(r.target, r);
    if (r.kind === 'dataFlow') for (const d of r.dataEntityIds ?? EMPTY) this.carriers.add(d, r);
  }

  private removeRelation(r: Relation, keepSlot = false) {
    if (!keepSlot) this.relationsByKind.get(r.kind)?.delete(r);
    this.incident.remove(r.source, r);
    if (r.target !== r.source) this.incident.remove(r.target, r);
    if (r.kind === 'dataFlow') for (const d of r.dataEntityIds ?? EMPTY) this.carriers.remove(d, r);
  }

  /** Move to `next`, given the ids of elements and relations that differ from the current document. */
  update(next: LakarDocument, changedElements: Iterable<string>, changedRelations: Iterable<string>) {
    const prev = this.doc;
    // what joined a list last where the document keeps its place (./document-order.ts)
    const toPlace = new ItemsToPlace();
    this.pass.forget();
    this.carriers.forget();
    for (const index of this.elementsByKind.values()) index.startUpdate();
    for (const index of this.relationsByKind.values()) index.startUpdate();
    for (const id of changedElements) {
      const before = prev.elements.get(id);
      const after = next.elements.get(id);
      if (after && after.id !== id) this.keysAreIds = false;
      const sameKind = after?.kind === before?.kind;
      // an edited child left under the same parent keeps its place among the children, as a full
      // check lists them (moved last, a rename reordered what rules list by application tree)
      const sameParent = !!before && !!after && before.id === after.id && parentOf(before) === parentOf(after);
      if (before) this.removeElement(before, sameKind, sameParent);
      if (after) this.addElement(after, sameKind ? before : undefined, sameParent);
      toPlace.element(before, after);
      this.subsets.update(id, before, after, next.elements.hasPlacedIds);
      for (const [keyOf, grouping] of this.groupings) grouping.move(id, after?.kind === grouping.kind ? keyOf(after) : undefined);
    }
    for (const id of changedRelations) {
      const before = prev.relations.get(id);
      const after = next.relations.get(id);
      if (before && after && before.kind === after.kind && before.source === after.source && before.target === after.target) {
        // same ends: swap the object in place so list order (and message wording) stays as in a full check
        this.relationsByKind.get(after.kind)!.set(after, before);
        for (const end of new Set([after.source, after.target])) this.incident.replace(end, before, after);
        // a flow keeps its place among the flows of the data it still carries (a merge dropping a
        // dangling carried id moved it last: infra.classifiedControlsPartial listed sites out of a full check's order)
        if (before.kind === 'dataFlow' && after.kind === 'dataFlow') this.carriers.moveFlow(before, after);
        toPlace.relation(before, after, false);
        continue;
      }
      const sameKind = after?.kind === before?.kind;
      if (before) this.removeRelation(before, sameKind);
      if (after) this.addRelation(after, sameKind ? before : undefined);
      toPlace.relation(before, after, true);
    }
    toPlace.place({ elementsByKind: this.elementsByKind, relationsByKind: this.relationsByKind, incident: this.incident, carriers: this.carriers }, next);
    this.doc = next;
    this.trees.moveTo(next);
  }

  /**
   * True while the graph holds the document it indexed at first (a full check), false once it has
   * followed an edit: a rule may then work an answer out for the whole model in one pass where a
   * recheck asks only around the anchors it rechecks.
   */
  get fresh(): boolean {
    return this.pass.isFresh;
  }

  /** Ids of the elements of `kind`, in document order. */
  idsOf(kind: ElementKind): Iterable<string> {
    return this.elementsByKind.get(kind)?.keys() ?? EMPTY;
  }

  /**
   * Call `fn(element, id)` for each element of `kind`, in document order. Makes no iterator
   * objects, which matters while the code is not yet optimised (the first checks). Over the
   * document indexed at first, queries about the element being called back about answer from its
   * place rather than a lookup by id (fresh-passes.ts).
   */
  forEachOf(kind: ElementKind, fn: (e: Element, id: string) => void) {
    this.pass.forEachElement(this.elementsByKind.get(kind), kind, fn);
  }

  /**
   * Call `fn(relation, id)` for each relation of `kind`, in document order. Over the document
   * indexed at first, `sourceOf`/`targetOf`/`endOf` of the relation being called back about answer
   * from the ends found while indexing, and `endsAllowedHere` from its place (fresh-passes.ts).
   */
  forEachRelationOf(kind: RelationKind, fn: (r: Relation, id: string) => void) {
    this.pass.forEachRelation(this.relationsByKind.get(kind), kind, fn);
  }

  /** `forEachRelationOf` for the relations of `kind` whose ends are not known to be allowed (`endsAllowedHere` is not 1): while fresh, those the build found suspect; else all. */
  forEachSuspectRelationOf(kind: RelationKind, fn: (r: Relation, id: string) => void) {
    this.pass.forEachRelation(this.relationsByKind.get(kind), kind, fn, true);
  }

  /** The element at end `id` (its source or target) of relation `r` of the current document. */
  endOf(r: Relation, id: string): Element | undefined {
    const pass = this.pass;
    if (r !== pass.cursor) return this.doc.elements.get(id);
    return id === r.source ? pass.cursorSource : id === r.target ? pass.cursorTarget : this.doc.elements.get(id);
  }

  /** The source element of relation `r` of the current document (undefined when none). */
  sourceOf(r: Relation): Element | undefined {
    return r === this.pass.cursor ? this.pass.cursorSource : this.doc.elements.get(r.source);
  }

  /** The target element of relation `r` of the current document. */
  targetOf(r: Relation): Element | undefined {
    return r === this.pass.cursor ? this.pass.cursorTarget : this.doc.elements.get(r.target);
  }

  /** Elements of `kind`, in document order. */
  elementsOf<K extends ElementKind>(kind: K): Iterable<ElementOf<K>> {
    return (this.elementsByKind.get(kind)?.values() ?? EMPTY) as Iterable<ElementOf<K>>;
  }

  /**
   * The elements of `kind` for which `test` holds, in document order (as `elementsOf` lists them),
   * kept up to date as the graph follows edits: a global rule that reads only such elements (open
   * channels, non-citizen target groups) then costs what they are, not the whole kind, on each
   * recheck. `test` must read nothing but the element, and be one function defined once (it is the key).
   */
  filtered<K extends ElementKind>(kind: K, test: (e: ElementOf<K>) => boolean): ReadonlyMap<string, ElementOf<K>> {
    return this.subsets.of(kind, test as (e: Element) => boolean, (fn) => this.forEachOf(kind, fn)) as ReadonlyMap<string, ElementOf<K>>;
  }

  /**
   * The elements of `kind` that share a key (`keyOf`, undefined for none) with another: groups of two
   * or more, in the order of their first member, members in document order — what grouping the
   * kind's elements in order would give. Kept up to date as the graph follows edits, so a rule about
   * duplicates costs the duplicates on a recheck, not the kind. `keyOf` must read nothing but the
   * element, and be one function defined once (it is the key).
   */
  groupsOf<K extends ElementKind>(kind: K, keyOf: (e: ElementOf<K>) => string | undefined): ElementOf<K>[][] {
    const fn = keyOf as (e: Element) => string | undefined;
    let grouping = this.groupings.get(fn);
    if (!grouping) {
      this.groupings.set(fn, (grouping = new Grouping(kind)));
      this.forEachOf(kind, (e, id) => grouping!.move(id, fn(e)));
    }
    const index = this.elementsByKind.get(kind);
    if (!index) return [];
    return grouping.sharedInOrder((id) => index.orderOf(id)).map((ids) => ids.map((id) => this.doc.elements.get(id) as ElementOf<K>));
  }

  /** The nearest element of `kind` before `item` (from the kind's end without `item`), in the order `forEachOf` lists them, that `test` accepts. */
  lastElementBefore(kind: ElementKind, item: Element | undefined, test: (id: string) => boolean): string | undefined {
    return this.elementsByKind.get(kind)?.lastBefore(item, test);
  }

  /** `lastElementBefore` for relations. */
  lastRelationBefore(kind: RelationKind, item: Relation | undefined, test: (id: string) => boolean): string | undefined {
    return this.relationsByKind.get(kind)?.lastBefore(item, test);
  }

  /** Number of elements of `kind`. */
  countOf(kind: ElementKind): number {
    return this.elementsByKind.get(kind)?.size ?? 0;
  }

  /** Ids of the relations of `kind`. */
  relationIdsOf(kind: RelationKind): Iterable<string> {
    return this.relationsByKind.get(kind)?.keys() ?? EMPTY;
  }

  /** Relations of `kind`. */
  relationsOf<K extends RelationKind>(kind: K): Iterable<Extract<Relation, { kind: K }>> {
    return (this.relationsByKind.get(kind)?.values() ?? EMPTY) as Iterable<Extract<Relation, { kind: K }>>;
  }

  /**
   * True when relation `r` (one of the indexed document's) is known to join two existing elements
   * whose kinds its kind allows (`relationAllowed`) and, a data flow, to carry only data entities;
   * false when not, or not known (after an edit).
   */
  endsAllowed(r: Relation): boolean {
    return this.pass.endsAllowed(r);
  }

  /**
   * `endsAllowed` of the relation `forEachRelationOf` is calling back about, when known without
   * reading the relation: 1 (allowed) or 0 (suspect); -1 when not known (ask `endsAllowed`). A nested
   * pass ends with -1, so a caller reading it for its anchor gets its anchor's answer or none.
   */
  endsAllowedHere(): number {
    return this.pass.allowedHere;
  }

  /** Relations touching element `id` (as source or target). */
  relationsAt(id: string): readonly Relation[] {
    return this.incident.listOf(id);
  }

  /** Number of relations touching element `id`. */
  relationCountAt(id: string): number {
    const pass = this.pass;
    return id === pass.anchorId ? pass.anchorSpan.to - pass.anchorSpan.from : this.incident.countAt(id);
  }

  /** True when a relation of `kind` touches `id` (either way). */
  hasRelationAt(id: string, kind: RelationKind): boolean {
    return hasAt(this.at(id), kind, OUT | IN);
  }

  /**
   * Where `id`'s relations are, and their marks while the graph holds the document it indexed at
   * first (incident-queries.ts); read it before the next query (it is reused).
   */
  protected at(id: string): SpanAt {
    const q = this.spanAt;
    q.id = id;
    if (id === this.pass.anchorId) q.span = this.pass.anchorSpan;
    else this.incident.locate(id, (q.span = this.span));
    q.ends = this.pass.isFresh ? this.incident.endsAt(q.span) : null;
    return q;
  }

  /** True when a relation of `kind` leaves `id`. */
  hasOutgoing(id: string, kind: RelationKind): boolean {
    return hasAt(this.at(id), kind, OUT);
  }

  /** True when a relation of `kind` arrives at `id`. */
  hasIncoming(id: string, kind: RelationKind): boolean {
    return hasAt(this.at(id), kind, IN);
  }

  /** Relations of `kind` leaving `id`. */
  outgoing(id: string, kind: RelationKind): Relation[] {
    return relationsAt(this.at(id), kind, OUT);
  }

  /** Relations of `kind` arriving at `id`. */
  incoming(id: string, kind: RelationKind): Relation[] {
    return relationsAt(this.at(id), kind, IN);
  }

  /** Elements reached from `id` over relations of `kind` (source → target). */
  targets(id: string, kind: RelationKind): Element[] {
    return otherEndsAt(this.at(id), kind, OUT, this.doc);
  }

  /** Elements reaching `id` over relations of `kind`. */
  sources(id: string, kind: RelationKind): Element[] {
    return otherEndsAt(this.at(id), kind, IN, this.doc);
  }

  /**
   * Call `fn(top)` with the top application (`trees.rootFrom`) of each element reaching `id` over
   * relations of `kind` (`sources`), in its list's order. While fresh the sources are their slots
   * beside the incident table and each top is walked up by the parents' slots (`rootAtSlot`): no
   * list made, no parent looked up by id (the platforms' users on the varied 100,000-element model,
   * whose tops a full check works out once: their `rootFrom` by the parent's id was ~3 ms of a profile).
   */
  forEachSourceRoot(id: string, kind: RelationKind, fn: (top: Element | undefined) => void) {
    const at = this.at(id);
    if (forEachOtherSlotAt(at, kind, IN, (slot) => fn(this.trees.rootAtSlot(slot)))) return;
    const users = otherEndsAt(at, kind, IN, this.doc);
    for (let i = 0; i < users.length; i++) fn(this.trees.rootFrom(users[i]));
  }

  /** Data flows carrying data entity `id`. */
  flowsCarrying(id: string): readonly DataFlow[] {
    return this.carriers.flowsOf(id);
  }

  /** The flows carrying data entity `id`, and which of their ends are in `system` (an end's top application is it): see carrier-roots.ts. */
  flowsCarryingInto(id: string, system: Element): CarrierEndRoots {
    return this.carrierEndRoots().of(id, system, this.doc, !this.keysAreIds);
  }

  /** The top applications of the ends of the flows carrying each id, as numbers (carrier-roots.ts). */
  carrierEndRoots(): CarrierRoots {
    return (this.carrierRoots ??= new CarrierRoots(this.carriers, this.trees, (x) => this.incident.slotAtBuild(x)));
  }

  /**
   * True when `test(flow, source, target)` holds for a data flow carrying data entity `id` (its ends
   * as elements, undefined where none); stops at the first. Over the document indexed at first the
   * ends are those found while indexing: data rules ask about the ends of every flow carrying data.
   */
  someFlowCarrying(id: string, test: (f: DataFlow, source: Element | undefined, target: Element | undefined) => boolean): boolean {
    return this.carriers.someFlowCarrying(id, test, this.doc.elements);
  }

  /** While fresh, the slots of the ends of the relations of `kind` when it keeps them (fresh-passes.ts `keptEndSlots`); null otherwise. */
  keptEndSlots(kind: RelationKind): Int32Array | null {
    const index = this.relationsByKind.get(kind);
    return index ? this.pass.keptEndSlots(kind, index.size) : null;
  }

  /**
   * While fresh: call `fn(source, target)` with the slots of the ends of each relation of `kind`, in
   * the kind's order (slot `s` names `doc.elements.values()[s]` when below their number, no element
   * otherwise), and return true; false, nothing called, when not known (fresh-passes.ts `forEachEndSlotPair`).
   */
  forEachEndSlotsOf(kind: RelationKind, fn: (source: number, target: number) => void): boolean {
    return this.pass.forEachEndSlotPair(this.relationsByKind.get(kind), fn);
  }

  /** While fresh, the slot (build-indexes.ts) of the element `id` names (undefined: none). */
  slotAtBuild(id: string): number | undefined {
    return this.fresh ? this.incident.slotAtBuild(id) : undefined;
  }

  /** While fresh: the number of slots naming an element (slot `s` names `doc.elements.values()[s]`), and the kind's number (`elementKindCode`) in one of them. */
  get slotCount(): number {
    return this.carriers.slotCount;
  }

  kindCodeAt(slot: number): number {
    return this.carriers.kindCodeAt(slot);
  }

  /**
   * The element under `id` in the current document, for an id a data flow carries (`dataEntityIds`):
   * over the document indexed at first, from the few thousand carried ids looked up while indexing
   * (a small map the processor keeps at hand) rather than from the element table, which a large
   * model's flows asked ~120,000 times per check.
   */
  carriedElement(id: string): Element | undefined {
    const e = this.carriers.elementOf(id);
    return e === undefined ? this.doc.elements.get(id) : (e ?? undefined);
  }

  /** Number of data flows carrying data entity `id`. */
  carrierCount(id: string): number {
    return this.carriers.flowsOf(id).length;
  }

  /** The ids `trees.selfAndDescendants(root.id)` lists, in its order (`root` an element of the current document); see trees.ts. */
  partIdsOf(root: Element): readonly string[] {
    return this.keysAreIds ? this.trees.partIdsOf(root.id) : this.trees.selfAndDescendants(root.id).map((e) => e.id);
  }

  /** The top application of a module/application service (itself when it has no parent). */
  rootApplication(id: string): Element | undefined {
    return this.trees.rootFrom(this.doc.elements.get(id));
  }

  /** `rootApplication(e.id)` for element `e` of the current document, for a caller that holds it: one lookup fewer. */
  rootOf(e: Element | undefined): Element | undefined {
    return !e ? undefined : this.keysAreIds ? this.trees.rootFrom(e) : this.rootApplication(e.id);
  }

  /**
   * Neighbours of an element in the dependency graph the incremental check walks: its relations,
   * the flows carrying it, its parent and its children. Calls `element`/`relation` for each.
   */
  forEachNeighbourOfElement(id: string, element: (id: string) => void, relation: (id: string) => void) {
    // read before calling back: `relation` may ask the graph about another element, which reuses the span
    const { list, at, from, to } = this.at(id).span;
    for (let i = from; i < to; i++) relation((at === null ? list[i] : list[at[i]]).id);
    for (const f of this.flowsCarrying(id)) relation(f.id);
    for (const c of this.trees.childrenOf(id)) element(c);
    const p = parentOf(this.doc.elements.get(id));
    if (p) element(p);
  }

  /** The slot (place in the document) of the element `forEachOf` calls back about over the document indexed at first, when `id` is its id; -1 otherwise. */
  slotHere(id: string): number {
    return this.pass.slotHere(id);
  }

  /** `r`'s place in its kind's order while `forEachRelationOf` calls back about it over the document indexed at first; -1 otherwise. */
  placeHere(r: Relation): number {
    return r === this.pass.cursor ? this.pass.cursorPlace : -1;
  }

  /** The slot of end `end` (0 source, 1 target) of `r` while `forEachRelationOf` calls back about it over the document indexed at first (kinds keeping their ends); -1 otherwise. */
  endSlotHere(r: Relation, end: 0 | 1): number {
    return this.pass.cursorSlot(r, end);
  }

  /** While the graph holds the document it indexed at first, the ids data flows carry as numbers, flow by flow (carriers.ts); else null. */
  carriedByFlow(): CarriedByFlow | null {
    return this.carriers.indexedByFlow();
  }
}
