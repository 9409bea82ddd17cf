/**
 * Extension point of the canvas: features draw their own layer over the view (review comment
 * pins…) in model coordinates, inside React Flow, without editing the canvas. An overlay is a
 * component given the view shown.
 */
import type { ComponentType } from 'react';
import type { View } from '../../shared/model';

export type CanvasOverlay = ComponentType<{ view: View }>;

const overlays = new Map<string, CanvasOverlay>();

/** Add (or replace, by id) a canvas overlay. */
export function registerCanvasOverlay(id: string, overlay: CanvasOverlay): void {
  overlays.set(id, overlay);
}

/** The registered overlays, in registration order. */
export function canvasOverlays(): [string, CanvasOverlay][] {
  return [...overlays];
}
