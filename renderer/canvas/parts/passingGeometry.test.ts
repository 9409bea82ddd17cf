import { describe, expect, it } from 'vitest';
import { clipSpan, routeParts } from '../routing/clip';
import { dashedInWindow, lineAt, passingHits, type LineShape } from './passingGeometry';
import { dragShifts } from './dragMoves';
import type { SceneNode } from '../../../shared/routing/scene';

const window = { x0: 0, y0: 0, x1: 1000, y1: 600 };
const shape = (legs: { x: number; y: number }[][], label?: LineShape['label']): LineShape => ({ legs, routed: true, length: 0, label });

describe('which passing line a pointer is on', () => {
  // a line from a box 900,000 px to the left along a track at y = 300 and down into a box at x = 400,
  // and one from far above down the window at x = 700
  const lines = [
    { id: 'across', shape: shape([[{ x: -900_000, y: 100 }, { x: -900_000, y: 300 }, { x: 400, y: 300 }, { x: 400, y: 500 }]]) },
    { id: 'down', shape: shape([[{ x: 700, y: -50_000 }, { x: 700, y: 550 }]], { x: 700, y: 200, text: 'Fail' }) },
  ];
  const hits = passingHits(lines, window);

  it('is the line within reach of the pointer, on any of its segments in the window', () => {
    expect(lineAt(hits, 150, 303, 8)).toBe('across');
    expect(lineAt(hits, 396, 450, 8)).toBe('across');
    expect(lineAt(hits, 705, 500, 8)).toBe('down');
  });

  it('is none where the pointer is further than the reach from every line', () => {
    expect(lineAt(hits, 150, 320, 8)).toBeUndefined();
    expect(lineAt(hits, 550, 450, 8)).toBeUndefined();
    // the reach is in flow units, as given: a wider one takes the point in
    expect(lineAt(hits, 150, 320, 32)).toBe('across');
  });

  it('is the nearer of two lines both within reach', () => {
    const two = passingHits([...lines, { id: 'below', shape: shape([[{ x: -5000, y: 310 }, { x: 5000, y: 310 }]]) }], window);
    expect(lineAt(two, 150, 303, 8)).toBe('across');
    expect(lineAt(two, 150, 308, 8)).toBe('below');
  });

  it('is the line whose label the pointer is on, though the label is wider than the reach of its line', () => {
    expect(lineAt(hits, 712, 205, 8)).toBe('down');
  });

  it('leaves out what lies outside the window', () => {
    expect(hits.ids).toEqual(['across', 'down']);
    // of the line across, its leg far to the left is not kept: only the segments meeting the window
    expect(hits.owner.filter((k) => k === 0)).toHaveLength(2);
  });
});

describe('a passing line cut to the window', () => {
  it('cuts a slanted rubber band (an end being dragged) at the window edge', () => {
    const cut = routeParts([[{ x: 500, y: 300 }, { x: 500 + 20_000, y: 300 + 10_000 }]], window, true);
    expect(cut.parts).toEqual(['M500 300 L1000 550']);
    expect(cut).toMatchObject({ hasStart: true, hasEnd: false });
  });

  it('gives a dashed line pieces whose dash offsets are the length of line before them, from its start far outside', () => {
    // starts 3,000 px left of the window, runs to x = 400, then down
    const cut = dashedInWindow([[{ x: -3000, y: 300 }, { x: 400, y: 300 }, { x: 400, y: 500 }]], window);
    expect(cut.pieces).toEqual([
      { d: 'M0,300 L400,300', offset: 3000 },
      { d: 'M400,300 L400,500', offset: 3400 },
    ]);
    expect(cut).toMatchObject({ hasStart: false, hasEnd: true });
  });

  it('finds where a segment enters and leaves the window', () => {
    expect(clipSpan({ x: -1000, y: 300 }, { x: 3000, y: 300 }, window)).toEqual([0.25, 0.5]);
    expect(clipSpan({ x: -1000, y: 900 }, { x: 3000, y: 900 }, window)).toBeNull();
  });
});

describe('how far a drag carries its boxes', () => {
  const box = (id: string, x: number, y: number, parent?: string, children: string[] = []): SceneNode => ({ id, x, y, w: 100, h: 50, parent, depth: parent ? 1 : 0, children, top: parent ?? id }) as unknown as SceneNode;
  const byId = new Map([
    ['app', box('app', 1000, 1000, undefined, ['mod'])],
    ['mod', box('mod', 1010, 1030, 'app')],
    ['other', box('other', 5000, 1000, undefined, ['inner'])],
    ['inner', box('inner', 5010, 1030, 'other')],
  ]);

  it('moves a dragged box and the boxes inside it by the drag; a dragged child from its parent', () => {
    const shifts = dragShifts({ byId }, new Map([['app', { x: 1200, y: 1000 }], ['inner', { x: 40, y: 30 }]]));
    expect(shifts.get('app')).toEqual({ x: 200, y: 0 });
    expect(shifts.get('mod')).toEqual({ x: 200, y: 0 });
    expect(shifts.get('inner')).toEqual({ x: 30, y: 0 });
    expect(shifts.has('other')).toBe(false);
  });
});
