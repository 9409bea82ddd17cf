import { describe, expect, it } from 'vitest';
import { areaKey, inArea } from './visibleArea';

const area = (key: string) => {
  const [x0, y0, x1, y1] = key.split(',').map(Number);
  return { x0, y0, x1, y1 };
};

describe('the area per-element overlays (problem markers) are drawn in', () => {
  // a 1440×830 canvas at zoom 0.6 showing the plane from (4000, 2000)
  const transform = [-4000 * 0.6, -2000 * 0.6, 0.6] as const;
  const screen = { x0: 4000, y0: 2000, x1: 4000 + 1440 / 0.6, y1: 2000 + 830 / 0.6 };

  it('covers the screen with at least half a screen to spare on every side', () => {
    const a = area(areaKey(transform, 1440, 830));
    expect(a.x0).toBeLessThanOrEqual(screen.x0 - 1200);
    expect(a.x1).toBeGreaterThanOrEqual(screen.x1 + 1200);
    expect(a.y0).toBeLessThanOrEqual(screen.y0 - 1200);
    expect(a.y1).toBeGreaterThanOrEqual(screen.y1 + 1200);
  });

  it('stays the same over a small pan, so the overlay does not re-render on every frame', () => {
    const keys = new Set<string>();
    for (let i = 0; i < 20; i++) keys.add(areaKey([transform[0] - i * 24, transform[1] - i * 4, 0.6], 1440, 830));
    // at most one step crossed along each axis in 20 frames
    expect(keys.size).toBeLessThanOrEqual(3);
  });

  it('leaves out what lies screens away, keeps what is on screen', () => {
    const a = area(areaKey(transform, 1440, 830));
    expect(inArea(a, 4500, 2500, 170, 64)).toBe(true);
    expect(inArea(a, 4000 + 5 * 2400, 2500, 170, 64)).toBe(false);
    expect(inArea(a, 4500, 2000 + 10 * 1383, 170, 64)).toBe(false);
  });

  it('is empty before the canvas has a size', () => {
    expect(areaKey(transform, 0, 0)).toBe('');
  });
});
