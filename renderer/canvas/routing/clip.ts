/**
 * A routed line cut down to the part near the screen. On a large imported landscape one line can
 * run across 100,000 px of plane in hundreds of bends, and Chromium rasterises every segment of
 * every path on screen for each new tile while panning: the editor panned several times slower than
 * plain React Flow. Whole segments that come into the area are kept (the cut ends lie outside it,
 * at least half a screen off screen), so what is on screen is drawn exactly as the full line.
 */
import { roundedPath } from '../../../shared/export/svg/lmv-parts';
import type { Point } from '../../../shared/routing';
import type { PlaneArea } from '../parts/visibleArea';

export interface Bounds {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Lines whose extent is at most this (model px) are drawn whole: cutting them saves nothing. */
export const LONG_ROUTE = 2000;

/** Bounding box of the legs of a route. */
export function routeBounds(legs: readonly (readonly Point[])[]): Bounds {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const leg of legs)
    for (const p of leg) {
      x0 = Math.min(x0, p.x);
      y0 = Math.min(y0, p.y);
      x1 = Math.max(x1, p.x);
      y1 = Math.max(y1, p.y);
    }
  return { x0, y0, x1, y1 };
}

/** Whether a route is long enough to be cut to the area near the screen. */
export const isLongRoute = (b: Bounds) => b.x1 - b.x0 > LONG_ROUTE || b.y1 - b.y0 > LONG_ROUTE;

const overlaps = (a: Point, b: Point, area: PlaneArea) =>
  Math.max(a.x, b.x) >= area.x0 && Math.min(a.x, b.x) <= area.x1 && Math.max(a.y, b.y) >= area.y0 && Math.min(a.y, b.y) <= area.y1;

/** The runs of consecutive segments of `leg` that overlap `area`, each with both its end points. */
export function runsInArea(leg: readonly Point[], area: PlaneArea): Point[][] {
  const runs: Point[][] = [];
  let run: Point[] | null = null;
  for (let i = 1; i < leg.length; i++) {
    if (overlaps(leg[i - 1], leg[i], area)) {
      if (!run) runs.push((run = [leg[i - 1]]));
      run.push(leg[i]);
    } else run = null;
  }
  return runs;
}

export interface ClippedPath {
  /** SVG path data of the runs near the area, corners rounded as in the full line. */
  d: string;
  /** Whether the line's first and last points are kept (so its arrowheads belong on the path's ends). */
  hasStart: boolean;
  hasEnd: boolean;
}

/**
 * The part of segment p→q within `r`, as the fractions of the way from p to q where it enters and
 * leaves (Liang–Barsky); null when it misses `r`.
 */
export function clipSpan(p: Point, q: Point, r: PlaneArea): [number, number] | null {
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, p.x - r.x0],
    [dx, r.x1 - p.x],
    [-dy, p.y - r.y0],
    [dy, r.y1 - p.y],
  ];
  for (const [den, num] of edges) {
    if (den === 0) {
      if (num < 0) return null;
      continue;
    }
    const t = num / den;
    if (den < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return null;
  }
  return [t0, t1];
}

/** The point a fraction `t` of the way from p to q (p itself at 0). */
export const pointAlong = (p: Point, q: Point, t: number): Point => (t === 0 ? p : { x: p.x + (q.x - p.x) * t, y: p.y + (q.y - p.y) * t });

/** `p`, moved along its segment to `q` to where the segment enters `r`. */
function pulledIn(p: Point, q: Point, r: PlaneArea): Point {
  const span = clipSpan(p, q, r);
  return span ? pointAlong(p, q, span[0]) : p;
}

const inside = (r: PlaneArea, p: Point) => p.x >= r.x0 && p.x <= r.x1 && p.y >= r.y0 && p.y <= r.y1;
const same = (v: number) => v;

/**
 * The rounded paths of the runs of `legs` near `area`, one per run, and whether the line's first and
 * last points are kept. `cutAtEdge`: each run's two end segments are cut where they cross the area's
 * edge (a line to a box outside a large view's window, 900,000 px along its track, is drawn over the
 * window only, and lines sharing a track there give the same text: PassingLines.tsx draws it once);
 * an end cut off is no end of the line. Without it whole segments are kept (RelationEdge's long lines).
 */
export function routeParts(legs: readonly (readonly Point[])[], area: PlaneArea, cutAtEdge = false): { parts: string[]; hasStart: boolean; hasEnd: boolean } {
  const parts: string[] = [];
  let hasStart = false;
  let hasEnd = false;
  legs.forEach((leg, li) => {
    const runs = runsInArea(leg, area);
    runs.forEach((run, ri) => {
      const first = run[0];
      const last = run[run.length - 1];
      if (li === 0 && ri === 0 && first === leg[0] && (!cutAtEdge || inside(area, first))) hasStart = true;
      if (li === legs.length - 1 && ri === runs.length - 1 && last === leg[leg.length - 1] && (!cutAtEdge || inside(area, last))) hasEnd = true;
      let drawn: readonly Point[] = run;
      if (cutAtEdge) {
        const cut = run.slice();
        cut[0] = pulledIn(first, run[1], area);
        cut[cut.length - 1] = pulledIn(last, run[run.length - 2], area);
        drawn = cut;
      }
      parts.push(roundedPath(drawn, same, same));
    });
  });
  return { parts, hasStart, hasEnd };
}

/** The rounded path of the legs, cut to `area` (the whole path when area is null). */
export function clippedRoutePath(legs: readonly (readonly Point[])[], area: PlaneArea | null): ClippedPath {
  if (!area) return { d: legs.map((leg) => roundedPath(leg, same, same)).join(' '), hasStart: true, hasEnd: true };
  const { parts, hasStart, hasEnd } = routeParts(legs, area);
  return { d: parts.join(' '), hasStart, hasEnd };
}
