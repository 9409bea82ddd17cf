/**
 * From command patches to row changes. A document is stored as rows (meta, one row per element,
 * relation and view, one row per node of a view); saving writes only the rows that patches touched,
 * so a save's cost grows with the edit, not with the model.
 */
import type { Patch } from 'immer';
import type { Element, LakarDocument, NodeLayout, ProjectMeta, Relation, View } from '../model/schema';
import { boxIds, hasBox } from '../model/boxes-record';
import { insertBeforeOf } from '../model/placed';

/** Keys of the rows changed since the last save. */
export interface DirtySet {
  meta: boolean;
  /** Rewrite every row (e.g. after a whole-collection replacement). */
  all: boolean;
  elements: Set<string>;
  relations: Set<string>;
  /** View rows (name, order, band heights). */
  views: Set<string>;
  /** Views whose node rows must all be rewritten. */
  viewNodesAll: Set<string>;
  /** Single node rows, keyed `${viewId}\u0000${elementId}`. */
  viewNodes: Set<string>;
  /**
   * Rows an undo put back in a place (an add patch with `insertBefore`, model/placed.ts), keyed as
   * above: written anew just before the row that follows each in the document.
   */
  placed?: RowKeys;
  /**
   * Rows added again without a place after they were removed since the last save (a box hidden and
   * placed again, an item deleted and pasted back with its id, a view removed and added again): the
   * document lists such a key last, while its row, still in the file, keeps its old place. The key is
   * also moved to the end of its set above, so those sets list the rows added last (new or added
   * again) in the order the document does.
   */
  readded?: RowKeys;
}

/** Keys of rows of each table the save writes in the document's order (boxes as in `DirtySet.viewNodes`). */
export interface RowKeys {
  elements: Set<string>;
  relations: Set<string>;
  views: Set<string>;
  viewNodes: Set<string>;
}

/** An empty dirty set. */
export function emptyDirty(): DirtySet {
  return { meta: false, all: false, elements: new Set(), relations: new Set(), views: new Set(), viewNodesAll: new Set(), viewNodes: new Set() };
}

/** True when nothing changed. */
export function isClean(d: DirtySet): boolean {
  return !d.meta && !d.all && d.elements.size === 0 && d.relations.size === 0 && d.views.size === 0 && d.viewNodesAll.size === 0 && d.viewNodes.size === 0;
}

export const NODE_KEY_SEP = '\u0000';

/** Record the rows touched by `patches` into `dirty` (mutates and returns it). */
export function markDirty(dirty: DirtySet, patches: readonly Patch[]): DirtySet {
  for (const p of patches) {
    const [root, id, sub, nodeId] = p.path as (string | number)[];
    if (p.op === 'add') {
      if (insertBeforeOf(p) !== undefined) markPlaced(dirty, p.path);
      else markIfReadded(dirty, p.path);
    }
    if (root === undefined) {
      dirty.all = true;
    } else if (root === 'meta') {
      dirty.meta = true;
    } else if (root === 'schemaVersion') {
      dirty.meta = true;
    } else if (id === undefined) {
      dirty.all = true;
    } else if (root === 'elements') {
      dirty.elements.add(String(id));
    } else if (root === 'relations') {
      dirty.relations.add(String(id));
    } else if (root === 'views') {
      const viewId = String(id);
      if (sub === undefined) {
        dirty.views.add(viewId);
        dirty.viewNodesAll.add(viewId);
      } else if (sub === 'nodes') {
        if (nodeId === undefined) dirty.viewNodesAll.add(viewId);
        else dirty.viewNodes.add(`${viewId}${NODE_KEY_SEP}${String(nodeId)}`);
      } else {
        dirty.views.add(viewId);
      }
    }
  }
  return dirty;
}

const noRowKeys = (): RowKeys => ({ elements: new Set(), relations: new Set(), views: new Set(), viewNodes: new Set() });

/**
 * Note in `DirtySet.readded` the row an add patch without a place adds when `dirty` names it already
 * (an add names a key that is not there: the row was removed since the last save), and move its key
 * to the end of its set, as the document lists it. Costs two set lookups per added row.
 */
function markIfReadded(dirty: DirtySet, path: readonly (string | number)[]): void {
  const [root, id, sub, nodeId] = path;
  let keys: Set<string> | undefined;
  let key = '';
  if (path.length === 2 && (root === 'elements' || root === 'relations' || root === 'views')) [keys, key] = [dirty[root], String(id)];
  else if (path.length === 4 && root === 'views' && sub === 'nodes') [keys, key] = [dirty.viewNodes, `${String(id)}${NODE_KEY_SEP}${String(nodeId)}`];
  if (!keys?.delete(key)) return; // markDirty adds it back, last
  const readded = (dirty.readded ??= noRowKeys());
  (keys === dirty.viewNodes ? readded.viewNodes : readded[root as 'elements' | 'relations' | 'views']).add(key);
}

/** Note the row an add patch with a place puts back (`DirtySet.placed`). */
function markPlaced(dirty: DirtySet, path: readonly (string | number)[]): void {
  const placed = (dirty.placed ??= noRowKeys());
  const [root, id, sub, nodeId] = path.map(String);
  if (path.length === 2 && (root === 'elements' || root === 'relations' || root === 'views')) placed[root].add(id);
  else if (path.length === 4 && root === 'views' && sub === 'nodes') placed.viewNodes.add(`${id}${NODE_KEY_SEP}${nodeId}`);
}

/**
 * For each of `ids` (rows put back in a place) that `order` (the document's) lists, the id listed
 * right after it, null for the last, in reverse document order: written in that order, each row's
 * follower is written before it. The walk is from the end and stops at the last of them listed
 * (`has`: whether the document has an id).
 */
function followersInOrder(order: readonly string[], ids: ReadonlySet<string>, has: (id: string) => boolean): Map<string, string | null> {
  const out = new Map<string, string | null>();
  let left = 0;
  for (const id of ids) if (has(id)) left++;
  for (let i = order.length - 1; i >= 0 && left > 0; i--) {
    if (!ids.has(order[i])) continue;
    out.set(order[i], i + 1 < order.length ? order[i + 1] : null);
    left--;
  }
  return out;
}

/** Row-level changes to persist: upserts carry the current value, deletes carry the key. */
export interface RowChanges {
  /** Replace everything (first save, Save As, whole-collection changes). */
  full: boolean;
  meta?: ProjectMeta;
  upsertElements: readonly Element[];
  deleteElements: string[];
  upsertRelations: readonly Relation[];
  deleteRelations: string[];
  /** View rows without their nodes. */
  upsertViews: Omit<View, 'nodes'>[];
  deleteViews: string[];
  /** Views whose node rows are replaced wholesale by `upsertNodes` entries of that view. */
  replaceNodesOfViews: string[];
  upsertNodes: { viewId: string; elementId: string; layout: NodeLayout }[];
  deleteNodes: { viewId: string; elementId: string }[];
  /**
   * Upserted rows an undo put back in a place (`DirtySet.placed`), to be written anew, wherever their
   * row was: each to the key of the row it goes before (null: after every row), in reverse document
   * order (see `followersInOrder`). Nodes are keyed `${viewId}\u0000${elementId}` and followed by an element id.
   */
  places?: { elements: Map<string, string | null>; relations: Map<string, string | null>; views: Map<string, string | null>; viewNodes: Map<string, string | null> };
  /**
   * Keys of upserted rows added again last (`DirtySet.readded`), not in `places`: each row is deleted
   * and written again after every row, where the upserts list it (new rows go there too, in the
   * upserts' order, which is the document's for all rows added last).
   */
  readded?: Readonly<RowKeys>;
}

function viewRow(v: View): Omit<View, 'nodes'> {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { nodes, ...row } = v;
  return row;
}

/** Every row of `doc`, as used for a first save or Save As. */
export function fullChanges(doc: LakarDocument): RowChanges {
  const views = Object.values(doc.views);
  return {
    full: true,
    meta: doc.meta,
    upsertElements: doc.elements.values(),
    deleteElements: [],
    upsertRelations: doc.relations.values(),
    deleteRelations: [],
    upsertViews: views.map(viewRow),
    deleteViews: [],
    replaceNodesOfViews: views.map((v) => v.id),
    upsertNodes: views.flatMap((v) => Object.entries(v.nodes).map(([elementId, layout]) => ({ viewId: v.id, elementId, layout }))),
    deleteNodes: [],
  };
}

/** The rows of `doc` named by `dirty`, as upserts (row exists) or deletes (row gone). */
export function collectChanges(doc: LakarDocument, dirty: DirtySet): RowChanges {
  if (dirty.all) return fullChanges(doc);
  const out: RowChanges = {
    full: false,
    meta: dirty.meta ? doc.meta : undefined,
    upsertElements: [],
    deleteElements: [],
    upsertRelations: [],
    deleteRelations: [],
    upsertViews: [],
    deleteViews: [],
    replaceNodesOfViews: [],
    upsertNodes: [],
    deleteNodes: [],
  };
  const upsertElements: Element[] = [];
  const upsertRelations: Relation[] = [];
  for (const id of dirty.elements) {
    const e = doc.elements.get(id);
    if (e) upsertElements.push(e);
    else out.deleteElements.push(id);
  }
  for (const id of dirty.relations) {
    const r = doc.relations.get(id);
    if (r) upsertRelations.push(r);
    else out.deleteRelations.push(id);
  }
  out.upsertElements = upsertElements;
  out.upsertRelations = upsertRelations;
  for (const id of dirty.views) {
    const v = doc.views[id];
    if (v) out.upsertViews.push(viewRow(v));
    else out.deleteViews.push(id);
  }
  for (const id of dirty.viewNodesAll) {
    const v = doc.views[id];
    if (!v) continue; // deleting the view deletes its nodes
    out.replaceNodesOfViews.push(id);
    for (const [elementId, layout] of Object.entries(v.nodes)) out.upsertNodes.push({ viewId: id, elementId, layout });
  }
  for (const key of dirty.viewNodes) {
    const [viewId, elementId] = key.split(NODE_KEY_SEP);
    if (dirty.viewNodesAll.has(viewId)) continue;
    const layout = doc.views[viewId]?.nodes[elementId];
    if (layout) out.upsertNodes.push({ viewId, elementId, layout });
    else if (doc.views[viewId]) out.deleteNodes.push({ viewId, elementId });
  }
  if (dirty.placed) out.places = placesOf(doc, dirty.placed, dirty.viewNodesAll);
  if (dirty.readded) out.readded = dirty.readded;
  return out;
}

/**
 * `RowChanges.places` of the rows `placed` names, from `doc`'s order (a walk from the end of each
 * list that has some). Not the boxes of views whose boxes are all written again (in document order).
 */
function placesOf(doc: LakarDocument, placed: RowKeys, viewNodesAll: ReadonlySet<string>): NonNullable<RowChanges['places']> {
  const viewNodes = new Map<string, string | null>();
  const byView = new Map<string, Set<string>>();
  for (const key of placed.viewNodes) {
    const [viewId, elementId] = key.split(NODE_KEY_SEP);
    if (viewNodesAll.has(viewId)) continue;
    if (!byView.has(viewId)) byView.set(viewId, new Set());
    byView.get(viewId)!.add(elementId);
  }
  for (const [viewId, ids] of byView) {
    const nodes = doc.views[viewId]?.nodes;
    if (!nodes) continue;
    for (const [elementId, follower] of followersInOrder(boxIds(nodes), ids, (id) => hasBox(nodes, id))) viewNodes.set(`${viewId}${NODE_KEY_SEP}${elementId}`, follower);
  }
  return {
    elements: placed.elements.size ? followersInOrder(doc.elements.ids(), placed.elements, (id) => doc.elements.has(id)) : new Map(),
    relations: placed.relations.size ? followersInOrder(doc.relations.ids(), placed.relations, (id) => doc.relations.has(id)) : new Map(),
    views: placed.views.size ? followersInOrder(Object.keys(doc.views), placed.views, (id) => Object.hasOwn(doc.views, id)) : new Map(),
    viewNodes,
  };
}

/** Number of rows a change set writes (for benchmarks and status messages). */
export function changeSize(c: RowChanges): number {
  return (
    (c.meta ? 1 : 0) +
    c.upsertElements.length +
    c.deleteElements.length +
    c.upsertRelations.length +
    c.deleteRelations.length +
    c.upsertViews.length +
    c.deleteViews.length +
    c.upsertNodes.length +
    c.deleteNodes.length
  );
}
