/** Running a layout: order the boxes in their bands, place the rows, make room for the lines. */
import type { LakarDocument, NodeLayout, View } from '../model/schema';
import { layoutGraph, type LayoutGraph } from './graph';
import { orderWithElk } from './order-elk';
import { arrangeMeaning, initialRows, orderByBarycenter, type BandRows } from './order';
import { chooseRowLimit, placeRows } from './place';
import { planChannels } from './reserve';
import { NODE_GAP_X, NODE_WIDTH } from '../model/bands';
import { PASS_GAP } from '../routing/plan';
import { CLEARANCE } from '../routing/slabs';

/**
 * 'auto' orders with ELK only up to this many boxes. Measured on the worked example and generated
 * views of 50–200 elements, ELK's order gave as many routed crossings as the barycenter heuristic
 * (3 vs 4 on the example, 2,459 vs 2,318 at 200) at 10–100 times the time (1–3 s): so 'auto' uses the
 * barycenter heuristic, the same the exports use synchronously, and ELK stays available on request.
 */
export const ELK_NODE_LIMIT = 0;

export interface LayoutOptions {
  /** 'auto' (default): ELK up to ELK_NODE_LIMIT nodes, barycenter above. */
  engine?: 'auto' | 'elk' | 'barycenter';
  /** Most nodes in one row of a band before it wraps (default: what gives the page's shape). */
  rowLimit?: number;
  /** Told how far the layout is (0–1) between its steps (the app shows it on big views). */
  onProgress?: (fraction: number) => void;
}

export interface LayoutResult {
  /** New position of every node on the view (stored sizes kept; parents sized to their children; a site without a stored width given one its facts fit, layoutWidth). */
  nodes: Record<string, NodeLayout>;
  /** Seven band heights, top to bottom. */
  bandHeights: number[];
}

function finish(doc: Pick<LakarDocument, 'elements' | 'relations'>, view: View, graph: LayoutGraph, ordered: BandRows, options: LayoutOptions): LayoutResult & { crowding: number } {
  const rows = arrangeMeaning(graph, ordered);
  const place = (gap: number) => {
    const placed = placeRows(graph, rows, options.rowLimit ?? chooseRowLimit(graph, rows, undefined, gap), gap);
    const nodes: Record<string, NodeLayout> = { ...view.nodes };
    const widths = new Map(graph.nodes.map((n) => [n.id, n.w]));
    for (const [id, pos] of Object.entries(placed.nodes)) {
      nodes[id] = { ...view.nodes[id], x: pos.x, y: pos.y };
      // a width the layout chose (layoutWidth) is stored, so every drawing of the box has it
      const w = widths.get(id);
      if (view.nodes[id]?.w === undefined && w !== undefined && w !== NODE_WIDTH) nodes[id].w = w;
    }
    return planChannels(doc, { ...view, nodes, bandHeights: placed.bandHeights });
  };
  options.onProgress?.(0.2);
  // planning a placement's lines is ~a third of routing them; drawing the kept plan the rest
  let plan: ReturnType<typeof place> | undefined = place(NODE_GAP_X);
  options.onProgress?.(0.4);
  // gaps too narrow for the lines crossing the rows send lines round the sides: widen them once.
  // The crowding is known from the first plan; its lines are drawn only when that placement stays
  // (and the plan is let go before the second placement is planned: ~150 MB at 10,000 elements)
  const gap = gapFor(plan.crowding);
  if (gap > NODE_GAP_X) plan = undefined;
  if (!plan) {
    plan = place(gap);
    options.onProgress?.(0.6);
  }
  const result = plan.reserve();
  options.onProgress?.(1);
  return result;
}

/**
 * Gap between boxes that lets the lines crossing a typical row pass between its boxes (a line every
 * PASS_GAP, clear of the boxes), from the crowding the router saw; the default gap when it suffices.
 */
function gapFor(crowding: number): number {
  const needed = Math.ceil(crowding) * PASS_GAP + 2 * CLEARANCE + 4;
  return needed > NODE_GAP_X ? Math.min(needed, MAX_GAP) : NODE_GAP_X;
}

/** Widest gap the layout gives: beyond this a view is too crowded for gaps to help, it just spreads. */
const MAX_GAP = 120;

/**
 * Lay out view `viewId` of `doc`: the arguments of the `view.layout` command. Reads that view, the
 * elements on it and the relations reaching it (see layoutGraph), never the other views: the
 * auto-layout worker is sent only those (renderer/canvas/routing/layoutProtocol.ts).
 */
export async function layoutView(doc: Pick<LakarDocument, 'elements' | 'relations' | 'views'>, viewId: string, options: LayoutOptions = {}): Promise<LayoutResult> {
  const view = doc.views[viewId];
  if (!view) throw new Error(`view ${viewId} not found`);
  const graph = layoutGraph(doc, view);
  const engine = options.engine ?? 'auto';
  const useElk = engine === 'elk' || (engine === 'auto' && graph.nodes.length <= ELK_NODE_LIMIT);
  const rows = useElk ? await orderWithElk(graph) : orderByBarycenter(graph, initialRows(graph));
  const { nodes, bandHeights } = finish(doc, view, graph, rows, options);
  return { nodes, bandHeights };
}

/** The same layout without elkjs, synchronously (exports laying out a view whose positions are unusable). */
export function layoutViewSync(doc: Pick<LakarDocument, 'elements' | 'relations'>, view: View, options: Omit<LayoutOptions, 'engine'> = {}): LayoutResult {
  const graph = layoutGraph(doc, view);
  const { nodes, bandHeights } = finish(doc, view, graph, orderByBarycenter(graph, initialRows(graph)), options);
  return { nodes, bandHeights };
}
