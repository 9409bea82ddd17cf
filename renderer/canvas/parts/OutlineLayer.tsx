/**
 * The view drawn in outline (outlinePicture.ts), for when too many boxes are on screen to be nodes
 * (outlineMode.ts): one 2D canvas the size of the pane, over the bands and under the band labels,
 * painted again on the next frame after a pan or zoom — React Flow's store is read directly, so
 * panning re-renders no component. Clicks go through it to the pane (FlowCanvas hit-tests them);
 * a hint says the view is in outline and that zooming in brings back the editable nodes.
 */
import { memo, useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import { Panel, useStore, useStoreApi, type ReactFlowState } from '@xyflow/react';
import { boxesIn, screenRect, showsOutline, type BoxCounts } from './outlineMode';
import { paintOutline, type Colours, type OutlineBox, type Tone } from './outlinePicture';

/**
 * Whether the canvas shows the outline now: the boxes on screen, counted on every viewport change
 * (a sum over a grid's cells, outlineMode.ts), and the zoom, against the thresholds. `placed`: whether the view's
 * viewport (a fit, or where the user left it) has been set; until then it goes by the view's size.
 */
export function useOutlineMode(counts: BoxCounts, placed: boolean): boolean {
  const now = useRef(false);
  const selector = useCallback(
    (s: ReactFlowState) => showsOutline(placed && s.width > 0 && s.height > 0 ? boxesIn(counts, screenRect(s.transform, s.width, s.height)) : null, s.transform[2], counts.total, now.current),
    [counts, placed],
  );
  const outline = useStore(selector);
  useLayoutEffect(() => {
    now.current = outline;
  }, [outline]);
  return outline;
}

/** Media features that may change the stylesheet's colours while the picture is shown (the app has no theme of its own). */
const COLOUR_MEDIA = ['(prefers-color-scheme: dark)', '(forced-colors: active)', '(prefers-contrast: more)'];

function coloursOf(canvas: HTMLCanvasElement): Colours {
  const style = getComputedStyle(canvas);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const tones = new Map<Tone, { fill: string; border: string }>();
  return {
    tone: (tone) => {
      let c = tones.get(tone);
      if (!c) tones.set(tone, (c = { fill: read(`--lmv-${tone}-node`, '#eee'), border: read(`--lmv-${tone}-border`, '#888') }));
      return c;
    },
    selected: read('--lmv-selected', '#0a58a8'),
  };
}

interface Props {
  boxes: readonly OutlineBox[];
  selected: ReadonlySet<string>;
  hint: string;
}

function OutlineLayerView({ boxes, selected, hint }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const store = useStoreApi();
  // what the next frame paints, read by the store subscription
  const latest = useRef({ boxes, selected });
  const frame = useRef(0);
  // the stylesheet's colours, read once and again only when the system's colours change: reading
  // them (getComputedStyle) on every paint cost a style look-up per pan frame
  const colours = useRef<Colours | null>(null);

  const paint = useCallback(() => {
    frame.current = 0;
    const el = canvas.current;
    const ctx = el?.getContext('2d');
    if (!el || !ctx) return;
    const { width, height, transform } = store.getState();
    const ratio = window.devicePixelRatio || 1;
    if (el.width !== Math.round(width * ratio) || el.height !== Math.round(height * ratio)) {
      el.width = Math.round(width * ratio);
      el.height = Math.round(height * ratio);
      el.style.width = `${width}px`;
      el.style.height = `${height}px`;
    }
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    paintOutline(ctx, latest.current.boxes, latest.current.selected, { x: transform[0], y: transform[1], zoom: transform[2] }, width, height, (colours.current ??= coloursOf(el)));
  }, [store]);

  const schedule = useCallback(() => {
    if (!frame.current) frame.current = requestAnimationFrame(paint);
  }, [paint]);

  useEffect(() => {
    let last = store.getState();
    const stop = store.subscribe((s) => {
      if (s.transform !== last.transform || s.width !== last.width || s.height !== last.height) schedule();
      last = s;
    });
    return () => {
      stop();
      cancelAnimationFrame(frame.current);
      frame.current = 0;
    };
  }, [store, schedule]);
  useEffect(() => {
    if (typeof window.matchMedia !== 'function') return;
    const again = () => {
      colours.current = null;
      schedule();
    };
    const queries = COLOUR_MEDIA.map((q) => window.matchMedia(q));
    for (const q of queries) q.addEventListener('change', again);
    return () => {
      for (const q of queries) q.removeEventListener('change', again);
    };
  }, [schedule]);
  // a new picture or selection: painted before the browser shows the frame
  useLayoutEffect(() => {
    latest.current = { boxes, selected };
    paint();
  }, [paint, boxes, selected]);

  return (
    <>
      <canvas ref={canvas} className="lmv-outline" aria-hidden="true" data-boxes={boxes.length} />
      <Panel position="top-center" className="lmv-outline-hint" role="status">
        {hint}
      </Panel>
    </>
  );
}

/** The outline picture of `boxes` with `selected` ringed, and its hint. */
export const OutlineLayer = memo(OutlineLayerView);
