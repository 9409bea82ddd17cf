/**
 * The routed lines' straight pieces, bucketed by grid cell, for the LMV label placer: asking which
 * lines other than a label's own run through a candidate spot touches only nearby cells. A view of
 * 3,000 elements has some 100,000 pieces in half a million cells, so cells are numbered (no string
 * keys) and pieces kept in flat typed arrays rather than as objects.
 */
import type { Point, Rect } from './maze';

/** Cell size (model units): a label is a cell or two wide, most pieces a few cells long. */
const CELL = 160;
/** Cells per row of the numbering; coordinates stay far inside ±CELL × SPAN / 2. */
const SPAN = 1 << 20;

const cellKey = (cx: number, cy: number) => (cy + SPAN / 2) * SPAN + (cx + SPAN / 2);

export class SegmentGrid {
  private readonly cells = new Map<number, number[]>();
  private x0: number[] = [];
  private y0: number[] = [];
  private x1: number[] = [];
  private y1: number[] = [];
  /** The line each piece belongs to, as the number `add` was given. */
  private owner: number[] = [];

  /** Store the horizontal or vertical piece a–b of line number `line`. */
  add(a: Point, b: Point, line: number): void {
    const i = this.owner.length;
    const x0 = Math.min(a.x, b.x);
    const x1 = Math.max(a.x, b.x);
    const y0 = Math.min(a.y, b.y);
    const y1 = Math.max(a.y, b.y);
    this.x0.push(x0);
    this.y0.push(y0);
    this.x1.push(x1);
    this.y1.push(y1);
    this.owner.push(line);
    for (let cx = Math.floor(x0 / CELL); cx <= Math.floor(x1 / CELL); cx++)
      for (let cy = Math.floor(y0 / CELL); cy <= Math.floor(y1 / CELL); cy++) {
        const key = cellKey(cx, cy);
        const list = this.cells.get(key);
        if (list) list.push(i);
        else this.cells.set(key, [i]);
      }
  }

  /**
   * How many lines other than line `own` run through `r`, pieces lying on one another (a trunk of
   * lines routed together) counted once as the eye sees them; counting stops at `enough`.
   */
  linesThrough(r: Rect, own: number, enough: number): number {
    const seen: number[] = [];
    const rx1 = r.x + r.w;
    const ry1 = r.y + r.h;
    for (let cx = Math.floor(r.x / CELL); cx <= Math.floor(rx1 / CELL); cx++)
      for (let cy = Math.floor(r.y / CELL); cy <= Math.floor(ry1 / CELL); cy++) {
        const list = this.cells.get(cellKey(cx, cy));
        if (!list) continue;
        for (const i of list) {
          if (this.owner[i] === own || this.x0[i] > rx1 || this.x1[i] < r.x || this.y0[i] > ry1 || this.y1[i] < r.y) continue;
          // where the piece is drawn: a vertical one by its x (odd codes), a horizontal one by its y (even)
          const vertical = this.x1[i] - this.x0[i] < this.y1[i] - this.y0[i];
          const at = vertical ? Math.round(this.x0[i]) * 2 + 1 : Math.round(this.y0[i]) * 2;
          if (!seen.includes(at)) {
            seen.push(at);
            if (seen.length >= enough) return seen.length;
          }
        }
      }
    return seen.length;
  }
}
