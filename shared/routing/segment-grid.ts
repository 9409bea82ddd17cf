/**
 * The routed lines' straight pieces, bucketed by grid cell, for the LMV label placer: asking which
 * lines other than a label's own run through a candidate spot touches only nearby cells. A view of
 * 10,000 elements has some 500,000 pieces in millions of cells, so the cells are one flat table
 * (each cell's pieces one stretch of a typed array, counted then filled when the first question
 * comes) rather than a map of lists: filling the map was half of placing that view's labels.
 */
import type { Point, Rect } from './maze';

/** Cell size (model units): a label is a cell or two wide, most pieces a few cells long. */
const CELL = 160;
/** Most cells the table holds: a drawing spread wider gets coarser cells (same answers, more looked at). */
const MAX_CELLS = 1 << 22;

export class SegmentGrid {
  private x0: number[] = [];
  private y0: number[] = [];
  private x1: number[] = [];
  private y1: number[] = [];
  /** The line each piece belongs to, as the number `add` was given. */
  private owner: number[] = [];
  /** The table, built from the pieces when first asked (and again after more are added). */
  private table: { cell: number; col0: number; row0: number; cols: number; rows: number; start: Int32Array; pieces: Int32Array } | null = null;

  /** Store the horizontal or vertical piece a–b of line number `line`. */
  add(a: Point, b: Point, line: number): void {
    this.x0.push(Math.min(a.x, b.x));
    this.y0.push(Math.min(a.y, b.y));
    this.x1.push(Math.max(a.x, b.x));
    this.y1.push(Math.max(a.y, b.y));
    this.owner.push(line);
    this.table = null;
  }

  private build() {
    const n = this.owner.length;
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (let i = 0; i < n; i++) {
      minX = Math.min(minX, this.x0[i]);
      minY = Math.min(minY, this.y0[i]);
      maxX = Math.max(maxX, this.x1[i]);
      maxY = Math.max(maxY, this.y1[i]);
    }
    let cell = CELL;
    if (n === 0) minX = minY = maxX = maxY = 0;
    while ((Math.floor(maxX / cell) - Math.floor(minX / cell) + 1) * (Math.floor(maxY / cell) - Math.floor(minY / cell) + 1) > MAX_CELLS) cell *= 2;
    const col0 = Math.floor(minX / cell);
    const row0 = Math.floor(minY / cell);
    const cols = Math.floor(maxX / cell) - col0 + 1;
    const rows = Math.floor(maxY / cell) - row0 + 1;
    const start = new Int32Array(cols * rows + 1);
    const each = (i: number, visit: (c: number) => void) => {
      const cx1 = Math.floor(this.x1[i] / cell) - col0;
      const cy0 = Math.floor(this.y0[i] / cell) - row0;
      const cy1 = Math.floor(this.y1[i] / cell) - row0;
      for (let cx = Math.floor(this.x0[i] / cell) - col0; cx <= cx1; cx++) for (let cy = cy0; cy <= cy1; cy++) visit(cy * cols + cx);
    };
    for (let i = 0; i < n; i++) each(i, (c) => start[c + 1]++);
    for (let c = 0; c < cols * rows; c++) start[c + 1] += start[c];
    const fill = start.slice(0, cols * rows);
    const pieces = new Int32Array(start[cols * rows]);
    for (let i = 0; i < n; i++) each(i, (c) => (pieces[fill[c]++] = i));
    return (this.table = { cell, col0, row0, cols, rows, start, pieces });
  }

  /**
   * How many lines other than line `own` run through `r`, pieces lying on one another (a trunk of
   * lines routed together) counted once as the eye sees them; counting stops at `enough`.
   */
  linesThrough(r: Rect, own: number, enough: number): number {
    const { cell, col0, row0, cols, rows, start, pieces } = this.table ?? this.build();
    const seen: number[] = [];
    const rx1 = r.x + r.w;
    const ry1 = r.y + r.h;
    const cx0 = Math.max(0, Math.floor(r.x / cell) - col0);
    const cx1 = Math.min(cols - 1, Math.floor(rx1 / cell) - col0);
    const cy0 = Math.max(0, Math.floor(r.y / cell) - row0);
    const cy1 = Math.min(rows - 1, Math.floor(ry1 / cell) - row0);
    for (let cx = cx0; cx <= cx1; cx++)
      for (let cy = cy0; cy <= cy1; cy++) {
        const c = cy * cols + cx;
        for (let k = start[c]; k < start[c + 1]; k++) {
          const i = pieces[k];
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
