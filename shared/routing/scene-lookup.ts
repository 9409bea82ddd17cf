/**
 * A scene's nodes by id, and where a node is in the scene's list, after edits that draw again a few
 * trees of a large view. Why: copying the scene's map, or listing where each node is, for every edit
 * of a 92,000-box view cost ~100–250 ms each under load (issue 18), for one tree drawn again.
 */
import { knownBoxesTable } from '../model/boxes-record';
import type { Scene, SceneNode } from './scene';

/** Scene nodes by id: a Map for a scene built whole, a `NodesOver` one after edits. */
export interface NodesById {
  get(id: string): SceneNode | undefined;
  has(id: string): boolean;
}

/** Changes an overlay holds before it is made a map of its own (a copy then, one edit in thousands). */
const MOST_OVER = 4096;

/** The nodes of the scene an edit was made from, with the nodes it drew again over them (undefined: taken out). */
export class NodesOver implements NodesById {
  private constructor(
    private readonly base: ReadonlyMap<string, SceneNode>,
    private readonly over: ReadonlyMap<string, SceneNode | undefined>,
  ) {}

  /** `prev` with `changes` (undefined: taken out); `prev` stays as it is. */
  static with(prev: NodesById, changes: ReadonlyMap<string, SceneNode | undefined>): NodesById {
    if (changes.size === 0) return prev;
    const base = prev instanceof NodesOver ? prev.base : (prev as ReadonlyMap<string, SceneNode>);
    const over = new Map(prev instanceof NodesOver ? prev.over : []);
    for (const [id, node] of changes) over.set(id, node);
    if (over.size <= MOST_OVER) return new NodesOver(base, over);
    const flat = new Map(base);
    for (const [id, node] of over) {
      if (node === undefined) flat.delete(id);
      else flat.set(id, node);
    }
    return flat;
  }

  get(id: string): SceneNode | undefined {
    return this.over.has(id) ? this.over.get(id) : this.base.get(id);
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }
}

/** Each scene's node positions by id, made when asked for and shared by the scenes that keep the order. */
const indexes = new WeakMap<Scene, Map<string, number>>();

/** Where each node of `scene` is in `scene.nodes` (made once per scene, O(nodes): `nodeAt` finds one without it). */
export function sceneIndex(scene: Scene): ReadonlyMap<string, number> {
  let index = indexes.get(scene);
  if (!index) {
    index = new Map();
    for (let i = 0; i < scene.nodes.length; i++) index.set(scene.nodes[i].id, i);
    indexes.set(scene, index);
  }
  return index;
}

/** Let `scene` use `index` (a scene with the same nodes in the same places as the one it was made for). */
export function shareIndex(scene: Scene, index: ReadonlyMap<string, number>): void {
  indexes.set(scene, index as Map<string, number>);
}

/** The index of `scene` when it was made already. */
export function madeIndex(scene: Scene): ReadonlyMap<string, number> | undefined {
  return indexes.get(scene);
}

/**
 * Where node `id` of `scene` is in `scene.nodes`, or undefined when it is not drawn. Without an index
 * made, found by halves: the nodes are listed band by band, each band's trees in the order of the
 * view's boxes (buildScene), a tree's nodes together. Read before another version of the view's boxes
 * table is read (the order numbers are the table's newest read).
 */
export function nodeAt(scene: Scene, id: string, rank = knownBoxesTable(scene.view.nodes)?.listingRank()): number | undefined {
  const node = scene.byId.get(id);
  if (!node) return undefined;
  const known = indexes.get(scene);
  if (known || !rank) return (known ?? sceneIndex(scene)).get(id);
  const band = node.bandIndex;
  const r = rank(node.top);
  let lo = 0;
  let hi = scene.nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const n = scene.nodes[mid];
    if (n.bandIndex < band || (n.bandIndex === band && rank(n.top) < r)) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < scene.nodes.length && scene.nodes[i].top === node.top; i++) if (scene.nodes[i].id === id) return i;
  return (indexes.get(scene) ?? sceneIndex(scene)).get(id);
}
