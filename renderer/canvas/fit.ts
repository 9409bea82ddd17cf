/**
 * Zoom to fit with the minimap in the canvas's bottom-right corner: the fitted view keeps clear of
 * the minimap on whichever side (right or bottom) costs less zoom, so no node ends up hidden under it.
 */

/** Room the minimap takes from the corner beyond its size: React Flow's panel margin (15 px) and a gap. */
const MINIMAP_MARGIN = 15 + 10;
/** Padding around fitted content, as a fraction (React Flow's `padding` number). */
export const FIT_PADDING = 0.03;
/** The most of the fitted zoom given up to keep the band labels clear of the view (see fitPadding). */
export const LABEL_ROOM_COST = 0.12;

type Size = { width: number; height: number };
type PxPadding = { top: `${number}px`; right: `${number}px`; bottom: `${number}px`; left: `${number}px` };

/** React Flow's pixel padding for a fraction of a side of `size` px. */
const fraction = (size: number) => Math.floor((size - size / (1 + FIT_PADDING)) * 0.5);
const px = (n: number) => `${n}px` as const;

/**
 * The `padding` of `fitBounds` that fits `bounds` into `pane` and, when the minimap is shown (`minimap`,
 * its box: minimapLayout), keeps clear of it; on the left it leaves `leftRoom(zoom)` px, the room the
 * band labels take left of the view at the zoom the fit gives (chipOverhang, stickyLabel.ts).
 */
export function fitPadding(pane: Size, bounds: Size, minimap: Size | null, leftRoom: (zoom: number) => number = () => 0): number | PxPadding {
  if (pane.width <= 0 || pane.height <= 0 || bounds.width <= 0 || bounds.height <= 0) return FIT_PADDING;
  const x = fraction(pane.width);
  const y = fraction(pane.height);
  const zoom = (left: number, right: number, bottom: number) => Math.min((pane.width - left - right) / bounds.width, (pane.height - y - bottom) / bounds.height);
  // the room grows as the zoom falls, and the zoom falls as the room grows: a few rounds settle both
  const fit = (left: number, right: number, bottom: number) => ({ left, right, bottom, zoom: zoom(left, right, bottom) });
  const withRoom = (right: number, bottom: number) => {
    let left = x;
    for (let round = 0; round < 8; round++) left = Math.max(x, Math.ceil(leftRoom(zoom(left, right, bottom))));
    return fit(left, right, bottom);
  };
  const minimapRoom = minimap && { width: minimap.width + MINIMAP_MARGIN, height: minimap.height + MINIMAP_MARGIN };
  // without the minimap, even sides; with it, clear of it on the right or at the bottom
  const sidesTried: [number, number][] = minimapRoom ? [[Math.max(x, minimapRoom.width), y], [x, Math.max(y, minimapRoom.height)]] : [[x, y]];
  const bare = sidesTried.map(([right, bottom]) => fit(x, right, bottom));
  const roomy = sidesTried.map(([right, bottom]) => withRoom(right, bottom));
  const largest = (fits: typeof bare) => fits.reduce((a, b) => (b.zoom > a.zoom ? b : a));
  // the labels get their room unless that shrinks the view by more than LABEL_ROOM_COST (a narrow
  // canvas: the view would become too small to read; the labels cover its left edge instead)
  const best = largest(bare);
  const bestRoomy = largest(roomy);
  const chosen = bestRoomy.zoom >= best.zoom * (1 - LABEL_ROOM_COST) ? bestRoomy : best;
  return !minimapRoom && chosen.left === x ? FIT_PADDING : sides(y, chosen);
}

function sides(top: number, fit: { left: number; right: number; bottom: number }): PxPadding {
  return { top: px(top), right: px(fit.right), bottom: px(fit.bottom), left: px(fit.left) };
}
