import { describe, expect, it } from 'vitest';
import { FIT_PADDING, fitPadding } from './fit';

/** The minimap's box for a view of the usual landscape shape (minimapLayout). */
const USUAL_BOX = { width: 180, height: 120 };

const px = (s: string) => parseFloat(s);

describe('fitPadding', () => {
  it('pads evenly when the minimap is hidden', () => {
    expect(fitPadding({ width: 900, height: 400 }, { width: 2000, height: 1190 }, null)).toBe(FIT_PADDING);
  });

  it('keeps a tall view clear of the minimap on the right, where the width is to spare', () => {
    // a tall view in a wide pane: the height decides the zoom, so the right side can give way
    const p = fitPadding({ width: 1200, height: 500 }, { width: 900, height: 1190 }, USUAL_BOX);
    expect(typeof p).toBe('object');
    if (typeof p === 'object') {
      expect(px(p.right)).toBeGreaterThanOrEqual(180);
      expect(px(p.bottom)).toBeLessThan(20);
    }
  });

  it('keeps a wide view clear of the minimap at the bottom, where the height is to spare', () => {
    const p = fitPadding({ width: 850, height: 600 }, { width: 4000, height: 1190 }, USUAL_BOX);
    if (typeof p !== 'object') return expect.unreachable('expected a padding per side');
    expect(px(p.bottom)).toBeGreaterThanOrEqual(120);
    expect(px(p.right)).toBeLessThan(20);
  });
});
