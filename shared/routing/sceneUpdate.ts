/**
 * The scene of a view after an edit, made from the scene before it: only the trees (a top-level box
 * and the boxes drawn inside it) holding an edited element, a moved, added or removed box, or a site
 * whose protecting controls changed are drawn again (or taken out, or put in at their place), and
 * every other scene node is the same object as before. Why: the canvas drew the whole scene again
 * after each rename or move, ~10 ms of a one-element edit at 10,000 elements (issue 18, profile of 20
 * renames), and after each removal or its undo, ~0.4–0.9 s at 92,000 boxes; a tree costs what it
 * holds. Whenever the edit could change more than its trees (a band growing or shrinking, a new
 * parent or kind, a renamed security control that sites list, a box put in a tree drawn before under
 * another one) the scene is built whole, so the result is always what buildScene gives.
 */
import { hasBox, knownBoxesTable } from '../model/boxes-record';
import { bandLayout } from '../model/bands';
import type { View } from '../model/schema';
import { BANDS } from '../model/vocabulary';
import { bandOf } from '../model/kinds';
import { protectedBy } from './protection';
import { madeIndex, nodeAt, NodesOver, shareIndex, type NodesById } from './scene-lookup';
import { BAND_INSET, buildScene, treeScene, treesOf, type Scene, type SceneDoc, type SceneNode } from './scene';

/**
 * A scene and the ids of its nodes that are new objects or in new places since the scene it was made
 * from (null: built whole). When `removed` is given, trees were taken out or put in: it lists the ids
 * no longer drawn, the nodes put in are in `changed`, and the others keep their order but not their index.
 */
export interface SceneStep {
  scene: Scene;
  changed: ReadonlySet<string> | null;
  removed?: ReadonlySet<string>;
  /** With `removed`: the ranges of the older scene's nodes taken out, then the nodes put in, in turn, at each place (a list kept beside the scene follows it so). */
  splice?: Splice;
}

/** How a scene's list of nodes was made from the one before: `cuts` (start, end) taken out, then each of `puts` inserted at its place in turn. */
export interface Splice {
  cuts: readonly (readonly [number, number])[];
  puts: readonly { at: number; nodes: readonly SceneNode[] }[];
}

/** `list` (kept beside the older scene, one item a node) spliced as `splice` made the newer scene's nodes, the items put in made by `item`. */
export function followSplice<T>(list: readonly T[], splice: Splice, item: (node: SceneNode) => T): T[] {
  const parts: T[][] = [];
  let from = 0;
  for (const [start, end] of splice.cuts) {
    parts.push(list.slice(from, start));
    from = end;
  }
  parts.push(list.slice(from));
  const out = ([] as T[]).concat(...parts);
  for (const { at, nodes } of splice.puts) out.splice(at, 0, ...nodes.map(item));
  return out;
}

/** What a scene was built from. */
export interface SceneSource {
  doc: SceneDoc;
  view: View;
  scene: Scene;
}

/** Edits past this many boxes or elements build the scene whole (a paste, an auto-layout). */
const MOST_EDITS = 256;

export { sceneIndex } from './scene-lookup';

/**
 * Ids of the boxes whose element or stored place differs, drawn before or now (added and removed
 * ones too), and the sites whose protecting controls changed; or undefined when the edit may change
 * the scene beyond their trees.
 */
function editedBoxes(before: SceneSource, doc: SceneDoc, view: View): Set<string> | undefined {
  const a = before.view.bandHeights;
  const b = view.bandHeights;
  if (a !== b && (!a || !b || a.length !== b.length || a.some((h, i) => h !== b[i]))) return undefined;
  const elements = doc.elements.idsChangedSince(before.doc.elements);
  let moved: Set<string> | undefined = new Set();
  if (before.view.nodes !== view.nodes) {
    const was = knownBoxesTable(before.view.nodes);
    const now = knownBoxesTable(view.nodes);
    moved = was && now ? now.idsChangedSince(was) : undefined;
  }
  // relations draw nothing in the scene but a site's list of the controls protecting it (protection.ts)
  let relations: Set<string> | undefined = new Set();
  if (before.doc.relations !== doc.relations) relations = before.doc.relations && doc.relations ? doc.relations.idsChangedSince(before.doc.relations) : undefined;
  if (!elements || !moved || !relations || elements.size + moved.size + relations.size > MOST_EDITS) return undefined;
  const drawn = (id: string) => before.scene.byId.has(id) || (hasBox(view.nodes, id) && doc.elements.has(id));
  const out = new Set<string>();
  for (const id of moved) if (drawn(id)) out.add(id);
  const controls: string[] = [];
  for (const id of elements) {
    const was = before.doc.elements.get(id);
    const is = doc.elements.get(id);
    if (was?.kind === 'securityControl' || is?.kind === 'securityControl') {
      // a site's box lists the names of the controls protecting it: a new name is in every site they protect
      if (was && is && (was.kind !== is.kind || was.name !== is.name)) return undefined;
      controls.push(id);
    }
    if (!drawn(id)) continue;
    // another kind draws it in another band
    if (was && is && was.kind !== is.kind) return undefined;
    out.add(id);
  }
  for (const id of relations) for (const r of [before.doc.relations!.get(id), doc.relations!.get(id)]) if (r?.kind === 'protects') controls.push(r.target);
  if (controls.length && doc.relations) for (const site of [...controls, ...protectedBy(doc.relations, controls)]) if (drawn(site)) out.add(site);
  return out;
}

const sameList = (a: readonly string[] | undefined, b: readonly string[] | undefined) => a === b || (!!a && !!b && a.length === b.length && a.every((x, i) => x === b[i]));

/** True when two scene nodes draw the same box. */
function sameNode(a: SceneNode, b: SceneNode): boolean {
  return (
    a.element === b.element &&
    a.x === b.x &&
    a.y === b.y &&
    a.w === b.w &&
    a.h === b.h &&
    a.parent === b.parent &&
    a.top === b.top &&
    a.depth === b.depth &&
    a.bandIndex === b.bandIndex &&
    sameList(a.children, b.children) &&
    sameList(a.protectedBy, b.protectedBy)
  );
}

/** The scene of `view` drawn from `doc` (as buildScene gives it), made from `before` where the edit allows. */
export function updateScene(before: SceneSource, doc: SceneDoc, view: View): SceneStep {
  const whole = (): SceneStep => ({ scene: buildScene(doc, view), changed: null });
  const edited = editedBoxes(before, doc, view);
  if (!edited) return whole();
  const prev = before.scene;
  const prevRank = knownBoxesTable(prev.view.nodes)?.listingRank();
  // the trees drawn with an edited box, and every box in them: each is drawn now in the tree of its
  // top then (a child of a removed parent on its own)
  const oldTops = new Set<string>();
  for (const id of edited) {
    const n = prev.byId.get(id);
    if (n) oldTops.add(n.top);
  }
  const members = new Set(edited);
  const starts = new Map<string, number>();
  const treeOf = (top: string) => {
    let start = starts.get(top);
    if (start === undefined) starts.set(top, (start = nodeAt(prev, top, prevRank)!));
    let end = start;
    while (end < prev.nodes.length && prev.nodes[end].top === top) end++;
    return { start, end };
  };
  for (const top of oldTops) {
    const { start, end } = treeOf(top);
    for (let i = start; i < end; i++) members.add(prev.nodes[i].id);
  }
  // (where the trees that may go too start, found while the order numbers read are the older view's)
  for (const id of members) {
    const el = doc.elements.get(id);
    const parent = el && (el as { parentId?: string }).parentId;
    const was = parent ? prev.byId.get(parent) : undefined;
    if (was) treeOf(was.top);
  }
  const changed = new Set<string>();
  if (members.size === 0) return { scene: share(prev, { ...prev, view }), changed };
  const at = (id: string) => (hasBox(view.nodes, id) ? view.nodes[id] : undefined);
  const { tops, nest } = treesOf(doc, at, members);
  const stored = bandLayout(view);
  const trees = new Map<string, { nodes: SceneNode[]; bandIndex: number }>();
  const later = new Set<string>();
  for (const top of tops) {
    const bandIndex = BANDS.indexOf(bandOf(doc.elements.get(top)!.kind));
    const band = prev.bands[bandIndex];
    const tree = treeScene(doc, nest, top, view.nodes[top], stored[bandIndex], band.top);
    // a tree needing more than its band grows it, and moves every band below
    if (tree.needs > band.height) return whole();
    trees.set(top, { nodes: tree.nodes, bandIndex });
    // a box drawn before in a tree not drawn again (the tree of a child's new parent): that tree goes too
    for (const n of tree.nodes) {
      const was = prev.byId.get(n.id)?.top;
      if (was !== undefined && !oldTops.has(was)) later.add(was);
    }
  }
  if (later.size) {
    // …each of whose boxes must be drawn again in one of the new trees
    const drawnNow = new Set([...trees.values()].flatMap((t) => t.nodes.map((n) => n.id)));
    for (const top of later) {
      const { start, end } = treeOf(top);
      for (let i = start; i < end; i++) if (!drawnNow.has(prev.nodes[i].id)) return whole();
      oldTops.add(top);
    }
  }
  // a band taller than stored is as tall as its tallest tree: one that may have set it and needs
  // another amount now (or is gone) may shrink it, and move every band below
  for (const top of oldTops) {
    const old = prev.byId.get(top)!;
    const band = prev.bands[old.bandIndex];
    const oldNeeds = old.y - band.top + old.h + BAND_INSET;
    if (band.height > stored[old.bandIndex].height && oldNeeds >= band.height - 1e-6) {
      const now = trees.get(top);
      if (!now || now.bandIndex !== old.bandIndex || now.nodes[0].y - band.top + now.nodes[0].h + BAND_INSET !== oldNeeds) return whole();
    }
  }
  const byId = new Map<string, SceneNode | undefined>();
  const fresh = (node: SceneNode) => {
    const was = prev.byId.get(node.id);
    if (was && sameNode(was, node)) return was;
    changed.add(node.id);
    byId.set(node.id, node);
    return node;
  };
  // the same trees with as many boxes: each drawn again in its place
  const inPlace = tops.length === oldTops.size && tops.every((t) => oldTops.has(t) && trees.get(t)!.nodes.length === treeOf(t).end - treeOf(t).start);
  if (inPlace) {
    const nodes = prev.nodes.slice();
    let reordered = false;
    for (const [top, tree] of trees) {
      const { start } = treeOf(top);
      for (let i = 0; i < tree.nodes.length; i++) {
        const node = fresh(tree.nodes[i]);
        if (prev.nodes[start + i].id !== node.id) {
          // children drawn in another order (one dragged within its parent): in a new place
          reordered = true;
          changed.add(node.id);
        }
        nodes[start + i] = node;
      }
    }
    const scene: Scene = { view, bands: prev.bands, nodes, byId: NodesOver.with(prev.byId, byId) };
    const index = madeIndex(prev);
    if (index && !reordered) shareIndex(scene, index);
    return { scene, changed };
  }
  const rank = knownBoxesTable(view.nodes)?.listingRank();
  return rank ? spliced(prev, view, byId, [...oldTops].map(treeOf), trees, fresh, changed, rank) : whole();
}

/**
 * The scene with the trees of `oldTops` taken out and `trees` put in where buildScene draws them:
 * band by band, each band's top-level boxes in the order of the view's boxes.
 */
function spliced(
  prev: Scene,
  view: View,
  byId: Map<string, SceneNode | undefined>,
  oldTrees: { start: number; end: number }[],
  trees: ReadonlyMap<string, { nodes: SceneNode[]; bandIndex: number }>,
  fresh: (node: SceneNode) => SceneNode,
  changed: Set<string>,
  rank: (id: string) => number,
): SceneStep {
  const removed = new Set<string>();
  // the old trees cut out by their ranges (a copy of the list, no look at each node)
  const cuts = oldTrees.sort((a, b) => a.start - b.start).map(({ start, end }) => [start, end] as const);
  for (const [start, end] of cuts) for (let i = start; i < end; i++) removed.add(prev.nodes[i].id);
  const puts: { at: number; nodes: SceneNode[] }[] = [];
  const nodes = followSplice(prev.nodes, { cuts, puts: [] }, (n) => n);
  const before = (bandIndex: number, top: string, n: SceneNode) => bandIndex < n.bandIndex || (bandIndex === n.bandIndex && rank(top) < rank(n.top));
  for (const [top, tree] of trees) {
    let lo = 0;
    let hi = nodes.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (before(tree.bandIndex, top, nodes[mid])) hi = mid;
      else lo = mid + 1;
    }
    const put = tree.nodes.map((n) => {
      removed.delete(n.id);
      const node = fresh(n);
      // in a new place: the canvas puts its node there again
      changed.add(node.id);
      return node;
    });
    nodes.splice(lo, 0, ...put);
    puts.push({ at: lo, nodes: put });
  }
  for (const id of removed) byId.set(id, undefined);
  return { scene: { view, bands: prev.bands, nodes, byId: NodesOver.with(prev.byId, byId) }, changed, removed, splice: { cuts, puts } };
}

/** `next`, a scene with the same nodes in the same order as `prev`, sharing its index. */
function share(prev: Scene, next: Scene): Scene {
  const index = madeIndex(prev);
  if (index) shareIndex(next, index);
  return next;
}

export type { NodesById };
