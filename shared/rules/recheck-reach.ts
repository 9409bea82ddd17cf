/**
 * What an edit reaches, for the checker's recheck (checker.ts): the walk from the changed items over
 * the graph (`distances`), what it reached grouped by kind, which findings point at renamed
 * elements, and whether an edit is a rename at all.
 */
import type { Element, LakarDocument } from '../model/schema';
import { sameData } from '../model/parse-reusing';
import type { Chunks } from './chunks';
import type { Anchor, LocalRule } from './define';
import { parentOf, type ModelGraph } from './graph';
import type { Problem } from './types';
import { relationNeighbours } from './incident';

/** An anchor's problems: one problem (the common case, no array), or several. */
export type AnchorProblems = Problem | Problem[];

/** Kinds whose elements are parts of application trees (`wholeTrees` in `distances`). */
const TREE_KINDS = ['application', 'module', 'appService'];

/**
 * How far a walk from a change must go, by what it reaches: the largest reach (of a given measure,
 * `reach` or `names`) of the local rules anchored on each element and relation kind.
 *
 * Why: the walk is the recheck's largest cost after a change touching a well-connected element. A
 * paste with a flow into an application of ~300 neighbours reached 18,000 elements and 67,000
 * relations within the 6 steps of the farthest-reading rules (two anchored on processes), ~650 ms
 * on the varied 100,000-element model; all but the processes among the last elements, and every
 * relation of the last step, were listed for no rule. A node is kept when a rule anchored on its kind
 * reads that far, and walked on from only while something farther can still be an anchor.
 */
export class WalkBounds {
  private readonly elementKinds = new Map<string, number>();
  private readonly relationKinds = new Map<string, number>();
  /** Largest reach of the rules anchored on elements, on relations, and on parts of trees. */
  private readonly elements: number;
  private readonly relations: number;
  private readonly trees: number;
  /** How many steps the walk takes at most. */
  readonly steps: number;

  constructor(rules: readonly LocalRule[], reachOf: (rule: LocalRule) => number) {
    for (const r of rules) {
      const into = r.elements ? this.elementKinds : this.relationKinds;
      for (const k of r.elements ?? r.relations ?? []) into.set(k, Math.max(into.get(k) ?? -1, reachOf(r)));
    }
    this.elements = Math.max(-1, ...this.elementKinds.values());
    this.relations = Math.max(-1, ...this.relationKinds.values());
    this.trees = Math.max(-1, ...TREE_KINDS.map((k) => this.elementKinds.get(k) ?? -1));
    this.steps = Math.max(0, this.elements, this.relations);
  }

  /** Whether an element `d` steps away leads on to a node some rule may anchor on (its relations at d + 1, their ends at d + 2). */
  walksOnFromElementAt(d: number): boolean {
    return d + 1 <= this.relations || d + 2 <= this.elements;
  }

  walksOnFromRelationAt(d: number): boolean {
    return d + 1 <= this.elements || d + 2 <= this.relations;
  }

  /** Whether a rule anchored on element kind `kind` (undefined: none) reads `d` steps away. */
  anchorsElementAt(kind: string | undefined, d: number): boolean {
    return kind !== undefined && (this.elementKinds.get(kind) ?? -1) >= d;
  }

  anchorsRelationAt(kind: string | undefined, d: number): boolean {
    return kind !== undefined && (this.relationKinds.get(kind) ?? -1) >= d;
  }

  /** Whether a tree's parts `d` steps away can matter (anchors of a tree kind, or a walk on from them). */
  treesAt(d: number): boolean {
    return this.trees >= d || this.walksOnFromElementAt(d);
  }
}

/**
 * Graph distance (in steps) from the changed items to every node within `bounds` that a rule may
 * anchor on or the walk goes on from. Old endpoints of changed relations and old parents of changed
 * elements count as one step away, so anchors that lost a neighbour are rechecked too. A node is
 * kept by its kind before the edit or after it (a removed anchor's findings are taken away).
 */
export function distances(before: LakarDocument, graph: ModelGraph, changedElements: string[], changedRelations: string[], viewMembers: string[], bounds: WalkBounds, wholeTrees: boolean) {
  const now = graph.doc;
  type Node = { element?: string; relation?: string };
  let frontier: Node[] = [];
  /**
   * Reaching one side's nodes (elements or relations) `d` steps away: kept when the walk goes on
   * from there or a rule anchored on the node's kind (before the edit or after) reads that far.
   * Nodes passed over are met again only farther away, so never kept: they are remembered to be
   * passed at once.
   */
  const side = (
    walksOnAt: (d: number) => boolean,
    anchorsAt: (kind: string | undefined, d: number) => boolean,
    kindIn: (doc: LakarDocument, id: string) => string | undefined,
    node: (id: string) => Node,
  ) => {
    const kept = new Map<string, number>();
    const passed = new Set<string>();
    const reach = (id: string, d: number, into: Node[]) => {
      const known = kept.get(id);
      if ((known !== undefined && known <= d) || passed.has(id)) return;
      const walksOn = walksOnAt(d);
      if (!walksOn && !anchorsAt(kindIn(now, id), d) && !anchorsAt(kindIn(before, id), d)) {
        passed.add(id);
        return;
      }
      kept.set(id, d);
      if (walksOn) into.push(node(id));
    };
    return { kept, reach };
  };
  const elementSide = side((d) => bounds.walksOnFromElementAt(d), (k, d) => bounds.anchorsElementAt(k, d), (doc, id) => doc.elements.get(id)?.kind, (element) => ({ element }));
  const relationSide = side((d) => bounds.walksOnFromRelationAt(d), (k, d) => bounds.anchorsRelationAt(k, d), (doc, id) => doc.relations.get(id)?.kind, (relation) => ({ relation }));
  const reachElement = elementSide.reach;
  const reachRelation = relationSide.reach;
  // With `wholeTrees`, a module or application service and the application at the top of its tree
  // are no step apart: rules read a part's top application (its agency, a flow end's system) and an
  // application's parts (hosted, supporting) however deep the tree is, so reaching one element of a
  // tree reaches all of it. Each tree is listed once per distance (`treeAt`). A walk from renamed
  // elements goes without: parents and children are one step apart there.
  const treeAt = new Map<string, number>();
  const reachTree = (id: string, d: number, into: Node[]) => {
    if (!wholeTrees || !bounds.treesAt(d)) return;
    const root = graph.rootApplication(id);
    if (!root || graph.trees.childrenOf(root.id).length === 0) return;
    const known = treeAt.get(root.id);
    if (known !== undefined && known <= d) return;
    treeAt.set(root.id, d);
    for (const part of graph.trees.selfAndDescendants(root.id)) reachElement(part.id, d, into);
  };
  const reachElementAndTree = (id: string, d: number, into: Node[]) => {
    reachElement(id, d, into);
    reachTree(id, d, into);
  };
  for (const id of changedElements) reachElementAndTree(id, 0, frontier);
  for (const id of viewMembers) reachElementAndTree(id, 0, frontier);
  for (const id of changedRelations) reachRelation(id, 0, frontier);
  const lost: string[] = [];
  for (const id of changedRelations) lost.push(...relationNeighbours(before.relations.get(id)));
  for (const id of changedElements) {
    const p = parentOf(before.elements.get(id));
    if (p) lost.push(p);
  }
  for (let d = 0; d < bounds.steps; d++) {
    const next: Node[] = [];
    if (d === 0) for (const id of lost) reachElementAndTree(id, 1, next);
    const toElement = (element: string) => reachElementAndTree(element, d + 1, next);
    const toRelation = (relation: string) => reachRelation(relation, d + 1, next);
    for (const node of frontier) {
      if (node.element !== undefined) graph.forEachNeighbourOfElement(node.element, toElement, toRelation);
      else for (const element of relationNeighbours(now.relations.get(node.relation!))) toElement(element);
    }
    frontier = next;
  }
  return { elements: elementSide.kept, relations: relationSide.kept };
}

/** How far from its anchors a local rule reads names. */
export function namesReach(rule: LocalRule): number {
  return rule.names ?? rule.reach;
}

/** Ids a walk reached (`distances`) of one kind, with their steps from the change. */
export type ReachedByKind = Map<string, { ids: string[]; steps: number[] }>;

/**
 * The elements and relations a walk reached, by kind. An id goes under its kind now, or before when
 * it is gone (its old findings are taken away), and under both when they differ (removed and added
 * again in one edit). Grouped once per walk: each of the ~60 local rules looking every reached id
 * up in its findings and in the document cost more than the few anchors of its kinds it rechecks.
 */
export function reachedByKind(walk: { elements: ReadonlyMap<string, number>; relations: ReadonlyMap<string, number> }, before: LakarDocument, now: LakarDocument) {
  const group = (reachedIds: ReadonlyMap<string, number>, was: { get(id: string): Anchor | undefined }, is: { get(id: string): Anchor | undefined }) => {
    const out: ReachedByKind = new Map();
    const add = (kind: string, id: string, steps: number) => {
      let at = out.get(kind);
      if (!at) out.set(kind, (at = { ids: [], steps: [] }));
      at.ids.push(id);
      at.steps.push(steps);
    };
    for (const [id, steps] of reachedIds) {
      const kindNow = is.get(id)?.kind;
      const kindBefore = was.get(id)?.kind;
      if (kindNow) add(kindNow, id, steps);
      if (kindBefore && kindBefore !== kindNow) add(kindBefore, id, steps);
    }
    return out;
  };
  return { elements: group(walk.elements, before.elements, now.elements), relations: group(walk.relations, before.relations, now.relations) };
}

/**
 * The anchors of a rule naming tops of trees (`pointsAtRootsNamed`) by the elements their problems
 * point at, kept in step with the rule's problems by anchor (`changed` after each recheck of an
 * anchor). Why: every rename asked each such rule which of its anchors point at the renamed element,
 * a pass over all its findings (flow.classificationHandedOn's ~600 on the varied 100,000-element
 * model: ~0.12 ms warm, 0.7–0.9 ms in the first renames, whatever kind was renamed); now a lookup.
 */
export class AnchorsByPointedElement {
  private readonly byElement = new Map<string, Set<string>>();

  /** Index `problems` (a rule's problems by anchor): one pass over them. */
  constructor(problems: ReadonlyMap<string, AnchorProblems>) {
    for (const [anchor, now] of problems) this.changed(anchor, undefined, now);
  }

  /** Anchors having a problem that points at one of `elements`, each once. */
  pointingAt(elements: readonly string[]): string[] {
    const out = new Set<string>();
    for (const id of elements) for (const anchor of this.byElement.get(id) ?? []) out.add(anchor);
    return [...out];
  }

  /** `anchor`'s problems were `was` and are `now` (undefined: none). */
  changed(anchor: string, was: AnchorProblems | undefined, now: AnchorProblems | undefined): void {
    if (was !== undefined)
      for (const p of Array.isArray(was) ? was : [was])
        for (const id of p.elementIds) {
          const anchors = this.byElement.get(id);
          if (anchors?.delete(anchor) && !anchors.size) this.byElement.delete(id);
        }
    if (now !== undefined)
      for (const p of Array.isArray(now) ? now : [now])
        for (const id of p.elementIds) {
          const anchors = this.byElement.get(id);
          if (anchors) anchors.add(anchor);
          else this.byElement.set(id, new Set([anchor]));
        }
  }
}

/**
 * The findings of a rule's listing by the element they point at, in listing order, by listing. A
 * listing remade in a few places (`remadePointingAt`) takes the index over from the one it was made
 * from, updated in those places.
 */
const pointedAtBy = new WeakMap<Chunks, Map<string, Problem[]>>();

/** The index of `chunks` (see `pointedAtBy`), made on first use: one pass over its findings. */
function pointedAtIndex(chunks: Chunks): Map<string, Problem[]> {
  let pointed = pointedAtBy.get(chunks);
  if (!pointed) {
    pointed = new Map();
    for (const c of chunks)
      for (const p of c)
        for (const id of p.elementIds) {
          const list = pointed.get(id);
          if (!list) pointed.set(id, [p]);
          // a finding naming an element twice is listed once under it
          else if (list[list.length - 1] !== p) list.push(p);
        }
    pointedAtBy.set(chunks, pointed);
  }
  return pointed;
}

/**
 * True when some problem of `chunks` points at one of `elements`. The elements pointed at are
 * gathered once per listing: renames in turn that no finding points at (most) then cost a lookup,
 * not a pass over thousands of findings.
 */
export function pointsAtAny(chunks: Chunks, elements: readonly string[]): boolean {
  const pointed = pointedAtIndex(chunks);
  return elements.some((id) => pointed.has(id));
}

/** The findings of `chunks` pointing at one of `elements`, each once (from the index: no pass over the listing). */
export function findingsPointingAtAny(chunks: Chunks, elements: readonly string[]): Problem[] {
  const pointed = pointedAtIndex(chunks);
  if (elements.length === 1) return pointed.get(elements[0]) ?? [];
  const out = new Set<Problem>();
  for (const id of elements) for (const p of pointed.get(id) ?? []) out.add(p);
  return [...out];
}

/**
 * Listing `to` is `from` with each finding `pairs[i][0]` replaced by `pairs[i][1]`, which points at
 * the same elements: `to` takes `from`'s index over, those findings swapped in it (in place: the
 * index moves on with the checker's state and `from` would make its own again if ever asked).
 */
export function remadePointingAt(from: Chunks, to: Chunks, pairs: readonly (readonly [Problem, Problem])[]): void {
  const pointed = pointedAtBy.get(from);
  if (!pointed) return;
  pointedAtBy.delete(from);
  for (const [was, now] of pairs)
    for (const id of was.elementIds) {
      const list = pointed.get(id)!;
      list[list.indexOf(was)] = now;
    }
  pointedAtBy.set(to, pointed);
}

/**
 * True when `now` differs from `was` in its name alone. Other fields are compared as data: an edit
 * of the name through the schema (element.update) gives back new but equal lists and objects (a
 * site's hardware), which left a site's rename a structural edit (~150 ms of infra.classifiedControlsPartial
 * working its structure out again on a large model).
 */
export function onlyRenamed(was: Element, now: Element): boolean {
  const a = was as unknown as Record<string, unknown>;
  const b = now as unknown as Record<string, unknown>;
  let keys = 0;
  for (const k in b) {
    keys++;
    if (k !== 'name' && a[k] !== b[k] && !sameData(b[k], a[k])) return false;
  }
  for (const k in a) if (!(k in b)) return false;
  return keys > 0 && a.name !== b.name && Object.keys(a).length === keys;
}
