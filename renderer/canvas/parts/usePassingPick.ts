/**
 * Clicks and hovers on the passing lines of a large view's window (PassingLines.tsx). They are drawn
 * in a few shared paths under the nodes that take no pointer events, so the pane's click, context
 * menu and pointer moves look for the line under the pointer in their geometry (passingGeometry.ts):
 * nothing per line in the DOM, no look while the canvas pans. A hover sets the pointer and the
 * tooltip of a line (its kind and ends, as a line React Flow holds shows them) on the canvas's DOM
 * and re-renders only the hovered line's label (PassingLines.tsx, HoveredLabel). The lines' segments
 * in the window are gathered the first time the pointer asks after the window, the lines or their
 * routes change, and kept until they change again.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, type RefObject } from 'react';
import type { ReactFlowInstance } from '@xyflow/react';
import type { SceneNode } from '../../../shared/routing/scene';
import { useEditor } from '../../state/editor';
import { edgeDescription, type LmvEdge } from '../flowModel';
import { useRoutes } from '../routing/routeStore';
import type { Rect } from './flowWindow';
import { LINE_REACH, lineAt, passingHits, shapeOf, type LineShape, type PassingHits } from './passingGeometry';
import { useHoveredLine } from './PassingLines';

export interface PassingSource {
  lines: readonly LmvEdge[];
  boxes: Pick<ReadonlyMap<string, SceneNode>, 'get'>;
  window: Rect;
  /** Whether the kind labels of lines are shown (a hidden label is no target, as on other lines). */
  kindLabels: boolean;
}

const isPane = (t: EventTarget | null | undefined) => (t as Element | null)?.classList?.contains('react-flow__pane') === true;

/** What the tooltip of line `id` of `lines` says: its kind and its two ends' names. */
function describeLine(lines: readonly LmvEdge[] | undefined, id: string): string | null {
  const line = lines?.find((l) => l.id === id);
  const elements = useEditor.getState().history?.doc.elements;
  if (!line?.data) return null;
  return edgeDescription(line.data, elements?.get(line.source)?.name ?? '', elements?.get(line.target)?.name ?? '');
}

type Pointer = { clientX: number; clientY: number; buttons?: number; target?: EventTarget | null };

/** The hit-test of the passing lines of `source` (null: none drawn), and the pane's pointer handlers for their hover cue. */
export function usePassingPick(rf: Pick<ReactFlowInstance, 'screenToFlowPosition'>, source: PassingSource | null, wrapper: RefObject<HTMLElement | null>) {
  const latest = useRef(source);
  useLayoutEffect(() => {
    latest.current = source;
  });
  const cache = useRef<{ inputs: readonly unknown[]; hits: PassingHits } | null>(null);

  /** The id of the passing line under the pointer, if any. */
  const passingLineAt = useCallback(
    (e: Pointer): string | undefined => {
      const src = latest.current;
      if (!src || src.lines.length === 0) return undefined;
      const { routes, stale } = useRoutes.getState();
      const inputs = [src.lines, src.boxes, src.window, routes, stale, src.kindLabels];
      if (!cache.current || cache.current.inputs.some((v, i) => v !== inputs[i])) {
        const shaped: { id: string; shape: LineShape }[] = [];
        for (const line of src.lines) {
          const shape = shapeOf(line, src.boxes, routes, stale);
          if (!shape) continue;
          const hidden = !src.kindLabels && line.data?.kindLabel && !line.data.isFlow;
          shaped.push({ id: line.id, shape: hidden ? { ...shape, label: undefined } : shape });
        }
        cache.current = { inputs, hits: passingHits(shaped, src.window) };
      }
      const p = rf.screenToFlowPosition({ x: e.clientX, y: e.clientY });
      // in flow px, as the interaction stroke of the lines React Flow holds
      return lineAt(cache.current.hits, p.x, p.y, LINE_REACH);
    },
    [rf],
  );

  const hover = useCallback(
    (id: string | null) => {
      if (useHoveredLine.getState().id === id) return;
      useHoveredLine.setState({ id });
      const el = wrapper.current;
      if (!el) return;
      // the pointer of a line (interact.css): an attribute React does not render, so that a render of
      // the canvas's class (the relation labels switched on or off) keeps it
      if (id === null) el.removeAttribute('data-over-line');
      else el.setAttribute('data-over-line', '');
      // the tooltip of a line React Flow holds (its <title>, RelationEdge.tsx), on the pane under the pointer
      const pane = el.querySelector('.react-flow__pane');
      const text = id === null ? null : describeLine(latest.current?.lines, id);
      if (text) pane?.setAttribute('title', text);
      else pane?.removeAttribute('title');
    },
    [wrapper],
  );
  useEffect(() => () => hover(null), [hover]);
  // a hovered line taken off under a still pointer (Delete on it, an undo, another view, the view
  // drawn whole again): no move comes to say so, and its pointer and tooltip would stay on the pane
  const lines = source?.lines;
  useEffect(() => {
    const id = useHoveredLine.getState().id;
    if (id !== null && !lines?.some((l) => l.id === id)) hover(null);
  }, [lines, hover]);

  return useMemo(
    () => ({
      passingLineAt,
      // for the canvas's wrapper, not React Flow's pane: while Shift is held (a box selection ready to
      // start) the pane takes its pointer moves for that and passes none on. A move with a button held
      // is a pan or a drag: no look for lines on its frames; nor over a node, a line React Flow holds or
      // anything else over the pane
      onPointerMove: (e: Pointer) => hover(e.buttons || !isPane(e.target) ? null : (passingLineAt(e) ?? null)),
      onPaneMouseLeave: () => hover(null),
      // a pan or zoom by the wheel or a touchpad (or a fit, a reveal) moves the lines, not the
      // pointer: the line it was on goes from under it, and no pointer move comes to say so (nor in
      // outline, zoomed out to). A press on the pane starts a move too: its drag clears the cue, a
      // click on a line keeps it
      onMoveStart: (e: { type: string } | null) => {
        if (!e || e.type === 'wheel') hover(null);
      },
    }),
    [passingLineAt, hover],
  );
}
