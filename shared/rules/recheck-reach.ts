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

/** An anchor's problems: one problem (the common case, no array), or several. */
export type AnchorProblems = Problem | Problem[];

/**
 * Graph distance (in steps) from the changed items to every node within `maxReach`. Old endpoints
 * of changed relations and old parents of changed elements count as one step away, so anchors
 * that lost a neighbour are rechecked too.
 */
export function distances(before: LakarDocument, graph: ModelGraph, changedElements: string[], changedRelations: string[], viewMembers: string[], maxReach: number, wholeTrees: boolean) {
  const elements = new Map<string, number>();
  const relations = new Map<string, number>();
  let frontier: { element?: string; relation?: string }[] = [];
  const visit = (node: { element?: string; relation?: string }, d: number) => {
    const map = node.element !== undefined ? elements : relations;
    const id = (node.element ?? node.relation)!;
    const known = map.get(id);
    if (known !== undefined && known <= d) return false;
    map.set(id, d);
    return true;
  };
  // With `wholeTrees`, a module or application service and the application at the top of its tree
  // are no step apart: rules read a part's top application (its agency, a flow end's system) and an
  // application's parts (hosted, supporting) however deep the tree is, so reaching one element of a
  // tree reaches all of it. Each tree is listed once per distance (`treeAt`). A walk from renamed
  // elements goes without: parents and children are one step apart there.
  const treeAt = new Map<string, number>();
  const reachTree = (id: string, d: number, into: typeof frontier) => {
    if (!wholeTrees) return;
    const root = graph.rootApplication(id);
    if (!root || graph.childrenOf(root.id).length === 0) return;
    const known = treeAt.get(root.id);
    if (known !== undefined && known <= d) return;
    treeAt.set(root.id, d);
    for (const part of graph.selfAndDescendants(root.id)) if (visit({ element: part.id }, d)) into.push({ element: part.id });
  };
  const reach0 = (id: string) => {
    if (visit({ element: id }, 0)) frontier.push({ element: id });
    reachTree(id, 0, frontier);
  };
  for (const id of changedElements) reach0(id);
  for (const id of viewMembers) reach0(id);
  for (const id of changedRelations) if (visit({ relation: id }, 0)) frontier.push({ relation: id });
  const lost: string[] = [];
  for (const id of changedRelations) lost.push(...graph.relationNeighbours(before.relations.get(id)));
  for (const id of changedElements) {
    const p = parentOf(before.elements.get(id));
    if (p) lost.push(p);
  }
  for (let d = 0; d < maxReach; d++) {
    const next: typeof frontier = [];
    if (d === 0)
      for (const id of lost) {
        if (visit({ element: id }, 1)) next.push({ element: id });
        reachTree(id, 1, next);
      }
    const reachElement = (element: string) => {
      if (visit({ element }, d + 1)) next.push({ element });
      reachTree(element, d + 1, next);
    };
    const reachRelation = (relation: string) => {
      if (visit({ relation }, d + 1)) next.push({ relation });
    };
    for (const node of frontier) {
      if (node.element !== undefined) graph.forEachNeighbourOfElement(node.element, reachElement, reachRelation);
      else for (const element of graph.relationNeighbours(graph.doc.relations.get(node.relation!))) reachElement(element);
    }
    frontier = next;
  }
  return { elements, relations };
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
 * Anchors of a rule (`cache`: its problems by anchor) having a problem that points at one of
 * `elements`: one pass over the rule's findings, which for a rule naming tops of trees
 * (`pointsAtRootsNamed`) are few.
 */
export function anchorsPointingAt(cache: ReadonlyMap<string, AnchorProblems>, elements: readonly string[]): string[] {
  const out: string[] = [];
  const pointsAt = (p: Problem) => {
    const ids = p.elementIds;
    for (let i = 0; i < elements.length; i++) if (ids.includes(elements[i])) return true;
    return false;
  };
  for (const [id, problems] of cache) if (Array.isArray(problems) ? problems.some(pointsAt) : pointsAt(problems)) out.push(id);
  return out;
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
