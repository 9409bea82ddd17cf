/**
 * Auto-layout of an LMV view inside its bands. Pure (no DOM): the editor, the CLI and the
 * importers all lay out with it. elkjs orders the nodes of ordinary views; very large views
 * (imported models) use a linear-time barycenter ordering instead. Either way the geometry comes
 * from shared/layout/place.ts: every node stays in its band, nodes never overlap, bands grow.
 */
import type { LakarDocument, NodeLayout } from '../model/schema';
import { layoutGraph } from './graph';
import { orderWithElk } from './order-elk';
import { arrangeMeaning, initialRows, orderByBarycenter } from './order';
import { placeRows } from './place';

export { layoutGraph, CONTENT_LEFT, type LayoutGraph, type LayoutNode } from './graph';
export { arrangeMeaning, countCrossings, initialRows, orderByBarycenter, type BandRows } from './order';
export { placeRows, defaultRowLimit, ROW_GAP } from './place';
export { clampNodeX, freeSlot } from './slots';

/** Views with more nodes than this are ordered by the barycenter heuristic (ELK would take too long). */
export const ELK_NODE_LIMIT = 400;

export interface LayoutOptions {
  /** 'auto' (default): ELK up to ELK_NODE_LIMIT nodes, barycenter above. */
  engine?: 'auto' | 'elk' | 'barycenter';
  /** Most nodes in one row of a band before it wraps. */
  rowLimit?: number;
}

export interface LayoutResult {
  /** New position of every node on the view (sizes kept). */
  nodes: Record<string, NodeLayout>;
  /** Seven band heights, top to bottom. */
  bandHeights: number[];
}

/** Lay out view `viewId` of `doc`: the arguments of the `view.layout` command. */
export async function layoutView(doc: LakarDocument, viewId: string, options: LayoutOptions = {}): Promise<LayoutResult> {
  const view = doc.views[viewId];
  if (!view) throw new Error(`view ${viewId} not found`);
  const graph = layoutGraph(doc, view);
  const engine = options.engine ?? 'auto';
  const useElk = engine === 'elk' || (engine === 'auto' && graph.nodes.length <= ELK_NODE_LIMIT);
  const rows = useElk ? await orderWithElk(graph) : orderByBarycenter(graph, initialRows(graph));
  const placed = placeRows(graph, arrangeMeaning(graph, rows), options.rowLimit);
  const nodes: Record<string, NodeLayout> = {};
  for (const [id, pos] of Object.entries(placed.nodes)) {
    const old = view.nodes[id];
    nodes[id] = { ...pos, ...(old.w !== undefined ? { w: old.w } : {}), ...(old.h !== undefined ? { h: old.h } : {}) };
  }
  return { nodes, bandHeights: placed.bandHeights };
}
