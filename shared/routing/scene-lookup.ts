/**
 * A scene's nodes by id, and where a node is in the scene's list, after edits that draw again a few
 * trees of a large view. Why: copying the scene's map, or listing where each node is, for every edit
 * of a 92,000-box view cost ~100–250 ms each under load (issue 18), for one tree drawn again.
 */
import { knownBoxesTable } from '../model/boxes-record';
import { Table } from '../model/table';
import type { Scene, SceneNode } from './scene';

/** Scene nodes by id: a Map for a scene built whole, a `NodesOver` one after edits. */
export interface NodesById {
  get(id: string): SceneNode | undefined;
  has(id: string): boolean;
}

/** Changes held over the map of a scene built whole before they go into a table (a copy of that map, once). */
const MOST_OVER = 4096;

/**
 * The nodes of a scene after edits: the first few thousand changes held over the map of the scene
 * built whole (the edit copies what is held, not that map), then a persistent table of the nodes
 * (../model/table.ts), a new version per edit in time proportional to the nodes it drew again, every
 * earlier version still reading as it was. Why: the changes were once copied into a map of their own
 * with the base past 4,096 of them, a ~175 ms hitch once per ~4,096 boxes drawn again in a
 * 92,000-box view, and each edit copied up to 4,096 changes; now the base is copied once per scene
 * built whole.
 */
export class NodesOver implements NodesById {
  private constructor(
    private readonly base: ReadonlyMap<string, SceneNode> | null,
    private readonly over: ReadonlyMap<string, SceneNode | undefined> | null,
    private readonly table: Table<SceneNode> | null,
  ) {}

  /** `prev` with `changes` (undefined: taken out); `prev` stays as it is. */
  static with(prev: NodesById, changes: ReadonlyMap<string, SceneNode | undefined>): NodesById {
    if (changes.size === 0) return prev;
    if (prev instanceof NodesOver && prev.table) return new NodesOver(null, null, prev.table.withChanges(changes));
    const base = prev instanceof NodesOver ? prev.base! : (prev as ReadonlyMap<string, SceneNode>);
    const over = new Map(prev instanceof NodesOver ? prev.over! : []);
    for (const [id, node] of changes) over.set(id, node);
    if (over.size <= MOST_OVER) return new NodesOver(base, over, null);
    return new NodesOver(null, null, Table.fromMap(new Map(base)).withChanges(over));
  }

  get(id: string): SceneNode | undefined {
    if (this.table) return this.table.get(id);
    return this.over!.has(id) ? this.over!.get(id) : this.base!.get(id);
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
 * view's boxes (buildScene), a tree's nodes together, by the order numbers of the scene's version
 * of the boxes' table (Table.listingRank; cheapest read before another version of it is read).
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
