/**
 * Node order by elkjs: a layered (Sugiyama) layout downwards with one partition per LMV band, so
 * ELK keeps the bands in order while it minimises edge crossings. Only the resulting order is
 * used; the geometry is ours (shared/layout/place.ts), so every node lands on the band grid.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkNode } from 'elkjs/lib/elk-api';
import type { LayoutGraph } from './graph';
import { initialRows, type BandRows } from './order';

const ELK_OPTIONS: Record<string, string> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  'elk.partitioning.activate': 'true',
  'elk.layered.crossingMinimization.strategy': 'LAYER_SWEEP',
  // greedy switching is quadratic in the width of a layer and LMV bands are wide
  'elk.layered.crossingMinimization.greedySwitch.type': 'OFF',
  'elk.layered.thoroughness': '4',
  'elk.layered.nodePlacement.strategy': 'SIMPLE',
  'elk.separateConnectedComponents': 'false',
  'elk.randomSeed': '1',
  'elk.spacing.nodeNode': '30',
};

let elk: InstanceType<typeof ELK> | null = null;

/** Sub-rows of each band in ELK's crossing-minimised order. */
export async function orderWithElk(graph: LayoutGraph): Promise<BandRows> {
  elk ??= new ELK();
  // model order (current x within each band) is the tie-breaker ELK keeps when it can
  const byPosition = graph.nodes.map((_, i) => i).sort((a, b) => graph.nodes[a].band - graph.nodes[b].band || graph.nodes[a].x - graph.nodes[b].x || graph.nodes[a].y - graph.nodes[b].y);
  const root: ElkNode = {
    id: 'root',
    layoutOptions: ELK_OPTIONS,
    children: byPosition.map((i) => {
      const n = graph.nodes[i];
      return { id: String(i), width: n.w, height: n.h, layoutOptions: { 'elk.partitioning.partition': String(n.band) } };
    }),
    edges: graph.links.map(([u, v], k) => ({ id: `e${k}`, sources: [String(u)], targets: [String(v)] })),
  };
  const result = await elk.layout(root);
  // ELK's left-to-right order; rows inside a band come from the row groups, not from ELK's layers
  const x = new Float64Array(graph.nodes.length);
  for (const c of result.children ?? []) x[Number(c.id)] = (c.x ?? 0) + (c.width ?? 0) / 2;
  return initialRows(graph, (i) => x[i]);
}
