/**
 * First placement of imported elements on a view: each element goes to the band of its kind, left to
 * right in the order given (the source diagram's reading order), wrapping into more rows and growing
 * the band when it is full. A later auto-layout pass may refine this; this alone is already readable.
 */
import { BAND_HEADER_WIDTH, BAND_PADDING_Y, DEFAULT_BAND_HEIGHT, NODE_GAP_X, NODE_HEIGHT, NODE_WIDTH, bandLayout } from '../../model/bands';
import { bandOf } from '../../model/kinds';
import type { ElementKind, NodeLayout } from '../../model/schema';
import { BANDS } from '../../model/vocabulary';

/** Nodes per row before a band wraps. */
export const NODES_PER_ROW = 10;
const ROW_GAP = 20;
const TOP_INSET = BAND_PADDING_Y + 20;

/** Positions for `items` (in reading order) and the band heights they need (undefined when defaults fit). */
export function placeInBands(items: readonly { id: string; kind: ElementKind }[]): { nodes: Record<string, NodeLayout>; bandHeights?: number[] } {
  const perBand = new Map<string, string[]>();
  for (const it of items) {
    const band = bandOf(it.kind);
    const list = perBand.get(band) ?? [];
    list.push(it.id);
    perBand.set(band, list);
  }
  const heights = BANDS.map((band) => {
    const rows = Math.ceil((perBand.get(band)?.length ?? 0) / NODES_PER_ROW);
    return Math.max(DEFAULT_BAND_HEIGHT, TOP_INSET + rows * (NODE_HEIGHT + ROW_GAP) - ROW_GAP + BAND_PADDING_Y);
  });
  const custom = heights.some((h) => h !== DEFAULT_BAND_HEIGHT);
  const rows = bandLayout({ bandHeights: custom ? heights : undefined });
  const nodes: Record<string, NodeLayout> = {};
  for (const row of rows) {
    (perBand.get(row.band) ?? []).forEach((id, i) => {
      const col = i % NODES_PER_ROW;
      const line = Math.floor(i / NODES_PER_ROW);
      nodes[id] = { x: BAND_HEADER_WIDTH + 20 + col * (NODE_WIDTH + NODE_GAP_X), y: row.top + TOP_INSET + line * (NODE_HEIGHT + ROW_GAP) };
    });
  }
  return { nodes, bandHeights: custom ? heights : undefined };
}
