/**
 * Clicks and hovers on the passing lines of a large view's window (PassingLines.tsx). They are drawn
 * in a few shared paths under the nodes that take no pointer events, so the pane's click, context
 * menu and pointer moves look for the line under the pointer in their geometry (passingGeometry.ts):
 * nothing per line in the DOM or in React, nothing at all while the canvas pans. The lines' segments
 * in the window are gathered the first time the pointer asks after the window, the lines or their
 * routes change, and kept until they change again.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, type RefObject } from 'react';
import type { ReactFlowInstance } from '@xyflow/react';
import type { SceneNode } from '../../../shared/routing/scene';
import type { LmvEdge } from '../flowModel';
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

type Pointer = { clientX: number; clientY: number; buttons?: number; target?: EventTarget | null; currentTarget?: EventTarget | null };

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
      // the pointer cursor of a line (canvas.css); set here, so a hover re-renders no part of the canvas
      wrapper.current?.classList.toggle('is-over-line', id !== null);
    },
    [wrapper],
  );
  useEffect(() => () => hover(null), [hover]);

  return useMemo(
    () => ({
      passingLineAt,
      // a move with a button held is a pan or a drag: no look for lines on its frames; nor over a node
      // or a line React Flow holds (their moves reach the pane too)
      onPaneMouseMove: (e: Pointer) => hover(e.buttons || e.target !== e.currentTarget ? null : (passingLineAt(e) ?? null)),
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
