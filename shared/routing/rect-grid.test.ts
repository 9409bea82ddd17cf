import { describe, expect, it } from 'vitest';
import type { Rect } from './maze';
import { RectGrid } from './rect-grid';

/** What `grid` finds around `r`: overlapping, within 2 and within 6 units. */
function around(grid: RectGrid, r: Rect) {
  const out = { overlapping: 0, touching: 0, near: 0 };
  grid.around(r, 6, 2, out);
  return out;
}

describe('RectGrid', () => {
  it('counts the stored rectangles a box overlaps, once each even when they span many cells', () => {
    const grid = new RectGrid();
    grid.add({ x: 0, y: 0, w: 1000, h: 20 }); // a wide node across several cells
    grid.add({ x: 500, y: 5, w: 40, h: 10 });
    grid.add({ x: 2000, y: 2000, w: 10, h: 10 });
    expect(around(grid, { x: 510, y: 0, w: 10, h: 10 }).overlapping).toBe(2);
    expect(around(grid, { x: 900, y: 10, w: 400, h: 5 }).overlapping).toBe(1);
    expect(around(grid, { x: 1500, y: 1500, w: 100, h: 100 })).toEqual({ overlapping: 0, touching: 0, near: 0 });
  });

  it('counts a rectangle that only touches an edge as touching, not overlapping, and finds ones at negative coordinates', () => {
    const grid = new RectGrid();
    grid.add({ x: -300, y: -50, w: 100, h: 100 });
    expect(around(grid, { x: -200, y: 0, w: 50, h: 10 })).toEqual({ overlapping: 0, touching: 1, near: 0 });
    expect(around(grid, { x: -250, y: 0, w: 60, h: 10 })).toEqual({ overlapping: 1, touching: 0, near: 0 });
  });

  it('tells a neighbour a hair away (touching) from one a little farther (near) and one out of reach', () => {
    const grid = new RectGrid();
    grid.add({ x: 0, y: 0, w: 100, h: 15 });
    expect(around(grid, { x: 101, y: 0, w: 50, h: 15 })).toEqual({ overlapping: 0, touching: 1, near: 0 });
    expect(around(grid, { x: 0, y: 20, w: 50, h: 15 })).toEqual({ overlapping: 0, touching: 0, near: 1 });
    expect(around(grid, { x: 0, y: 22, w: 50, h: 15 })).toEqual({ overlapping: 0, touching: 0, near: 0 });
  });
});
