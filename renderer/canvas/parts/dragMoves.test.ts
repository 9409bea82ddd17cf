import { describe, expect, it } from 'vitest';
import type { View } from '../../../shared/model';
import type { SceneNode } from '../../../shared/routing/scene';
import { clampNodeX } from '../../../shared/layout/slots';
import { dragDelta, dragMoves, dragShifts, MAX_CARRIED } from './dragMoves';

// three top-level boxes (b far away, outside any window near a) and a module m inside application c
const boxes: Record<string, Partial<SceneNode>> = {
  a: { id: 'a', x: 200, y: 100, depth: 0, children: [] },
  b: { id: 'b', x: 120_000, y: 100, depth: 0, children: [] },
  c: { id: 'c', x: 60_000, y: 300, depth: 0, children: ['m'] },
  m: { id: 'm', x: 60_010, y: 340, parent: 'c', depth: 1, children: [] },
};
const scene = { byId: new Map(Object.entries(boxes) as [string, SceneNode][]) };
const view: View = { id: 'v', name: 'v', order: 0, nodes: { a: { x: 200, y: 100 }, b: { x: 120_000, y: 100 }, c: { x: 60_000, y: 300 }, m: { x: 60_010, y: 340 } } };

describe('the moves of a drag', () => {
  it('moves the selected boxes React Flow does not hold by the drag’s delta, in the same moves', () => {
    const dragged = new Map([['a', { x: 290, y: 100 }]]);
    const delta = dragDelta(scene, [{ id: 'a', position: { x: 290, y: 100 } }]);
    expect(delta).toEqual({ x: 90, y: 0 });
    expect(dragMoves(scene, view, dragged, delta, ['a', 'b'])).toEqual([
      { id: 'a', x: 290, y: 100 },
      { id: 'b', x: 120_090, y: 100 },
    ]);
  });

  it('moves only the dragged box when it is not selected, and a module with its selected application', () => {
    const dragged = new Map([['a', { x: 290, y: 100 }]]);
    const delta = { x: 90, y: 0 };
    expect(dragMoves(scene, view, dragged, delta, ['b'])).toEqual([{ id: 'a', x: 290, y: 100 }]);
    expect(dragMoves(scene, view, dragged, delta, ['a', 'c', 'm']).map((m) => m.id)).toEqual(['a', 'c']);
  });

  it('takes the delta of a module dragged inside its application from its place in it', () => {
    expect(dragDelta(scene, [{ id: 'm', position: { x: 30, y: 40 } }])).toEqual({ x: 20, y: 0 });
  });
});

describe('the shifts of a drag in progress', () => {
  it('carries the selected boxes React Flow does not hold with the dragged one, so their lines follow during the drag, not only at the release', () => {
    const dragged = new Map([['a', { x: 290, y: 120 }]]);
    const shifts = dragShifts(scene, dragged, ['a', 'b', 'c']);
    expect(shifts.get('a')).toEqual({ x: 90, y: 20 });
    expect(shifts.get('b')).toEqual({ x: 90, y: 20 });
    // a module goes with its selected application
    expect(shifts.get('m')).toEqual({ x: 90, y: 20 });
    // and they land where the release puts them
    const moves = dragMoves(scene, view, dragged, dragDelta(scene, [{ id: 'a', position: { x: 290, y: 120 } }]), ['a', 'b']);
    expect(moves.find((m) => m.id === 'b')).toEqual({ id: 'b', x: 120_000 + shifts.get('b')!.x, y: 100 + shifts.get('b')!.y });
  });

  it('carries no other box when the dragged one is not selected, nor any of a selection too large to redraw on every frame', () => {
    const shifts = dragShifts(scene, new Map([['a', { x: 290, y: 120 }]]), ['b']);
    expect([...shifts.keys()]).toEqual(['a']);
    const many = new Map(scene.byId);
    const ids = ['a'];
    for (let i = 0; i <= MAX_CARRIED; i++) {
      many.set(`far${i}`, { id: `far${i}`, x: 200_000 + 200 * i, y: 100, depth: 0, children: [] } as unknown as SceneNode);
      ids.push(`far${i}`);
    }
    expect([...dragShifts({ byId: many }, new Map([['a', { x: 290, y: 120 }]]), ids).keys()]).toEqual(['a']);
  });
});

describe('the shifts of a drag whose box is held at the edge of its band', () => {
  // the box a dragged 500 px left, past the band labels' column: it stays at the content's left edge
  // (FlowCanvas keeps a dragged box in its band); React Flow's own position, and so the release's delta, goes on
  const unclamped = { x: 200 - 500, y: 100 };
  const held = new Map([['a', { x: clampNodeX(unclamped.x), y: 100 }]]);
  const delta = dragDelta(scene, [{ id: 'a', position: unclamped }]);
  // a box carried out of the window is kept in its band as a move keeps it (FlowCanvas.tsx, element.move)
  const place = (_: SceneNode, x: number, y: number) => ({ x: clampNodeX(x), y: Math.min(y, 400) });

  it('carries a selected box far away as the release moves it, so that its lines do not jump when the mouse is released', () => {
    const shifts = dragShifts(scene, held, ['a', 'b'], delta, place);
    const moves = dragMoves(scene, view, held, delta, ['a', 'b']);
    const b = moves.find((m) => m.id === 'b')!;
    expect(shifts.get('b')).toEqual({ x: b.x - 120_000, y: b.y - 100 });
    expect(shifts.get('b')).toEqual({ x: -500, y: 0 });
    // the dragged box itself is drawn where it is held
    expect(shifts.get('a')).toEqual({ x: clampNodeX(unclamped.x) - 200, y: 0 });
  });

  it('keeps a carried box in its band, and a module with its application', () => {
    const down = dragDelta(scene, [{ id: 'a', position: { x: 290, y: 700 } }]);
    const shifts = dragShifts(scene, new Map([['a', { x: 290, y: 400 }]]), ['m', 'a', 'c'], down, place);
    // c (y 300) goes 600 down by the drag, held at 400 in its band; m inside it goes with it
    expect(shifts.get('c')).toEqual({ x: 90, y: 100 });
    expect(shifts.get('m')).toEqual(shifts.get('c'));
  });
});
