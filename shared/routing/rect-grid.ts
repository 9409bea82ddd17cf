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
  /**
   * The stored rectangles around `r`, counted in one pass into `out`: those overlapping it, those
   * within `touching` of it and those within `clearance` (each counted once, in the first that holds).
   */
  around(r: Rect, clearance: number, touching: number, out: { overlapping: number; touching: number; near: number }): void {
    const x0 = r.x - clearance;
    const y0 = r.y - clearance;
    const x1 = r.x + r.w + clearance;
    const y1 = r.y + r.h + clearance;
    const seen: Rect[] = [];
    out.overlapping = out.touching = out.near = 0;
    for (let cx = Math.floor(x0 / GRID_CELL); cx <= Math.floor(x1 / GRID_CELL); cx++)
      for (let cy = Math.floor(y0 / GRID_CELL); cy <= Math.floor(y1 / GRID_CELL); cy++) {
        const list = this.cells.get(cellKey(cx, cy));
        if (!list) continue;
        for (const o of list) {
          if (!(x0 < o.x + o.w && o.x < x1 && y0 < o.y + o.h && o.y < y1) || seen.includes(o)) continue;
          seen.push(o);
          // how far apart the two are: negative when they overlap
          const gap = Math.max(o.x - (r.x + r.w), r.x - (o.x + o.w), o.y - (r.y + r.h), r.y - (o.y + o.h));
          if (gap < 0) out.overlapping++;
          else if (gap < touching) out.touching++;
          else out.near++;
        }
      }
  }
}
