import { describe, expect, it } from 'vitest';
import { RectGrid } from './rect-grid';

describe('RectGrid', () => {
  it('counts the stored rectangles a box overlaps, once each even when they span many cells', () => {
    const grid = new RectGrid();
    grid.add({ x: 0, y: 0, w: 1000, h: 20 }); // a wide node across several cells
    grid.add({ x: 500, y: 5, w: 40, h: 10 });
    grid.add({ x: 2000, y: 2000, w: 10, h: 10 });
    expect(grid.countHits({ x: 510, y: 0, w: 10, h: 10 })).toBe(2);
    expect(grid.countHits({ x: 900, y: 10, w: 400, h: 5 })).toBe(1);
    expect(grid.countHits({ x: 1500, y: 1500, w: 100, h: 100 })).toBe(0);
  });

  it('does not count rectangles that only touch an edge, and finds ones at negative coordinates', () => {
    const grid = new RectGrid();
    grid.add({ x: -300, y: -50, w: 100, h: 100 });
    expect(grid.countHits({ x: -200, y: 0, w: 50, h: 10 })).toBe(0);
    expect(grid.countHits({ x: -250, y: 0, w: 60, h: 10 })).toBe(1);
  });
});
