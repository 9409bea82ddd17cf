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
