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
import { boxIds } from '../../../shared/model/boxes-record';
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

/** Draw the nodes of `view` on `canvas` as laid out, one path per band in its colour (`--lmv-mini-<band>`). */
function draw(canvas: HTMLCanvasElement, view: View, elements: LakarDocument['elements'], { scale, map }: MinimapLayout) {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const ratio = window.devicePixelRatio || 1;
  const width = Math.ceil(map.width);
  const height = Math.ceil(map.height);
  if (canvas.width !== width * ratio || canvas.height !== height * ratio) {
    canvas.width = width * ratio;
    canvas.height = height * ratio;
    canvas.style.width = `${width}px`;
    canvas.style.height = `${height}px`;
  }
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, width, height);
  const paths = new Map<Band, Path2D>();
  for (const id of boxIds(view.nodes)) {
    const el = elements.get(id);
    if (!el) continue;
    const band = bandOf(el.kind);
    let path = paths.get(band);
    if (!path) paths.set(band, (path = new Path2D()));
    const n = view.nodes[id];
    // at least a pixel: on a large view's map a box is a fraction of one, and would fade to nothing
    path.rect(n.x * scale, n.y * scale, Math.max(MIN_BOX, (n.w ?? NODE_WIDTH) * scale), Math.max(MIN_BOX, (n.h ?? NODE_HEIGHT) * scale));
  }
  const style = getComputedStyle(canvas);
  const colour = (band: Band) => style.getPropertyValue(`--lmv-mini-${band}`).trim() || '#999';
  // each band faintly tinted, so the map shows which layer is where even between sparse boxes
  ctx.globalAlpha = BAND_TINT;
  for (const row of bandLayout(view)) {
    ctx.fillStyle = colour(row.band);
    ctx.fillRect(0, row.top * scale, width, row.height * scale);
  }
  ctx.globalAlpha = 1;
  for (const [band, path] of paths) {
    ctx.fillStyle = colour(band);
    ctx.fill(path);
  }
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

  // drawn when the browser is idle after a change: several quick edits cost one drawing
  useEffect(
    () =>
      whenIdle(() => {
        if (canvas.current) draw(canvas.current, view, elements, layout);
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
