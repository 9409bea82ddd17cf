import { describe, expect, it } from 'vitest';
import { LABEL_CLEARANCE, REVEAL_MARGIN, revealViewport } from './reveal';

const pane = { width: 800, height: 500 };

describe('revealViewport', () => {
  it('leaves the view alone when the node is already in sight', () => {
    expect(revealViewport({ x: 0, y: 0, zoom: 1 }, pane, { x: 100, y: 100 })).toBeNull();
  });

  it('pans just enough to show a node beyond the right edge, keeping the zoom', () => {
    const next = revealViewport({ x: 0, y: 0, zoom: 0.5 }, pane, { x: 2000, y: 100 })!;
    expect(next.zoom).toBe(0.5);
    // the node's right edge ends at the margin from the pane's right edge
    expect(next.x + (2000 + 170) * 0.5).toBeCloseTo(pane.width - REVEAL_MARGIN);
    expect(next.y).toBe(0);
  });

  it('pans down to a node above the top edge', () => {
    const next = revealViewport({ x: 0, y: -400, zoom: 1 }, pane, { x: 100, y: 100 })!;
    expect(next.y + 100).toBe(REVEAL_MARGIN);
    expect(next.x).toBe(0);
  });

  it('keeps a node brought in from the left clear of the band labels held at the edge, and leaves one already clear alone', () => {
    // zoomed out, the chips held at the canvas's left edge cover its first 180 px
    const next = revealViewport({ x: 0, y: 0, zoom: 0.2 }, pane, { x: -500, y: 500 }, 180)!;
    expect(next.x - 500 * 0.2).toBe(180 + LABEL_CLEARANCE);
    expect(revealViewport({ x: 0, y: 0, zoom: 0.2 }, pane, { x: 1000, y: 500 }, 180)).toBeNull();
    // a node just under the chips, though in sight, is moved out from under them
    const under = revealViewport({ x: 0, y: 0, zoom: 0.2 }, pane, { x: 500, y: 500 }, 180)!;
    expect(under.x + 500 * 0.2).toBe(180 + LABEL_CLEARANCE);
    // narrow labels (the numbered strips) keep the usual margin
    expect(revealViewport({ x: 0, y: 0, zoom: 1 }, pane, { x: -500, y: 500 }, 20)!.x - 500).toBe(REVEAL_MARGIN);
  });

  it('keeps a node in sight whole on a canvas too narrow for the band labels and the node side by side', () => {
    // a 280 px canvas (a small window, the side panels open), chips 210 px wide, a node 119 px wide at 70 %
    const narrow = { width: 280, height: 500 };
    for (const from of [-2000, 100, 2000]) {
      const next = revealViewport({ x: 0, y: 0, zoom: 0.7 }, narrow, { x: from, y: 100 }, 210)!;
      const left = next.x + from * 0.7;
      expect(left).toBeGreaterThanOrEqual(REVEAL_MARGIN);
      expect(left + 170 * 0.7).toBeLessThanOrEqual(narrow.width - REVEAL_MARGIN);
      // once in sight it stays put
      expect(revealViewport(next, narrow, { x: from, y: 100 }, 210)).toBeNull();
    }
  });
});
