/**
 * Keyboard travel between nodes: the arrow keys go to the nearest node in that direction, as in
 * Archi's diagram editor. Pure geometry over a view's node boxes, so it is tested without a DOM.
 */
import { boxIds, hasBox, knownBoxesTable } from '../../../shared/model/boxes-record';
import { bandLayout, NODE_HEIGHT, NODE_WIDTH, type Band, type View } from '../../../shared/model';

export type Direction = 'left' | 'right' | 'up' | 'down';

/**
 * Index of the box nearest box `at` in `direction`, among the boxes whose centres are `xs[i]`,
 * `ys[i]`; -1 at the edge. Its centre must lie on that side (within a 45° cone either way), and a box
 * straight ahead beats a closer one off to the side. Boxes stacked on one another (one centre) have
 * no side: right and down go on to those listed after, left and up back, the next in the list first,
 * before any box apart; a stack entered going left or up is entered at its last box, so that going on
 * goes back through it (else only the first of them could ever be reached). The outline's picture
 * (parts/outlinePicture.ts) and the nodes travel alike.
 */
export function travelIndex(xs: ArrayLike<number>, ys: ArrayLike<number>, at: number, direction: Direction): number {
  const across = direction === 'left' || direction === 'right';
  const sign = direction === 'right' || direction === 'down' ? 1 : -1;
  const ax = xs[at];
  const ay = ys[at];
  let best = -1;
  let bestScore = Infinity;
  for (let i = 0; i < xs.length; i++) {
    if (i === at) continue;
    const dx = xs[i] - ax;
    const dy = ys[i] - ay;
    if (dx === 0 && dy === 0) {
      const score = Math.abs(i - at) - xs.length;
      if (sign * (i - at) > 0 && score < bestScore) {
        bestScore = score;
        best = i;
      }
      continue;
    }
    const ahead = sign * (across ? dx : dy);
    const aside = Math.abs(across ? dy : dx);
    if (ahead <= 0 || aside > ahead) continue;
    const score = ahead + 2 * aside;
    const stackEnd = score === bestScore && sign < 0 && xs[i] === xs[best] && ys[i] === ys[best];
    if (score < bestScore || stackEnd) {
      bestScore = score;
      best = i;
    }
  }
  return best;
}

/**
 * The node nearest to `from` in `direction`, as travelIndex finds it among the view's boxes in the
 * view's order (nodes stacked on one centre are each reached in turn). Null at the edge.
 */
export function neighbourInDirection(nodes: View['nodes'], from: string, direction: Direction): string | null {
  if (!hasBox(nodes, from)) return null;
  // the table's own lists, in the view's order: a look-up through the record per box cost ~40 ms
  // a key on a 92,000-box view (issue 18), the lists a fraction of a millisecond
  const table = knownBoxesTable(nodes);
  const ids = table ? table.ids() : Object.keys(nodes);
  const boxes = table ? table.values() : ids.map((id) => nodes[id]);
  const xs = new Float64Array(ids.length);
  const ys = new Float64Array(ids.length);
  let at = -1;
  for (let i = 0; i < ids.length; i++) {
    const n = boxes[i];
    xs[i] = n.x + (n.w ?? NODE_WIDTH) / 2;
    ys[i] = n.y + (n.h ?? NODE_HEIGHT) / 2;
    if (ids[i] === from) at = i;
  }
  const next = travelIndex(xs, ys, at, direction);
  return next < 0 ? null : ids[next];
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

/** A box where the canvas draws it, in flow units (a scene's box, a box of the outline's picture). */
export interface DrawnBox {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The boxes of a view where the canvas draws them: in a list, and each by id (a scene is one). */
export interface DrawnBoxes {
  nodes: readonly DrawnBox[];
  byId: { get(id: string): DrawnBox | undefined };
}

/** The drawn boxes in the view's order, their ids and their centres (kept for the next key while neither changes). */
let travelOrder: { boxes: readonly DrawnBox[]; nodes: View['nodes']; list: DrawnBox[]; ids: string[]; xs: Float64Array; ys: Float64Array } | null = null;

function inViewOrder(boxes: readonly DrawnBox[], nodes: View['nodes'], byId?: DrawnBoxes['byId']) {
  if (travelOrder?.boxes === boxes && travelOrder.nodes === nodes) return travelOrder;
  // the scene's own look-up when given: a map of 92,000 boxes made for the first key after each
  // edit cost ~100-350 ms (issue 18, under load), several times a key's travel by stored places
  const lookup = byId ?? new Map(boxes.map((b) => [b.id, b]));
  const all = boxIds(nodes);
  const list: DrawnBox[] = [];
  const ids: string[] = [];
  const xs = new Float64Array(all.length);
  const ys = new Float64Array(all.length);
  for (const id of all) {
    const b = lookup.get(id);
    if (!b) continue;
    xs[list.length] = b.x + b.w / 2;
    ys[list.length] = b.y + b.h / 2;
    ids.push(id);
    list.push(b);
  }
  return (travelOrder = { boxes, nodes, list, ids, xs: xs.subarray(0, list.length), ys: ys.subarray(0, list.length) });
}

/**
 * The box nearest to box `from` in `direction` (travelIndex) among the boxes as drawn, taken in the
 * order of the view's `nodes`, not in the order they are drawn or painted: boxes stacked on one spot
 * are gone through in one order in nodes and in the outline. Drawn, not stored, places: a box the
 * bands draw away from where it is stored (a module inside its application, an imported view) is
 * reached where the user sees it. `byId`: the boxes by id when the caller holds them so (a scene),
 * else a map of them is made. Undefined at the edge of the view.
 */
export function boxInDirection<B extends DrawnBox>(boxes: readonly B[], nodes: View['nodes'], from: string, direction: Direction, byId?: { get(id: string): B | undefined }): B | undefined {
  const { list, ids, xs, ys } = inViewOrder(boxes, nodes, byId);
  const index = ids.indexOf(from);
  if (index < 0) return undefined;
  const next = travelIndex(xs, ys, index, direction);
  return next < 0 ? undefined : (list[next] as B);
}

/** Where travel starts when nothing is selected: the drawn box nearest the top-left corner. */
export function firstDrawnBox(boxes: readonly DrawnBox[]): string | null {
  let best: string | null = null;
  let bestScore = Infinity;
  for (const b of boxes) {
    const score = b.y * 4 + b.x;
    if (score < bestScore) {
      bestScore = score;
      best = b.id;
    }
  }
  return best;
}
