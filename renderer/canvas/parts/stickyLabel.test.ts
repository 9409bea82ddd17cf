import { describe, expect, it } from 'vitest';
import { stickyLabelOffset, stickyLabelX } from './stickyLabel';

// the application band of the generated 10,000-element view (bench/canvas): 168,538 units tall
const apps = { top: 11_821, height: 168_538 };
const LABEL = 40;
const MARGIN = 8;
/** The label's top and bottom in model units, given the visible rows. */
const place = (band: { top: number; height: number }, top: number, bottom: number) => {
  const y = band.top + stickyLabelOffset(band, top, bottom, LABEL, MARGIN);
  return { top: y, bottom: y + LABEL };
};

describe('stickyLabelOffset', () => {
  it('keeps the label in the middle of a band that is wholly on screen', () => {
    const band = { top: 0, height: 170 };
    expect(stickyLabelOffset(band, -50, 600, LABEL, MARGIN)).toBe((170 - LABEL) / 2);
  });

  it('keeps the label on screen while the user works in the middle of a tall band', () => {
    // 900 rows on screen, 100,000 units below the band’s top: its middle (84,269) is far above
    const top = apps.top + 100_000;
    const label = place(apps, top, top + 900);
    expect(label.top).toBeGreaterThanOrEqual(top);
    expect(label.bottom).toBeLessThanOrEqual(top + 900);
    // at the top edge of the screen, like a sticky header, below the band’s middle
    expect(label.top).toBe(top + MARGIN);
  });

  it('keeps it at the bottom edge of the screen above the band’s middle, and in the middle once that is in sight', () => {
    const top = apps.top + 1_000;
    expect(place(apps, top, top + 900).bottom).toBe(top + 900 - MARGIN);
    const middle = apps.top + apps.height / 2;
    expect(place(apps, middle - 450, middle + 450).top).toBe(apps.top + (apps.height - LABEL) / 2);
  });

  it('leaves with the band: never outside it, following the edge of the band that is on screen', () => {
    // only the band's last 20 units at the top of the screen: the label sits at the band's bottom
    const end = apps.top + apps.height;
    expect(place(apps, end - 20, end + 880).bottom).toBe(end);
    // only its first 20 units at the bottom of the screen: the label sits at the band's top
    expect(place(apps, apps.top - 880, apps.top + 20).top).toBe(apps.top);
  });

  it('puts a label taller than its band at the band’s top', () => {
    expect(stickyLabelOffset({ top: 100, height: 30 }, 0, 900, LABEL, MARGIN)).toBe(0);
  });
});

describe('stickyLabelX', () => {
  it('stops the label column at the canvas’s left edge', () => {
    expect(stickyLabelX(120)).toBe(120);
    expect(stickyLabelX(-5000)).toBe(0);
  });
});
