/**
 * Bezier geometry of an edge, the same curve React Flow's bezier edge draws, plus the point at any
 * fraction of it: a flow's label sits nearer the end with fewer flows, so the labels of many flows
 * leaving one application spread out instead of piling up at its handle.
 */
import { Position } from '@xyflow/react';

const CURVATURE = 0.25;

function controlOffset(distance: number): number {
  return distance >= 0 ? 0.5 * distance : CURVATURE * 25 * Math.sqrt(-distance);
}

function control(pos: Position, x1: number, y1: number, x2: number, y2: number): [number, number] {
  switch (pos) {
    case Position.Left:
      return [x1 - controlOffset(x1 - x2), y1];
    case Position.Right:
      return [x1 + controlOffset(x2 - x1), y1];
    case Position.Top:
      return [x1, y1 - controlOffset(y1 - y2)];
    default:
      return [x1, y1 + controlOffset(y2 - y1)];
  }
}

/** SVG path of the curve from (sx, sy) to (tx, ty) and the point at fraction `t` (0 = source). */
export function bezierEdge(sx: number, sy: number, sourcePosition: Position, tx: number, ty: number, targetPosition: Position, t = 0.5): { path: string; x: number; y: number } {
  const [c1x, c1y] = control(sourcePosition, sx, sy, tx, ty);
  const [c2x, c2y] = control(targetPosition, tx, ty, sx, sy);
  const u = 1 - t;
  const x = u * u * u * sx + 3 * u * u * t * c1x + 3 * u * t * t * c2x + t * t * t * tx;
  const y = u * u * u * sy + 3 * u * u * t * c1y + 3 * u * t * t * c2y + t * t * t * ty;
  return { path: `M${sx},${sy} C${c1x},${c1y} ${c2x},${c2y} ${tx},${ty}`, x, y };
}

/** Longest piece of a split curve, in model px (about one raster tile). */
export const PIECE_LENGTH = 256;

/** One piece of a split curve: its SVG path and the arc length of the curve before it. */
export interface CurvePiece {
  d: string;
  offset: number;
}

type XY = [number, number];

const lerp = (a: XY, b: XY, t: number): XY => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];

/** The blossom f(u, v, w) of the cubic with control points `p` (de Casteljau with a parameter per level). */
function blossom(p: readonly XY[], u: number, v: number, w: number): XY {
  const q = [lerp(p[0], p[1], u), lerp(p[1], p[2], u), lerp(p[2], p[3], u)];
  const r = [lerp(q[0], q[1], v), lerp(q[1], q[2], v)];
  return lerp(r[0], r[1], w);
}

function polylineLength(p: readonly XY[], a: number, b: number, steps: number): number {
  let length = 0;
  let last = blossom(p, a, a, a);
  for (let i = 1; i <= steps; i++) {
    const t = a + ((b - a) * i) / steps;
    const next = blossom(p, t, t, t);
    length += Math.hypot(next[0] - last[0], next[1] - last[1]);
    last = next;
  }
  return length;
}

const r1 = (n: number) => Math.round(n * 10) / 10;

/**
 * The curve of `bezierEdge` split into exact sub-curves of at most about `PIECE_LENGTH`, each with the
 * arc length before it (its `stroke-dashoffset`, so the dashes run on across pieces). Why: Chromium
 * dashes a whole path for every raster tile its bounding box touches, so a long dashed flow costs its
 * full length many times per frame; short pieces touch few tiles each.
 */
export function bezierPieces(sx: number, sy: number, sourcePosition: Position, tx: number, ty: number, targetPosition: Position): CurvePiece[] {
  const p: XY[] = [[sx, sy], control(sourcePosition, sx, sy, tx, ty), control(targetPosition, tx, ty, sx, sy), [tx, ty]];
  const total = polylineLength(p, 0, 1, 32);
  const count = Math.max(1, Math.ceil(total / PIECE_LENGTH));
  const pieces: CurvePiece[] = [];
  let offset = 0;
  for (let i = 0; i < count; i++) {
    const a = i / count;
    const b = (i + 1) / count;
    const [p0, c1, c2, p3] = [blossom(p, a, a, a), blossom(p, a, a, b), blossom(p, a, b, b), blossom(p, b, b, b)];
    pieces.push({ d: `M${r1(p0[0])},${r1(p0[1])} C${r1(c1[0])},${r1(c1[1])} ${r1(c2[0])},${r1(c2[1])} ${r1(p3[0])},${r1(p3[1])}`, offset: r1(offset) });
    offset += polylineLength(p, a, b, 8);
  }
  return pieces;
}
