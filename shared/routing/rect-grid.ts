/**
 * A uniform grid of rectangles for the LMV label placer: finding what a candidate label spot overlaps
 * touches only nearby cells, so placing every flow label of a big view stays near-linear instead of
 * comparing each label with every label and node placed before it.
 */
import type { Rect } from './maze';

/** Cell size (model units) of the grid that finds the labels and nodes near a candidate spot. */
const GRID_CELL = 160;

/** Rectangles bucketed by grid cell, so a lookup touches only its neighbourhood (not every rectangle). */
export class RectGrid {
  private readonly cells = new Map<string, Rect[]>();
  /** Store `r`. */
  add(r: Rect): void {
    this.forCells(r, (key) => {
      const list = this.cells.get(key);
      if (list) list.push(r);
      else this.cells.set(key, [r]);
    });
  }
  /** How many stored rectangles overlap `r`. */
  countHits(r: Rect): number {
    const seen = new Set<Rect>();
    this.forCells(r, (key) => {
      for (const o of this.cells.get(key) ?? []) if (!seen.has(o) && r.x < o.x + o.w && o.x < r.x + r.w && r.y < o.y + o.h && o.y < r.y + r.h) seen.add(o);
    });
    return seen.size;
  }
  private forCells(r: Rect, visit: (key: string) => void): void {
    for (let cx = Math.floor(r.x / GRID_CELL); cx <= Math.floor((r.x + r.w) / GRID_CELL); cx++)
      for (let cy = Math.floor(r.y / GRID_CELL); cy <= Math.floor((r.y + r.h) / GRID_CELL); cy++) visit(`${cx},${cy}`);
  }
}
