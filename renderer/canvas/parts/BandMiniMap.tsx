/**
 * The minimap: the whole view in miniature, drawn on a small canvas (a rectangle per node in its
 * band's colour) when the browser is idle after a model change, with the visible area as a frame
 * moved directly in the DOM on every pan. Unlike a minimap that re-renders on each viewport change,
 * panning a 3,000-node view costs it nothing but moving one rectangle, and an edit's frame never waits
 * for the 2 ms a redraw of 3,000 nodes takes. Click or drag in it to move the canvas there.
 */
import { memo, useEffect, useRef, useState, type PointerEvent } from 'react';
import { useStoreApi, useReactFlow } from '@xyflow/react';
import { bandOf, NODE_HEIGHT, NODE_WIDTH, type Band, type LakarDocument, type View } from '../../../shared/model';
import { contentBounds } from './BandLayer';
import { MINIMAP_SIZE } from '../fit';

const { width: WIDTH, height: HEIGHT } = MINIMAP_SIZE;

interface Props {
  view: View;
  elements: LakarDocument['elements'];
  label: string;
}

/** Scale of the minimap for `view`: all of its bands fit. */
function scaleFor(view: View): number {
  const bounds = contentBounds(view);
  return Math.min(WIDTH / bounds.width, HEIGHT / bounds.height);
}

/** Draw the nodes of `view` at `scale` on `canvas`, one path per band in its colour (`--lmv-mini-<band>`). */
function draw(canvas: HTMLCanvasElement, view: View, elements: LakarDocument['elements'], scale: number) {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const ratio = window.devicePixelRatio || 1;
  if (canvas.width !== WIDTH * ratio) {
    canvas.width = WIDTH * ratio;
    canvas.height = HEIGHT * ratio;
  }
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, WIDTH, HEIGHT);
  const paths = new Map<Band, Path2D>();
  for (const id in view.nodes) {
    const el = elements[id];
    if (!el) continue;
    const band = bandOf(el.kind);
    let path = paths.get(band);
    if (!path) paths.set(band, (path = new Path2D()));
    const n = view.nodes[id];
    path.rect(n.x * scale, n.y * scale, (n.w ?? NODE_WIDTH) * scale, (n.h ?? NODE_HEIGHT) * scale);
  }
  const style = getComputedStyle(canvas);
  for (const [band, path] of paths) {
    ctx.fillStyle = style.getPropertyValue(`--lmv-mini-${band}`).trim() || '#999';
    ctx.fill(path);
  }
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

function BandMiniMapView({ view, elements, label }: Props) {
  const store = useStoreApi();
  const rf = useReactFlow();
  const frame = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [scale, setScale] = useState(() => scaleFor(view));

  // drawn when the browser is idle after a change: several quick edits cost one drawing
  useEffect(
    () =>
      whenIdle(() => {
        const next = scaleFor(view);
        if (canvas.current) draw(canvas.current, view, elements, next);
        setScale(next);
      }),
    [view, elements],
  );

  // the visible area follows the viewport without re-rendering this component
  useEffect(() => {
    const place = () => {
      const { transform, width, height } = store.getState();
      const [tx, ty, zoom] = transform;
      const el = frame.current;
      if (!el) return;
      el.style.transform = `translate(${(-tx / zoom) * scale}px, ${(-ty / zoom) * scale}px)`;
      el.style.width = `${(width / zoom) * scale}px`;
      el.style.height = `${(height / zoom) * scale}px`;
    };
    place();
    let last = store.getState().transform;
    return store.subscribe((s) => {
      if (s.transform !== last) {
        last = s.transform;
        place();
      }
    });
  }, [store, scale]);

  const moveTo = (e: PointerEvent<HTMLDivElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    const x = (e.clientX - box.left) / scale;
    const y = (e.clientY - box.top) / scale;
    void rf.setCenter(x, y, { zoom: rf.getZoom() });
  };

  return (
    <div
      className="lmv-minimap"
      role="img"
      aria-label={label}
      style={{ width: WIDTH, height: HEIGHT }}
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId);
        moveTo(e);
      }}
      onPointerMove={(e) => {
        if (e.buttons === 1) moveTo(e);
      }}
    >
      <canvas ref={canvas} style={{ width: WIDTH, height: HEIGHT }} aria-hidden="true" />
      <div ref={frame} className="lmv-minimap-frame" />
    </div>
  );
}

/** Minimap of `view`. */
export const BandMiniMap = memo(BandMiniMapView);
