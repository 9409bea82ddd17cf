/** Commands that arrange views and their nodes: align, distribute, place existing elements, resize a band, reorder views. */
import { z } from 'zod';
import { bandLayout, clampToBand, NODE_HEIGHT, NODE_WIDTH } from '../model/bands';
import { BANDS } from '../model/vocabulary';
import { bandOf } from '../model/kinds';
import { idSchema, type NodeLayout } from '../model/schema';
import { clampNodeX, freeSlot } from '../layout/slots';
import { CommandError, defineCommand, type CommandDraft, type ViewDraft } from './registry';

export const ALIGN_MODES = ['left', 'centre', 'right', 'top', 'middle', 'bottom'] as const;
export type AlignMode = (typeof ALIGN_MODES)[number];

interface Box {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The view's boxes of `ids`, failing when the view or a node is missing. */
function boxesOf(draft: CommandDraft, viewId: string, ids: string[]): { view: ViewDraft; boxes: Box[] } {
  const view = draft.views[viewId];
  if (!view) throw new CommandError('view.notFound', [{ params: { id: viewId } }]);
  const boxes = [...new Set(ids)].map((id) => {
    const n = view.nodes[id];
    if (!n || !draft.elements.get(id)) throw new CommandError('element.notOnView', [{ params: { id } }]);
    return { id, x: n.x, y: n.y, w: n.w ?? NODE_WIDTH, h: n.h ?? NODE_HEIGHT };
  });
  return { view, boxes };
}

/** Move node `id` to (x, y), keeping it inside its band, right of the band labels. */
function moveTo(draft: CommandDraft, view: ViewDraft, box: Box, x: number, y: number) {
  const el = draft.elements.get(box.id)!;
  // a box is replaced, never changed in place (./nodes-draft.ts)
  view.nodes[box.id] = { ...view.nodes[box.id], x: Math.round(clampNodeX(x)), y: Math.round(clampToBand(view, bandOf(el.kind), y, box.h)) };
}

export const alignNodes = defineCommand({
  id: 'view.align',
  labelKey: 'command.view.align',
  args: z.object({ viewId: idSchema, ids: z.array(idSchema).min(2), mode: z.enum(ALIGN_MODES) }),
  run(draft, { viewId, ids, mode }) {
    const { view, boxes } = boxesOf(draft, viewId, ids);
    const left = Math.min(...boxes.map((b) => b.x));
    const right = Math.max(...boxes.map((b) => b.x + b.w));
    const top = Math.min(...boxes.map((b) => b.y));
    const bottom = Math.max(...boxes.map((b) => b.y + b.h));
    for (const b of boxes) {
      if (mode === 'left') moveTo(draft, view, b, left, b.y);
      else if (mode === 'centre') moveTo(draft, view, b, (left + right) / 2 - b.w / 2, b.y);
      else if (mode === 'right') moveTo(draft, view, b, right - b.w, b.y);
      // vertical alignment is limited by each node's band: nodes of different bands only get as close as their bands allow
      else if (mode === 'top') moveTo(draft, view, b, b.x, top);
      else if (mode === 'middle') moveTo(draft, view, b, b.x, (top + bottom) / 2 - b.h / 2);
      else moveTo(draft, view, b, b.x, bottom - b.h);
    }
  },
});

export const distributeNodes = defineCommand({
  id: 'view.distribute',
  labelKey: 'command.view.distribute',
  args: z.object({ viewId: idSchema, ids: z.array(idSchema).min(3), axis: z.enum(['horizontal', 'vertical']) }),
  run(draft, { viewId, ids, axis }) {
    const { view, boxes } = boxesOf(draft, viewId, ids);
    const pos = (b: Box) => (axis === 'horizontal' ? b.x : b.y);
    const size = (b: Box) => (axis === 'horizontal' ? b.w : b.h);
    const sorted = [...boxes].sort((a, b) => pos(a) - pos(b));
    const first = sorted[0];
    const last = sorted[sorted.length - 1];
    const span = pos(last) + size(last) - pos(first);
    const used = sorted.reduce((s, b) => s + size(b), 0);
    const gap = (span - used) / (sorted.length - 1);
    // equal gaps between edges when they fit; equal steps between starts when the nodes would overlap
    const step = (pos(last) - pos(first)) / (sorted.length - 1);
    let at = pos(first);
    sorted.forEach((b, i) => {
      const p = gap >= 0 ? at : pos(first) + i * step;
      at += size(b) + gap;
      if (axis === 'horizontal') moveTo(draft, view, b, p, b.y);
      else moveTo(draft, view, b, b.x, p);
    });
  },
});

export const placeElements = defineCommand({
  id: 'view.placeElements',
  labelKey: 'command.view.placeElements',
  args: z.object({
    viewId: idSchema,
    ids: z.array(idSchema).min(1),
    /** Where to put each node; missing ones go to the next free slot of their band. */
    positions: z.record(idSchema, z.object({ x: z.number().finite(), y: z.number().finite() })).optional(),
  }),
  run(draft, { viewId, ids, positions }) {
    const view = draft.views[viewId];
    if (!view) throw new CommandError('view.notFound', [{ params: { id: viewId } }]);
    for (const id of ids) {
      const el = draft.elements.get(id);
      if (!el) throw new CommandError('element.notFound', [{ params: { id } }]);
      if (view.nodes[id]) continue; // already shown: placing again changes nothing
      const band = bandOf(el.kind);
      const at = positions?.[id] ?? freeSlot({ elements: draft.elements.current() }, view, band);
      const node: NodeLayout = { x: Math.round(clampNodeX(at.x)), y: Math.round(clampToBand(view, band, at.y, NODE_HEIGHT)) };
      view.nodes[id] = node;
    }
  },
});

/** Smallest band height the editor allows: room for one row of nodes. */
export const MIN_BAND_HEIGHT = NODE_HEIGHT + 16;

export const resizeBand = defineCommand({
  id: 'view.resizeBand',
  labelKey: 'command.view.resizeBand',
  args: z.object({ viewId: idSchema, band: z.number().int().min(0).max(6), height: z.number().finite().min(MIN_BAND_HEIGHT).max(100_000) }),
  run(draft, { viewId, band, height }) {
    const view = draft.views[viewId];
    if (!view) throw new CommandError('view.notFound', [{ params: { id: viewId } }]);
    const before = bandLayout(view);
    const delta = height - before[band].height;
    const heights = before.map((b) => b.height);
    heights[band] = height;
    view.bandHeights = heights;
    // nodes of the bands below move with their band; nodes of this band stay inside it
    for (const [id, node] of Object.entries(view.nodes)) {
      const el = draft.elements.get(id);
      if (!el) continue;
      const index = BANDS.indexOf(bandOf(el.kind));
      if (index > band) view.nodes[id] = { ...node, y: node.y + delta };
      else if (index === band) view.nodes[id] = { ...node, y: Math.round(clampToBand(view, BANDS[band], node.y, node.h ?? NODE_HEIGHT)) };
    }
  },
});

export const reorderViews = defineCommand({
  id: 'view.reorder',
  labelKey: 'command.view.reorder',
  args: z.object({ ids: z.array(idSchema).min(1) }),
  run(draft, { ids }) {
    if (new Set(ids).size !== ids.length || ids.length !== Object.keys(draft.views).length) throw new CommandError('view.invalid', [{ params: { message: 'ids' } }]);
    ids.forEach((id, order) => {
      const view = draft.views[id];
      if (!view) throw new CommandError('view.notFound', [{ params: { id } }]);
      if (view.order !== order) view.order = order;
    });
  },
});
