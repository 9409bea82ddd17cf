/**
 * The edge of a relation: a bezier line stroked per relation kind or flow method, arrowheads from
 * shared markers (one <defs> for the whole canvas), and for data flows a label with the method.
 * The label is plain SVG sized from its text length, so no edge ever measures the DOM.
 */
import { memo, useLayoutEffect, useRef, type RefObject } from 'react';
import type { EdgeProps } from '@xyflow/react';
import { bezierEdge, bezierPieces } from '../edgeGeometry';
import { edgeDescription, type LmvEdge } from '../flowModel';
import { useElementName } from '../elementNames';
import { markerUrl, SELECTED_COLOR } from './EdgeMarkers';

const CHAR_WIDTH = 6.4;
/**
 * Longest edge (model px) drawn dashed. Chromium dashes a path along its whole length before
 * clipping it to the screen, so a dashed flow across a 50,000 px landscape costs seconds per frame;
 * longer flows are drawn solid (their label still names the method).
 */
export const MAX_DASHED_LENGTH = 4000;

/**
 * Moves the edge's `<svg>` box (React Flow puts every edge's 300×150 box at the origin of the
 * plane) onto the edge's source point, with a `viewBox` that keeps the drawing where it was.
 * Why: while the canvas pans, Chromium repaints every layer whose box lies outside the area it
 * keeps painted (the view plus a margin), and on a wide landscape the origin soon does, so every
 * edge on screen was repainted on every frame.
 */
function placeBox(svg: SVGSVGElement, x: number, y: number) {
  svg.style.left = `${x}px`;
  svg.style.top = `${y}px`;
  svg.style.width = '1px';
  svg.style.height = '1px';
  svg.setAttribute('viewBox', `${x} ${y} 1 1`);
}

/** A ref for an element of the edge; the edge's `<svg>` box follows (x, y). See placeBox. */
function useBoxAt(x: number, y: number): RefObject<SVGPathElement | null> {
  const ref = useRef<SVGPathElement>(null);
  useLayoutEffect(() => {
    const svg = ref.current?.ownerSVGElement;
    if (svg) placeBox(svg, x, y);
  }, [x, y]);
  return ref;
}

function RelationEdgeView({ source, target, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected }: EdgeProps<LmvEdge>) {
  const anchor = useBoxAt(sourceX, sourceY);
  const sourceName = useElementName(source);
  const targetName = useElementName(target);
  if (!data) return null;
  const { path, x: labelX, y: labelY } = bezierEdge(sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition, data.labelAt);
  const color = selected ? SELECTED_COLOR : data.stroke.color;
  const marker = markerUrl(color, data.isFlow);
  const labelWidth = data.label ? data.label.length * CHAR_WIDTH + 12 : 0;
  const className = data.isFlow ? 'lmv-edge is-dataflow' : 'lmv-edge';
  const strokeWidth = selected ? data.stroke.width + 1.2 : data.stroke.width;
  const dash = data.stroke.dash && Math.hypot(targetX - sourceX, targetY - sourceY) <= MAX_DASHED_LENGTH ? data.stroke.dash : undefined;
  // a dashed line is drawn in short pieces (see bezierPieces: the cost of dashing grows with length × tiles)
  const pieces = dash ? bezierPieces(sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition) : null;
  return (
    <>
      <title>{edgeDescription(data, sourceName, targetName)}</title>
      {pieces ? (
        pieces.map((p, i) => (
          <path
            key={i}
            d={p.d}
            className={className}
            stroke={color}
            strokeWidth={strokeWidth}
            strokeDasharray={dash}
            strokeDashoffset={p.offset || undefined}
            markerStart={i === 0 && data.arrowStart ? marker : undefined}
            markerEnd={i === pieces.length - 1 && data.arrowEnd ? marker : undefined}
          />
        ))
      ) : (
        <path d={path} className={className} stroke={color} strokeWidth={strokeWidth} markerStart={data.arrowStart ? marker : undefined} markerEnd={data.arrowEnd ? marker : undefined} />
      )}
      <path ref={anchor} d={path} className="react-flow__edge-interaction" />
      {data.label && (
        <g transform={`translate(${labelX} ${labelY})`} className={data.isFlow ? 'lmv-edge-label is-flow' : data.kindLabel ? 'lmv-edge-label is-kind' : 'lmv-edge-label'}>
          <rect x={-labelWidth / 2} y={-9} width={labelWidth} height={18} rx={9} stroke={color} />
          <text textAnchor="middle" dy="0.35em" fill={color}>
            {data.label}
          </text>
        </g>
      )}
    </>
  );
}

/** Same end within a hundredth of a pixel (a re-measured handle comes back off by float noise). */
const near = (a: number, b: number) => Math.abs(a - b) < 0.01;

/** Whether an edge would draw the same: then it keeps its DOM, and its paint, untouched. */
export function sameEdge(a: EdgeProps<LmvEdge>, b: EdgeProps<LmvEdge>): boolean {
  return (
    a.data === b.data &&
    a.source === b.source &&
    a.target === b.target &&
    a.selected === b.selected &&
    a.sourcePosition === b.sourcePosition &&
    a.targetPosition === b.targetPosition &&
    near(a.sourceX, b.sourceX) &&
    near(a.sourceY, b.sourceY) &&
    near(a.targetX, b.targetX) &&
    near(a.targetY, b.targetY)
  );
}

/** Edge component registered as type `relation`. */
export const RelationEdge = memo(RelationEdgeView, sameEdge);
