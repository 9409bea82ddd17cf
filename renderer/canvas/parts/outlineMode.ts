/**
 * When the canvas draws its view in outline (one picture on a 2D canvas, OutlineLayer.tsx) instead
 * of a React Flow node per box. Two rules, either is enough:
 *
 * - More than OUTLINE_ENTER (1,500) boxes on screen. React Flow's `onlyRenderVisibleElements` culls
 *   what is off screen, so the cost of the node canvas follows the boxes on screen: a fitted view of
 *   27,000 boxes made every one a DOM node and a click in the model tree took seconds, while the
 *   10,000-element pan benchmark's scenes (zoom 0.6 and 1) have a few hundred on screen and pan
 *   smoothly. 1,500 boxes sharing a 1440×900 canvas get under 900 px² each (say 40×20 px), where a
 *   name set at 12 px is 3 px tall: nothing is lost by drawing them as coloured rectangles.
 * - A large view (more than LARGE_VIEW boxes, the count from which DetailLevel.tsx already hides the
 *   small print when zoomed out) below OUTLINE_ZOOM (20 %): there a box is 34×12 px and its name
 *   2.4 px tall, too small to read or to aim a drag at, however few boxes the screen shows.
 *
 * Views of at most LARGE_VIEW boxes (the worked example, any proposal's LMV) never leave the nodes.
 * The way back is a little further (OUTLINE_LEAVE boxes, LEAVE_ZOOM), so a zoom that hovers at a
 * threshold does not flip the canvas between the two at every wheel step.
 */
import { LARGE_VIEW } from './DetailLevel';

/** More boxes than this on screen: the canvas draws the view in outline. */
export const OUTLINE_ENTER = 1500;
/** Fewer boxes than this on screen: the outline gives way to the nodes again. */
export const OUTLINE_LEAVE = 1000;
/** Under this zoom a view of more than LARGE_VIEW boxes is drawn in outline. */
export const OUTLINE_ZOOM = 0.2;
/** Zoom at which a large view drawn in outline for its zoom gets its nodes back. */
export const LEAVE_ZOOM = 0.25;

export interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * Whether the box reaching from (x0, y0) to (x1, y1) meets `r` (a box touching its edge does): the
 * one test of a box against a window, a screen or the area near it. Extents, not a box object, so
 * the window's scan of 27,000 boxes' flat extents makes nothing.
 */
export const meets = (r: Rect, x0: number, y0: number, x1: number, y1: number): boolean => x1 >= r.x0 && x0 <= r.x1 && y1 >= r.y0 && y0 <= r.y1;

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * Boxes per cell of a grid over the view, by each box's centre: how many boxes a screen shows is a
 * sum over the cells it overlaps, a few thousand additions on a pan frame instead of a look at every
 * box. Cells at the screen's edge count whole, so the count may be a little high, never low.
 */
export interface BoxCounts {
  cell: number;
  x0: number;
  y0: number;
  cols: number;
  rows: number;
  counts: Uint32Array;
  total: number;
}

/** Fewest flow units per cell; a huge view gets larger cells so that the grid stays under MAX_CELLS. */
const MIN_CELL = 400;
const MAX_CELLS = 20_000;

/** The grid of box counts of `boxes`. */
export function boxCounts(boxes: Iterable<Box>): BoxCounts {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  const centres: number[] = [];
  for (const b of boxes) {
    const cx = b.x + b.w / 2;
    const cy = b.y + b.h / 2;
    centres.push(cx, cy);
    x0 = Math.min(x0, cx);
    y0 = Math.min(y0, cy);
    x1 = Math.max(x1, cx);
    y1 = Math.max(y1, cy);
  }
  if (!centres.length) return { cell: MIN_CELL, x0: 0, y0: 0, cols: 0, rows: 0, counts: new Uint32Array(0), total: 0 };
  let cell = MIN_CELL;
  const cellsAt = (size: number) => (Math.floor((x1 - x0) / size) + 1) * (Math.floor((y1 - y0) / size) + 1);
  while (cellsAt(cell) > MAX_CELLS) cell *= 2;
  const cols = Math.floor((x1 - x0) / cell) + 1;
  const rows = Math.floor((y1 - y0) / cell) + 1;
  const counts = new Uint32Array(cols * rows);
  for (let i = 0; i < centres.length; i += 2) counts[Math.floor((centres[i + 1] - y0) / cell) * cols + Math.floor((centres[i] - x0) / cell)]++;
  return { cell, x0, y0, cols, rows, counts, total: centres.length / 2 };
}

/** Where a box is looked up by id, before and after an edit (a scene's `byId`). */
export interface BoxLookup {
  get(id: string): Box | undefined;
}

/** How a scene was made from the one before it (FlowModelBuilder.changesTo): ids of the boxes drawn again, put in or taken out. */
export interface BoxChanges {
  before: BoxLookup;
  changed: ReadonlySet<string>;
  removed?: ReadonlySet<string>;
}

/**
 * `c` after the boxes `changes` names moved, came or went (each looked up before and now), for a view
 * of `total` boxes; null when a box now lies outside the grid (then the grid is made again). Why:
 * making the grid walks every box, ~3–5 ms per edit of a 92,000-box view, where an edit moves a few.
 */
export function updatedBoxCounts(c: BoxCounts, now: BoxLookup, changes: BoxChanges, total: number): BoxCounts | null {
  const counts = c.counts.slice();
  const cellOf = (b: Box) => {
    const col = Math.floor((b.x + b.w / 2 - c.x0) / c.cell);
    const row = Math.floor((b.y + b.h / 2 - c.y0) / c.cell);
    return col >= 0 && row >= 0 && col < c.cols && row < c.rows ? row * c.cols + col : -1;
  };
  const move = (id: string) => {
    const was = changes.before.get(id);
    const is = now.get(id);
    if (was === is) return true;
    if (was) {
      const i = cellOf(was);
      if (i < 0 || counts[i] === 0) return false;
      counts[i]--;
    }
    if (is) {
      const i = cellOf(is);
      if (i < 0) return false;
      counts[i]++;
    }
    return true;
  };
  for (const id of changes.changed) if (!move(id)) return null;
  for (const id of changes.removed ?? []) if (!move(id)) return null;
  return { ...c, counts, total };
}

/** The grid of a view of `total` boxes that never draws in outline (showsOutline reads only its total). */
export const fewBoxes = (total: number): BoxCounts => ({ cell: MIN_CELL, x0: 0, y0: 0, cols: 0, rows: 0, counts: new Uint32Array(0), total });

/** Each scene's grid, so the next scene made from it updates it rather than walking every box. */
const sceneCounts = new WeakMap<object, BoxCounts>();

/**
 * The grid of box counts of a scene: none for a view of at most LARGE_VIEW boxes (it never draws in
 * outline), else the grid of the scene it was made from updated by `changes`, or made whole.
 */
export function sceneBoxCounts(scene: { nodes: readonly Box[]; byId: BoxLookup } | null, changes: (BoxChanges & { from: object }) | null): BoxCounts {
  if (!scene) return fewBoxes(0);
  let c = sceneCounts.get(scene);
  if (c) return c;
  const total = scene.nodes.length;
  if (total <= LARGE_VIEW) return fewBoxes(total);
  const before = changes && sceneCounts.get(changes.from);
  c = (before && updatedBoxCounts(before, scene.byId, changes, total)) || boxCounts(scene.nodes);
  sceneCounts.set(scene, c);
  return c;
}

/** Boxes (by their centres) within `r`, counting every cell `r` touches whole. */
export function boxesIn(c: BoxCounts, r: Rect): number {
  const col0 = Math.max(0, Math.floor((r.x0 - c.x0) / c.cell));
  const col1 = Math.min(c.cols - 1, Math.floor((r.x1 - c.x0) / c.cell));
  const row0 = Math.max(0, Math.floor((r.y0 - c.y0) / c.cell));
  const row1 = Math.min(c.rows - 1, Math.floor((r.y1 - c.y0) / c.cell));
  if (col0 === 0 && row0 === 0 && col1 === c.cols - 1 && row1 === c.rows - 1) return c.total;
  let n = 0;
  for (let row = row0; row <= row1; row++) for (let col = col0, i = row * c.cols + col0; col <= col1; col++, i++) n += c.counts[i];
  return n;
}

/** The part of the flow plane on a screen of `width` × `height` px at React Flow's `transform`. */
export function screenRect(transform: readonly [number, number, number], width: number, height: number): Rect {
  const [tx, ty, zoom] = transform;
  return { x0: -tx / zoom, y0: -ty / zoom, x1: (width - tx) / zoom, y1: (height - ty) / zoom };
}

/**
 * Whether the canvas shows the outline, given the boxes on screen, the zoom, the boxes on the view
 * and whether it shows it now. Before the canvas has a size and its viewport (`onScreen` null) a
 * view with more boxes than OUTLINE_ENTER starts in outline: its first frame must not make tens of
 * thousands of nodes only to drop them.
 */
export function showsOutline(onScreen: number | null, zoom: number, total: number, now: boolean): boolean {
  if (total <= LARGE_VIEW) return false;
  if (onScreen === null) return total > OUTLINE_ENTER;
  return now ? onScreen > OUTLINE_LEAVE || zoom < LEAVE_ZOOM : onScreen > OUTLINE_ENTER || zoom < OUTLINE_ZOOM;
}
