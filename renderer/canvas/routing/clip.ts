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

const same = (v: number) => v;

/** The rounded path of the legs, cut to `area` (the whole path when area is null). */
export function clippedRoutePath(legs: readonly (readonly Point[])[], area: PlaneArea | null): ClippedPath {
  if (!area) return { d: legs.map((leg) => roundedPath(leg, same, same)).join(' '), hasStart: true, hasEnd: true };
  const parts: string[] = [];
  let hasStart = false;
  let hasEnd = false;
  legs.forEach((leg, li) => {
    const runs = runsInArea(leg, area);
    for (const run of runs) parts.push(roundedPath(run, same, same));
    if (runs.length === 0) return;
    if (li === 0 && runs[0][0] === leg[0]) hasStart = true;
    const last = runs[runs.length - 1];
    if (li === legs.length - 1 && last[last.length - 1] === leg[leg.length - 1]) hasEnd = true;
  });
  return { d: parts.join(' '), hasStart, hasEnd };
}
