/** Viewport actions of the canvas beyond "fit": 100 % and zoom to the selection. */
import { getViewportForBounds } from '@xyflow/react';
import { useEditor } from '../../state/editor';
import { useCanvas } from '../canvasStore';
import { drawnPlace } from './keyboardTravel';

/** Largest zoom "zoom to selection" goes to (one node should not fill the screen). */
export const SELECTION_MAX_ZOOM = 1.5;

/** Zoom to 100 %, keeping the centre of the canvas where it is. */
export function zoomTo100(): void {
  const rf = useCanvas.getState().instance;
  if (!rf) return;
  void rf.zoomTo(1, { duration: 150 });
}

/** Bounds (model plane) of the selected nodes of the active view as drawn, or null when none is on it. */
export function selectionBounds(): { x: number; y: number; width: number; height: number } | null {
  const s = useEditor.getState();
  const view = s.activeViewId ? s.history?.doc.views[s.activeViewId] : undefined;
  if (!view) return null;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const id of s.selection.elements) {
    // where the canvas draws the box (a module inside its application), else where it is stored
    const n = drawnPlace(id, view.nodes[id]);
    if (!n) continue;
    x0 = Math.min(x0, n.x);
    y0 = Math.min(y0, n.y);
    x1 = Math.max(x1, n.x + n.w);
    y1 = Math.max(y1, n.y + n.h);
  }
  return Number.isFinite(x0) ? { x: x0, y: y0, width: x1 - x0, height: y1 - y0 } : null;
}

/** Zoom so the selected nodes fill the canvas (at most 150 %); false when nothing on the view is selected. */
export function zoomToSelection(): boolean {
  const rf = useCanvas.getState().instance;
  const bounds = selectionBounds();
  const pane = document.querySelector('.lmv-flow')?.getBoundingClientRect();
  if (!rf || !bounds || !pane || pane.width <= 0) return false;
  // fitBounds has no maximum zoom of its own: a single node would fill the screen
  void rf.setViewport(getViewportForBounds(bounds, pane.width, pane.height, 0.05, SELECTION_MAX_ZOOM, 0.25), { duration: 200 });
  return true;
}
