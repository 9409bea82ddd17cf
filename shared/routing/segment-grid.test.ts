import { describe, expect, it } from 'vitest';
import { SegmentGrid } from './segment-grid';

describe('SegmentGrid', () => {
  it('counts the lines other than the asker’s own running through a spot, a trunk of lines drawn on one another once', () => {
    const grid = new SegmentGrid();
    grid.add({ x: 100, y: 0 }, { x: 100, y: 1000 }, 1); // the label's own line
    grid.add({ x: 110, y: 0 }, { x: 110, y: 1000 }, 2); // a neighbour, 10 apart
    grid.add({ x: 0, y: 50 }, { x: 2000, y: 50 }, 3); // a long horizontal trunk of two lines
    grid.add({ x: 0, y: 50 }, { x: 2000, y: 50 }, 4);
    grid.add({ x: 900, y: 0 }, { x: 900, y: 1000 }, 5); // far off
    expect(grid.linesThrough({ x: 95, y: 40, w: 30, h: 20 }, 1, Infinity)).toBe(2);
    expect(grid.linesThrough({ x: 95, y: 100, w: 10, h: 20 }, 1, Infinity)).toBe(0);
    // counting stops once the spot is beaten
    expect(grid.linesThrough({ x: 95, y: 40, w: 30, h: 20 }, 1, 1)).toBe(1);
  });
});
