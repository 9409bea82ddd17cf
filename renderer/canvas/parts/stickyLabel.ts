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
