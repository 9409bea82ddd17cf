/**
 * Where a node dropped on the canvas lands: inside the band of its kind (right of the band labels),
 * on the grid, and never on
 * top of another node: when the drop point is taken, the node moves right along the same row to the
 * next free spot.
 */
import { clampToBand, NODE_GAP_X, NODE_HEIGHT, NODE_WIDTH, type Band, type NodeLayout, type View } from '../../shared/model';
import { clampNodeX } from '../../shared/layout/slots';

/** Grid the canvas snaps to (React Flow's snapGrid). */
export const GRID = 10;
/** Room kept between a dropped node and its neighbours. */
const MARGIN = 10;

const snap = (n: number) => Math.round(n / GRID) * GRID;

function overlaps(a: { x: number; y: number }, b: NodeLayout): boolean {
  const bw = b.w ?? NODE_WIDTH;
  const bh = b.h ?? NODE_HEIGHT;
  return a.x < b.x + bw + MARGIN && a.x + NODE_WIDTH + MARGIN > b.x && a.y < b.y + bh + MARGIN && a.y + NODE_HEIGHT + MARGIN > b.y;
}

/** The top-left corner for a new node of `band` dropped with its top-left at `at` on `view`. */
export function dropSpot(view: Pick<View, 'nodes' | 'bandHeights'>, band: Band, at: { x: number; y: number }): { x: number; y: number } {
  const spot = { x: clampNodeX(snap(at.x)), y: clampToBand(view, band, snap(at.y), NODE_HEIGHT) };
  const nodes = Object.values(view.nodes);
  // each step jumps past the node in the way; a row of n nodes takes at most n steps
  for (let step = 0; step <= nodes.length; step++) {
    const inTheWay = nodes.filter((n) => overlaps(spot, n));
    if (inTheWay.length === 0) break;
    spot.x = snap(Math.max(...inTheWay.map((n) => n.x + (n.w ?? NODE_WIDTH))) + NODE_GAP_X);
  }
  return spot;
}
