/**
 * The scene of a view after an edit, made from the scene before it: only the trees (a top-level box
 * and the boxes drawn inside it) holding an edited element or a moved box are drawn again, and every
 * other scene node is the same object as before. Why: the canvas drew the whole scene again after each
 * rename or move, ~10 ms of a one-element edit at 10,000 elements (issue 18, profile of 20 renames);
 * a tree costs what it holds. Whenever the edit could change more than its trees (a band growing or
 * shrinking, a box added or removed, a new parent or kind, any relation edit, a renamed security
 * control that sites list) the scene is built whole, so the result is always what buildScene gives.
 */
import { hasBox, knownBoxesTable } from '../model/boxes-record';
import { bandLayout } from '../model/bands';
import type { Element, View } from '../model/schema';
import { BAND_INSET, buildScene, treeScene, treesOf, type Scene, type SceneDoc, type SceneNode } from './scene';

/** A scene and the ids of its nodes that are new objects or in new places since the scene it was made from (null: built whole). */
export interface SceneStep {
  scene: Scene;
  changed: ReadonlySet<string> | null;
}

/** What a scene was built from. */
export interface SceneSource {
  doc: SceneDoc;
  view: View;
  scene: Scene;
}

/** Edits past this many boxes or elements build the scene whole (a paste, an auto-layout). */
const MOST_EDITS = 256;

/** Each scene's node positions by id: shared by the scenes updateScene makes while their order stays. */
const indexes = new WeakMap<Scene, Map<string, number>>();

/** Where each node of `scene` is in `scene.nodes`. */
export function sceneIndex(scene: Scene): ReadonlyMap<string, number> {
  let index = indexes.get(scene);
  if (!index) {
    index = new Map();
    for (let i = 0; i < scene.nodes.length; i++) index.set(scene.nodes[i].id, i);
    indexes.set(scene, index);
  }
  return index;
}

const parentIdOf = (e: Element): string | undefined => (e as { parentId?: string }).parentId;

/**
 * Ids of the boxes drawn on both `before.view` and `view` whose element or stored place differs, or
 * undefined when the edit may change the scene beyond their trees.
 */
function editedBoxes(before: SceneSource, doc: SceneDoc, view: View): Set<string> | undefined {
  if (before.doc.relations !== doc.relations) return undefined;
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
  if (!elements || !moved || elements.size + moved.size > MOST_EDITS) return undefined;
  const drawnNow = (id: string) => hasBox(view.nodes, id) && doc.elements.has(id);
  const out = new Set<string>();
  for (const id of moved) {
    const now = drawnNow(id);
    if (now !== before.scene.byId.has(id)) return undefined;
    if (now) out.add(id);
  }
  for (const id of elements) {
    const was = before.doc.elements.get(id);
    const is = doc.elements.get(id);
    // a site's box lists the names of the controls protecting it (protection.ts)
    if (was?.kind === 'securityControl' || is?.kind === 'securityControl') return undefined;
    const now = drawnNow(id);
    if (now !== before.scene.byId.has(id)) return undefined;
    if (!now) continue;
    // another kind or parent may nest it elsewhere, or in another band
    if (was!.kind !== is!.kind || parentIdOf(was!) !== parentIdOf(is!)) return undefined;
    out.add(id);
  }
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
  const tops = new Set<string>();
  for (const id of edited) tops.add(prev.byId.get(id)!.top);
  const changed = new Set<string>();
  if (tops.size === 0) return { scene: share(prev, { ...prev, view }), changed };
  const { nest } = treesOf(doc, (id) => view.nodes[id], tops);
  const stored = bandLayout(view);
  const nodes = prev.nodes.slice();
  const byId = new Map(prev.byId);
  const prevIndex = sceneIndex(prev);
  let index: Map<string, number> | null = null;
  for (const top of tops) {
    const old = prev.byId.get(top)!;
    const band = prev.bands[old.bandIndex];
    const tree = treeScene(doc, nest, top, view.nodes[top], stored[old.bandIndex], band.top);
    // the band is as tall as its stored height or its tallest need: a tree needing more, or one that
    // may have set the height needing another amount, changes the band and every band below it
    const oldNeeds = old.y - band.top + old.h + BAND_INSET;
    if (tree.needs > band.height || (band.height > stored[old.bandIndex].height && oldNeeds >= band.height - 1e-6 && tree.needs !== oldNeeds)) return whole();
    const start = prevIndex.get(top)!;
    let count = 0;
    while (start + count < prev.nodes.length && prev.nodes[start + count].top === top) count++;
    if (count !== tree.nodes.length) return whole();
    for (let i = 0; i < count; i++) {
      const fresh = tree.nodes[i];
      const was = prev.byId.get(fresh.id);
      const node = was && sameNode(was, fresh) ? was : fresh;
      if (node !== was) {
        changed.add(fresh.id);
        byId.set(fresh.id, node);
      }
      if (prev.nodes[start + i].id !== fresh.id) {
        // children drawn in another order (one dragged within its parent): the index follows
        index ??= new Map(prevIndex);
        index.set(fresh.id, start + i);
        changed.add(fresh.id);
      }
      nodes[start + i] = node;
    }
  }
  const scene: Scene = { view, bands: prev.bands, nodes, byId };
  indexes.set(scene, index ?? (prevIndex as Map<string, number>));
  return { scene, changed };
}

/** `next`, a scene with the same nodes in the same order as `prev`, sharing its index. */
function share(prev: Scene, next: Scene): Scene {
  indexes.set(next, sceneIndex(prev) as Map<string, number>);
  return next;
}
