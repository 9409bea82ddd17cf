/**
 * The view drawn in outline (outlinePicture.ts), for when too many boxes are on screen to be nodes
 * (outlineMode.ts): one 2D canvas the size of the pane, over the bands and under the band labels,
 * painted again on the next frame after a pan or zoom — React Flow's store is read directly, so
 * panning re-renders no component. Clicks go through it to the pane (FlowCanvas hit-tests them);
 * a hint says the view is in outline and that zooming in brings back the editable nodes.
 *
 * Keyboard users reach the boxes through the picture (focusable, named): the arrow keys select the
 * nearest box that way, brought into sight, and Enter zooms to it, where its node comes back with
 * focus; the box selected is announced. The focus stays on the canvas as the picture comes and goes.
 * The lines of selected relations are drawn between their ends, with their arrowheads.
 */
import { memo, useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef } from 'react';
import { Panel, useStore, useStoreApi, type ReactFlowState } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { useEditor } from '../../state/editor';
import { useCanvas, type OutlineKey } from '../canvasStore';
import { relationArrows } from '../flowStyle';
import { focusWhenDrawn } from '../interact/keyboardTravel';
import { revealViewport } from '../interact/reveal';
import { zoomToSelection } from '../interact/viewport';
import { bandLabelsRoom } from './BandLabels';
import { boxesIn, screenRect, showsOutline, type BoxCounts } from './outlineMode';
import { boxNearest, firstSelectedBox, paintOutline, type Colours, type OutlineBox, type OutlineLink, type Tone } from './outlinePicture';
import { boxInDirection } from '../interact/navigate';

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

const NO_LINKS: readonly OutlineLink[] = [];

/** The selected relations whose two ends are boxes of the picture, as lines (a look through the boxes only while one is selected). */
function useSelectedLinks(boxes: readonly OutlineBox[]): readonly OutlineLink[] {
  const ids = useEditor((s) => s.selection.relations);
  const relations = useEditor((s) => s.history?.doc.relations);
  return useMemo(() => {
    const ends = ids.map((id) => relations?.get(id)).filter((r) => r !== undefined);
    if (!ends.length) return NO_LINKS;
    const wanted = new Set(ends.flatMap((r) => [r.source, r.target]));
    const byId = new Map<string, OutlineBox>();
    for (const b of boxes) if (wanted.has(b.id)) byId.set(b.id, b);
    const links: OutlineLink[] = [];
    for (const r of ends) {
      const from = byId.get(r.source);
      const to = byId.get(r.target);
      // with its direction, as its line in nodes has it
      if (from && to) links.push({ from, to, ...relationArrows(r) });
    }
    return links;
  }, [ids, relations, boxes]);
}

/** "Dipilih: name (kind)" for the one element selected, announced as the arrow keys move. */
function useSelectedText(): string {
  const { t } = useTranslation('canvas');
  const element = useEditor((s) => (s.selection.elements.length === 1 ? s.history?.doc.elements.get(s.selection.elements[0]) : undefined));
  return element ? t('canvas.outlineSelected', { name: element.name, kind: t(`domain:kind.${element.kind}`) }) : '';
}

function OutlineLayerView({ boxes, selected, hint }: Props) {
  const { t } = useTranslation('canvas');
  const id = useId();
  const canvas = useRef<HTMLCanvasElement>(null);
  const store = useStoreApi();
  const links = useSelectedLinks(boxes);
  const announced = useSelectedText();
  // what the next frame paints, read by the store subscription
  const latest = useRef({ boxes, selected, links });
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
    paintOutline(ctx, latest.current.boxes, latest.current.selected, { x: transform[0], y: transform[1], zoom: transform[2] }, width, height, (colours.current ??= coloursOf(el)), latest.current.links);
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
    latest.current = { boxes, selected, links };
    paint();
  }, [paint, boxes, selected, links]);

  // the keyboard focus kept on the canvas as the picture comes and goes (else it falls to the page,
  // where no canvas key works): a node or the canvas that had it gives it to the picture, which
  // hands it back to the canvas (the next arrow enters the nodes from the one selected)
  useLayoutEffect(() => {
    const picture = canvas.current;
    const wrapper = picture?.closest<HTMLElement>('#lmv-canvas');
    if (!picture || !wrapper) return;
    const had = document.activeElement;
    if (had === wrapper || (had instanceof Element && wrapper.contains(had) && had.closest('.react-flow__node, .react-flow__edge'))) picture.focus({ preventScroll: true });
    return () => {
      if (document.activeElement === picture) wrapper.focus({ preventScroll: true });
    };
  }, []);

  // the arrow keys and Enter, wherever focus is on the canvas (keyboard.ts asks here while the outline is shown)
  useEffect(() => {
    const onKey = (key: OutlineKey): boolean => {
      const { selection, setSelection, history, activeViewId } = useEditor.getState();
      const all = latest.current.boxes;
      // from the first element selected that this view shows (the selection may begin elsewhere)
      const from = firstSelectedBox(all, selection.elements);
      if (key === 'enter') {
        if (!from || !zoomToSelection()) return false;
        // the node comes back as the zoom passes the outline's threshold: focus goes to it
        focusWhenDrawn(from.id, 60);
        return true;
      }
      const { width, height, transform } = store.getState();
      const [x, y, zoom] = transform;
      // nothing selected: the box nearest the middle of the screen
      // the view's boxes, for their order: the outline goes through a stack as the nodes do (interact/navigate.ts, boxInDirection)
      const nodes = (activeViewId && history?.doc.views[activeViewId]?.nodes) || {};
      const next = from ? boxInDirection(all, nodes, from.id, key) : boxNearest(all, (width / 2 - x) / zoom, (height / 2 - y) / zoom);
      if (!next) return from !== undefined;
      setSelection({ elements: [next.id], relations: [] });
      // clear of the band labels held at the canvas's left edge
      const moved = revealViewport({ x, y, zoom }, { width, height }, next, bandLabelsRoom(canvas.current?.closest('.react-flow')));
      if (moved) void useCanvas.getState().instance?.setViewport(moved, { duration: 150 });
      return true;
    };
    useCanvas.getState().setOutlineKey(onKey);
    return () => {
      if (useCanvas.getState().outlineKey === onKey) useCanvas.getState().setOutlineKey(null);
    };
  }, [store]);

  return (
    <>
      <canvas ref={canvas} className="lmv-outline" tabIndex={0} role="application" aria-roledescription={t('canvas.outlineRole')} aria-label={t('canvas.outlineLabel', { count: boxes.length })} aria-describedby={`${id}-keys`} data-boxes={boxes.length} />
      <p id={`${id}-keys`} className="visually-hidden">
        {t('canvas.outlineKeys')}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {announced}
      </p>
      <Panel position="top-center" className="lmv-outline-hint" role="status">
        {hint}
      </Panel>
    </>
  );
}

/** The outline picture of `boxes` with `selected` ringed, and its hint. */
export const OutlineLayer = memo(OutlineLayerView);
