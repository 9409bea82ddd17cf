/**
 * Way out of a crowded row. When boxes sit close above or below one another (a view arranged by
 * hand), a line cannot always drop straight from its box to the channel; this finds the shortest
 * orthogonal way there with few bends, on the sparse grid of the nearby box edges (A*).
 */
import { CLEARANCE } from './slabs';

export interface Point {
  x: number;
  y: number;
}

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

const BEND_COST = 24;

/** Sorted unique values. */
function axis(values: number[]): number[] {
  const s = [...new Set(values.map((v) => Math.round(v * 100) / 100))].sort((a, b) => a - b);
  // midpoints let a line pass between two boxes rather than graze one of them
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    out.push(s[i]);
    if (i + 1 < s.length && s[i + 1] - s[i] > 2) out.push((s[i] + s[i + 1]) / 2);
  }
  return out;
}

/**
 * Orthogonal path from `start` (on a box side) to the line y = `goalY`, avoiding `obstacles`
 * (kept CLEARANCE away), within x ∈ [xLo, xHi]; ends as near to `goalX` as it can. Null when walled in.
 */
export function mazeEscape(start: Point, goalY: number, goalX: number, obstacles: readonly Rect[], xLo: number, xHi: number): Point[] | null {
  const yLo = Math.min(start.y, goalY);
  const yHi = Math.max(start.y, goalY);
  const near = obstacles.filter((o) => o.y - CLEARANCE < yHi && o.y + o.h + CLEARANCE > yLo);
  const xs = axis([start.x, goalX, xLo, xHi, ...near.flatMap((o) => [o.x - CLEARANCE, o.x + o.w + CLEARANCE])]).filter((x) => x >= xLo && x <= xHi);
  const ys = axis([start.y, goalY, ...near.flatMap((o) => [o.y - CLEARANCE, o.y + o.h + CLEARANCE])]).filter((y) => y >= yLo && y <= yHi);
  const W = xs.length;
  const H = ys.length;
  const blocked = (x: number, y: number) => near.some((o) => x > o.x - CLEARANCE && x < o.x + o.w + CLEARANCE && y > o.y - CLEARANCE && y < o.y + o.h + CLEARANCE);
  const sx = xs.indexOf(Math.round(start.x * 100) / 100);
  const sy = ys.indexOf(Math.round(start.y * 100) / 100);
  const gy = ys.indexOf(Math.round(goalY * 100) / 100);
  if (sx < 0 || sy < 0 || gy < 0) return null;
  // state = (cell, axis of arrival: 0 vertical, 1 horizontal)
  const key = (ix: number, iy: number, d: number) => (iy * W + ix) * 2 + d;
  const cost = new Float64Array(W * H * 2).fill(Infinity);
  const prev = new Int32Array(W * H * 2).fill(-1);
  const heap: [number, number][] = [];
  const push = (f: number, k: number) => {
    heap.push([f, k]);
    let i = heap.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (heap[p][0] <= heap[i][0]) break;
      [heap[p], heap[i]] = [heap[i], heap[p]];
      i = p;
    }
  };
  const pop = (): [number, number] => {
    const top = heap[0];
    const last = heap.pop()!;
    if (heap.length > 0) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && heap[l][0] < heap[m][0]) m = l;
        if (r < heap.length && heap[r][0] < heap[m][0]) m = r;
        if (m === i) break;
        [heap[m], heap[i]] = [heap[i], heap[m]];
        i = m;
      }
    }
    return top;
  };
  const h = (ix: number, iy: number) => Math.abs(ys[iy] - goalY) + 0.5 * Math.abs(xs[ix] - goalX);
  const startKey = key(sx, sy, 0);
  cost[startKey] = 0;
  push(h(sx, sy), startKey);
  let found = -1;
  while (heap.length > 0) {
    const [, k] = pop();
    const d = k & 1;
    const cell = k >> 1;
    const ix = cell % W;
    const iy = (cell - ix) / W;
    if (iy === gy) {
      found = k;
      break;
    }
    const g = cost[k];
    for (const [dx, dy] of [
      [0, 1],
      [0, -1],
      [1, 0],
      [-1, 0],
    ]) {
      const nx = ix + dx;
      const ny = iy + dy;
      if (nx < 0 || ny < 0 || nx >= W || ny >= H) continue;
      // the first step leaves the box straight (never along its side)
      if (k === startKey && dx !== 0) continue;
      if (blocked((xs[ix] + xs[nx]) / 2, (ys[iy] + ys[ny]) / 2)) continue;
      const nd = dx !== 0 ? 1 : 0;
      const step = Math.abs(xs[nx] - xs[ix]) + Math.abs(ys[ny] - ys[iy]) + (nd !== d ? BEND_COST : 0);
      const nk = key(nx, ny, nd);
      const ng = g + step + (ny === gy ? 0.5 * Math.abs(xs[nx] - goalX) : 0);
      if (ng < cost[nk]) {
        cost[nk] = ng;
        prev[nk] = k;
        push(ng + h(nx, ny), nk);
      }
    }
  }
  if (found < 0) return null;
  const path: Point[] = [];
  for (let k = found; k >= 0; k = prev[k]) {
    const cell = k >> 1;
    const ix = cell % W;
    path.push({ x: xs[ix], y: ys[(cell - ix) / W] });
  }
  path.reverse();
  return simplify(path);
}

/** Drop repeated points and the middle of three collinear points. */
export function simplify(points: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && Math.abs(last.x - p.x) < 1e-6 && Math.abs(last.y - p.y) < 1e-6) continue;
    if (out.length >= 2) {
      const a = out[out.length - 2];
      const b = last!;
      const collinear = (Math.abs(a.x - b.x) < 1e-6 && Math.abs(b.x - p.x) < 1e-6) || (Math.abs(a.y - b.y) < 1e-6 && Math.abs(b.y - p.y) < 1e-6);
      if (collinear) {
        out[out.length - 1] = p;
        continue;
      }
    }
    out.push(p);
  }
  return out;
}
