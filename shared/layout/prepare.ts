/**
 * A view as the exports draw it. Positions a reader could not use — none at all, every box piled on
 * one spot (a file written by a script, an import that kept no diagram) — are laid out first; the
 * Kertas Cadangan's first LMV also shows the model's elements that no view shows, because the LMV is
 * of the whole service, and counts the ones a user deliberately hid.
 */
import { bandOf } from '../model/kinds';
import type { LakarDocument, NodeLayout, View } from '../model/schema';
import { BAND_PADDING_Y } from '../model/bands';
import { boxSize, buildScene, nesting } from '../routing/scene';
import { LAYOUT_MIN_BAND } from './place';
import { layoutView, layoutViewSync } from './run';
import { freeSlot } from './slots';

export interface PrepareOptions {
  /** Add the elements that no view shows (and no user hid) to this view. */
  includeUnshown?: boolean;
}

export interface PreparedView {
  view: View;
  /** Elements added because no view shows them. */
  added: string[];
  /** Elements no view shows because a user hid them (counted, not drawn). */
  hidden: number;
  /** True when the positions were laid out here. */
  laidOut: boolean;
}

/**
 * True when the stored positions of `view` cannot be drawn as they are: at least three top-level
 * boxes overlap another and they are a quarter of the view or more (every box at (0,0) is the
 * extreme case).
 */
export function needsLayout(doc: Pick<LakarDocument, 'elements'>, view: Pick<View, 'nodes'>): boolean {
  const nest = nesting(doc, view);
  const boxes: { x: number; y: number; w: number; h: number }[] = [];
  for (const id in view.nodes) {
    if (!doc.elements.get(id) || nest.parentOf.has(id)) continue;
    const { w, h } = boxSize(doc, view, id, nest);
    boxes.push({ x: view.nodes[id].x, y: view.nodes[id].y, w, h });
  }
  if (boxes.length < 2) return false;
  boxes.sort((a, b) => a.x - b.x);
  const involved = new Uint8Array(boxes.length);
  for (let i = 0; i < boxes.length; i++) {
    const p = boxes[i];
    for (let j = i + 1; j < boxes.length && boxes[j].x < p.x + p.w; j++) {
      const q = boxes[j];
      if (p.y < q.y + q.h && q.y < p.y + p.h) involved[i] = involved[j] = 1;
    }
  }
  const count = involved.reduce((a, b) => a + b, 0);
  return count === boxes.length || (count >= 3 && count >= boxes.length / 4);
}

/** `view` ready to draw (unchanged when its positions are fine and nothing is added). */
export function prepareView(doc: LakarDocument, view: View, options: PrepareOptions = {}): PreparedView {
  let nodes = view.nodes;
  const added: string[] = [];
  let hidden = 0;
  if (options.includeUnshown) {
    const shown = new Set<string>();
    const hiddenIds = new Set<string>();
    for (const v of Object.values(doc.views)) {
      for (const id in v.nodes) shown.add(id);
      for (const id of v.hidden ?? []) hiddenIds.add(id);
    }
    for (const id of doc.elements.ids()) {
      if (shown.has(id)) continue;
      if (hiddenIds.has(id)) hidden++;
      else added.push(id);
    }
  }
  const existing = Object.keys(nodes).filter((id) => doc.elements.get(id)).length;
  let laidOut = false;
  if (added.length > 0) {
    nodes = { ...nodes };
    const extra: NodeLayout[] = [];
    for (const id of added) {
      const slot = freeSlot(doc, { ...view, nodes }, bandOf(doc.elements.get(id)!.kind), extra);
      nodes[id] = slot;
      extra.push(slot);
    }
  }
  let out: View = nodes === view.nodes ? view : { ...view, nodes };
  // many new boxes, or positions nobody can read: lay the whole view out
  if (added.length > existing || needsLayout(doc, out)) {
    const result = layoutViewSync(doc, out);
    out = { ...out, nodes: { ...out.nodes, ...result.nodes }, bandHeights: result.bandHeights };
    laidOut = true;
  }
  return { view: out, added, hidden, laidOut };
}

/**
 * Lay out, in place, every view of `doc` whose positions cannot be drawn as they are (see
 * needsLayout): what an import does with a file written by a script. Returns the names of the views
 * laid out, for the import's notes.
 */
export async function layoutUnusableViews(doc: LakarDocument): Promise<string[]> {
  const names: string[] = [];
  for (const view of Object.values(doc.views)) {
    if (!needsLayout(doc, view)) continue;
    const result = await layoutView(doc, view.id);
    doc.views[view.id] = { ...view, nodes: { ...view.nodes, ...result.nodes }, bandHeights: result.bandHeights };
    names.push(view.name);
  }
  return names;
}

/**
 * `view` with the empty space of its bands taken out, as auto-layout would size them: each band as
 * tall as its boxes need (at least LAYOUT_MIN_BAND), boxes keeping their order and their distances
 * to each other. For print only, when a hand-drawn view's roomy bands (170 units each by default)
 * would otherwise make a small drawing too tall for one A3 page at a readable scale.
 */
export function compactBands(doc: Pick<LakarDocument, 'elements'>, view: View): View {
  const scene = buildScene(doc, view);
  const extent = scene.bands.map(() => ({ lo: Infinity, hi: -Infinity }));
  for (const n of scene.nodes) {
    if (n.depth > 0) continue;
    const e = extent[n.bandIndex];
    e.lo = Math.min(e.lo, n.y);
    e.hi = Math.max(e.hi, n.y + n.h);
  }
  const heights: number[] = [];
  const shift: number[] = [];
  let top = 0;
  scene.bands.forEach((band, i) => {
    const e = extent[i];
    const height = Math.min(band.height, Math.max(LAYOUT_MIN_BAND, e.hi > e.lo ? e.hi - e.lo + 2 * BAND_PADDING_Y : 0));
    // the content keeps its place in the band when there is room, else starts one padding down
    shift.push(e.hi > e.lo ? Math.min(top + BAND_PADDING_Y + (height - 2 * BAND_PADDING_Y - (e.hi - e.lo)) / 2, top + (e.lo - band.top)) - e.lo : 0);
    heights.push(height);
    top += height;
  });
  const nodes: Record<string, NodeLayout> = {};
  for (const n of scene.nodes) nodes[n.id] = { ...view.nodes[n.id], x: n.x, y: n.y + shift[n.bandIndex] };
  for (const id in view.nodes) if (!nodes[id]) nodes[id] = view.nodes[id];
  return { ...view, nodes, bandHeights: heights };
}
