/**
 * Geometry of the LMV canvas shared by the editor, the SVG/PNG exporter and the PDF exporter,
 * so every rendering of a view is drawn from the same numbers.
 */
import type { View } from './schema';
import { BANDS, type Band } from './vocabulary';

export const BAND_HEADER_WIDTH = 180;
export const DEFAULT_BAND_HEIGHT = 170;
export const NODE_WIDTH = 170;
export const NODE_HEIGHT = 64;
export const NODE_GAP_X = 30;
export const BAND_PADDING_Y = 24;

/** Vertical extent of each band in a view, top to bottom. */
export function bandLayout(view: Pick<View, 'bandHeights'>): { band: Band; index: number; top: number; height: number }[] {
  let top = 0;
  return BANDS.map((band, index) => {
    const height = view.bandHeights?.[index] ?? DEFAULT_BAND_HEIGHT;
    const row = { band, index, top, height };
    top += height;
    return row;
  });
}

/** Total height of all seven bands. */
export function totalBandHeight(view: Pick<View, 'bandHeights'>): number {
  const rows = bandLayout(view);
  const last = rows[rows.length - 1];
  return last.top + last.height;
}

/** Clamp a node's y so the node stays inside its band. */
export function clampToBand(view: Pick<View, 'bandHeights'>, band: Band, y: number, h = NODE_HEIGHT): number {
  const row = bandLayout(view).find((r) => r.band === band)!;
  const min = row.top + 8;
  const max = row.top + row.height - h - 8;
  return Math.min(Math.max(y, min), Math.max(min, max));
}

/** Default position for the n-th node placed in a band (left to right). */
export function defaultSlot(view: Pick<View, 'bandHeights'>, band: Band, n: number): { x: number; y: number } {
  const row = bandLayout(view).find((r) => r.band === band)!;
  return { x: BAND_HEADER_WIDTH + 20 + n * (NODE_WIDTH + NODE_GAP_X), y: row.top + BAND_PADDING_Y + 20 };
}
