/**
 * Room for the lines. After boxes are placed, the router counts how many tracks each channel (the
 * strip between two rows) needs; rows below a crowded channel move down so every line there gets a
 * track of its own at the preferred spacing, and the bands grow with them.
 */
import type { LakarDocument, NodeLayout, View } from '../model/schema';
import { lineRequests } from '../routing/diagram';
import { drawRoutes, planRoutes, type PlannedRoutes } from '../routing/router';
import { buildScene, sceneLayout, type Scene } from '../routing/scene';
import { TRACK_GAP } from '../routing/tracks';

/** Space kept between the last line under the bottom row and the bottom of its band. */
const BOTTOM_MARGIN = 6;

/**
 * Positions of every node on `view` (children where their parent holds them) with the channels
 * widened to their tracks, and the band heights that go with them.
 */
export function reserveChannels(doc: Pick<LakarDocument, 'elements' | 'relations'>, view: View): Reserved {
  return planChannels(doc, view).reserve();
}

export interface Reserved {
  nodes: Record<string, NodeLayout>;
  bandHeights: number[];
  crowding: number;
}

/**
 * The lines of `view` planned (sides, channels, passages) but not yet drawn: how crowded its rows'
 * gaps are is known, and `reserve()` finishes the routing and makes the room. A layout that will
 * widen its gaps because of that crowding places the boxes again and never calls `reserve()`,
 * which is most of the routing's cost on a large view.
 */
export function planChannels(doc: Pick<LakarDocument, 'elements' | 'relations'>, view: View): { crowding: number; reserve: () => Reserved } {
  const scene = buildScene(doc, view);
  const planned = planRoutes(scene, lineRequests(doc, scene));
  if (!planned) return { crowding: 0, reserve: () => ({ ...sceneLayout(scene), crowding: 0 }) };
  return { crowding: crowding(planned.rows), reserve: () => reserveFor(scene, planned) };
}

function reserveFor(scene: Scene, planned: PlannedRoutes): Reserved {
  const base = sceneLayout(scene);
  const slabs = planned.slabs;
  const routing = drawRoutes(planned);
  const bandOfCluster = slabs.clusters.map((c) => c.members[0].bandIndex);
  const heights = [...base.bandHeights];
  // shift[c]: how far cluster c moves down
  const shift = new Array<number>(slabs.clusters.length).fill(0);
  let total = 0;
  const deficit = new Map<number, number>();
  for (const use of routing.channels) {
    if (!Number.isFinite(use.top) || !Number.isFinite(use.bottom)) continue;
    const d = Math.ceil(use.needed - (use.bottom - use.top));
    if (d > 0) deficit.set(use.channel, d);
  }
  for (let c = 0; c < slabs.clusters.length; c++) {
    const d = deficit.get(c) ?? 0;
    if (d > 0 && c > 0) {
      const upper = bandOfCluster[c - 1];
      const lower = bandOfCluster[c];
      if (upper === lower) heights[lower] += d;
      else {
        // a channel across a band boundary: half of the room from each band
        heights[upper] += Math.floor(d / 2);
        heights[lower] += d - Math.floor(d / 2);
      }
    }
    total += c > 0 ? d : 0;
    shift[c] = total;
  }
  // lines under the bottom row stay inside the last band
  const last = slabs.clusters.length - 1;
  const below = routing.channels.find((u) => u.channel === slabs.clusters.length);
  if (below && below.tracks > 0) {
    const band = bandOfCluster[last];
    const bandTop = heights.slice(0, band).reduce((a, b) => a + b, 0);
    const bottom = slabs.clusters[last].y1 + shift[last] + below.tracks * TRACK_GAP + BOTTOM_MARGIN;
    heights[band] = Math.max(heights[band], Math.ceil(bottom - bandTop));
  }
  const nodes: Record<string, NodeLayout> = {};
  for (const n of scene.nodes) {
    const c = slabs.clusterOf.get(n.top)!;
    nodes[n.id] = { ...base.nodes[n.id], y: base.nodes[n.id].y + shift[c] };
  }
  return { nodes, bandHeights: heights, crowding: crowding(routing.rows) };
}

/** Lines per gap in the more crowded rows (the 80th percentile of rows with gaps), 0 when none cross. */
function crowding(rows: { crossings: number; gaps: number }[]): number {
  const per = rows.filter((r) => r.crossings > 0).map((r) => r.crossings / r.gaps).sort((a, b) => a - b);
  return per.length ? per[Math.floor(per.length * 0.8)] : 0;
}
