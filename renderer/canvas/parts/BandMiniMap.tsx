/**
 * The minimap: the whole view in miniature, drawn on a small canvas (a rectangle per node in its
 * band's colour) when the browser is idle after a model change, with the visible area as a frame
 * moved directly in the DOM on every pan. Unlike a minimap that re-renders on each viewport change,
 * panning a 3,000-node view costs it nothing but moving one rectangle, and an edit's frame never waits
 * for the 2 ms a redraw of 3,000 nodes takes. Click or drag in it to move the canvas there.
 * Its box takes the view's shape within limits; a view too tall (or wide) to show whole at a legible
 * size fills the box across and its map scrolls to keep the visible area's frame in the box
 * (minimapGeometry.ts), so dragging to the box's edge carries on through the view.
 */
import { boxIds, knownBoxesTable } from '../../../shared/model/boxes-record';
import { memo, useEffect, useRef, useState, type PointerEvent } from 'react';
import { useStoreApi, useReactFlow } from '@xyflow/react';
import { bandLayout, bandOf, NODE_HEIGHT, NODE_WIDTH, type Band, type LakarDocument, type View } from '../../../shared/model';
import { followOffset, scrollThumb, type MinimapLayout } from './minimapGeometry';

/** Smallest box drawn (px), and the opacity of a band's tint under its boxes. */
const MIN_BOX = 1;
const BAND_TINT = 0.18;

interface Props {
  view: View;
  elements: LakarDocument['elements'];
  /** Box, scale and map size for `view` (minimapLayout of its content bounds). */
  layout: MinimapLayout;
  label: string;
}

/** A box as the map draws it (px on the map) and its band. */
interface MapBox {
  band: Band;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** What the canvas shows now: every box, the band order the paths were filled in, and what it was drawn from. */
export interface MapDrawing {
  view: View;
  elements: LakarDocument['elements'];
  layout: MinimapLayout;
  boxes: Map<string, MapBox>;
  bands: Band[];
  /** Device pixels per map pixel the canvas was sized for. */
  ratio: number;
}

/** Boxes a redraw of a part of the map handles (more: the whole map is drawn). */
const MOST_PART_BOXES = 64;

/** Box `id` of `view` as the map draws it, if drawn. */
function mapBox(view: View, elements: LakarDocument['elements'], id: string, scale: number): MapBox | undefined {
  const el = elements.get(id);
  const n = view.nodes[id];
  if (!el || !n) return undefined;
  // at least a pixel: on a large view's map a box is a fraction of one, and would fade to nothing
  return { band: bandOf(el.kind), x: n.x * scale, y: n.y * scale, w: Math.max(MIN_BOX, (n.w ?? NODE_WIDTH) * scale), h: Math.max(MIN_BOX, (n.h ?? NODE_HEIGHT) * scale) };
}

const sameBox = (a: MapBox | undefined, b: MapBox | undefined) => a === b || (!!a && !!b && a.band === b.band && a.x === b.x && a.y === b.y && a.w === b.w && a.h === b.h);

/**
 * Fill `boxes` (those within `clip`, device px, when given) and the band tints on `ctx`, band by band
 * in `bands` order. Each box is its own fillRect, not a rectangle of one path per band: Chromium's
 * rasteriser antialiases a path of many rectangles another way than a path of a few (their edge
 * pixels differed by up to 15 of 255 in alpha), so a part of the map drawn again must draw each box
 * as the whole map does for its pixels to be the same.
 */
function paint(canvas: HTMLCanvasElement, ctx: CanvasRenderingContext2D, drawing: MapDrawing, ratio: number, clip?: { x0: number; y0: number; x1: number; y1: number }) {
  const { view, layout, boxes, bands } = drawing;
  const { scale } = layout;
  const width = Math.ceil(layout.map.width);
  const perBand = new Map<Band, MapBox[]>(bands.map((b) => [b, []]));
  // a box is in the clip when it reaches into it by any part of a pixel (its antialiased edge included)
  const lo = clip && { x: clip.x0 / ratio - 1, y: clip.y0 / ratio - 1 };
  const hi = clip && { x: clip.x1 / ratio + 1, y: clip.y1 / ratio + 1 };
  for (const b of boxes.values()) {
    if (lo && hi && (b.x > hi.x || b.y > hi.y || b.x + b.w < lo.x || b.y + b.h < lo.y)) continue;
    perBand.get(b.band)!.push(b);
  }
  const style = getComputedStyle(canvas);
  const colour = (band: Band) => style.getPropertyValue(`--lmv-mini-${band}`).trim() || '#999';
  ctx.save();
  if (clip) {
    // whole device pixels: each pixel inside gets what a drawing of the whole map gives it
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.beginPath();
    ctx.rect(clip.x0, clip.y0, clip.x1 - clip.x0, clip.y1 - clip.y0);
    ctx.clip();
    ctx.clearRect(clip.x0, clip.y0, clip.x1 - clip.x0, clip.y1 - clip.y0);
  }
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  if (!clip) ctx.clearRect(0, 0, width, Math.ceil(layout.map.height));
  // each band faintly tinted, so the map shows which layer is where even between sparse boxes
  ctx.globalAlpha = BAND_TINT;
  for (const row of bandLayout(view)) {
    ctx.fillStyle = colour(row.band);
    ctx.fillRect(0, row.top * scale, width, row.height * scale);
  }
  ctx.globalAlpha = 1;
  for (const [band, list] of perBand) {
    ctx.fillStyle = colour(band);
    for (const b of list) ctx.fillRect(b.x, b.y, b.w, b.h);
  }
  ctx.restore();
}

/** Draw the nodes of `view` on `canvas` as laid out, each in its band's colour (`--lmv-mini-<band>`). */
function drawWhole(canvas: HTMLCanvasElement, view: View, elements: LakarDocument['elements'], layout: MinimapLayout): MapDrawing | null {
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  const ratio = window.devicePixelRatio || 1;
  const width = Math.ceil(layout.map.width);
  const height = Math.ceil(layout.map.height);
  if (canvas.width !== width * ratio || canvas.height !== height * ratio) {
    canvas.width = width * ratio;
    canvas.height = height * ratio;
    canvas.style.width = `${width}px`;
    canvas.style.height = `${height}px`;
  }
  const boxes = new Map<string, MapBox>();
  const bands: Band[] = [];
  for (const id of boxIds(view.nodes)) {
    const box = mapBox(view, elements, id, layout.scale);
    if (!box) continue;
    if (!bands.includes(box.band)) bands.push(box.band);
    boxes.set(id, box);
  }
  const drawing = { view, elements, layout, boxes, bands, ratio };
  paint(canvas, ctx, drawing, ratio);
  return drawing;
}

/**
 * Bring the map on `canvas` (showing `last`) to `view` and `elements`: nothing is drawn when no box
 * the map shows changed (a rename), and only the pixels around the boxes that moved or changed band
 * are drawn again (a move); the whole map when the map's size, the bands or many boxes changed.
 * Why: drawing the whole map of 10,000 boxes after each rename or move cost ~17 ms in the idle time
 * after the frame (issue 18, profile of 20 renames), for a map that showed no difference.
 */
export function drawMap(canvas: HTMLCanvasElement, last: MapDrawing | null, view: View, elements: LakarDocument['elements'], layout: MinimapLayout): MapDrawing | null {
  const ratio = window.devicePixelRatio || 1;
  const part = last && ratio === last.ratio && layout.scale === last.layout.scale && layout.map.width === last.layout.map.width && layout.map.height === last.layout.map.height ? changedBoxes(last, view, elements) : undefined;
  if (!last || !part) return drawWhole(canvas, view, elements, layout);
  const boxes = part.size ? new Map(last.boxes) : last.boxes;
  const bands = last.bands;
  const clips: { x0: number; y0: number; x1: number; y1: number }[] = [];
  for (const [id, box] of part) {
    const was = last.boxes.get(id);
    if (box) boxes.set(id, box);
    else boxes.delete(id);
    // a band the map has not filled yet would come last in a whole drawing, as here
    if (box && !bands.includes(box.band)) return drawWhole(canvas, view, elements, layout);
    for (const b of [was, box]) if (b) clips.push({ x0: Math.floor(b.x * ratio) - 1, y0: Math.floor(b.y * ratio) - 1, x1: Math.ceil((b.x + b.w) * ratio) + 1, y1: Math.ceil((b.y + b.h) * ratio) + 1 });
  }
  const drawing = { view, elements, layout, boxes, bands, ratio };
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  for (const clip of clips) paint(canvas, ctx, drawing, ratio, clip);
  return drawing;
}

/**
 * The boxes whose drawing differs between `last` and `view`/`elements` (undefined: no longer drawn),
 * or undefined when that cannot be told cheaply (the bands changed, a table not of one line of edits,
 * many changes).
 */
function changedBoxes(last: MapDrawing, view: View, elements: LakarDocument['elements']): Map<string, MapBox | undefined> | undefined {
  const rows = bandLayout(view);
  const lastRows = bandLayout(last.view);
  if (rows.some((r, i) => r.top !== lastRows[i].top || r.height !== lastRows[i].height)) return undefined;
  const ids = new Set<string>();
  const edited = elements.idsChangedSince(last.elements);
  if (!edited) return undefined;
  for (const id of edited) ids.add(id);
  if (view.nodes !== last.view.nodes) {
    const was = knownBoxesTable(last.view.nodes);
    const now = knownBoxesTable(view.nodes);
    const moved = was && now ? now.idsChangedSince(was) : undefined;
    if (!moved) return undefined;
    for (const id of moved) ids.add(id);
  }
  const out = new Map<string, MapBox | undefined>();
  for (const id of ids) {
    const box = mapBox(view, elements, id, last.layout.scale);
    if (!sameBox(box, last.boxes.get(id))) out.set(id, box);
    if (out.size > MOST_PART_BOXES) return undefined;
  }
  return out;
}

/** Show a scrolled map's thumb (`side` and `size` along the box), or hide it when the map fits. */
function placeThumb(el: HTMLDivElement | null, thumb: { start: number; length: number } | null, side: 'top' | 'left', size: 'height' | 'width') {
  if (!el) return;
  el.hidden = thumb === null;
  if (!thumb) return;
  el.style[side] = `${thumb.start}px`;
  el.style[size] = `${thumb.length}px`;
}

/** Run `task` when the browser is idle (soon at the latest): the minimap never delays an edit's frame. */
function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: 300 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(task, 50);
  return () => clearTimeout(handle);
}

function BandMiniMapView({ view, elements, layout, label }: Props) {
  const store = useStoreApi();
  const rf = useReactFlow();
  const sheet = useRef<HTMLDivElement>(null);
  const frame = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const thumbY = useRef<HTMLDivElement>(null);
  const thumbX = useRef<HTMLDivElement>(null);
  // the layout the drawing on the canvas is at: the frame and the pointer follow it, not a newer one not yet drawn
  const [drawn, setDrawn] = useState(layout);
  // how far the map is scrolled in the box (px), read by the pointer handlers
  const scroll = useRef({ x: 0, y: 0 });
  const { box } = drawn;

  // what the canvas shows: the next drawing changes only what differs from it
  const shown = useRef<MapDrawing | null>(null);
  // drawn when the browser is idle after a change: several quick edits cost one drawing
  useEffect(
    () =>
      whenIdle(() => {
        if (canvas.current) shown.current = drawMap(canvas.current, shown.current, view, elements, layout);
        setDrawn(layout);
      }),
    [view, elements, layout],
  );

  // the visible area, and the map's scroll, follow the viewport without re-rendering this component
  useEffect(() => {
    const { scale, map } = drawn;
    // a new drawing may have a new map size: scroll and thumbs are placed afresh
    let fresh = true;
    const place = () => {
      const { transform, width, height } = store.getState();
      const [tx, ty, zoom] = transform;
      const el = frame.current;
      if (!el || !sheet.current) return;
      const fx = (-tx / zoom) * scale;
      const fy = (-ty / zoom) * scale;
      const fw = (width / zoom) * scale;
      const fh = (height / zoom) * scale;
      const at = scroll.current;
      const x = followOffset(at.x, fx, fw, box.width, map.width);
      const y = followOffset(at.y, fy, fh, box.height, map.height);
      if (fresh || x !== at.x || y !== at.y) {
        fresh = false;
        scroll.current = { x, y };
        sheet.current.style.transform = `translate(${-x}px, ${-y}px)`;
        placeThumb(thumbY.current, scrollThumb(y, box.height, map.height), 'top', 'height');
        placeThumb(thumbX.current, scrollThumb(x, box.width, map.width), 'left', 'width');
      }
      el.style.transform = `translate(${fx}px, ${fy}px)`;
      el.style.width = `${fw}px`;
      el.style.height = `${fh}px`;
    };
    place();
    let last = store.getState().transform;
    return store.subscribe((s) => {
      if (s.transform !== last) {
        last = s.transform;
        place();
      }
    });
  }, [store, drawn, box.width, box.height]);

  const moveTo = (e: PointerEvent<HTMLDivElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    const x = (e.clientX - rect.left + scroll.current.x) / drawn.scale;
    const y = (e.clientY - rect.top + scroll.current.y) / drawn.scale;
    void rf.setCenter(x, y, { zoom: rf.getZoom() });
  };

  return (
    <div
      className="lmv-minimap"
      role="img"
      aria-label={label}
      style={{ width: box.width, height: box.height }}
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId);
        moveTo(e);
      }}
      onPointerMove={(e) => {
        if (e.buttons === 1) moveTo(e);
      }}
    >
      <div ref={sheet} className="lmv-minimap-sheet">
        <canvas ref={canvas} aria-hidden="true" />
        <div ref={frame} className="lmv-minimap-frame" />
      </div>
      <div ref={thumbY} className="lmv-minimap-thumb is-vertical" hidden />
      <div ref={thumbX} className="lmv-minimap-thumb is-horizontal" hidden />
    </div>
  );
}

/** Minimap of `view`. */
export const BandMiniMap = memo(BandMiniMapView);
