/**
 * Lines of a large view that pass through the window with an end outside it (flowWindow.ts): React
 * Flow does not hold their far box, so they are drawn here, from the same routes, strokes, arrowheads
 * and labels as RelationEdge, cut to the window. Lines without an arrowhead in the window share one
 * <path> per stroke (thousands of them cross the middle of a generated 30,000-element view); one
 * <svg> the size of the window sits in React Flow's edge-label layer, under the nodes, and is made
 * again only when the window, the lines, their routes or the selection change, never on a pan frame.
 * They take no pointer events: a passing line is selected from the inspector or once its two boxes
 * are in the window.
 */
import { memo, useMemo } from 'react';
import { EdgeLabelRenderer } from '@xyflow/react';
import type { SceneNode } from '../../../shared/routing/scene';
import type { LmvEdge } from '../flowModel';
import { useRoutes } from '../routing/routeStore';
import { clippedRoutePath } from '../routing/clip';
import { markerUrl, SELECTED_COLOR } from './EdgeMarkers';
import { MAX_DASHED_LENGTH } from './RelationEdge';
import type { Rect } from './flowWindow';

const CHAR_WIDTH = 6.4;

interface Props {
  lines: readonly LmvEdge[];
  boxes: Pick<ReadonlyMap<string, SceneNode>, 'get'>;
  window: Rect;
}

interface Drawn {
  shared: { key: string; d: string; color: string; width: number; dash?: string; flow: boolean }[];
  own: { id: string; d: string; color: string; width: number; dash?: string; flow: boolean; start?: string; end?: string }[];
  labels: { id: string; x: number; y: number; text: string; color: string; className: string }[];
}

const handlePoint = (n: SceneNode, handle: string | null | undefined) => ({ x: n.x + n.w / 2, y: handle === 't' ? n.y : n.y + n.h });
const inside = (r: Rect, x: number, y: number) => x >= r.x0 && x <= r.x1 && y >= r.y0 && y <= r.y1;

function length(legs: readonly (readonly { x: number; y: number }[])[]): number {
  let n = 0;
  for (const leg of legs) for (let i = 1; i < leg.length; i++) n += Math.abs(leg[i].x - leg[i - 1].x) + Math.abs(leg[i].y - leg[i - 1].y);
  return n;
}

function PassingLinesView({ lines, boxes, window: r }: Props) {
  const routes = useRoutes((s) => s.routes);
  const stale = useRoutes((s) => s.stale);
  const drawn = useMemo<Drawn>(() => {
    const shared = new Map<string, Drawn['shared'][number] & { parts: string[] }>();
    const own: Drawn['own'] = [];
    const labels: Drawn['labels'] = [];
    for (const e of lines) {
      const data = e.data;
      const s = boxes.get(e.source);
      const t = boxes.get(e.target);
      if (!data || !s || !t) continue;
      const route = stale.has(e.source) || stale.has(e.target) ? undefined : routes.get(e.id);
      let d: string;
      let hasStart = true;
      let hasEnd = true;
      let len: number;
      if (route) {
        const cut = clippedRoutePath(route.legs, r);
        if (!cut.d) continue;
        ({ d, hasStart, hasEnd } = cut);
        len = length(route.legs);
      } else {
        // before its route arrives (or while an end is dragged): a straight rubber band, as RelationEdge draws it
        const a = handlePoint(s, e.sourceHandle);
        const b = handlePoint(t, e.targetHandle);
        d = `M${a.x},${a.y} L${b.x},${b.y}`;
        len = Math.hypot(b.x - a.x, b.y - a.y);
      }
      const color = e.selected ? SELECTED_COLOR : data.stroke.color;
      const width = e.selected ? data.stroke.width + 1.2 : data.stroke.width;
      const dash = data.stroke.dash && len <= MAX_DASHED_LENGTH ? data.stroke.dash : undefined;
      const start = data.arrowStart && hasStart ? markerUrl(color, data.isFlow) : undefined;
      const end = data.arrowEnd && hasEnd ? markerUrl(color, data.isFlow) : undefined;
      if (start || end) own.push({ id: e.id, d, color, width, dash, flow: data.isFlow, start, end });
      else {
        const key = `${color}|${width}|${dash ?? ''}|${data.isFlow}`;
        const group = shared.get(key);
        if (group) group.parts.push(d);
        else shared.set(key, { key, d: '', parts: [d], color, width, dash, flow: data.isFlow });
      }
      const text = data.label ?? route?.label?.text;
      if (!text) continue;
      const a = handlePoint(s, e.sourceHandle);
      const b = handlePoint(t, e.targetHandle);
      const x = route?.label ? route.label.x : a.x + (b.x - a.x) * data.labelAt;
      const y = route?.label ? route.label.y : a.y + (b.y - a.y) * data.labelAt;
      if (inside(r, x, y)) labels.push({ id: e.id, x, y, text, color, className: data.isFlow ? 'lmv-edge-label is-flow' : data.kindLabel ? 'lmv-edge-label is-kind' : 'lmv-edge-label' });
    }
    return { shared: [...shared.values()].map(({ parts, ...g }) => ({ ...g, d: parts.join(' ') })), own, labels };
  }, [lines, boxes, r, routes, stale]);

  const w = r.x1 - r.x0;
  const h = r.y1 - r.y0;
  return (
    <EdgeLabelRenderer>
      <svg className="lmv-passing-lines" data-lines={lines.length} aria-hidden="true" style={{ position: 'absolute', left: r.x0, top: r.y0, width: w, height: h, overflow: 'visible', pointerEvents: 'none' }} viewBox={`${r.x0} ${r.y0} ${w} ${h}`}>
        {drawn.shared.map((g) => (
          <path key={g.key} d={g.d} className={g.flow ? 'lmv-edge is-dataflow' : 'lmv-edge'} stroke={g.color} strokeWidth={g.width} strokeDasharray={g.dash} />
        ))}
        {drawn.own.map((l) => (
          <path key={l.id} d={l.d} className={l.flow ? 'lmv-edge is-dataflow' : 'lmv-edge'} stroke={l.color} strokeWidth={l.width} strokeDasharray={l.dash} markerStart={l.start} markerEnd={l.end} />
        ))}
        {drawn.labels.map((l) => {
          const width = l.text.length * CHAR_WIDTH + 12;
          return (
            <g key={l.id} transform={`translate(${l.x} ${l.y})`} className={l.className}>
              <rect x={-width / 2} y={-9} width={width} height={18} rx={9} stroke={l.color} />
              <text textAnchor="middle" dy="0.35em" fill={l.color}>
                {l.text}
              </text>
            </g>
          );
        })}
      </svg>
    </EdgeLabelRenderer>
  );
}

/** The passing lines of the window (see the module comment). */
export const PassingLines = memo(PassingLinesView);
