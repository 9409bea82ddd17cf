/**
 * The window of a large view as the canvas uses it (flowWindow.ts): the rectangle, followed from
 * React Flow's viewport with a selector that gives the same key while the window still serves the
 * screen (a pan frame re-renders nothing), and the nodes and edges within it, picked from the
 * builder's already-made node and edge arrays (the same objects: React Flow skips unchanged ones).
 */
import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { useStore, type ReactFlowState } from '@xyflow/react';
import type { Scene } from '../../../shared/routing/scene';
import type { LmvEdge, LmvNode } from '../flowModel';
import { screenRect } from './outlineMode';
import { boxIndex, lineIndex, parseWindow, windowAround, windowContents, windowKey, windowServes, type Rect } from './flowWindow';

/** The window for the viewport now, or null when `active` is false or the canvas has no size yet. */
export function useWindowRect(active: boolean): Rect | null {
  const now = useRef<{ key: string; rect: Rect | null }>({ key: '', rect: null });
  const selector = useCallback(
    (s: ReactFlowState) => {
      if (!active || !(s.width > 0 && s.height > 0 && s.transform[2] > 0)) return '';
      const screen = screenRect(s.transform, s.width, s.height);
      const { key, rect } = now.current;
      if (rect && windowServes(rect, screen)) return key;
      return windowKey(windowAround(screen));
    },
    [active],
  );
  const key = useStore(selector);
  useLayoutEffect(() => {
    now.current = { key, rect: parseWindow(key) };
  }, [key]);
  return useMemo(() => parseWindow(key), [key]);
}

export interface Windowed {
  nodes: LmvNode[];
  edges: LmvEdge[];
  /** Lines meeting the window with an end outside it (drawn by PassingLines.tsx). */
  passing: LmvEdge[];
}

/**
 * `nodes` and `edges` of `scene` within `window` (all of them when it is null); `keep`: boxes
 * kept whatever the window (those being dragged: an auto-pan must not take a node from under the pointer).
 */
export function useWindowed(scene: Scene | null, nodes: LmvNode[], edges: LmvEdge[], window: Rect | null, keep: ReadonlyMap<string, unknown> | null): Windowed {
  const windowed = window !== null;
  const boxes = useMemo(() => (windowed && scene ? boxIndex(scene.nodes) : null), [windowed, scene]);
  const index = useMemo(() => (boxes ? lineIndex(boxes, edges) : null), [boxes, edges]);
  // the same ids on every frame of a drag: the window's contents (and React Flow's edges) stay as they are
  const keepKey = keep ? [...keep.keys()].join('\u0000') : '';
  const contents = useMemo(() => (index && window ? windowContents(index, window, keepKey ? keepKey.split('\u0000') : undefined) : null), [index, window, keepKey]);
  const kept = useMemo(() => {
    if (!contents || !boxes) return nodes;
    const { boxIn } = contents;
    // the builder lists nodes in the scene's order; by id should a node list ever differ from it
    const aligned = nodes.length === boxIn.length;
    return nodes.filter((n, i) => (aligned && boxes.ids[i] === n.id ? boxIn[i] === 1 : boxIn[boxes.at.get(n.id) ?? -1] === 1));
  }, [contents, boxes, nodes]);
  // the lines stay the same arrays while only the nodes change (a selection of a box)
  const lines = useMemo(() => (contents ? { edges: contents.lines.map((k) => edges[k]), passing: contents.passing.map((k) => edges[k]) } : { edges, passing: NO_EDGES }), [contents, edges]);
  return useMemo(() => ({ nodes: kept, ...lines }), [kept, lines]);
}

const NO_EDGES: LmvEdge[] = [];
