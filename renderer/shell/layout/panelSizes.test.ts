import { describe, expect, it } from 'vitest';
import { clampSize, parseSizes, SIZE_LIMITS } from './panelSizes';

describe('panel sizes', () => {
  it('keeps a dragged size within the region limits', () => {
    expect(clampSize('right', 10)).toBe(SIZE_LIMITS.right.min);
    expect(clampSize('right', 99999)).toBe(SIZE_LIMITS.right.max);
    expect(clampSize('bottom', 200.4)).toBe(200);
    expect(clampSize('left', Number.NaN)).toBe(SIZE_LIMITS.left.initial);
  });

  it('reads stored sizes back, and falls back to the defaults for anything unreadable', () => {
    expect(parseSizes(JSON.stringify({ left: 300, bottom: 5, palette: 'x' }))).toEqual({ left: 300, right: SIZE_LIMITS.right.initial, bottom: SIZE_LIMITS.bottom.min, palette: SIZE_LIMITS.palette.initial });
    expect(parseSizes('{not json')).toEqual(parseSizes(null));
  });
});
