/** Bringing a node into sight without losing the picture: pan just enough, keep the zoom. */
import { NODE_HEIGHT, NODE_WIDTH, type NodeLayout } from '../../../shared/model';

/** Room kept between a revealed node and the canvas's edge, in screen px. */
export const REVEAL_MARGIN = 40;
/** Room kept between a revealed node and the band labels held at the canvas's left edge, in screen px. */
export const LABEL_CLEARANCE = 12;

/**
 * The viewport that shows `node` entirely, moved as little as possible from `viewport` at the same
 * zoom; null when the node is already in sight (then nothing should move). `labelRoom`: the screen px
 * the band labels cover at the canvas's left edge (BandLabels.tsx, bandLabelsRoom); the node is kept
 * clear of them (a node brought in from the left stopped 40 px in, under the zoomed-out chips).
 */
export function revealViewport(viewport: { x: number; y: number; zoom: number }, pane: { width: number; height: number }, node: NodeLayout, labelRoom = 0): { x: number; y: number; zoom: number } | null {
  const { zoom } = viewport;
  const left = viewport.x + node.x * zoom;
  const top = viewport.y + node.y * zoom;
  const right = left + (node.w ?? NODE_WIDTH) * zoom;
  const bottom = top + (node.h ?? NODE_HEIGHT) * zoom;
  // clear of the labels where the canvas has room for them and the node side by side; on a canvas
  // too narrow for both, whole in sight at its right edge (partly under the labels) rather than
  // pushed past it
  const leftMargin = Math.max(REVEAL_MARGIN, labelRoom > 0 ? Math.min(labelRoom + LABEL_CLEARANCE, pane.width - REVEAL_MARGIN - (right - left)) : 0);
  let dx = 0;
  let dy = 0;
  if (left < leftMargin) dx = leftMargin - left;
  else if (right > pane.width - REVEAL_MARGIN) dx = Math.max(pane.width - REVEAL_MARGIN - right, leftMargin - left);
  if (top < REVEAL_MARGIN) dy = REVEAL_MARGIN - top;
  else if (bottom > pane.height - REVEAL_MARGIN) dy = Math.max(pane.height - REVEAL_MARGIN - bottom, REVEAL_MARGIN - top);
  return dx === 0 && dy === 0 ? null : { x: viewport.x + dx, y: viewport.y + dy, zoom };
}
