/**
 * Where a band's label sits inside its band (BandLabels): in the middle of the band, but never
 * outside the part of the band on screen. A band of a large view can be tens of thousands of units
 * tall (the application band of a 10,000-element LMV is 170,000), so a label in the middle of it is
 * off screen whenever the user works in the band; like a sticky header, it then stays at the top (or
 * bottom) edge of the screen while any of its band is in sight, and leaves with the band's edge.
 */

/** Screen x of the label column: where the plane puts it, but never left of the canvas's edge. */
export function stickyLabelX(translateX: number): number {
  return Math.max(translateX, 0);
}

/** The widest a zoomed-out label (`chip`) is drawn, screen px: band 6's name, as Jadual 3-1 writes it, wraps. */
export const CHIP_MAX_WIDTH = 210;
/** Screen px kept between a chip and the canvas's left edge, when the fit gives it room. */
export const CHIP_EDGE_GAP = 8;

/**
 * Screen px the chips reach left of their bands' column (`columnWidth` model units wide) at `zoom`.
 * Zoomed out, the column is narrower on screen than a chip; a chip left in the column covered the
 * first boxes of its band (on the worked example, fitted to the screen, band 6's name hid two
 * systems). The chips end at the column's right edge instead, over the canvas's empty left margin,
 * and the fit to screen leaves that margin (`fitPadding`).
 */
export function chipOverhang(zoom: number, columnWidth: number): number {
  return zoom >= 1 ? 0 : Math.max(0, CHIP_MAX_WIDTH - columnWidth * zoom);
}

/** Screen px a fit to screen leaves left of a view at `zoom` so that the chips cover none of its boxes. */
export function chipRoom(zoom: number, columnWidth: number): number {
  const overhang = chipOverhang(zoom, columnWidth);
  return overhang > 0 ? overhang + CHIP_EDGE_GAP : 0;
}

/**
 * Offset (model units, from the band's top) of a label `labelHeight` tall in the band
 * `{ top, height }`, with the model rows `visibleTop`…`visibleBottom` on screen and a gap of
 * `margin` model units kept from the screen's edges.
 */
export function stickyLabelOffset(band: { top: number; height: number }, visibleTop: number, visibleBottom: number, labelHeight: number, margin: number): number {
  const most = Math.max(0, band.height - labelHeight);
  const middle = most / 2;
  // the label's top may go no higher than the screen's top edge and no lower than where its bottom meets the bottom edge
  const low = visibleTop + margin - band.top;
  const high = visibleBottom - margin - labelHeight - band.top;
  // where both edges squeeze it, the band's visible part is shorter than the label: it follows the
  // band's edge that is on screen, off the screen with it
  const onScreen = low > high ? (visibleTop > band.top ? most : 0) : Math.min(Math.max(middle, low), high);
  return Math.min(Math.max(onScreen, 0), most);
}

/**
 * How a band's label is drawn, always at the same screen size whatever the zoom (a label that
 * shrank with the canvas was unreadable on a zoomed-out large view):
 * - `column`: number, layer and name in the band's own column, when the column is in sight and at
 *   least as wide on screen as the label (zoom ≥ 1);
 * - `number`: stuck over the nodes while the user works (zoom ≥ `overviewZoom`): only the band's
 *   number, in a narrow strip that hides little of the first column of nodes;
 * - `chip`: zoomed out (or the column narrower than the label): number and name on one line, in the
 *   band's colour, so a planner looking over the whole landscape can tell the bands apart.
 */
export type BandLabelForm = 'column' | 'number' | 'chip';

export function bandLabelForm(translateX: number, zoom: number, overviewZoom: number): BandLabelForm {
  if (zoom < overviewZoom) return 'chip';
  if (translateX < 0) return 'number';
  return zoom >= 1 ? 'column' : 'chip';
}

/**
 * Screen tops of the labels (`heights` px tall) of the bands `bands` (screen px, top to bottom) on a
 * screen `screenHeight` px tall: each in the visible part of its band as stickyLabelOffset places it
 * (centred on a band thinner than it).
 * Where zoomed-out bands are thinner than their labels, the labels in sight are pushed apart (`gap`
 * px between them), in band order, as little as they can be (so the stack stays centred on its
 * bands), and kept on screen. A label of a band out of sight stays with its band.
 */
export function stackBandLabels(bands: readonly { top: number; height: number }[], heights: readonly number[], screenHeight: number, margin: number, gap: number): number[] {
  // a band thinner than its label, wholly in sight, wants the label centred on it
  const wanted = (b: { top: number; height: number }, h: number) =>
    b.height < h && b.top >= 0 && b.top + b.height <= screenHeight ? b.top + (b.height - h) / 2 : b.top + stickyLabelOffset(b, 0, screenHeight, h, margin);
  const tops = bands.map((b, i) => wanted(b, heights[i] ?? 0));
  const inSight = (b: { top: number; height: number }) => b.top + b.height > 0 && b.top < screenHeight;
  const first = bands.findIndex(inSight);
  if (first < 0) return tops;
  let last = first;
  while (last + 1 < bands.length && inSight(bands[last + 1])) last++;
  // the first and last labels in sight may leave past the screen's edge with their band, never for being pushed
  const topLimit = bands[first].top < 0 ? Math.min(margin, tops[first]) : margin;
  const bottomLimit = bands[last].top + bands[last].height > screenHeight ? Math.max(screenHeight - margin, tops[last] + heights[last]) : screenHeight - margin;
  apart(tops, heights, first, last, gap);
  // the stack, when pushed past an edge, comes back on screen (the top edge wins when both are too close)
  let limit = bottomLimit;
  for (let i = last; i >= first; i--) {
    tops[i] = Math.min(tops[i], limit - heights[i]);
    limit = tops[i] - gap;
  }
  limit = topLimit;
  for (let i = first; i <= last; i++) {
    tops[i] = Math.max(tops[i], limit);
    limit = tops[i] + heights[i] + gap;
  }
  return tops;
}

/**
 * Moves `tops[first..last]` the least (in squares) so that each label ends `gap` px above the next:
 * with each top less the heights and gaps above it, that is an isotonic regression, solved by pooling
 * adjacent violators (a pushed run of labels sits at the mean of where its labels want to be).
 */
function apart(tops: number[], heights: readonly number[], first: number, last: number, gap: number): void {
  const before: number[] = [];
  let sum = 0;
  for (let i = first; i <= last; i++) {
    before.push(sum);
    sum += heights[i] + gap;
  }
  // runs of labels moved together: [mean wanted top less the space above, count]
  const runs: [number, number][] = [];
  for (let i = first; i <= last; i++) {
    runs.push([tops[i] - before[i - first], 1]);
    while (runs.length > 1 && runs[runs.length - 2][0] > runs[runs.length - 1][0]) {
      const [b, nb] = runs.pop()!;
      const [a, na] = runs.pop()!;
      runs.push([(a * na + b * nb) / (na + nb), na + nb]);
    }
  }
  let i = first;
  for (const [value, count] of runs) for (let k = 0; k < count; k++, i++) tops[i] = value + before[i - first];
}
