/**
 * Lines of a large view that pass through the window with an end outside it (flowWindow.ts): React
 * Flow does not hold their far box, so they are drawn here, from the same routes, strokes, arrowheads
 * and labels as RelationEdge, cut to the window. Lines without an arrowhead in the window share one
 * <path> per stroke (thousands of them cross the middle of a generated 30,000-element view); one
 * <svg> the size of the window sits in React Flow's edge-label layer, under the nodes, and is made
 * again only when the window, the lines, their routes or the selection change, never on a pan frame.
 * The <svg> takes no pointer events (a shared path cannot say which of its lines was hit): a click
 * or hover on the pane is matched to a line by usePassingPick.ts; a hover re-renders only the
 * hovered line's label (HoveredLabel), not the layer. While boxes are dragged, their
 * lines are drawn apart on each frame, following them; dashed lines are drawn in pieces whose dashes
 * run on across the window's edge (passingGeometry.ts).
 */
import { memo, useMemo } from 'react';
import { EdgeLabelRenderer } from '@xyflow/react';
import { create } from 'zustand';
import type { SceneNode } from '../../../shared/routing/scene';
import type { LmvEdge } from '../flowModel';
import { useRoutes } from '../routing/routeStore';
import { markerUrl, SELECTED_COLOR } from './EdgeMarkers';
import { MAX_DASHED_LENGTH } from './RelationEdge';
import type { Rect } from './flowWindow';
import { routeParts } from '../routing/clip';
import { dashedInWindow, labelWidth, shapeOf, type Routes } from './passingGeometry';

type XY = { x: number; y: number };

/** The passing line under the pointer (usePassingPick.ts): its kind label shows, as on a hovered edge. */
export const useHoveredLine = create<{ id: string | null }>(() => ({ id: null }));

interface Props {
  lines: readonly LmvEdge[];
  boxes: Pick<ReadonlyMap<string, SceneNode>, 'get'>;
  window: Rect;
  /** How far a drag in progress has carried the boxes it moves (dragMoves.ts's dragShifts). */
  shifts?: ReadonlyMap<string, XY> | null;
}

interface Own {
  id: string;
  /** The line as one path, or dashed, as pieces with their dash offsets (passingGeometry.ts). */
  d?: string;
  pieces?: { d: string; offset: number }[];
  color: string;
  width: number;
  dash?: string;
  flow: boolean;
  start?: string;
  end?: string;
}

interface Drawn {
  shared: { key: string; d: string; color: string; width: number; dash?: string; flow: boolean }[];
  own: Own[];
  labels: { id: string; x: number; y: number; text: string; color: string; className: string }[];
}

const NO_DRAWING: Drawn = { shared: [], own: [], labels: [] };
const NO_LINES: LmvEdge[] = [];
const inside = (r: Rect, x: number, y: number) => x >= r.x0 && x <= r.x1 && y >= r.y0 && y <= r.y1;

/** `lines` as drawn in window `r`; `share`: lines without an arrowhead in it share a path per stroke (else each has its own). */
function draw(lines: readonly LmvEdge[], boxes: Props['boxes'], r: Rect, routes: Routes, stale: ReadonlySet<string>, shifts: Props['shifts'], share: boolean): Drawn {
  const shared = new Map<string, Drawn['shared'][number] & { parts: Set<string> }>();
  const own: Own[] = [];
  const labels: Drawn['labels'] = [];
  for (const e of lines) {
    const data = e.data;
    const shape = data && shapeOf(e, boxes, routes, stale, shifts);
    if (!data || !shape) continue;
    const color = e.selected ? SELECTED_COLOR : data.stroke.color;
    const width = e.selected ? data.stroke.width + 1.2 : data.stroke.width;
    const dash = data.stroke.dash && shape.length <= MAX_DASHED_LENGTH ? data.stroke.dash : undefined;
    const marker = data.arrowStart || data.arrowEnd ? markerUrl(color, data.isFlow) : undefined;
    if (dash) {
      const cut = dashedInWindow(shape.legs, r);
      if (!cut.pieces.length) continue;
      own.push({ id: e.id, pieces: cut.pieces, color, width, dash, flow: data.isFlow, start: data.arrowStart && cut.hasStart ? marker : undefined, end: data.arrowEnd && cut.hasEnd ? marker : undefined });
    } else {
      const cut = routeParts(shape.legs, r, true);
      if (!cut.parts.length) continue;
      const start = data.arrowStart && cut.hasStart ? marker : undefined;
      const end = data.arrowEnd && cut.hasEnd ? marker : undefined;
      if (start || end || !share) own.push({ id: e.id, d: cut.parts.join(' '), color, width, flow: data.isFlow, start, end });
      else {
        const key = `${color}|${width}|${data.isFlow}`;
        let group = shared.get(key);
        if (!group) shared.set(key, (group = { key, d: '', parts: new Set(), color, width, flow: data.isFlow }));
        for (const part of cut.parts) group.parts.add(part);
      }
    }
    const l = shape.label;
    const className = data.isFlow ? 'lmv-edge-label is-flow' : data.kindLabel ? 'lmv-edge-label is-kind' : 'lmv-edge-label';
    if (l && inside(r, l.x, l.y)) labels.push({ id: e.id, x: l.x, y: l.y, text: l.text, color, className: e.selected ? `${className} is-selected` : className });
  }
  return { shared: [...shared.values()].map(({ parts, ...g }) => ({ ...g, d: [...parts].join(' ') })), own, labels };
}

/**
 * The label of the passing line under the pointer, drawn again over the others as hovered (a kind
 * label switched off from the toolbar shows, as on a hovered edge). The only part of the layer that
 * follows the hover: the layer itself, thousands of lines in a few paths, is not made again.
 */
function HoveredLabel({ labels }: { labels: Drawn['labels'] }) {
  const hovered = useHoveredLine((s) => s.id);
  const l = hovered === null ? undefined : labels.find((x) => x.id === hovered);
  if (!l) return null;
  const width = labelWidth(l.text);
  return (
    <g transform={`translate(${l.x} ${l.y})`} className={`${l.className} is-hovered`} data-hovered={l.id}>
      <rect x={-width / 2} y={-9} width={width} height={18} rx={9} stroke={l.color} />
      <text textAnchor="middle" dy="0.35em" fill={l.color}>
        {l.text}
      </text>
    </g>
  );
}

function PassingLinesView({ lines, boxes, window: r, shifts }: Props) {
  const routes = useRoutes((s) => s.routes);
  const stale = useRoutes((s) => s.stale);
  // the boxes a drag moves are the same on each of its frames: the lines of the others are drawn once
  const movingKey = shifts ? [...shifts.keys()].join('\u0000') : '';
  const [still, moving] = useMemo(() => {
    if (!movingKey) return [lines, NO_LINES];
    const ids = new Set(movingKey.split('\u0000'));
    const still: LmvEdge[] = [];
    const moving: LmvEdge[] = [];
    for (const e of lines) (ids.has(e.source) || ids.has(e.target) ? moving : still).push(e);
    return [still, moving];
  }, [lines, movingKey]);
  const drawn = useMemo(() => draw(still, boxes, r, routes, stale, null, true), [still, boxes, r, routes, stale]);
  // lines of dragged boxes (a few) follow them on each frame of the drag, as React Flow's edges do, each its own path
  const dragged = useMemo(() => (moving.length ? draw(moving, boxes, r, routes, stale, shifts, false) : NO_DRAWING), [moving, boxes, r, routes, stale, shifts]);

  const w = r.x1 - r.x0;
  const h = r.y1 - r.y0;
  const own = dragged.own.length ? [...drawn.own, ...dragged.own] : drawn.own;
  const labels = dragged.labels.length ? [...drawn.labels, ...dragged.labels] : drawn.labels;
  return (
    <EdgeLabelRenderer>
      <svg className="lmv-passing-lines" data-lines={lines.length} aria-hidden="true" style={{ position: 'absolute', left: r.x0, top: r.y0, width: w, height: h, overflow: 'visible', pointerEvents: 'none' }} viewBox={`${r.x0} ${r.y0} ${w} ${h}`}>
        {drawn.shared.map((g) => (
          <path key={g.key} d={g.d} className={g.flow ? 'lmv-edge is-dataflow' : 'lmv-edge'} stroke={g.color} strokeWidth={g.width} />
        ))}
        {own.map((l) =>
          l.pieces ? (
            <g key={l.id} data-id={l.id}>
              {l.pieces.map((p, i) => (
                <path
                  key={i}
                  d={p.d}
                  className={l.flow ? 'lmv-edge is-dataflow' : 'lmv-edge'}
                  stroke={l.color}
                  strokeWidth={l.width}
                  strokeDasharray={l.dash}
                  strokeDashoffset={p.offset || undefined}
                  markerStart={i === 0 ? l.start : undefined}
                  markerEnd={i === l.pieces!.length - 1 ? l.end : undefined}
                />
              ))}
            </g>
          ) : (
            <path key={l.id} data-id={l.id} d={l.d} className={l.flow ? 'lmv-edge is-dataflow' : 'lmv-edge'} stroke={l.color} strokeWidth={l.width} markerStart={l.start} markerEnd={l.end} />
          ),
        )}
        {labels.map((l) => {
          const width = labelWidth(l.text);
          return (
            <g key={l.id} transform={`translate(${l.x} ${l.y})`} className={l.className}>
              <rect x={-width / 2} y={-9} width={width} height={18} rx={9} stroke={l.color} />
              <text textAnchor="middle" dy="0.35em" fill={l.color}>
                {l.text}
              </text>
            </g>
          );
        })}
        <HoveredLabel labels={labels} />
      </svg>
    </EdgeLabelRenderer>
  );
}

/** The passing lines of the window (see the module comment). */
export const PassingLines = memo(PassingLinesView);
