/**
 * The moves a drag of nodes records when the mouse is released: one `element.move`, one undo step.
 * React Flow drags the selected nodes it holds; on a large view zoomed in it holds only a window of
 * them (flowWindow.ts), so the selected boxes outside it are moved here by the drag's delta, as React
 * Flow moves them on a view it holds whole (and as an arrow-key nudge moves them all).
 */
import type { View } from '../../../shared/model';
import type { SceneNode } from '../../../shared/routing/scene';

type XY = { x: number; y: number };

interface Boxes {
  byId: Pick<ReadonlyMap<string, SceneNode>, 'get'>;
}

/** A node as React Flow hands it at drag stop: its position relative to its parent's box, if any. */
interface DragItem {
  id: string;
  position: XY;
}

/**
 * How far a drag moved its boxes, from React Flow's drag items (their positions before our clamping
 * to a band): a top-level box's when there is one (a box inside another is held in its parent's box).
 */
export function dragDelta(scene: Boxes, items: readonly DragItem[]): XY | null {
  let nested: XY | null = null;
  for (const item of items) {
    const box = scene.byId.get(item.id);
    if (!box) continue;
    const parent = box.parent ? scene.byId.get(box.parent) : undefined;
    if (!parent) return { x: item.position.x - box.x, y: item.position.y - box.y };
    nested ??= { x: item.position.x - (box.x - parent.x), y: item.position.y - (box.y - parent.y) };
  }
  return nested;
}

/**
 * The moves of a drag: `dragged`, the positions of the nodes React Flow moved (as drawn during the
 * drag: relative to their parent's box for a child), and when one of them is selected, the other
 * boxes of `selected` on the view moved by `delta`. A box inside one that moves goes with it.
 */
export function dragMoves(scene: Boxes, view: View, dragged: ReadonlyMap<string, XY>, delta: XY | null, selected: readonly string[]): { id: string; x: number; y: number }[] {
  const moving = new Set(dragged.keys());
  const also: string[] = [];
  if (delta && (delta.x !== 0 || delta.y !== 0) && selected.some((id) => dragged.has(id)))
    for (const id of selected)
      if (!moving.has(id) && view.nodes[id] && scene.byId.get(id)) {
        moving.add(id);
        also.push(id);
      }
  const carried = (id: string) => {
    for (let p = scene.byId.get(id)?.parent, guard = 0; p !== undefined && guard < 8; p = scene.byId.get(p)?.parent, guard++) if (moving.has(p)) return true;
    return false;
  };
  const at: [string, XY][] = [];
  for (const [id, p] of dragged) {
    // a child's position is relative to its parent's box: the document stores where it is drawn
    const parent = scene.byId.get(id)?.parent;
    const box = parent ? scene.byId.get(parent) : undefined;
    at.push([id, box ? { x: p.x + box.x, y: p.y + box.y } : p]);
  }
  for (const id of also) {
    const box = scene.byId.get(id)!;
    at.push([id, { x: box.x + delta!.x, y: box.y + delta!.y }]);
  }
  return at
    .filter(([id]) => !carried(id))
    .map(([id, p]) => ({ id, x: Math.round(p.x), y: Math.round(p.y) }))
    .filter(({ id, x, y }) => view.nodes[id] && (x !== view.nodes[id].x || y !== view.nodes[id].y));
}

/** Most selected boxes outside the window whose lines follow a drag on each frame (dragShifts). */
export const MAX_CARRIED = 200;

/** Where a box outside the window that a drag carries to (x, y) is drawn: kept in its band, as a move keeps it (FlowCanvas.tsx). */
export type PlaceBox = (box: SceneNode, x: number, y: number) => XY;

/**
 * How far a drag in progress has carried each box it moves: the nodes React Flow drags (`dragged`,
 * positioned as during the drag: a child relative to its parent's box), the boxes inside them, and
 * when one of them is selected, the other boxes of `selected` (outside a large view's window), as
 * dragMoves moves them at the release: by `delta`, the drag's own (dragDelta of React Flow's
 * positions, before a dragged box is kept in its band; a dragged box's shift when not given), each
 * kept in its band by `place`. Lines to boxes outside the window follow them by it
 * (PassingLines.tsx): a line between a dragged box and a selected one far away moves whole, not
 * only at its dragged end, and stays where the release puts it.
 */
export function dragShifts(scene: Boxes, dragged: ReadonlyMap<string, XY>, selected: readonly string[] = [], delta: XY | null = null, place?: PlaceBox): Map<string, XY> {
  const shifts = new Map<string, XY>();
  const boxes = [...dragged.keys()].map((id) => scene.byId.get(id)).filter((b): b is SceneNode => b !== undefined);
  // a parent before the boxes inside it: a dragged child's position is relative to where its parent is now
  boxes.sort((a, b) => a.depth - b.depth);
  const carry = (box: SceneNode, by: XY, guard: number) => {
    shifts.set(box.id, by);
    if (guard < 8)
      for (const child of box.children) {
        const c = scene.byId.get(child);
        if (c && !dragged.has(child)) carry(c, by, guard + 1);
      }
  };
  for (const box of boxes) {
    const p = dragged.get(box.id)!;
    const parent = box.parent ? scene.byId.get(box.parent) : undefined;
    const parentShift = parent ? (shifts.get(parent.id) ?? { x: 0, y: 0 }) : null;
    const x = parent ? parent.x + parentShift!.x + p.x : p.x;
    const y = parent ? parent.y + parentShift!.y + p.y : p.y;
    carry(box, { x: x - box.x, y: y - box.y }, 0);
  }
  const lead = boxes.find((b) => b.parent === undefined) ?? boxes[0];
  const by = delta ?? (lead && shifts.get(lead.id));
  if (!by || (by.x === 0 && by.y === 0) || !selected.some((id) => dragged.has(id))) return shifts;
  const far: SceneNode[] = [];
  for (const id of selected) {
    const box = scene.byId.get(id);
    if (box && !shifts.has(id)) far.push(box);
  }
  // each of their lines is drawn again on every frame of the drag: a selection of the whole view
  // (Ctrl+A) leaves its far lines where they are until the release, as before
  if (far.length > MAX_CARRIED) return shifts;
  // a box inside another that moves goes with it (dragMoves moves it no further)
  far.sort((a, b) => a.depth - b.depth);
  for (const box of far) {
    if (shifts.has(box.id)) continue;
    const at = place && box.parent === undefined ? place(box, box.x + by.x, box.y + by.y) : { x: box.x + by.x, y: box.y + by.y };
    carry(box, { x: at.x - box.x, y: at.y - box.y }, 0);
  }
  return shifts;
}
