/**
 * From command patches to row changes. A document is stored as rows (meta, one row per element,
 * relation and view, one row per node of a view); saving writes only the rows that patches touched,
 * so a save's cost grows with the edit, not with the model.
 */
import type { Patch } from 'immer';
import type { Element, LakarDocument, NodeLayout, ProjectMeta, Relation, View } from '../model/schema';

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
  return out;
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
