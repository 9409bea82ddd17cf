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
import { runsInArea } from '../routing/clip';
import { roundedPath } from '../../../shared/export/svg/lmv-parts';
import type { Point } from '../../../shared/routing';
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

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
const same = (v: number) => v;

/** `p`, moved along its segment to `q` into `r` (routes run across and down only; a slanted segment is left whole). */
function pulledIn(p: Point, q: Point, r: Rect): Point {
  if (p.y === q.y) return { x: clamp(p.x, r.x0, r.x1), y: p.y };
  if (p.x === q.x) return { x: p.x, y: clamp(p.y, r.y0, r.y1) };
  return p;
}

/**
 * The parts of a route within `r`, each cut at the window's edge: a line running 900,000 px along a
 * track is drawn over the window's width only, and lines sharing a track there give the same text
 * (one is drawn). Whether the route's first and last points are kept (for its arrowheads).
 */
export function routeInWindow(legs: readonly (readonly Point[])[], r: Rect): { parts: string[]; hasStart: boolean; hasEnd: boolean } {
  const parts: string[] = [];
  let hasStart = false;
  let hasEnd = false;
  legs.forEach((leg, li) => {
    const runs = runsInArea(leg, r);
    runs.forEach((run, ri) => {
      const first = run[0];
      const last = run[run.length - 1];
      if (li === 0 && ri === 0 && first === leg[0] && inside(r, first.x, first.y)) hasStart = true;
      if (li === legs.length - 1 && ri === runs.length - 1 && last === leg[leg.length - 1] && inside(r, last.x, last.y)) hasEnd = true;
      const cut = run.slice();
      cut[0] = pulledIn(first, run[1], r);
      cut[cut.length - 1] = pulledIn(last, run[run.length - 2], r);
      parts.push(roundedPath(cut, same, same));
    });
  });
  return { parts, hasStart, hasEnd };
}

function length(legs: readonly (readonly { x: number; y: number }[])[]): number {
  let n = 0;
  for (const leg of legs) for (let i = 1; i < leg.length; i++) n += Math.abs(leg[i].x - leg[i - 1].x) + Math.abs(leg[i].y - leg[i - 1].y);
  return n;
}

function PassingLinesView({ lines, boxes, window: r }: Props) {
  const routes = useRoutes((s) => s.routes);
  const stale = useRoutes((s) => s.stale);
  const drawn = useMemo<Drawn>(() => {
    const shared = new Map<string, Drawn['shared'][number] & { parts: Set<string> }>();
    const own: Drawn['own'] = [];
    const labels: Drawn['labels'] = [];
    for (const e of lines) {
      const data = e.data;
      const s = boxes.get(e.source);
      const t = boxes.get(e.target);
      if (!data || !s || !t) continue;
      const route = stale.has(e.source) || stale.has(e.target) ? undefined : routes.get(e.id);
      let parts: string[];
      let hasStart = true;
      let hasEnd = true;
      let len: number;
      if (route) {
        const cut = routeInWindow(route.legs, r);
        if (!cut.parts.length) continue;
        ({ parts, hasStart, hasEnd } = cut);
        len = length(route.legs);
      } else {
        // before its route arrives (or while an end is dragged): a straight rubber band, as RelationEdge draws it
        const a = handlePoint(s, e.sourceHandle);
        const b = handlePoint(t, e.targetHandle);
        parts = [`M${a.x},${a.y} L${b.x},${b.y}`];
        len = Math.hypot(b.x - a.x, b.y - a.y);
      }
      const color = e.selected ? SELECTED_COLOR : data.stroke.color;
      const width = e.selected ? data.stroke.width + 1.2 : data.stroke.width;
      const dash = data.stroke.dash && len <= MAX_DASHED_LENGTH ? data.stroke.dash : undefined;
      const start = data.arrowStart && hasStart ? markerUrl(color, data.isFlow) : undefined;
      const end = data.arrowEnd && hasEnd ? markerUrl(color, data.isFlow) : undefined;
      if (start || end) own.push({ id: e.id, d: parts.join(' '), color, width, dash, flow: data.isFlow, start, end });
      else {
        const key = `${color}|${width}|${dash ?? ''}|${data.isFlow}`;
        let group = shared.get(key);
        if (!group) shared.set(key, (group = { key, d: '', parts: new Set(), color, width, dash, flow: data.isFlow }));
        for (const part of parts) group.parts.add(part);
      }
      const text = data.label ?? route?.label?.text;
      if (!text) continue;
      const a = handlePoint(s, e.sourceHandle);
      const b = handlePoint(t, e.targetHandle);
      const x = route?.label ? route.label.x : a.x + (b.x - a.x) * data.labelAt;
      const y = route?.label ? route.label.y : a.y + (b.y - a.y) * data.labelAt;
      if (inside(r, x, y)) labels.push({ id: e.id, x, y, text, color, className: data.isFlow ? 'lmv-edge-label is-flow' : data.kindLabel ? 'lmv-edge-label is-kind' : 'lmv-edge-label' });
    }
    return { shared: [...shared.values()].map(({ parts, ...g }) => ({ ...g, d: [...parts].join(' ') })), own, labels };
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
