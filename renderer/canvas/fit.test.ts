import { describe, expect, it } from 'vitest';
import { FIT_PADDING, fitPadding } from './fit';
import { chipRoom } from './parts/stickyLabel';

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

  it('leaves the zoomed-out band labels room left of the view, at the zoom the fit gives', () => {
    // the worked example's LMV (~1,990 × 1,190 units) in a laptop's canvas: fitted below 100 %,
    // so the band labels are chips wider than their column on screen
    const pane = { width: 1100, height: 640 };
    const bounds = { width: 1990, height: 1190 };
    const room = (zoom: number) => chipRoom(zoom, 180);
    for (const minimap of [null, USUAL_BOX]) {
      const p = fitPadding(pane, bounds, minimap, room);
      if (typeof p !== 'object') return expect.unreachable('expected a padding per side');
      const left = px(p.left);
      const zoom = Math.min((pane.width - left - px(p.right)) / bounds.width, (pane.height - px(p.top) - px(p.bottom)) / bounds.height);
      expect(zoom).toBeLessThan(1);
      // the left margin holds the chips at that zoom, and no more than a few px besides
      expect(left).toBeGreaterThanOrEqual(room(zoom));
      expect(left).toBeLessThan(room(zoom) + 4);
    }
  });

  it('leaves no room where it would shrink the view by more than LABEL_ROOM_COST (a narrow canvas)', () => {
    // a 730 px canvas: 210 px of chips would take the zoom from ~0.36 to ~0.26
    const p = fitPadding({ width: 730, height: 600 }, { width: 1990, height: 1190 }, null, (z) => chipRoom(z, 180));
    expect(p).toBe(FIT_PADDING);
  });

  it('leaves no room when the fit is at 100 % or more (the labels are in their column)', () => {
    expect(fitPadding({ width: 1400, height: 1300 }, { width: 900, height: 1190 }, null, (z) => chipRoom(z, 180))).toBe(FIT_PADDING);
  });
});

