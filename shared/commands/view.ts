/** Commands on views: add, rename, remove, place/unplace elements, apply a layout, band heights. */
import { z } from 'zod';
import { idSchema, nodeLayoutSchema, viewSchema } from '../model/schema';
import { CommandError, defineCommand } from './registry';
import { validOrThrow } from './validate';
import { normalizeView, rememberNormalised } from './normalize';

export const addView = defineCommand({
  id: 'view.add',
  labelKey: 'command.view.add',
  args: z.object({ view: z.unknown() }),
  run(draft, { view }) {
    const v = validOrThrow(viewSchema, view, 'view.invalid');
    if (draft.views[v.id]) throw new CommandError('view.duplicateId', [{ params: { id: v.id } }]);
    for (const id of Object.keys(v.nodes)) if (!draft.elements.get(id)) throw new CommandError('element.notFound', [{ params: { id } }]);
    draft.views[v.id] = v;
  },
});

export const renameView = defineCommand({
  id: 'view.rename',
  labelKey: 'command.view.rename',
  args: z.object({ id: idSchema, name: z.string().trim().min(1, 'name.required').max(300) }),
  run(draft, { id, name }) {
    const v = draft.views[id];
    if (!v) throw new CommandError('view.notFound', [{ params: { id } }]);
    v.name = name;
  },
});

export const removeView = defineCommand({
  id: 'view.remove',
  labelKey: 'command.view.remove',
  args: z.object({ id: z.string().min(1) }),
  run(draft, { id }) {
    if (!draft.views[id]) throw new CommandError('view.notFound', [{ params: { id } }]);
    if (Object.keys(draft.views).length === 1) throw new CommandError('view.lastView');
    delete draft.views[id];
  },
});

/** Elements placed on `view` again are no longer hidden from it. */
export function unhide(view: { hidden?: string[] }, ids: readonly string[]): void {
  if (!view.hidden?.length) return;
  const placed = new Set(ids);
  const left = view.hidden.filter((id) => !placed.has(id));
  if (left.length) view.hidden = left;
  else delete view.hidden;
}

/** Set positions of many nodes at once (auto-layout, align/distribute, placing existing elements). */
export const layoutView = defineCommand({
  id: 'view.layout',
  labelKey: 'command.view.layout',
  args: z.object({ viewId: idSchema, nodes: z.record(idSchema, nodeLayoutSchema), bandHeights: z.array(z.number().positive()).length(7).optional() }),
  run(draft, { viewId, nodes, bandHeights }) {
    const view = draft.views[viewId];
    if (!view) throw new CommandError('view.notFound', [{ params: { id: viewId } }]);
    for (const [id, layout] of Object.entries(nodes)) {
      if (!draft.elements.get(id)) throw new CommandError('element.notFound', [{ params: { id } }]);
      view.nodes[id] = layout;
    }
    unhide(view, Object.keys(nodes));
    if (bandHeights) view.bandHeights = bandHeights;
    normalizeView(draft, viewId);
    rememberNormalised(draft, viewId);
  },
});

export const hideFromView = defineCommand({
  id: 'view.hideElements',
  labelKey: 'command.view.hideElements',
  args: z.object({ viewId: idSchema, ids: z.array(idSchema).min(1) }),
  run(draft, { viewId, ids }) {
    const view = draft.views[viewId];
    if (!view) throw new CommandError('view.notFound', [{ params: { id: viewId } }]);
    for (const id of ids) delete view.nodes[id];
    // remembered, so the Kertas Cadangan counts them rather than drawing them as forgotten elements
    view.hidden = [...new Set([...(view.hidden ?? []), ...ids])].sort();
  },
});
