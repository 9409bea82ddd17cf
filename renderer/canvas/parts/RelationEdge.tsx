/**
 * The edge of a relation: the routed line of shared/routing (the same the exports draw: orthogonal,
 * round the boxes, in its own track), computed off the UI thread by the routing worker; while one of
 * its ends is being moved, or before its route arrives, a straight rubber band between its handles.
 * Stroked per relation kind or flow method, arrowheads from shared markers (one <defs> for the
 * whole canvas), and for data flows a label. The label is plain SVG sized from its text length, so
 * no edge ever measures the DOM.
 */
import { memo, useLayoutEffect, useMemo, useRef, type RefObject } from 'react';
import type { EdgeProps } from '@xyflow/react';
import type { Point } from '../../../shared/routing';
import { edgeDescription, type LmvEdge } from '../flowModel';
import { useElementName } from '../elementNames';
import { useRoutes, type CanvasRoute } from '../routing/routeStore';
import { markerUrl, SELECTED_COLOR } from './EdgeMarkers';
import { parseArea, useAreaKey } from './visibleArea';
import { clippedRoutePath, isLongRoute, routeBounds } from '../routing/clip';

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

/** Straight pieces of a routed line with the length before each (their dash offset), so dashes run on across pieces. */
function straightPieces(legs: readonly Point[][]): { d: string; offset: number }[] {
  const out: { d: string; offset: number }[] = [];
  let offset = 0;
  for (const leg of legs)
    for (let i = 1; i < leg.length; i++) {
      const [a, b] = [leg[i - 1], leg[i]];
      out.push({ d: `M${a.x},${a.y} L${b.x},${b.y}`, offset });
      offset += Math.abs(b.x - a.x) + Math.abs(b.y - a.y);
    }
  return out;
}

function routeLength(legs: readonly Point[][]): number {
  let n = 0;
  for (const leg of legs) for (let i = 1; i < leg.length; i++) n += Math.abs(leg[i].x - leg[i - 1].x) + Math.abs(leg[i].y - leg[i - 1].y);
  return n;
}

function RelationEdgeView({ id, source, target, sourceX, sourceY, targetX, targetY, data, selected }: EdgeProps<LmvEdge>) {
  const anchor = useBoxAt(sourceX, sourceY);
  const sourceName = useElementName(source);
  const targetName = useElementName(target);
  const route: CanvasRoute | undefined = useRoutes((s) => s.routes.get(id));
  const moving = useRoutes((s) => s.stale.has(source) || s.stale.has(target));
  const routed = route && !moving ? route : undefined;
  // a long routed line is drawn only near the screen (routing/clip.ts); it follows the area near the
  // screen, which changes every half screen or so of panning, and other lines ignore it
  const long = useMemo(() => routed !== undefined && isLongRoute(routeBounds(routed.legs)), [routed]);
  const areaKey = useAreaKey((s) => (long ? s.key : ''));
  const drawn = useMemo(
    () => (routed ? clippedRoutePath(routed.legs, parseArea(areaKey)) : { d: `M${sourceX},${sourceY} L${targetX},${targetY}`, hasStart: true, hasEnd: true }),
    [routed, areaKey, sourceX, sourceY, targetX, targetY],
  );
  const path = drawn.d;
  if (!data) return null;
  const color = selected ? SELECTED_COLOR : data.stroke.color;
  const marker = markerUrl(color, data.isFlow);
  // the editor's short label (method and direction glyph) at the spot the router found for the label
  const text = data.label ?? routed?.label?.text;
  const labelX = routed?.label ? routed.label.x : sourceX + (targetX - sourceX) * data.labelAt;
  const labelY = routed?.label ? routed.label.y : sourceY + (targetY - sourceY) * data.labelAt;
  const labelWidth = text ? text.length * CHAR_WIDTH + 12 : 0;
  const className = data.isFlow ? 'lmv-edge is-dataflow' : 'lmv-edge';
  const strokeWidth = selected ? data.stroke.width + 1.2 : data.stroke.width;
  const length = routed ? routeLength(routed.legs) : Math.hypot(targetX - sourceX, targetY - sourceY);
  const dash = data.stroke.dash && length <= MAX_DASHED_LENGTH ? data.stroke.dash : undefined;
  // a dashed route is drawn in straight pieces (the cost of dashing grows with length × raster tiles)
  const pieces = dash && routed ? straightPieces(routed.legs) : null;
  const markerStart = data.arrowStart && drawn.hasStart ? marker : undefined;
  const markerEnd = data.arrowEnd && drawn.hasEnd ? marker : undefined;
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
            markerStart={i === 0 ? markerStart : undefined}
            markerEnd={i === pieces.length - 1 ? markerEnd : undefined}
            data-routed="true"
          />
        ))
      ) : (
        <path d={path} className={routed ? className : `${className} is-straight`} stroke={color} strokeWidth={strokeWidth} strokeDasharray={dash} markerStart={markerStart} markerEnd={markerEnd} data-routed={routed ? 'true' : undefined} />
      )}
      <path ref={anchor} d={path} className="react-flow__edge-interaction" />
      {text && (
        <g transform={`translate(${labelX} ${labelY})`} className={data.isFlow ? 'lmv-edge-label is-flow' : data.kindLabel ? 'lmv-edge-label is-kind' : 'lmv-edge-label'}>
          <rect x={-labelWidth / 2} y={-9} width={labelWidth} height={18} rx={9} stroke={color} />
          <text textAnchor="middle" dy="0.35em" fill={color}>
            {text}
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
