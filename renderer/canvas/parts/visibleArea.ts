/**
 * The part of the model plane worth drawing a per-element overlay for, so that overlays draw only
 * what is near the screen, as React Flow's `onlyRenderVisibleElements` does for nodes and edges.
 * It is what is on screen plus a margin, snapped outward to a grid whose step is at least half a
 * screen: a component using it re-renders once every half screen or so of panning, not on every
 * frame (React Flow's store changes on each one), and what enters the screen is already drawn.
 * One VisibleAreaTracker inside React Flow works the area out on each frame and publishes it when
 * it changes; the hundreds of long lines that use it read that, not React Flow's store.
 */
import { useLayoutEffect } from 'react';
import { useStore, type ReactFlowState } from '@xyflow/react';
import { create } from 'zustand';
import { meets } from './outlineMode';

export interface PlaneArea {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The snapped area as text, so the store selector's result only changes when the area does. */
export function areaKey(transform: readonly [number, number, number], width: number, height: number): string {
  const [tx, ty, zoom] = transform;
  if (!(width > 0 && height > 0 && zoom > 0)) return '';
  const w = width / zoom;
  const h = height / zoom;
  // a power of two, so zooming changes the step (and the area) only now and then
  const step = 2 ** Math.ceil(Math.log2(Math.max(w, h) / 2));
  const left = -tx / zoom;
  const top = -ty / zoom;
  const x0 = Math.floor((left - step) / step) * step;
  const y0 = Math.floor((top - step) / step) * step;
  const x1 = Math.ceil((left + w + step) / step) * step;
  const y1 = Math.ceil((top + h + step) / step) * step;
  return `${x0},${y0},${x1},${y1}`;
}

/** The area of a key from areaKey (null for the empty key). */
export function parseArea(key: string): PlaneArea | null {
  if (!key) return null;
  const [x0, y0, x1, y1] = key.split(',').map(Number);
  return { x0, y0, x1, y1 };
}

/** The area key of React Flow's state. */
export const areaKeyOf = (s: ReactFlowState) => areaKey(s.transform, s.width, s.height);

/** The latest area key, published by VisibleAreaTracker ('' until the canvas has a size). */
export const useAreaKey = create<{ key: string }>(() => ({ key: '' }));

/** Publishes the area near the screen of the React Flow it is rendered in (one per canvas). */
export function VisibleAreaTracker(): null {
  const key = useStore(areaKeyOf);
  useLayoutEffect(() => {
    useAreaKey.setState({ key });
  }, [key]);
  useLayoutEffect(() => () => useAreaKey.setState({ key: '' }), []);
  return null;
}

/** Whether the box (x, y, w, h) overlaps `area`. */
export function inArea(area: PlaneArea, x: number, y: number, w: number, h: number): boolean {
  return meets(area, x, y, x + w, y + h);
}
