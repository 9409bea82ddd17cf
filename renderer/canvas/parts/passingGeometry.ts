/**
 * Where the passing lines of a large view's window (PassingLines.tsx) lie: each line's shape (its
 * route, or the straight rubber band RelationEdge draws before its route arrives or while an end is
 * dragged), that shape cut to the window, dashed lines in pieces that carry their dashes' phase
 * across the window's edge, and which line a pointer is on. The lines are drawn into a few shared
 * <path>s, so a click or a hover on one is found here, from flat arrays of the segments in the
 * window (a scan of ~10,000 lines' segments takes well under a millisecond), not by the DOM.
 */
import type { Point } from '../../../shared/routing';
import type { SceneNode } from '../../../shared/routing/scene';
import type { LmvEdge } from '../flowModel';
import type { CanvasRoute } from '../routing/routeStore';
import { clipSpan, pointAlong as at } from '../routing/clip';
import { meets, type Rect } from './outlineMode';

type XY = { x: number; y: number };
type Legs = readonly (readonly Point[])[];

/** Width of a label's character (labels are sized from their text, as in RelationEdge). */
export const CHAR_WIDTH = 6.4;
export const labelWidth = (text: string) => text.length * CHAR_WIDTH + 12;
const LABEL_HEIGHT = 18;

/**
 * Flow px from a line within which a click or hover is on it: half the 16 px interaction stroke of
 * the lines React Flow holds (nodes.css), which is drawn in the flow and scales with the zoom. In
 * screen px, zoomed out, a passing line would take clicks meant for the bare pane from several
 * times the width the same line takes once its far box is in the window.
 */
export const LINE_REACH = 8;

export interface Boxes {
  get(id: string): SceneNode | undefined;
}

export interface Routes {
  get(id: string): CanvasRoute | undefined;
}

/** A passing line as drawn. */
export interface LineShape {
  legs: Legs;
  routed: boolean;
  /** Length along the line (its dashes are dropped past MAX_DASHED_LENGTH). */
  length: number;
  label?: { x: number; y: number; text: string };
}

const handlePoint = (n: SceneNode, handle: string | null | undefined, shift: XY | undefined): XY => ({
  x: n.x + n.w / 2 + (shift?.x ?? 0),
  y: (handle === 't' ? n.y : n.y + n.h) + (shift?.y ?? 0),
});

function routeLength(legs: Legs): number {
  let n = 0;
  // Math.hypot guards against overflow no route can reach, at four times the cost of a square root
  // (thousands of lines with a far box are shaped at each new window)
  for (const leg of legs)
    for (let i = 1; i < leg.length; i++) {
      const dx = leg[i].x - leg[i - 1].x;
      const dy = leg[i].y - leg[i - 1].y;
      n += Math.sqrt(dx * dx + dy * dy);
    }
  return n;
}

/**
 * The shape of line `e`: its route, or while it has none or an end has moved since it was routed
 * (`stale`), a straight band between its handles; `shifts`: how far a drag in progress has carried
 * the boxes it moves (the band follows them, as React Flow's edges follow a dragged node).
 */
export function shapeOf(e: LmvEdge, boxes: Boxes, routes: Routes, stale: ReadonlySet<string>, shifts?: ReadonlyMap<string, XY> | null): LineShape | null {
  const data = e.data;
  const s = boxes.get(e.source);
  const t = boxes.get(e.target);
  if (!data || !s || !t) return null;
  const route = routes.get(e.id);
  if (route && !stale.has(e.source) && !stale.has(e.target)) {
    const text = data.label ?? route.label?.text;
    const label = !text ? undefined : route.label ? { x: route.label.x, y: route.label.y, text } : bandLabel(s, t, e, text, data.labelAt, null);
    return { legs: route.legs, routed: true, length: routeLength(route.legs), label };
  }
  const a = handlePoint(s, e.sourceHandle, shifts?.get(e.source));
  const b = handlePoint(t, e.targetHandle, shifts?.get(e.target));
  return { legs: [[a, b]], routed: false, length: Math.hypot(b.x - a.x, b.y - a.y), label: data.label ? bandLabel(s, t, e, data.label, data.labelAt, shifts) : undefined };
}

function bandLabel(s: SceneNode, t: SceneNode, e: LmvEdge, text: string, at: number, shifts: ReadonlyMap<string, XY> | null | undefined) {
  const a = handlePoint(s, e.sourceHandle, shifts?.get(e.source));
  const b = handlePoint(t, e.targetHandle, shifts?.get(e.target));
  return { x: a.x + (b.x - a.x) * at, y: a.y + (b.y - a.y) * at, text };
}

const inside = (r: Rect, p: XY) => p.x >= r.x0 && p.x <= r.x1 && p.y >= r.y0 && p.y <= r.y1;

/**
 * A dashed line within `r` as straight pieces, each with the length of line before it (its dash
 * offset), as RelationEdge draws a dashed route: the dashes run on where the line crosses the
 * window's edge and where it turns, and match the line drawn whole once both its boxes are in.
 */
export function dashedInWindow(legs: Legs, r: Rect): { pieces: { d: string; offset: number }[]; hasStart: boolean; hasEnd: boolean } {
  const pieces: { d: string; offset: number }[] = [];
  let hasStart = false;
  let hasEnd = false;
  let before = 0;
  legs.forEach((leg, li) => {
    for (let i = 1; i < leg.length; i++) {
      const p = leg[i - 1];
      const q = leg[i];
      const len = Math.hypot(q.x - p.x, q.y - p.y);
      const span = clipSpan(p, q, r);
      if (span) {
        const a = at(p, q, span[0]);
        const b = at(p, q, span[1]);
        pieces.push({ d: `M${a.x},${a.y} L${b.x},${b.y}`, offset: before + len * span[0] });
        if (li === 0 && i === 1 && span[0] === 0) hasStart = true;
        if (li === legs.length - 1 && i === leg.length - 1 && span[1] === 1) hasEnd = true;
      }
      before += len;
    }
  });
  return { pieces, hasStart, hasEnd };
}

/** Segments and labels of passing lines in a window, as flat arrays (see lineAt). */
export interface PassingHits {
  ids: string[];
  /** x0, y0, x1, y1 of segment k at 4k…4k+3, of line ids[owner[k]]. */
  segments: Float64Array;
  owner: Int32Array;
  /** Label boxes (x0, y0, x1, y1), of line ids[labelOwner[k]]: drawn over the lines. */
  labels: Float64Array;
  labelOwner: Int32Array;
}

const segmentMeets = (r: Rect, p: XY, q: XY) => meets(r, Math.min(p.x, q.x), Math.min(p.y, q.y), Math.max(p.x, q.x), Math.max(p.y, q.y));

/**
 * What of `lines`, each with its shape, lies in window `r`. Counted first, then written into typed
 * arrays of that size: pushing 50,000 numbers onto growing arrays cost five times the whole rest
 * (~12,000 lines cross a screen in the middle of a generated 30,000-element view).
 */
export function passingHits(lines: readonly { id: string; shape: LineShape }[], r: Rect): PassingHits {
  let n = 0;
  let m = 0;
  for (const { shape } of lines) {
    for (const leg of shape.legs) for (let i = 1; i < leg.length; i++) if (segmentMeets(r, leg[i - 1], leg[i])) n++;
    if (shape.label && inside(r, shape.label)) m++;
  }
  const ids: string[] = [];
  const segments = new Float64Array(4 * n);
  const owner = new Int32Array(n);
  const labels = new Float64Array(4 * m);
  const labelOwner = new Int32Array(m);
  let s = 0;
  let t = 0;
  for (const { id, shape } of lines) {
    const k = ids.length;
    let taken = false;
    for (const leg of shape.legs)
      for (let i = 1; i < leg.length; i++) {
        const p = leg[i - 1];
        const q = leg[i];
        if (!segmentMeets(r, p, q)) continue;
        segments[4 * s] = p.x;
        segments[4 * s + 1] = p.y;
        segments[4 * s + 2] = q.x;
        segments[4 * s + 3] = q.y;
        owner[s++] = k;
        taken = true;
      }
    const l = shape.label;
    if (l && inside(r, l)) {
      const w = labelWidth(l.text) / 2;
      labels[4 * t] = l.x - w;
      labels[4 * t + 1] = l.y - LABEL_HEIGHT / 2;
      labels[4 * t + 2] = l.x + w;
      labels[4 * t + 3] = l.y + LABEL_HEIGHT / 2;
      labelOwner[t++] = k;
      taken = true;
    }
    if (taken) ids.push(id);
  }
  return { ids, segments, owner, labels, labelOwner };
}

/** Squared distance from (x, y) to segment (x0, y0)–(x1, y1). */
export function segmentDistance2(x: number, y: number, x0: number, y0: number, x1: number, y1: number): number {
  const dx = x1 - x0;
  const dy = y1 - y0;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - x0) * dx + (y - y0) * dy) / len2));
  const ex = x0 + t * dx - x;
  const ey = y0 + t * dy - y;
  return ex * ex + ey * ey;
}

/** The line at flow point (x, y): one whose label holds it, else the nearest within `reach` flow units. */
export function lineAt(h: PassingHits, x: number, y: number, reach: number): string | undefined {
  const { labels, labelOwner, segments, owner } = h;
  for (let k = labelOwner.length - 1; k >= 0; k--) {
    const j = 4 * k;
    if (x >= labels[j] && x <= labels[j + 2] && y >= labels[j + 1] && y <= labels[j + 3]) return h.ids[labelOwner[k]];
  }
  let best = reach * reach;
  let found = -1;
  for (let k = 0; k < owner.length; k++) {
    const j = 4 * k;
    const x0 = segments[j];
    const y0 = segments[j + 1];
    const x1 = segments[j + 2];
    const y1 = segments[j + 3];
    // most segments are far: a look at their extent first
    if (x < Math.min(x0, x1) - reach || x > Math.max(x0, x1) + reach || y < Math.min(y0, y1) - reach || y > Math.max(y0, y1) + reach) continue;
    const d = segmentDistance2(x, y, x0, y0, x1, y1);
    if (d <= best) {
      best = d;
      found = owner[k];
    }
  }
  return found < 0 ? undefined : h.ids[found];
}
