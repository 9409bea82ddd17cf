/**
 * Keyboard travel between nodes: the arrow keys go to the nearest node in that direction, as in
 * Archi's diagram editor. Pure geometry over a view's node boxes, so it is tested without a DOM.
 */
import { boxIds } from '../../../shared/model/boxes-record';
import { bandLayout, NODE_HEIGHT, NODE_WIDTH, type Band, type NodeLayout, type View } from '../../../shared/model';

export type Direction = 'left' | 'right' | 'up' | 'down';

const centre = (n: NodeLayout) => ({ x: n.x + (n.w ?? NODE_WIDTH) / 2, y: n.y + (n.h ?? NODE_HEIGHT) / 2 });

/**
 * The node nearest to `from` in `direction`: its centre must lie on that side (within a 45° cone
 * either way), and a node straight ahead beats a closer one off to the side. Null at the edge.
 */
export function neighbourInDirection(nodes: View['nodes'], from: string, direction: Direction): string | null {
  const start = nodes[from];
  if (!start) return null;
  const a = centre(start);
  let best: string | null = null;
  let bestScore = Infinity;
  for (const id of boxIds(nodes)) {
    if (id === from) continue;
    const b = centre(nodes[id]);
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const ahead = direction === 'right' ? dx : direction === 'left' ? -dx : direction === 'down' ? dy : -dy;
    const aside = Math.abs(direction === 'left' || direction === 'right' ? dy : dx);
    if (ahead <= 0 || aside > ahead) continue;
    const score = ahead + 2 * aside;
    if (score < bestScore) {
      bestScore = score;
      best = id;
    }
  }
  return best;
}

/** Where travel starts when nothing is selected: the node nearest the top-left corner of `view`. */
export function firstNode(nodes: View['nodes']): string | null {
  let best: string | null = null;
  let bestScore = Infinity;
  for (const id of boxIds(nodes)) {
    const n = nodes[id];
    const score = n.y * 4 + n.x;
    if (score < bestScore) {
      bestScore = score;
      best = id;
    }
  }
  return best;
}

/** The band under model-plane height `y` (the last band below the bottom, the first above the top). */
export function bandAt(view: Pick<View, 'bandHeights'>, y: number): Band {
  const rows = bandLayout(view);
  return (rows.find((r) => y < r.top + r.height) ?? rows[rows.length - 1]).band;
}
