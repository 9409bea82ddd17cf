/**
 * Zoom to fit with the minimap in the canvas's bottom-right corner: the fitted view keeps clear of
 * the minimap on whichever side (right or bottom) costs less zoom, so no node ends up hidden under it.
 */

/** Room the minimap takes from the corner beyond its size: React Flow's panel margin (15 px) and a gap. */
const MINIMAP_MARGIN = 15 + 10;
/** Padding around fitted content, as a fraction (React Flow's `padding` number). */
export const FIT_PADDING = 0.03;

type Size = { width: number; height: number };
type PxPadding = { top: `${number}px`; right: `${number}px`; bottom: `${number}px`; left: `${number}px` };

/** React Flow's pixel padding for a fraction of a side of `size` px. */
const fraction = (size: number) => Math.floor((size - size / (1 + FIT_PADDING)) * 0.5);
const px = (n: number) => `${n}px` as const;

/**
 * The `padding` of `fitBounds` that fits `bounds` into `pane` and, when the minimap is shown (`minimap`,
 * its box: minimapLayout), keeps clear of it.
 */
export function fitPadding(pane: Size, bounds: Size, minimap: Size | null): number | PxPadding {
  if (!minimap || pane.width <= 0 || pane.height <= 0 || bounds.width <= 0 || bounds.height <= 0) return FIT_PADDING;
  const room = { width: minimap.width + MINIMAP_MARGIN, height: minimap.height + MINIMAP_MARGIN };
  const x = fraction(pane.width);
  const y = fraction(pane.height);
  const zoom = (right: number, bottom: number) => Math.min((pane.width - x - right) / bounds.width, (pane.height - y - bottom) / bounds.height);
  const clearRight = zoom(Math.max(x, room.width), y);
  const clearBottom = zoom(x, Math.max(y, room.height));
  return clearRight >= clearBottom
    ? { top: px(y), right: px(Math.max(x, room.width)), bottom: px(y), left: px(x) }
    : { top: px(y), right: px(x), bottom: px(Math.max(y, room.height)), left: px(x) };
}
