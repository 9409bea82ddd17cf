/**
 * A uniform grid of rectangles for the LMV label placer: finding what a candidate label spot overlaps
 * touches only nearby cells, so placing every flow label of a big view stays near-linear instead of
 * comparing each label with every label and node placed before it.
 */
import type { Rect } from './maze';

/** Cell size (model units) of the grid that finds the labels and nodes near a candidate spot. */
const GRID_CELL = 160;

/** Cells per row of the numbering; coordinates stay far inside ±GRID_CELL × SPAN / 2. */
const SPAN = 1 << 20;
/** Cells are numbered, not named: a string key per cell and lookup was most of the cost of a query. */
const cellKey = (cx: number, cy: number) => (cy + SPAN / 2) * SPAN + (cx + SPAN / 2);

/** Rectangles bucketed by grid cell, so a lookup touches only its neighbourhood (not every rectangle). */
export class RectGrid {
  private readonly cells = new Map<number, Rect[]>();
  /** Store `r`. */
  add(r: Rect): void {
    for (let cx = Math.floor(r.x / GRID_CELL); cx <= Math.floor((r.x + r.w) / GRID_CELL); cx++)
      for (let cy = Math.floor(r.y / GRID_CELL); cy <= Math.floor((r.y + r.h) / GRID_CELL); cy++) {
        const key = cellKey(cx, cy);
        const list = this.cells.get(key);
        if (list) list.push(r);
        else this.cells.set(key, [r]);
      }
  }
  /** How many stored rectangles overlap `r`. */
  countHits(r: Rect): number {
    // a label's spot overlaps a handful of rectangles at most: a list finds repeats faster than a set
    const seen: Rect[] = [];
    for (let cx = Math.floor(r.x / GRID_CELL); cx <= Math.floor((r.x + r.w) / GRID_CELL); cx++)
      for (let cy = Math.floor(r.y / GRID_CELL); cy <= Math.floor((r.y + r.h) / GRID_CELL); cy++) {
        const list = this.cells.get(cellKey(cx, cy));
        if (list) for (const o of list) if (r.x < o.x + o.w && o.x < r.x + r.w && r.y < o.y + o.h && o.y < r.y + r.h && !seen.includes(o)) seen.push(o);
      }
    return seen.length;
  }
}
