/**
 * Geometry of the minimap (BandMiniMap). Its box takes the shape of the view within limits, so a
 * view of the usual landscape shape is shown whole, as before. A view far taller (or wider) than the
 * box can take, such as a 10,000-element LMV whose application band alone is 170,000 units tall,
 * would shrink to a sliver a few pixels wide if fitted whole; instead its map fills the box across
 * and is longer than the box along the view, scrolled so the visible area's frame stays in the box.
 */

type Size = { width: number; height: number };

/** The box's area (the usual 180×120) and the limits of each side, in screen px. */
const AREA = 180 * 120;
export const MINIMAP_LIMITS = { minWidth: 120, maxWidth: 240, minHeight: 80, maxHeight: 200 };
/** Longest map drawn (canvas px along the view): beyond it the map no longer fills the box across. */
export const MAX_MAP_LENGTH = 4096;

export interface MinimapLayout {
  /** The box on screen. */
  box: Size;
  /** Screen px per model unit. */
  scale: number;
  /** The whole map at `scale` (larger than the box along a view too long for it). */
  map: Size;
}

const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), hi);

/** Box, scale and map size of the minimap of content `bounds` (model units). */
export function minimapLayout(bounds: Size): MinimapLayout {
  const w = Math.max(1, bounds.width);
  const h = Math.max(1, bounds.height);
  // the box of the usual area with the view's shape, within the limits
  const width = Math.round(clamp(Math.sqrt(AREA * (w / h)), MINIMAP_LIMITS.minWidth, MINIMAP_LIMITS.maxWidth));
  const height = Math.round(clamp(Math.sqrt(AREA * (h / w)), MINIMAP_LIMITS.minHeight, MINIMAP_LIMITS.maxHeight));
  const contain = Math.min(width / w, height / h);
  const cover = Math.max(width / w, height / h);
  // within the limits (rounding aside) the whole view fits; otherwise fill the box across, as
  // long as the map along the view stays drawable
  let scale = cover / contain > 1.02 ? cover : contain;
  scale = Math.max(contain, Math.min(scale, MAX_MAP_LENGTH / Math.max(w, h)));
  return { box: { width, height }, scale, map: { width: w * scale, height: h * scale } };
}

/**
 * Scroll of the map along one axis (px, 0 = its start) so that the visible area's frame, at
 * `frameStart` and `frameLength` px along the map, is in the box: unchanged while the frame is in
 * sight (no jump while the user pans or drags within it), moved just enough when it starts to leave
 * (a pan, or a drag to the box's edge, carries the map along), centred when the frame jumped out of
 * sight or is longer than the box; always within the map.
 */
export function followOffset(current: number, frameStart: number, frameLength: number, boxLength: number, mapLength: number, margin = 8): number {
  const most = Math.max(0, mapLength - boxLength);
  if (most === 0) return 0;
  let next = current;
  const away = frameStart + frameLength < current || frameStart > current + boxLength;
  // a jump (a fit, a reveal, a click far off) or a frame longer than the box: centred
  if (away || frameLength > boxLength - 2 * margin) next = frameStart + frameLength / 2 - boxLength / 2;
  else if (frameStart - margin < current) next = frameStart - margin;
  else if (frameStart + frameLength + margin > current + boxLength) next = frameStart + frameLength + margin - boxLength;
  return clamp(next, 0, most);
}

/**
 * The thumb of the thin track along a scrolled map's side (px along the box): which part of the
 * whole view the box shows, so the planner knows the map goes on; null when the map fits the box.
 */
export function scrollThumb(offset: number, boxLength: number, mapLength: number, minLength = 12): { start: number; length: number } | null {
  if (mapLength <= boxLength + 0.5) return null;
  const length = Math.min(boxLength, Math.max(minLength, (boxLength * boxLength) / mapLength));
  const start = (offset / (mapLength - boxLength)) * (boxLength - length);
  return { start: clamp(start, 0, boxLength - length), length };
}
