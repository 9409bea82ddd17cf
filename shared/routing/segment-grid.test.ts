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

describe('SegmentGrid against a scan of every piece', () => {
  /** What linesThrough answers, worked out by looking at every piece stored. */
  function scan(pieces: { x0: number; y0: number; x1: number; y1: number; line: number }[], r: { x: number; y: number; w: number; h: number }, own: number, enough: number): number {
    const seen = new Set<number>();
    for (const p of pieces) {
      if (p.line === own || p.x0 > r.x + r.w || p.x1 < r.x || p.y0 > r.y + r.h || p.y1 < r.y) continue;
      seen.add(p.x1 - p.x0 < p.y1 - p.y0 ? Math.round(p.x0) * 2 + 1 : Math.round(p.y0) * 2);
    }
    return Math.min(seen.size, enough);
  }

  it('counts the same lines through random spots as the scan, on a small drawing and on one spread so wide its cells grow coarser', () => {
    let s = 3;
    const rand = (n: number) => ((s = (s * 1103515245 + 12345) % 2147483648), (s / 2147483648) * n);
    for (const spread of [3000, 5e8]) {
      const grid = new SegmentGrid();
      const pieces: { x0: number; y0: number; x1: number; y1: number; line: number }[] = [];
      for (let k = 0; k < 400; k++) {
        const x = rand(spread) - spread / 4;
        const y = rand(3000) - 500;
        const len = rand(k % 10 === 0 ? spread : 600);
        const [a, b] = k % 2 ? [{ x, y }, { x, y: y + len }] : [{ x: x + len, y }, { x, y }];
        grid.add(a, b, k % 37);
        pieces.push({ x0: Math.min(a.x, b.x), y0: Math.min(a.y, b.y), x1: Math.max(a.x, b.x), y1: Math.max(a.y, b.y), line: k % 37 });
      }
      for (let q = 0; q < 300; q++) {
        const r = { x: rand(spread) - spread / 4, y: rand(3000) - 500, w: rand(400), h: rand(60) };
        const own = Math.floor(rand(37));
        const enough = q % 3 ? Infinity : 1 + Math.floor(rand(4));
        expect(grid.linesThrough(r, own, enough)).toBe(scan(pieces, r, own, enough));
      }
    }
  });
});
