/** Where to put a node added to a view without a drop position: right of what its band already holds. */
import { bandLayout, BAND_PADDING_Y, NODE_GAP_X, NODE_HEIGHT, NODE_WIDTH } from '../model/bands';
import { bandOf } from '../model/kinds';
import type { LakarDocument, View } from '../model/schema';
import type { Band } from '../model/vocabulary';
import { CONTENT_LEFT } from './graph';

/**
 * A node's x kept right of the band label column: a node dropped, dragged, nudged or aligned to the
 * far left would otherwise hide under the bands' labels or leave the bands altogether.
 */
export function clampNodeX(x: number): number {
  return Math.max(x, CONTENT_LEFT);
}

/**
 * A free position in `band` of `view`: on the band's first row, right of the rightmost node that
 * overlaps that row, so a new node never lands on top of an existing one.
 */
export function freeSlot(doc: Pick<LakarDocument, 'elements'>, view: View, band: Band, extra: { x: number; y: number; w?: number; h?: number }[] = []): { x: number; y: number } {
  const row = bandLayout(view).find((r) => r.band === band)!;
  const y = row.top + BAND_PADDING_Y + 20;
  let right = CONTENT_LEFT;
  const consider = (p: { x: number; y: number; w?: number; h?: number }) => {
    const h = p.h ?? NODE_HEIGHT;
    if (p.y < y + NODE_HEIGHT && p.y + h > y) right = Math.max(right, p.x + (p.w ?? NODE_WIDTH) + NODE_GAP_X);
  };
  for (const [id, p] of Object.entries(view.nodes)) {
    const el = doc.elements.get(id);
    if (el && bandOf(el.kind) === band) consider(p);
  }
  extra.forEach(consider);
  return { x: right, y };
}
