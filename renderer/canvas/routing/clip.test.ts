import { describe, expect, it } from 'vitest';
import { clippedRoutePath, isLongRoute, routeBounds, runsInArea } from './clip';

// the area near the screen: the plane from (0, 0) to (1000, 1000)
const area = { x0: 0, y0: 0, x1: 1000, y1: 1000 };

describe('a long routed line drawn near the screen only', () => {
  // down from far above the screen, across it, and on far below it
  const leg = [
    { x: 500, y: -90_000 },
    { x: 500, y: -50_000 },
    { x: 300, y: -50_000 },
    { x: 300, y: 500 },
    { x: 700, y: 500 },
    { x: 700, y: 80_000 },
    { x: 900, y: 80_000 },
  ];

  it('keeps the whole segments that come into the area, and the bends between them', () => {
    expect(runsInArea(leg, area)).toEqual([[{ x: 300, y: -50_000 }, { x: 300, y: 500 }, { x: 700, y: 500 }, { x: 700, y: 80_000 }]]);
  });

  it('draws the part on screen as the full line does, without the arrowheads of ends cut away', () => {
    const full = clippedRoutePath([leg], null);
    const cut = clippedRoutePath([leg], area);
    expect(cut.d.length).toBeLessThan(full.d.length);
    // the bend on screen at (300, 500) is rounded the same way in both
    const bend = /L300 \S+ Q300 500 \S+ \S+/;
    expect(full.d.match(bend)?.[0]).toBe(cut.d.match(bend)?.[0]);
    expect(cut).toMatchObject({ hasStart: false, hasEnd: false });
    expect(full).toMatchObject({ hasStart: true, hasEnd: true });
  });

  it('keeps an end that is near the screen, and separate runs as separate sub-paths', () => {
    const zigzag = [
      { x: 100, y: 100 },
      { x: 100, y: 50_000 },
      { x: 200, y: 50_000 },
      { x: 200, y: 900 },
    ];
    const cut = clippedRoutePath([zigzag], area);
    expect(cut).toMatchObject({ hasStart: true, hasEnd: true });
    expect(cut.d.match(/M/g)).toHaveLength(2);
  });

  it('draws nothing of a line that passes nowhere near the screen', () => {
    expect(clippedRoutePath([[{ x: 5000, y: 0 }, { x: 5000, y: 90_000 }]], area).d).toBe('');
  });

  it('is only used for lines longer than a screen or so', () => {
    expect(isLongRoute(routeBounds([leg]))).toBe(true);
    expect(isLongRoute(routeBounds([[{ x: 0, y: 0 }, { x: 600, y: 0 }, { x: 600, y: 400 }]]))).toBe(false);
  });
});
