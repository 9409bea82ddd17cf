/**
 * Keeping a view's stored geometry equal to what is drawn. The drawing puts modules and application
 * services inside their application (which grows), grows a band that holds a taller box, and moves a
 * box into its band (shared/routing/scene.ts); the commands that change geometry store that result,
 * so the canvas drags in the coordinates it shows and every reader of the file sees the same picture.
 */
import { current, isDraft, type Draft } from 'immer';
import type { LakarDocument, View } from '../model/schema';
import { buildScene, sceneLayout } from '../routing/scene';

const same = (a: number | undefined, b: number | undefined) => a === b || (a !== undefined && b !== undefined && Math.abs(a - b) < 0.5);

/** Store the drawn geometry of view `viewId` where it differs from what is stored. */
export function normalizeView(draft: Draft<LakarDocument>, viewId: string): void {
  const view = draft.views[viewId];
  if (!view) return;
  // read plain copies: the scene reads every node, far cheaper outside immer's proxies
  const plainView = (isDraft(view) ? current(view) : view) as View;
  const elements = (isDraft(draft.elements) ? current(draft.elements) : draft.elements) as LakarDocument['elements'];
  const { nodes, bandHeights } = sceneLayout(buildScene({ elements }, plainView));
  for (const [id, layout] of Object.entries(nodes)) {
    const old = plainView.nodes[id];
    if (old && same(old.x, layout.x) && same(old.y, layout.y) && same(old.w, layout.w) && same(old.h, layout.h)) continue;
    view.nodes[id] = layout;
  }
  const stored = plainView.bandHeights;
  if (!stored || stored.some((h, i) => !same(h, bandHeights[i]))) {
    // a view on the default heights keeps them unset while nothing grew
    const defaults = !stored && buildScene({ elements }, { ...plainView, nodes: {} }).bands.every((b, i) => same(b.height, bandHeights[i]));
    if (!defaults) view.bandHeights = bandHeights;
  }
}

/** Normalise every view that shows one of `ids`. */
export function normalizeViewsShowing(draft: Draft<LakarDocument>, ids: readonly string[]): void {
  for (const [viewId, view] of Object.entries(draft.views)) if (ids.some((id) => id in view.nodes)) normalizeView(draft, viewId);
}
