/**
 * Keeping a view's stored geometry equal to what is drawn. The drawing puts modules and application
 * services inside their application (which grows), grows a band that holds a taller box, and moves a
 * box into its band (shared/routing/scene.ts); the commands that change geometry store that result,
 * so the canvas drags in the coordinates it shows and every reader of the file sees the same picture.
 */
import { boxIds } from '../model/boxes-record';
import { isDraft, original } from 'immer';
import { bandLayout } from '../model/bands';
import { bandOf } from '../model/kinds';
import type { LakarDocument, View } from '../model/schema';
import { BANDS } from '../model/vocabulary';
import type { NodeLayout } from '../model/schema';
import { drain, sceneNodeLayout, treeScene, treesOf } from '../routing/scene';
import { whenDone, type CommandDraft } from './registry';
import { adoptBoxes, currentView } from './nodes-draft';
import { drawnAheadOf, drawnAheadSteps, drawnChanges, handOnDrawnAhead, same } from './drawn-ahead';
import { handOnCounts } from './band-counts';

/**
 * Store the drawn geometry of view `viewId` where it differs from what is stored; true when it did.
 * `plain` may give the view and elements as plain objects (a command that knows them saves copying
 * them out of the draft).
 */
export function normalizeView(draft: CommandDraft, viewId: string, plain?: { view: View; elements: LakarDocument['elements'] }): boolean {
  const view = draft.views[viewId];
  if (!view) return false;
  // read plain objects: the scene reads every node, far cheaper outside immer's proxies
  const plainView = plain?.view ?? currentView(view as View);
  const elements = plain?.elements ?? draft.elements.current();
  // a site lists the controls protecting it (shared/routing/protection.ts): its height reads the relations
  const relations = draft.relations.current();
  let changed = false;
  const bandHeights = drain(
    drawnChanges({ elements, relations }, plainView, (id, layout) => {
      view.nodes[id] = layout;
      changed = true;
    }),
  );
  if (bandHeights) view.bandHeights = bandHeights;
  return changed || bandHeights !== undefined;
}

/** What `checkStoredAsDrawn` found: the view is stored as drawn, or not, or the document changed before the check was over. */
export type DrawnCheck = 'drawn' | 'differs' | 'outdated';

/**
 * Whether view `viewId` of `doc` is stored as drawn, found in steps in idle time after opening (see
 * `sceneSteps`); when it is, it is remembered (knownNormalised), so the first command that changes
 * its geometry draws again only the trees it touches rather than the whole view (~1.2 s of CPU for
 * the first move or taller name in a 92,000-box view, ~0.1 s at 9,000). Each `next(doc)` passes the
 * document as it is now: when its view, elements or relations are no longer those the check began
 * with (a command ran), it stops, 'outdated'.
 */
export function* checkStoredAsDrawn(doc: LakarDocument, viewId: string): Generator<void, DrawnCheck, LakarDocument> {
  const view = doc.views[viewId];
  const { elements, relations } = doc;
  if (!view) return 'outdated';
  // a view not stored as drawn is drawn whole anyway: its boxes as drawn are made on the way (./drawn-ahead.ts)
  const steps = drawnAheadSteps({ elements, relations }, view, viewId);
  for (;;) {
    const r = steps.next();
    if (r.done && r.value) return 'differs';
    if (r.done) {
      normalised.set(view.nodes, { bandHeights: view.bandHeights, elements });
      return 'drawn';
    }
    const now = yield;
    if (now.views[viewId] !== view || now.elements !== elements || now.relations !== relations) return 'outdated';
  }
}

/**
 * Store view `viewId` as drawn, as it was before the command running on `draft` began, before the
 * command writes any of its boxes: with the boxes made ahead in idle time when they are (./drawn-ahead.ts,
 * taken whole: O(1)), else made now the same way. Gives the view (plain) and elements as the
 * command found them, the view as now stored, for the command to go on as on a view stored as drawn
 * (normalizeTrees); undefined when there is no such view.
 */
export function storeAsDrawn(draft: CommandDraft, viewId: string): { view: View; elements: LakarDocument['elements'] } | undefined {
  const before = originalOf(draft, viewId);
  if (!before || knownNormalised(before.view, before.elements)) return before;
  const relations = draft.relations.original();
  const ahead = drawnAheadOf(before.view, viewId, before.elements, relations) ?? drain(drawnAheadSteps({ elements: before.elements, relations }, before.view, viewId));
  if (!ahead) return before;
  const view = draft.views[viewId]!;
  const nodes = adoptBoxes(view, ahead);
  // the command wrote boxes of the view already: its caller normalises the whole view as it is now
  if (!nodes) return undefined;
  if (ahead.heights) view.bandHeights = ahead.heights;
  const drawn = { ...before.view, nodes, bandHeights: ahead.heights ?? before.view.bandHeights };
  // the same boxes, in the same bands: a free slot is counted as on the view as it was
  handOnCounts(before.view.nodes, drawn.nodes, before.elements);
  return { view: drawn, elements: before.elements };
}

/**
 * Normalise every view that shows one of `ids`, the elements the command changed (and their old and
 * new parents). A view stored as drawn before it has only their trees drawn again (normalizeTrees).
 * View `skip`, if given, is left alone.
 */
export function normalizeViewsShowing(draft: CommandDraft, ids: readonly string[], skip?: string): void {
  for (const [viewId, view] of Object.entries(draft.views)) {
    if (viewId === skip || !ids.some((id) => id in view.nodes)) continue;
    // a view not stored as drawn is stored so first (as it was drawn before the command)
    const before = storeAsDrawn(draft, viewId);
    if (!before || normalizeTrees(draft, viewId, before.view, draft.elements.current(), new Map(), ids) === undefined) normalizeView(draft, viewId);
  }
}

/** The view and elements of `draft` as they were before the command began (no copy). */
export function originalOf(draft: CommandDraft, viewId: string): { view: View; elements: LakarDocument['elements'] } | undefined {
  const view = isDraft(draft.views) ? (original(draft.views) as LakarDocument['views'] | undefined)?.[viewId] : (draft.views[viewId] as View);
  const elements = draft.elements.original();
  return view && elements ? { view, elements } : undefined;
}

/**
 * Views stored as they are drawn, by their `nodes` object (frozen, as every document a command makes):
 * the band heights and elements they were drawn with. A view stays normalised while these three are
 * the same objects; a later edit of a few boxes then needs to draw only their trees.
 */
const normalised = new WeakMap<object, { bandHeights: View['bandHeights']; elements: LakarDocument['elements'] }>();

/** True when `view` is known to be stored as it is drawn with `elements` (normalizeView would change nothing). */
export function knownNormalised(view: View, elements: LakarDocument['elements']): boolean {
  const known = normalised.get(view.nodes);
  return known !== undefined && known.bandHeights === view.bandHeights && known.elements === elements;
}

/** Ids of the views of `doc` known to be stored as drawn (so the history can carry it over an undo or redo). */
export function trustedViews(doc: LakarDocument): string[] {
  return Object.keys(doc.views).filter((id) => knownNormalised(doc.views[id], doc.elements));
}

/**
 * Trust views `ids` of `doc` as stored as drawn: for a document equal to one whose views `ids` were
 * (an undo gives back the document before a command, a redo the one after it, as new objects).
 */
export function trustViews(doc: LakarDocument, ids: readonly string[]): void {
  for (const id of ids) {
    const view = doc.views[id];
    if (view) normalised.set(view.nodes, { bandHeights: view.bandHeights, elements: doc.elements });
  }
}

/**
 * Remember that view `viewId` of the document the command running on `draft` makes is stored as
 * drawn. Only for a command whose last change to that view's geometry and to the elements on it was
 * its normalisation.
 */
export function rememberNormalised(draft: CommandDraft, viewId: string): void {
  whenDone(draft, (doc) => {
    const view = doc.views[viewId];
    if (view) normalised.set(view.nodes, { bandHeights: view.bandHeights, elements: doc.elements });
  });
}

/**
 * Keep trusting view `viewId` as stored as drawn, now with the elements the command running on `draft`
 * makes: for a view that was trusted before it and that it left as it was, when none of the elements
 * it changed draw other than before there. Nothing is kept if the command did change the view after all.
 */
export function keepTrusted(draft: CommandDraft, viewId: string): void {
  const before = originalOf(draft, viewId);
  if (!before) return;
  const { nodes, bandHeights } = before.view;
  if (!knownNormalised(before.view, before.elements)) {
    // not stored as drawn, but its boxes as drawn made ahead: they stay what it stores once drawn (./drawn-ahead.ts)
    const ahead = drawnAheadOf(before.view, viewId, before.elements, draft.relations.original());
    if (ahead) {
      whenDone(draft, (doc) => {
        const view = doc.views[viewId];
        if (view && view.nodes === nodes && view.bandHeights === bandHeights) handOnDrawnAhead(doc, [[viewId, ahead]]);
      });
    }
    return;
  }
  whenDone(draft, (doc) => {
    const view = doc.views[viewId];
    if (view && view.nodes === nodes && view.bandHeights === bandHeights) normalised.set(nodes, { bandHeights, elements: doc.elements });
  });
}

/**
 * keepTrusted for every view that shows none of `changed` (the elements the command added, changed or
 * removed): an element off a view never changes how it is drawn (a parent draws its children only
 * when it is on the view too).
 */
export function keepTrustedWithout(draft: CommandDraft, changed: readonly string[]): void {
  for (const viewId of Object.keys(draft.views)) {
    const before = originalOf(draft, viewId);
    if (before && !changed.some((id) => id in before.view.nodes)) keepTrusted(draft, viewId);
  }
}

/** Ids of the views that were known to be stored as drawn before the command running on `draft` began. */
export function viewsKnownNormalised(draft: CommandDraft): string[] {
  const views = (isDraft(draft.views) ? original(draft.views) : draft.views) as LakarDocument['views'] | undefined;
  const elements = draft.elements.original();
  return views && elements ? Object.keys(views).filter((id) => knownNormalised(views[id], elements)) : [];
}

/**
 * normalizeView for a view that was stored as drawn (knownNormalised) before the command stored some
 * of its boxes anew (moved, resized, added or removed): only the trees holding those boxes are drawn
 * again and stored where they differ, which is all a full normalisation would change. When one of
 * them needs a taller band, the band grows and every box of the bands below moves down by as much
 * (`shiftBelow`); where that cannot be told exactly from the stored positions it answers undefined
 * and changes nothing, and the caller normalises the whole view.
 * `view` is the view before the command (plain), `changed` the boxes it stored anew with their stored
 * position now (undefined: taken off the view), `elements` the elements now; `touched` lists elements
 * whose trees are drawn again too: ones the command changed (a rename, a new parent), the old parents
 * of a moved-out or removed child (a removed element is in no tree now, so the caller names them).
 */
export function normalizeTrees(
  draft: CommandDraft,
  viewId: string,
  view: View,
  elements: LakarDocument['elements'],
  changed: ReadonlyMap<string, NodeLayout | undefined>,
  touched: readonly string[] = [],
): boolean | undefined {
  const at = (id: string): NodeLayout | undefined => (changed.has(id) ? changed.get(id) : view.nodes[id]);
  const doc = { elements, relations: draft.relations.current() };
  const { tops, nest } = treesOf(doc, at, [...changed.keys(), ...touched]);
  const bands = bandLayout(view);
  // band heights never shrink: the other boxes fit their band already, so only a taller need grows one
  const heights = bands.map((b) => b.height);
  const placed = tops.map((id) => {
    const index = BANDS.indexOf(bandOf(elements.get(id)!.kind));
    const tree = treeScene(doc, nest, id, at(id)!, bands[index], bands[index].top);
    heights[index] = Math.max(heights[index], tree.needs);
    return { id, index, tree };
  });
  const grown = heights.some((h, i) => h !== bands[i].height);
  let shifted: Map<string, NodeLayout> | undefined;
  if (grown) {
    const drawnTops: number[] = [];
    heights.reduce((top, h, i) => ((drawnTops[i] = top), top + h), 0);
    const inTrees = new Set(placed.flatMap((p) => p.tree.nodes.map((n) => n.id)));
    shifted = shiftBelow(view, elements, bands, drawnTops, heights, (id) => changed.has(id) || inTrees.has(id));
    if (!shifted) return undefined;
    // the trees in bands that moved down, drawn from their band's new top
    for (const p of placed) if (drawnTops[p.index] !== bands[p.index].top) p.tree = treeScene(doc, nest, p.id, at(p.id)!, bands[p.index], drawnTops[p.index]);
  }
  const target = draft.views[viewId]!;
  let stored = false;
  for (const { tree } of placed) {
    for (const n of tree.nodes) {
      const old = at(n.id);
      const layout = sceneNodeLayout(n, old);
      if (old && same(old.x, layout.x) && same(old.y, layout.y) && same(old.w, layout.w) && same(old.h, layout.h)) continue;
      target.nodes[n.id] = layout;
      stored = true;
    }
  }
  if (shifted) {
    for (const [id, layout] of shifted) target.nodes[id] = layout;
    target.bandHeights = heights;
    stored = true;
  }
  return stored;
}

/**
 * Where the boxes of `view` (stored as drawn) outside the trees drawn again (`redrawn`) are stored
 * once the bands are drawn `heights` high from `drawnTops`: those of a band that moved down by d, d lower. Told
 * exactly only when every stored number involved is whole (a drawn box is then where it is stored:
 * buildScene puts a box at its band's top plus its place in the band, a child at its parent's plus
 * whole offsets); otherwise undefined.
 */
function shiftBelow(
  view: View,
  elements: LakarDocument['elements'],
  bands: readonly { top: number; height: number }[],
  drawnTops: readonly number[],
  heights: readonly number[],
  redrawn: (id: string) => boolean,
): Map<string, NodeLayout> | undefined {
  if (!drawnTops.every(Number.isInteger) || !bands.every((b) => Number.isInteger(b.top) && Number.isInteger(b.height))) return undefined;
  // (a band grown by a fraction: normalizeView stores no heights within half a pixel of those stored)
  if (!heights.every(Number.isInteger)) return undefined;
  const shift = drawnTops.map((top, i) => top - bands[i].top);
  const out = new Map<string, NodeLayout>();
  const whole = (v: number | undefined) => v === undefined || Number.isInteger(v);
  for (const id of boxIds(view.nodes)) {
    const el = elements.get(id);
    // a box with no element is not drawn; children are drawn in their parent's band, their own kind's
    if (!el || redrawn(id)) continue;
    const d = shift[BANDS.indexOf(bandOf(el.kind))];
    if (d === 0) continue;
    const old = view.nodes[id];
    if (!whole(old.x) || !whole(old.y) || !whole(old.w) || !whole(old.h)) return undefined;
    const layout: NodeLayout = { x: old.x, y: old.y + d };
    if (old.w !== undefined) layout.w = old.w;
    if (old.h !== undefined) layout.h = old.h;
    out.set(id, layout);
  }
  return out;
}
