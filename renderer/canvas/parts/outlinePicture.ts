/**
 * The outline picture of a view (outlineMode.ts says when the canvas shows it): every box a rectangle
 * in its layer's colours, nested boxes over their parents, the selection ringed, and no lines but
 * those of the selected relations — tens of thousands of strokes would hide the boxes under a grey
 * haze and cost more than the boxes. What is drawn (the drawing list), how it is painted on a 2D
 * context, which box a click falls on and which box an arrow key goes to are worked out here, apart
 * from React and the DOM.
 */
import type { Band, ElementKind } from '../../../shared/model';

/** The colour families of boxes, as nodes.css paints their nodes. */
export type Tone = 'business' | 'application' | 'platform' | 'data' | 'technology';

/** A box of the picture, in flow units. */
export interface OutlineBox {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
  depth: number;
  tone: Tone;
}

/** Screen px under which a box is filled in its border colour, with no border: a pale fill that small fades into its band. */
export const SOLID_BELOW = 6;
/** Smallest side of the ring around a selected box, in screen px: a box at 5 % zoom is a few px. */
export const RING_MIN = 12;
/** How near a click must be to a box it misses, in screen px, to select it. */
export const CLICK_REACH = 4;
/** Gap between a selected box and its ring, in screen px. */
const RING_GAP = 3;

const TONE_ORDER: readonly Tone[] = ['business', 'application', 'platform', 'data', 'technology'];

/** The tone of an element of `kind` in `band`. */
export function toneOf(kind: ElementKind, band: Band): Tone {
  if (kind === 'platform') return 'platform';
  if (band === 'applications') return 'application';
  if (band === 'data') return 'data';
  if (band === 'infrastructure') return 'technology';
  return 'business';
}

interface SceneBox {
  id: string;
  element: { kind: ElementKind };
  band: Band;
  x: number;
  y: number;
  w: number;
  h: number;
  depth: number;
}

/**
 * The boxes of a scene in painting order: by depth (a module over its application), then by tone,
 * so that a paint sets each colour once per depth rather than once per box.
 */
export function outlineBoxes(nodes: Iterable<SceneBox>): OutlineBox[] {
  const out: OutlineBox[] = [];
  for (const n of nodes) out.push({ id: n.id, x: n.x, y: n.y, w: n.w, h: n.h, depth: n.depth, tone: toneOf(n.element.kind, n.band) });
  const rank = (b: OutlineBox) => b.depth * TONE_ORDER.length + TONE_ORDER.indexOf(b.tone);
  // a stable sort: within one depth and tone, boxes keep the scene's order
  return out.sort((a, b) => rank(a) - rank(b));
}

/**
 * The topmost box under the flow point (x, y): the last painted that holds it; failing that, the
 * last painted within `reach` flow units of it (far out a box is a few px tall, easy to miss by one).
 */
export function boxAt(boxes: readonly OutlineBox[], x: number, y: number, reach = 0): string | undefined {
  for (const r of reach > 0 ? [0, reach] : [0]) {
    for (let i = boxes.length - 1; i >= 0; i--) {
      const b = boxes[i];
      if (x >= b.x - r && x <= b.x + b.w + r && y >= b.y - r && y <= b.y + b.h + r) return b.id;
    }
  }
  return undefined;
}


/**
 * The box of the first of `ids` (the selection, in the order it was made) that has one in the
 * picture: where the arrow keys and Enter start. Elements selected elsewhere (the model tree, another
 * view) that this view does not show are passed over.
 */
export function firstSelectedBox(boxes: readonly OutlineBox[], ids: readonly string[]): OutlineBox | undefined {
  if (!ids.length) return undefined;
  const rank = new Map<string, number>();
  ids.forEach((id, i) => rank.has(id) || rank.set(id, i));
  let best: OutlineBox | undefined;
  let bestRank = Infinity;
  for (const b of boxes) {
    const r = rank.get(b.id);
    if (r === undefined || r >= bestRank) continue;
    best = b;
    bestRank = r;
    if (r === 0) break;
  }
  return best;
}

/** The box whose centre is nearest the flow point (x, y): where the arrow keys start with nothing selected. */
export function boxNearest(boxes: readonly OutlineBox[], x: number, y: number): OutlineBox | undefined {
  let best: OutlineBox | undefined;
  let bestDistance = Infinity;
  for (const b of boxes) {
    const d = (b.x + b.w / 2 - x) ** 2 + (b.y + b.h / 2 - y) ** 2;
    if (d < bestDistance) {
      bestDistance = d;
      best = b;
    }
  }
  return best;
}

/** The part of a CanvasRenderingContext2D a paint uses (a recording fake in the tests). */
export type PaintContext = Pick<CanvasRenderingContext2D, 'clearRect' | 'fillRect' | 'strokeRect' | 'fillStyle' | 'strokeStyle' | 'lineWidth' | 'beginPath' | 'moveTo' | 'lineTo' | 'closePath' | 'stroke' | 'fill'>;

/**
 * A selected relation drawn in the picture: a straight line between its two ends' boxes, with the
 * arrowheads the canvas draws on its line in nodes (flowStyle.ts, relationArrows): `end` at the
 * target, `start` at the source, `filled` for a flow's heads, open for any other relation's.
 */
export interface OutlineLink {
  from: OutlineBox;
  to: OutlineBox;
  start?: boolean;
  end?: boolean;
  filled?: boolean;
}

/** Length and half-width of an arrowhead in the picture, screen px (about the size of a selected line's head in nodes). */
export const ARROW_LENGTH = 12;
const ARROW_HALF_WIDTH = 5;

type Point = { x: number; y: number };
type ScreenBox = { x0: number; y0: number; x1: number; y1: number };

/**
 * Where the line from `a` to `b` (the centre of `box`) meets the border of `box`: the tip of an
 * arrowhead there is seen, where one at the centre is hidden under its box. `b` when `a` is in the
 * box (nested or overlapping boxes).
 */
function borderPoint(a: Point, b: Point, box: ScreenBox): Point {
  if (a.x >= box.x0 && a.x <= box.x1 && a.y >= box.y0 && a.y <= box.y1) return b;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  // the segment enters the box where it has crossed both of its slabs (Liang–Barsky)
  const enter = (d: number, from: number, lo: number, hi: number) => (d === 0 ? -Infinity : Math.min((lo - from) / d, (hi - from) / d));
  const t = Math.max(enter(dx, a.x, box.x0, box.x1), enter(dy, a.y, box.y0, box.y1), 0);
  return { x: a.x + t * dx, y: a.y + t * dy };
}

/** Reach of a loop (a relation of a box with itself) out of its box, and the gap between its two ends, screen px. */
export const LOOP_REACH = 2 * ARROW_LENGTH;
const LOOP_GAP = 2 * ARROW_LENGTH;

/**
 * The loop drawn for a relation whose two ends are on one spot: out of the middle of the box's right
 * side and back into it, square-cornered as the canvas's lines are, its heads pointing into the box
 * (the gap no wider than the box is tall, as a box far out is a few px).
 */
function loopOf(box: ScreenBox): Point[] {
  const cy = (box.y0 + box.y1) / 2;
  const half = Math.min(LOOP_GAP, box.y1 - box.y0) / 2;
  const out = box.x1 + LOOP_REACH;
  return [
    { x: box.x1, y: cy - half },
    { x: out, y: cy - half },
    { x: out, y: cy + half },
    { x: box.x1, y: cy + half },
  ];
}

/** An arrowhead with its tip at `tip`, pointing away from `from`: its path on `ctx`, closed when filled. */
function arrowhead(ctx: PaintContext, tip: Point, from: Point, filled: boolean): void {
  const length = Math.hypot(tip.x - from.x, tip.y - from.y);
  if (length === 0) return;
  const ux = (tip.x - from.x) / length;
  const uy = (tip.y - from.y) / length;
  const bx = tip.x - ux * ARROW_LENGTH;
  const by = tip.y - uy * ARROW_LENGTH;
  ctx.moveTo(bx - uy * ARROW_HALF_WIDTH, by + ux * ARROW_HALF_WIDTH);
  ctx.lineTo(tip.x, tip.y);
  ctx.lineTo(bx + uy * ARROW_HALF_WIDTH, by - ux * ARROW_HALF_WIDTH);
  if (filled) ctx.closePath();
}

export interface Colours {
  tone(tone: Tone): { fill: string; border: string };
  selected: string;
}

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/**
 * Paint `boxes` as seen through `viewport` on a screen of `width` × `height` px (the context already
 * scaled to device pixels), a line for each of `links` (the selected relations) and a ring round each
 * box of `selected`. Boxes off screen are skipped.
 */
export function paintOutline(
  ctx: PaintContext,
  boxes: readonly OutlineBox[],
  selected: ReadonlySet<string>,
  viewport: Viewport,
  width: number,
  height: number,
  colours: Colours,
  links: readonly OutlineLink[] = [],
): void {
  const { x: vx, y: vy, zoom } = viewport;
  ctx.clearRect(0, 0, width, height);
  const large: number[] = [];
  let i = 0;
  while (i < boxes.length) {
    // one run: the boxes of one depth and tone
    const { depth, tone } = boxes[i];
    const { fill, border } = colours.tone(tone);
    ctx.fillStyle = border;
    large.length = 0;
    for (; i < boxes.length && boxes[i].depth === depth && boxes[i].tone === tone; i++) {
      const b = boxes[i];
      const sx = b.x * zoom + vx;
      const sy = b.y * zoom + vy;
      const sw = b.w * zoom;
      const sh = b.h * zoom;
      if (sx > width || sy > height || sx + sw < 0 || sy + sh < 0) continue;
      if (Math.min(sw, sh) < SOLID_BELOW) ctx.fillRect(sx, sy, Math.max(1, sw), Math.max(1, sh));
      else large.push(sx, sy, sw, sh);
    }
    if (!large.length) continue;
    ctx.fillStyle = fill;
    for (let k = 0; k < large.length; k += 4) ctx.fillRect(large[k], large[k + 1], large[k + 2], large[k + 3]);
    ctx.strokeStyle = border;
    ctx.lineWidth = 1;
    for (let k = 0; k < large.length; k += 4) ctx.strokeRect(large[k] + 0.5, large[k + 1] + 0.5, large[k + 2] - 1, large[k + 3] - 1);
  }
  ctx.strokeStyle = colours.selected;
  ctx.lineWidth = 2;
  if (links.length) {
    const onScreen = (b: OutlineBox): ScreenBox => ({ x0: b.x * zoom + vx, y0: b.y * zoom + vy, x1: (b.x + b.w) * zoom + vx, y1: (b.y + b.h) * zoom + vy });
    const centre = (b: ScreenBox): Point => ({ x: (b.x0 + b.x1) / 2, y: (b.y0 + b.y1) / 2 });
    // each line from border to border, so that its heads are seen
    const ends = links.map((link) => {
      const from = onScreen(link.from);
      const to = onScreen(link.to);
      const a = centre(from);
      const b = centre(to);
      // a relation of a box with itself, or between boxes on one spot: a loop out of the box's right side and back
      // — or on nearly one spot, one over the other: a line between their centres would be shorter than its head
      const overlap = from.x0 < to.x1 && to.x0 < from.x1 && from.y0 < to.y1 && to.y0 < from.y1;
      if ((a.x === b.x && a.y === b.y) || (overlap && Math.hypot(b.x - a.x, b.y - a.y) < ARROW_LENGTH)) return { link, points: loopOf(to) };
      const start = borderPoint(b, a, from);
      const end = borderPoint(a, b, to);
      // boxes that overlap or touch: their borders cross or meet, and a line between them would run
      // (and point) back from the target to the source, or have no length (and no head): centre to centre
      if ((end.x - start.x) * (b.x - a.x) + (end.y - start.y) * (b.y - a.y) <= 0) return { link, points: [a, b] };
      return { link, points: [start, end] };
    });
    ctx.beginPath();
    for (const { points } of ends) {
      ctx.moveTo(points[0].x, points[0].y);
      for (let k = 1; k < points.length; k++) ctx.lineTo(points[k].x, points[k].y);
    }
    ctx.stroke();
    // the heads: open ones stroked, a flow's filled, in the selection's colour
    for (const filled of [false, true]) {
      ctx.beginPath();
      let any = false;
      for (const { link, points } of ends) {
        if (Boolean(link.filled) !== filled) continue;
        const n = points.length;
        if (link.end) arrowhead(ctx, points[n - 1], points[n - 2], filled);
        if (link.start) arrowhead(ctx, points[0], points[1], filled);
        any ||= Boolean(link.end || link.start);
      }
      if (!any) continue;
      if (filled) {
        ctx.fillStyle = colours.selected;
        ctx.fill();
      } else ctx.stroke();
    }
  }
  if (!selected.size) return;
  for (const b of boxes) {
    if (!selected.has(b.id)) continue;
    const w = Math.max(RING_MIN, b.w * zoom + 2 * RING_GAP);
    const h = Math.max(RING_MIN, b.h * zoom + 2 * RING_GAP);
    const cx = (b.x + b.w / 2) * zoom + vx;
    const cy = (b.y + b.h / 2) * zoom + vy;
    ctx.strokeRect(cx - w / 2, cy - h / 2, w, h);
  }
}
