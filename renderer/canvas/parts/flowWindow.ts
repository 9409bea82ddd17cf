/**
 * The window of a large view (issue 18): which of its boxes and lines React Flow is given in node
 * mode. React Flow culls the DOM of what is off screen, but its store, its selection and its
 * internals still walk every node and edge it holds: with the 27,000 boxes of a 30,000-element
 * model zoomed in, a selection or a click in the model tree cost 1–9 s. A view of more than
 * LARGE_VIEW boxes therefore gives it only
 *
 * - the boxes that meet the window (the screen and one screen's width and height around it, so a
 *   pan shows boxes already there while the window catches up), and the boxes holding them (a
 *   module's node is placed inside its application's);
 * - the lines between two of those.
 *
 * A line with an end outside the window (on a generated 30,000-element model a screen in the middle
 * of the view is crossed by ~12,000 lines whose ends lie anywhere on a 1.8 million px landscape) is
 * a "passing" line: it is drawn by PassingLines.tsx from its route, cut to the window, and its far
 * box is not made a node. Taking in each far end instead would hand React Flow ~14,000 nodes there,
 * half the view, and lose what the window is for.
 *
 * The window is recomputed only when the screen comes within half a screen of its edge, or when a
 * zoom makes the window far larger than it need be: a pan frame costs a few comparisons. The
 * contents are a scan of flat arrays of box and line extents built once per scene and edge list
 * (27,000 boxes and 39,000 lines: well under a millisecond), not a rebuild of any node.
 */
import { meets, type Rect } from './outlineMode';

export type { Rect };

interface Box {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
  parent?: string;
}

interface Line {
  source: string;
  target: string;
}

/** The boxes of a scene as flat arrays: extents, and the index of each box's parent (-1: none). */
export interface BoxIndex {
  ids: readonly string[];
  at: ReadonlyMap<string, number>;
  /** x0, y0, x1, y1 of box i at 4i…4i+3. */
  extent: Float64Array;
  parent: Int32Array;
}

/** The lines of an edge list as the indices of their ends' boxes (-1: an end not among the boxes). */
export interface LineIndex {
  boxes: BoxIndex;
  source: Int32Array;
  target: Int32Array;
}

/** What the window holds. */
export interface WindowContents {
  /** 1 for each box (by its index) React Flow is given. */
  boxIn: Uint8Array;
  /** Indices of the lines React Flow is given: both ends among its boxes. */
  lines: number[];
  /** Indices of the lines drawn as passing lines: meeting the window, an end not among the boxes. */
  passing: number[];
}

export function boxIndex(boxes: readonly Box[]): BoxIndex {
  const at = new Map<string, number>();
  const ids: string[] = new Array(boxes.length);
  const extent = new Float64Array(boxes.length * 4);
  for (let i = 0; i < boxes.length; i++) {
    const b = boxes[i];
    at.set(b.id, i);
    ids[i] = b.id;
    extent[4 * i] = b.x;
    extent[4 * i + 1] = b.y;
    extent[4 * i + 2] = b.x + b.w;
    extent[4 * i + 3] = b.y + b.h;
  }
  const parent = new Int32Array(boxes.length).fill(-1);
  for (let i = 0; i < boxes.length; i++) {
    const p = boxes[i].parent;
    if (p !== undefined) parent[i] = at.get(p) ?? -1;
  }
  return { ids, at, extent, parent };
}

export function lineIndex(boxes: BoxIndex, lines: readonly Line[]): LineIndex {
  const source = new Int32Array(lines.length);
  const target = new Int32Array(lines.length);
  for (let i = 0; i < lines.length; i++) {
    source[i] = boxes.at.get(lines[i].source) ?? -1;
    target[i] = boxes.at.get(lines[i].target) ?? -1;
  }
  return { boxes, source, target };
}

/**
 * Flow units a routed line may stray outside the extent of its two boxes (it runs in a track
 * beside a row, or round a box in its way) and still be looked at as a passing line.
 */
export const ROUTE_STRAY = 200;

/** What window `r` holds of `lines` (and their boxes); `also`: boxes kept whatever the window (those being dragged). */
export function windowContents(lines: LineIndex, r: Rect, also?: Iterable<string>): WindowContents {
  const { boxes } = lines;
  const { extent, parent } = boxes;
  const n = boxes.ids.length;
  const boxIn = new Uint8Array(n);
  const take = (i: number) => {
    // a box and the boxes holding it (a module inside its application, that inside nothing)
    for (let at = i, guard = 0; at >= 0 && !boxIn[at] && guard < 8; at = parent[at], guard++) boxIn[at] = 1;
  };
  for (let i = 0; i < n; i++) {
    const j = 4 * i;
    if (meets(r, extent[j], extent[j + 1], extent[j + 2], extent[j + 3])) take(i);
  }
  if (also)
    for (const id of also) {
      const i = boxes.at.get(id);
      if (i !== undefined) take(i);
    }
  const inLines: number[] = [];
  const passing: number[] = [];
  const { source, target } = lines;
  for (let k = 0; k < source.length; k++) {
    const s = source[k];
    const t = target[k];
    if (s < 0 || t < 0) continue;
    if (boxIn[s] && boxIn[t]) {
      inLines.push(k);
      continue;
    }
    const a = 4 * s;
    const b = 4 * t;
    const x0 = Math.min(extent[a], extent[b]) - ROUTE_STRAY;
    const y0 = Math.min(extent[a + 1], extent[b + 1]) - ROUTE_STRAY;
    const x1 = Math.max(extent[a + 2], extent[b + 2]) + ROUTE_STRAY;
    const y1 = Math.max(extent[a + 3], extent[b + 3]) + ROUTE_STRAY;
    if (meets(r, x0, y0, x1, y1)) passing.push(k);
  }
  return { boxIn, lines: inLines, passing };
}

/** The window for screen `s`: the screen and one screen's width and height on each side. */
export function windowAround(s: Rect): Rect {
  const w = s.x1 - s.x0;
  const h = s.y1 - s.y0;
  return { x0: s.x0 - w, y0: s.y0 - h, x1: s.x1 + w, y1: s.y1 + h };
}

/**
 * Whether window `w` still serves screen `s`: the screen is at least half a screen inside each of
 * its edges (so the next frames of a pan are covered while a new window is made), and a zoom in
 * has not left the window more than twice as wide or tall as the one for the screen now.
 */
export function windowServes(w: Rect, s: Rect): boolean {
  const sw = s.x1 - s.x0;
  const sh = s.y1 - s.y0;
  if (s.x0 - w.x0 < sw / 2 || w.x1 - s.x1 < sw / 2 || s.y0 - w.y0 < sh / 2 || w.y1 - s.y1 < sh / 2) return false;
  return w.x1 - w.x0 <= 6 * sw && w.y1 - w.y0 <= 6 * sh;
}

/** The window as text (a store selector's result that changes only when the window does). */
export const windowKey = (r: Rect) => `${Math.round(r.x0)},${Math.round(r.y0)},${Math.round(r.x1)},${Math.round(r.y1)}`;

export function parseWindow(key: string): Rect | null {
  if (!key) return null;
  const [x0, y0, x1, y1] = key.split(',').map(Number);
  return { x0, y0, x1, y1 };
}
