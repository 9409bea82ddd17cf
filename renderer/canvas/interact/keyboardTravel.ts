/**
 * The keyboard side of the canvas's direct manipulation: arrow keys travel between nodes (select,
 * bring into sight and focus the nearest node that way), Shift+F10 or the context-menu key opens the
 * context menu of the selection, Enter finishes a "Sambung ke…" pick on the focused node.
 */
import { useEditor } from '../../state/editor';
import { useCanvas } from '../canvasStore';
import { pickConnectionTarget } from './connect';
import { useInteract } from './interactStore';
import { useEffect, useRef } from 'react';
import { NODE_HEIGHT, NODE_WIDTH, type NodeLayout } from '../../../shared/model';
import { boxInDirection, firstDrawnBox, firstNode, neighbourInDirection, type Direction, type DrawnBox, type DrawnBoxes } from './navigate';

/** Give focus to node `id` on the canvas (when it is drawn). */
export function focusNode(id: string): void {
  const el = document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
  el?.focus({ preventScroll: true });
}

/** Id of the node that holds focus (or contains `target`), if any. */
function nodeOf(target: EventTarget | null): string | null {
  const el = target as HTMLElement | null;
  return el && typeof el.closest === 'function' ? (el.closest('.react-flow__node')?.getAttribute('data-id') ?? null) : null;
}

/** Focus node `id` once it is drawn (the canvas draws only what is in sight; a reveal may pan first). */
export function focusWhenDrawn(id: string, frames = 30): void {
  if (typeof requestAnimationFrame !== 'function') return;
  const tryFocus = (left: number) => {
    const el = document.querySelector(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
    if (el) return focusNode(id);
    if (left > 0) requestAnimationFrame(() => tryFocus(left - 1));
  };
  requestAnimationFrame(() => tryFocus(frames));
}

/** Arrow key: go to the nearest node in `direction` from the focused (or selected) node; true when the key was used. */
export function travel(direction: Direction, target: EventTarget | null): boolean {
  const s = useEditor.getState();
  const view = s.activeViewId ? s.history?.doc.views[s.activeViewId] : undefined;
  if (!view) return false;
  const focused = nodeOf(target);
  const selected = s.selection.elements.find((id) => view.nodes[id]) ?? null;
  // from the canvas itself the first arrow enters the nodes: the selected one, else the top-left one
  // where the canvas draws the boxes, not where they are stored: a module stored away from its
  // application, or a box of an imported view, is reached where the user sees it (as in the outline)
  const drawn = useCanvas.getState().drawnBoxes?.();
  const next = drawn
    ? focused
      ? (boxInDirection(drawn.nodes, view.nodes, focused, direction, drawn.byId)?.id ?? null)
      : (selected ?? firstDrawnBox(drawn.nodes))
    : focused
      ? neighbourInDirection(view.nodes, focused, direction)
      : (selected ?? firstNode(view.nodes));
  const from = focused;
  // at the edge of the landscape the key does nothing, and does not scroll anything either
  if (!next) return from !== null;
  s.setSelection({ elements: [next], relations: [] });
  useCanvas.getState().requestReveal(next, true);
  focusWhenDrawn(next);
  return true;
}

/**
 * While the canvas is mounted, the arrow keys travel over `boxes` (the canvas's scene: its boxes as
 * drawn), read when a key is pressed; drawnPlace reads where a box is drawn from them.
 */
export function useTravelOverDrawn(boxes: DrawnBoxes | null): void {
  const latest = useRef(boxes);
  useEffect(() => {
    latest.current = boxes;
  }, [boxes]);
  useEffect(() => {
    const read = () => latest.current;
    useCanvas.getState().setDrawnBoxes(read);
    return () => {
      if (useCanvas.getState().drawnBoxes === read) useCanvas.getState().setDrawnBoxes(null);
    };
  }, []);
}

/**
 * Where the canvas draws box `id` of the active view, stored at `stored` (undefined: not on the
 * view): a module inside its application wherever it is stored, every box in its band; its stored
 * place when no canvas is mounted. Why: a reveal, a zoom or a rename field for a module stored far
 * away (an imported view) went to the empty spot where it is stored, away from the box the keys
 * had reached.
 */
export function drawnPlace(id: string, stored: NodeLayout | undefined): DrawnBox | undefined {
  if (!stored) return undefined;
  return useCanvas.getState().drawnBoxes?.()?.byId.get(id) ?? { id, x: stored.x, y: stored.y, w: stored.w ?? NODE_WIDTH, h: stored.h ?? NODE_HEIGHT };
}

/** Shift+F10 / the context-menu key: the context menu of the selection, next to its first node. */
export function openMenuForSelection(): boolean {
  const s = useEditor.getState();
  const view = s.activeViewId ? s.history?.doc.views[s.activeViewId] : undefined;
  if (!view) return false;
  const ids = s.selection.elements.filter((id) => view.nodes[id]);
  const anchor = ids[0] ? document.querySelector(`.react-flow__node[data-id="${CSS.escape(ids[0])}"]`) : null;
  const pane = document.querySelector('.lmv-flow');
  const box = (anchor ?? pane)?.getBoundingClientRect();
  if (!box) return false;
  const at = { x: box.left + Math.min(box.width / 2, 40), y: box.top + Math.min(box.height / 2, 30) };
  if (ids.length === 0) {
    const rf = useCanvas.getState().instance;
    const p = rf ? rf.screenToFlowPosition(at) : { x: 0, y: 0 };
    useInteract.getState().openMenu({ at, target: { kind: 'pane', x: p.x, y: p.y } });
  } else useInteract.getState().openMenu({ at, target: ids.length === 1 ? { kind: 'node', id: ids[0] } : { kind: 'selection' } });
  return true;
}

/** Enter during a "Sambung ke…" pick: connect to the focused node. */
export function pickFocusedNode(target: EventTarget | null): boolean {
  const id = nodeOf(target);
  return id ? pickConnectionTarget(id) : false;
}
