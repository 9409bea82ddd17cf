import { describe, expect, it } from 'vitest';
import { followOffset, MAX_MAP_LENGTH, MINIMAP_LIMITS, minimapLayout, scrollThumb } from './minimapGeometry';

describe('minimapLayout', () => {
  it('keeps the usual 180×120 box for a view of that shape, showing all of it', () => {
    const m = minimapLayout({ width: 1800, height: 1200 });
    expect(m.box).toEqual({ width: 180, height: 120 });
    expect(m.map.width).toBeLessThanOrEqual(180 + 1e-9);
    expect(m.map.height).toBeLessThanOrEqual(120 + 1e-9);
  });

  it('gives a taller view a taller box, still showing all of it', () => {
    const m = minimapLayout({ width: 1800, height: 2000 });
    expect(m.box.height).toBeGreaterThan(m.box.width);
    expect(m.map.width).toBeLessThanOrEqual(m.box.width + 1e-9);
    expect(m.map.height).toBeLessThanOrEqual(m.box.height + 1e-9);
    expect(Math.max(m.map.width / m.box.width, m.map.height / m.box.height)).toBeGreaterThan(0.98);
  });

  it('fills the box across for the 10,000-element view (21,600 × 316,486) instead of a sliver, with a map longer than the box', () => {
    const m = minimapLayout({ width: 21_600, height: 316_486 });
    expect(m.box).toEqual({ width: MINIMAP_LIMITS.minWidth, height: MINIMAP_LIMITS.maxHeight });
    // fitted whole it would be 13.6 px wide; filled across it is the box's width
    expect(m.map.width).toBeCloseTo(m.box.width);
    expect(m.map.height).toBeGreaterThan(m.box.height * 5);
    expect(m.map.height).toBeLessThanOrEqual(MAX_MAP_LENGTH);
  });

  it('fills the box along for a very wide view, and caps the map’s length for an extreme one', () => {
    const wide = minimapLayout({ width: 30_000, height: 1_200 });
    expect(wide.box.width).toBe(MINIMAP_LIMITS.maxWidth);
    expect(wide.map.height).toBeCloseTo(wide.box.height);
    const extreme = minimapLayout({ width: 2_000, height: 2_000_000 });
    expect(extreme.map.height).toBeCloseTo(MAX_MAP_LENGTH);
    expect(extreme.map.width).toBeLessThan(extreme.box.width);
  });
});

describe('followOffset', () => {
  // a 200 px box over a 1,750 px map
  const BOX = 200;
  const MAP = 1_750;

  it('does not move while the frame is in the box', () => {
    expect(followOffset(300, 350, 40, BOX, MAP)).toBe(300);
  });

  it('moves just enough to keep the frame in when it starts to leave either end (a pan)', () => {
    expect(followOffset(300, 480, 40, BOX, MAP)).toBe(480 + 40 + 8 - BOX);
    expect(followOffset(300, 290, 40, BOX, MAP)).toBe(290 - 8);
  });

  it('centres a frame that jumped out of sight (a fit, a reveal)', () => {
    expect(followOffset(300, 1_000, 40, BOX, MAP)).toBe(1_020 - BOX / 2);
    expect(followOffset(300, 100, 40, BOX, MAP)).toBe(120 - BOX / 2);
  });

  it('centres a frame longer than the box, and stays within the map', () => {
    expect(followOffset(0, 500, 400, BOX, MAP)).toBe(500 + 200 - BOX / 2);
    expect(followOffset(10, -50, 40, BOX, MAP)).toBe(0);
    expect(followOffset(MAP - BOX, 1_800, 40, BOX, MAP)).toBe(MAP - BOX);
  });

  it('never scrolls a map that fits the box', () => {
    expect(followOffset(0, 400, 40, BOX, 150)).toBe(0);
  });
});

describe('scrollThumb', () => {
  it('shows no track for a map that fits the box', () => {
    expect(scrollThumb(0, 200, 200)).toBeNull();
  });

  it('is as long as the share of the map in the box, at the top, middle and bottom of the map', () => {
    expect(scrollThumb(0, 200, 1_000)).toEqual({ start: 0, length: 40 });
    expect(scrollThumb(400, 200, 1_000)).toEqual({ start: 80, length: 40 });
    expect(scrollThumb(800, 200, 1_000)).toEqual({ start: 160, length: 40 });
  });

  it('stays long enough to see on a very long map', () => {
    expect(scrollThumb(0, 200, 4_096)!.length).toBe(12);
    expect(scrollThumb(3_896, 200, 4_096)).toEqual({ start: 188, length: 12 });
  });
});
