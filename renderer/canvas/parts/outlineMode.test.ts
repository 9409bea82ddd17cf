import { describe, expect, it } from 'vitest';
import { boxCounts, boxesIn, OUTLINE_ENTER, OUTLINE_LEAVE, screenRect, showsOutline } from './outlineMode';

/** `n` boxes of 170×60 in rows of 100, 200 flow units apart across, 100 down. */
const grid = (n: number) => Array.from({ length: n }, (_, i) => ({ x: (i % 100) * 200, y: Math.floor(i / 100) * 100, w: 170, h: 60 }));

describe('boxes on screen', () => {
  it('counts every box when the screen shows the whole view, and none when it shows none of it', () => {
    const counts = boxCounts(grid(3000));
    expect(counts.total).toBe(3000);
    expect(boxesIn(counts, { x0: -100, y0: -100, x1: 30_000, y1: 5000 })).toBe(3000);
    expect(boxesIn(counts, { x0: 50_000, y0: 0, x1: 60_000, y1: 1000 })).toBe(0);
  });

  it('counts the boxes of a part of the view, never fewer than are there', () => {
    const boxes = grid(3000);
    const counts = boxCounts(boxes);
    const r = { x0: 1000, y0: 500, x1: 5000, y1: 1500 };
    const exact = boxes.filter((b) => b.x + b.w / 2 >= r.x0 && b.x + b.w / 2 <= r.x1 && b.y + b.h / 2 >= r.y0 && b.y + b.h / 2 <= r.y1).length;
    const counted = boxesIn(counts, r);
    expect(counted).toBeGreaterThanOrEqual(exact);
    // cells at the edge count whole: a little more, not the whole view
    expect(counted).toBeLessThan(exact * 2);
  });

  it('keeps a huge view to a bounded grid', () => {
    const wide = Array.from({ length: 1000 }, (_, i) => ({ x: i * 10_000, y: 0, w: 170, h: 60 }));
    const counts = boxCounts(wide);
    expect(counts.cols * counts.rows).toBeLessThanOrEqual(20_000);
    expect(boxesIn(counts, { x0: 0, y0: 0, x1: 10_000_000, y1: 100 })).toBe(1000);
  });

  it('works out the flow area a screen shows at a viewport', () => {
    expect(screenRect([-500, -200, 0.5], 1000, 800)).toEqual({ x0: 1000, y0: 400, x1: 3000, y1: 2000 });
  });
});

describe('which canvas a view gets', () => {
  it('never draws a view of a few hundred boxes in outline, however far out', () => {
    expect(showsOutline(300, 0.05, 300, false)).toBe(false);
    expect(showsOutline(null, 0.05, 300, false)).toBe(false);
  });

  it('draws in outline when too many boxes are on screen, and goes back to nodes only well under that', () => {
    expect(showsOutline(OUTLINE_ENTER + 1, 0.5, 30_000, false)).toBe(true);
    expect(showsOutline(OUTLINE_ENTER, 0.5, 30_000, false)).toBe(false);
    // between the two thresholds the canvas stays as it is
    expect(showsOutline(OUTLINE_LEAVE + 100, 0.5, 30_000, true)).toBe(true);
    expect(showsOutline(OUTLINE_LEAVE - 1, 0.5, 30_000, true)).toBe(false);
  });

  it('draws a large view in outline far out even when few of its boxes are on screen', () => {
    expect(showsOutline(600, 0.1, 3000, false)).toBe(true);
    expect(showsOutline(600, 0.3, 3000, false)).toBe(false);
    // back to nodes from 25 %, not at the first step over 20 %
    expect(showsOutline(600, 0.22, 3000, true)).toBe(true);
    expect(showsOutline(600, 0.25, 3000, true)).toBe(false);
  });

  it('opens a view of thousands of boxes in outline before its viewport is known', () => {
    expect(showsOutline(null, 1, 27_000, false)).toBe(true);
    expect(showsOutline(null, 1, 1000, false)).toBe(false);
  });
});
