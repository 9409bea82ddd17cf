import { describe, expect, it } from 'vitest';
import { bandLabelForm, CHIP_MAX_WIDTH, chipOverhang, chipRoom, stackBandLabels, stickyLabelOffset, stickyLabelX } from './stickyLabel';

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

describe('bandLabelForm', () => {
  it('shows the full label in its column, the number stuck over the nodes, and the name in a chip when zoomed out', () => {
    expect(bandLabelForm(40, 1, 0.75)).toBe('column');
    expect(bandLabelForm(40, 2.5, 0.75)).toBe('column');
    expect(bandLabelForm(-900, 1, 0.75)).toBe('number');
    // a column narrower on screen than the label, or an overview: the name stays, in a chip
    expect(bandLabelForm(40, 0.8, 0.75)).toBe('chip');
    expect(bandLabelForm(-900, 0.05, 0.75)).toBe('chip');
    expect(bandLabelForm(40, 0.05, 0.75)).toBe('chip');
  });
});

describe('stackBandLabels', () => {
  const H = 24;
  const GAP = 4;
  /** The seven bands from `top`, each `height` screen px tall. */
  const bands = (top: number, height: number) => Array.from({ length: 7 }, (_, i) => ({ top: top + i * height, height }));
  const heights = Array<number>(7).fill(H);

  it('places labels of bands taller than them as stickyLabelOffset does', () => {
    const rows = bands(-100, 300);
    const tops = stackBandLabels(rows, heights, 900, MARGIN, GAP);
    rows.forEach((b, i) => expect(tops[i]).toBe(b.top + stickyLabelOffset(b, 0, 900, H, MARGIN)));
  });

  it('keeps the labels of thin bands (a zoomed-out view) apart, in band order and on screen', () => {
    // the seven default bands at zoom 0.05: 8.5 px each, thinner than a label
    const tops = stackBandLabels(bands(300, 8.5), heights, 900, MARGIN, GAP);
    for (let i = 1; i < 7; i++) expect(tops[i]).toBeGreaterThanOrEqual(tops[i - 1] + H + GAP);
    // pushed apart as little as can be: the stack is centred on the bands, not hanging below them
    const stackMiddle = (tops[0] + tops[6] + H) / 2;
    expect(stackMiddle).toBeCloseTo(300 + (7 * 8.5) / 2, 0);
    expect(tops[0]).toBeGreaterThanOrEqual(MARGIN);
    expect(tops[6] + H).toBeLessThanOrEqual(900 - MARGIN);
  });

  it('keeps the stack below the top edge when the thin bands are at the top of the screen', () => {
    const tops = stackBandLabels(bands(0, 8.5), heights, 900, MARGIN, GAP);
    expect(tops[0]).toBe(MARGIN);
    for (let i = 1; i < 7; i++) expect(tops[i]).toBe(tops[i - 1] + H + GAP);
  });

  it('moves only the labels that would cover one another', () => {
    // two thin bands together, then five tall ones
    const rows = [{ top: 100, height: 10 }, { top: 110, height: 10 }, ...bands(120, 120).slice(2).map((b, i) => ({ top: 120 + i * 120, height: 120 }))];
    const tops = stackBandLabels(rows, heights, 900, MARGIN, GAP);
    expect(tops[1]).toBe(tops[0] + H + GAP);
    // the pair sits around its two bands
    expect((tops[0] + tops[1] + H) / 2).toBeCloseTo(110, 5);
    rows.slice(2).forEach((b, i) => expect(tops[i + 2]).toBe(b.top + (b.height - H) / 2));
  });

  it('lifts labels pushed past the bottom edge back above it', () => {
    const tops = stackBandLabels(bands(860, 5), heights, 900, MARGIN, GAP);
    expect(tops[6] + H).toBe(900 - MARGIN);
    for (let i = 1; i < 7; i++) expect(tops[i]).toBe(tops[i - 1] + H + GAP);
  });

  it('leaves the label of a band out of sight with its band', () => {
    // the first two bands above the screen, the last two below it
    const rows = [
      { top: -2000, height: 500 },
      { top: -1500, height: 1400 },
      { top: -100, height: 400 },
      { top: 300, height: 300 },
      { top: 600, height: 280 },
      { top: 880, height: 400 },
      { top: 1280, height: 400 },
    ];
    const tops = stackBandLabels(rows, heights, 900, MARGIN, GAP);
    expect(tops[0] + H).toBeLessThanOrEqual(0);
    expect(tops[1] + H).toBeLessThanOrEqual(0);
    expect(tops[6]).toBeGreaterThanOrEqual(900);
    // the band leaving at the bottom edge: its label leaves with its top edge
    expect(tops[5]).toBe(880);
  });
});

describe('chipOverhang', () => {
  it('reaches left of the column by what a chip is wider than the column on screen', () => {
    // 180-unit column at 47 %: 84.6 px on screen, a chip up to CHIP_MAX_WIDTH px
    expect(chipOverhang(0.47, 180)).toBeCloseTo(CHIP_MAX_WIDTH - 84.6, 5);
    expect(chipRoom(0.47, 180)).toBeGreaterThan(chipOverhang(0.47, 180));
    // at 100 % the labels are in their column; zoomed far out, nearly the whole chip
    expect(chipOverhang(1, 180)).toBe(0);
    expect(chipRoom(1.5, 180)).toBe(0);
    expect(chipOverhang(0.05, 180)).toBeCloseTo(CHIP_MAX_WIDTH - 9, 5);
  });
});

