import { describe, expect, it } from 'vitest';
import { routeParts } from '../routing/clip';

const window = { x0: 0, y0: 0, x1: 1000, y1: 600 };

describe('a passing line cut to the window', () => {
  it('is drawn over the window only, where it runs from a box far away to one in the window', () => {
    // from a box 900,000 px to the left, along a track at y = 300, down into a box at x = 400
    const legs = [[{ x: -900_000, y: 100 }, { x: -900_000, y: 300 }, { x: 400, y: 300 }, { x: 400, y: 500 }]];
    const cut = routeParts(legs, window, true);
    expect(cut.parts).toHaveLength(1);
    expect(cut.parts[0].startsWith('M0 300')).toBe(true);
    expect(cut.parts[0].endsWith('L400 500')).toBe(true);
    // its end (and arrowhead) is in the window, its start is not
    expect(cut).toMatchObject({ hasStart: false, hasEnd: true });
  });

  it('gives two lines crossing the window in one track the same part, and nothing for a line away from it', () => {
    const a = routeParts([[{ x: -5000, y: 300 }, { x: 9000, y: 300 }]], window, true);
    const b = routeParts([[{ x: -70_000, y: 300 }, { x: 40_000, y: 300 }]], window, true);
    expect(a.parts).toEqual(['M0 300 L1000 300']);
    expect(b.parts).toEqual(a.parts);
    expect(routeParts([[{ x: -5000, y: 900 }, { x: 9000, y: 900 }]], window, true).parts).toEqual([]);
  });
});
