/**
 * Keeping a view's stored geometry equal to what is drawn. The drawing puts modules and application
 * services inside their application (which grows), grows a band that holds a taller box, and moves a
 * box into its band (shared/routing/scene.ts); the commands that change geometry store that result,
 * so the canvas drags in the coordinates it shows and every reader of the file sees the same picture.
 */
import { current, isDraft, original } from 'immer';
import { bandLayout } from '../model/bands';
import { bandOf } from '../model/kinds';
import type { LakarDocument, View } from '../model/schema';
import { BANDS } from '../model/vocabulary';
import { BAND_INSET, buildScene, leafSize, sceneNodeLayout } from '../routing/scene';
import type { CommandDraft } from './registry';

const same = (a: number | undefined, b: number | undefined) => a === b || (a !== undefined && b !== undefined && Math.abs(a - b) < 0.5);

/**
 * True when the scene could draw `view` other than stored: a child on the view with its parent, or a
 * box not inside its stored band. A cheap pass, so most edits of a big view skip building the scene.
 */
function mayDiffer(elements: LakarDocument['elements'], view: View): boolean {
  const bands = bandLayout(view);
  for (const id in view.nodes) {
    const el = elements.get(id);
    if (!el) continue;
    if ((el.kind === 'module' || el.kind === 'appService') && el.parentId && view.nodes[el.parentId]) return true;
    const band = bands[BANDS.indexOf(bandOf(el.kind))];
    const p = view.nodes[id];
    const { h } = leafSize(el, p);
    if (p.y < band.top + BAND_INSET || p.y + h > band.top + band.height - BAND_INSET + 0.5) return true;
    if (el.kind === 'application' && (p.w !== undefined || p.h !== undefined)) return true;
  }
  return false;
}

/**
 * Store the drawn geometry of view `viewId` where it differs from what is stored; true when it did.
 * `plain` may give the view and elements as plain objects (a command that knows them saves copying
 * them out of the draft).
 */
export function normalizeView(draft: CommandDraft, viewId: string, plain?: { view: View; elements: LakarDocument['elements'] }): boolean {
  const view = draft.views[viewId];
  if (!view) return false;
  // read plain objects: the scene reads every node, far cheaper outside immer's proxies
  const plainView = plain?.view ?? ((isDraft(view) ? current(view) : view) as View);
  const elements = plain?.elements ?? draft.elements.current();
  if (!mayDiffer(elements, plainView)) return false;
  let changed = false;
  const scene = buildScene({ elements }, plainView);
  // node by node, as sceneLayout(scene) would give them, without building its record of every node
  for (const n of scene.nodes) {
    const old = plainView.nodes[n.id];
    const layout = sceneNodeLayout(n, old);
    if (old && same(old.x, layout.x) && same(old.y, layout.y) && same(old.w, layout.w) && same(old.h, layout.h)) continue;
    view.nodes[n.id] = layout;
    changed = true;
  }
  const bandHeights = scene.bands.map((b) => b.height);
  const stored = plainView.bandHeights;
  if (!stored || stored.some((h, i) => !same(h, bandHeights[i]))) {
    // a view on the default heights keeps them unset while nothing grew
    const defaults = !stored && buildScene({ elements }, { ...plainView, nodes: {} }).bands.every((b, i) => same(b.height, bandHeights[i]));
    if (!defaults) {
      view.bandHeights = bandHeights;
      changed = true;
    }
  }
  return changed;
}

/** Normalise every view that shows one of `ids`. */
export function normalizeViewsShowing(draft: CommandDraft, ids: readonly string[]): void {
  for (const [viewId, view] of Object.entries(draft.views)) if (ids.some((id) => id in view.nodes)) normalizeView(draft, viewId);
}

/** The view and elements of `draft` as they were before the command began (no copy). */
export function originalOf(draft: CommandDraft, viewId: string): { view: View; elements: LakarDocument['elements'] } | undefined {
  const view = isDraft(draft.views) ? (original(draft.views) as LakarDocument['views'] | undefined)?.[viewId] : (draft.views[viewId] as View);
  const elements = draft.elements.original();
  return view && elements ? { view, elements } : undefined;
}
