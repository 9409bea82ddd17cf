/**
 * Geometry of an auto-layout: ordered band sub-rows become node positions on the band grid, and a
 * band grows when its rows need more height than the default.
 */
import { BAND_HEADER_WIDTH, BAND_PADDING_Y, NODE_GAP_X, NODE_WIDTH } from '../model/bands';
import type { NodeLayout } from '../model/schema';
import { CONTENT_LEFT, type LayoutGraph } from './graph';
import type { BandRows } from './order';

/** Vertical gap between rows inside one band. */
export const ROW_GAP = 26;
/** Smallest band a layout makes: room for the band's number, name and layer in the label column. */
export const LAYOUT_MIN_BAND = 112;
/** Width ÷ height a layout aims for: the figure area of an A3 landscape page, where the Kertas Cadangan prints the LMV. */
export const PAGE_ASPECT = 1.7;

export interface Placement {
  nodes: Record<string, NodeLayout>;
  bandHeights: number[];
}

/** Widest row for a view of `count` nodes: keeps a large model roughly landscape (wider than tall). */
export function defaultRowLimit(count: number): number {
  return Math.max(12, Math.ceil(Math.sqrt(count)));
}

/**
 * Place ordered rows on the band grid. Small views get compact rows centred on the widest one.
 * When some row is longer than `rowLimit` the view is large: long rows are dealt into as many
 * lines as they need, column by column, and every line is spread across the full width, so a node
 * at a given point of the order sits at about the same x in every band and links between bands
 * stay short sideways.
 */
export function placeRows(graph: LayoutGraph, rows: BandRows, rowLimit = defaultRowLimit(graph.nodes.length), gap = NODE_GAP_X): Placement {
  const wrapped = rows.flat().some((r) => r.length > rowLimit);
  // column by column: consecutive nodes stack in one column, so a point of the order keeps its x
  const split = (row: number[]) => (row.length > rowLimit ? columnMajor(row, Math.ceil(row.length / rowLimit)) : [row]);
  const bandLines: number[][][] = rows.map((subRows) => subRows.flatMap(split));
  const widthOf = (line: number[]) => line.reduce((sum, i) => sum + graph.nodes[i].w, 0) + gap * Math.max(0, line.length - 1);
  const contentWidth = Math.max(wrapped ? rowLimit * (NODE_WIDTH + gap) - gap : 0, ...bandLines.flat().map(widthOf));

  const nodes: Record<string, NodeLayout> = {};
  const bandHeights: number[] = [];
  let top = 0;
  for (const lines of bandLines) {
    const lineHeights = lines.map((line) => Math.max(...line.map((i) => graph.nodes[i].h)));
    const contentHeight = lineHeights.reduce((a, b) => a + b, 0) + ROW_GAP * Math.max(0, lines.length - 1);
    const height = Math.max(LAYOUT_MIN_BAND, contentHeight + 2 * BAND_PADDING_Y);
    let y = top + Math.max(BAND_PADDING_Y, (height - contentHeight) / 2);
    lines.forEach((line, li) => {
      if (wrapped) {
        // the line spread over the full width: equal space around every box, so a point of the order
        // keeps its x from band to band (boxes of one width land in the same columns)
        const total = line.reduce((sum, i) => sum + graph.nodes[i].w, 0);
        const space = Math.max(gap, (contentWidth - total) / line.length);
        let x = CONTENT_LEFT + Math.max(0, (contentWidth - total - space * line.length) / 2) + space / 2;
        for (const i of line) {
          const n = graph.nodes[i];
          nodes[n.id] = { x: Math.round(x), y: Math.round(y + (lineHeights[li] - n.h) / 2) };
          x += n.w + space;
        }
      } else {
        let x = CONTENT_LEFT + (contentWidth - widthOf(line)) / 2;
        for (const i of line) {
          const n = graph.nodes[i];
          nodes[n.id] = { x: Math.round(x), y: Math.round(y + (lineHeights[li] - n.h) / 2) };
          x += n.w + gap;
        }
      }
      y += lineHeights[li] + ROW_GAP;
    });
    bandHeights.push(height);
    top += height;
  }
  return { nodes, bandHeights };
}

/** `items` dealt into `lines` lines column by column: item i goes to line i mod lines. */
function columnMajor<T>(items: T[], lines: number): T[][] {
  const out: T[][] = Array.from({ length: lines }, () => []);
  items.forEach((item, i) => out[i % lines].push(item));
  return out.filter((line) => line.length > 0);
}

/**
 * The row limit whose placement comes closest to the page's shape (PAGE_ASPECT): long bands wrap into
 * rows until the drawing is about as wide as it is tall on A3 landscape, so print uses the page.
 */
export function chooseRowLimit(graph: LayoutGraph, rows: BandRows, aspect = PAGE_ASPECT, gap = NODE_GAP_X): number {
  const longest = Math.max(1, ...rows.flat().map((r) => r.length));
  const candidates = new Set<number>([longest]);
  for (let l = 3; l < longest; l = Math.max(l + 1, Math.round(l * 1.15))) candidates.add(l);
  let best = { limit: longest, score: Infinity };
  for (const limit of [...candidates].sort((a, b) => a - b)) {
    const placed = placeRows(graph, rows, limit, gap);
    let right = 0;
    for (const n of graph.nodes) right = Math.max(right, placed.nodes[n.id].x + n.w);
    const width = BAND_HEADER_WIDTH + right;
    const height = placed.bandHeights.reduce((a, b) => a + b, 0);
    const score = Math.abs(Math.log(width / height / aspect));
    if (score < best.score - 1e-9) best = { limit, score };
  }
  return best.limit;
}
