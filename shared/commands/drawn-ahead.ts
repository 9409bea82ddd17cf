/**
 * What a view stores once it is stored as drawn, and that made ahead (issue 18: edits that cost what
 * they change). A view not stored as drawn (an imported view, a generated one) has its geometry
 * stored as drawn by its first move, addition, removal or taller name (./normalize.ts): at the
 * 91,980-box view of the varied 100,000-element model that is 46,707 boxes, ~1 s of CPU drawing the
 * view and writing them. The idle preparation after opening (./prepare.ts) draws the view anyway to
 * find whether it is stored as drawn; when it is not, it goes on to make the boxes as drawn (a table
 * of their own, ../model/table.ts), the band heights and the patches, a part at a time, and the
 * first such command takes them whole (./nodes-draft.ts `adoptBoxes`) and then makes its own change
 * as on a view stored as drawn. A command that finds none makes them the same way, at once, so the
 * documents and patches are the same whether the preparation ran or not.
 *
 * They are kept by the view's record of boxes (immutable) with the band heights, elements and
 * relations they were drawn with; an undo giving back an equal view hands them on (./history.ts), so
 * the edit after it takes them again instead of drawing the view again.
 */
import { freeze, type Patch } from 'immer';
import { boxIds } from '../model/boxes-record';
import { bandLayout } from '../model/bands';
import { bandOf } from '../model/kinds';
import type { LakarDocument, NodeLayout, View } from '../model/schema';
import { Table } from '../model/table';
import { BANDS } from '../model/vocabulary';
import { protectionOf } from '../routing/protection';
import { BAND_INSET, BOXES_PER_STEP, buildScene, leafSize, sceneNodeLayout, sceneSteps } from '../routing/scene';

/** Equal as stored geometry: within half a pixel (both unset counts as equal). */
export const same = (a: number | undefined, b: number | undefined) => a === b || (a !== undefined && b !== undefined && Math.abs(a - b) < 0.5);

/**
 * True when the scene could draw `view` other than stored: a child on the view with its parent, or a
 * box not inside its stored band. A cheap pass, so most edits of a big view skip building the scene.
 * In steps (see `sceneSteps`).
 */
function* mayDiffer(elements: LakarDocument['elements'], relations: LakarDocument['relations'], view: View): Generator<void, boolean, unknown> {
  const bands = bandLayout(view);
  const protection = protectionOf({ elements, relations });
  let step = 0;
  for (const id of boxIds(view.nodes)) {
    if (++step === BOXES_PER_STEP) {
      step = 0;
      yield;
    }
    const el = elements.get(id);
    if (!el) continue;
    if ((el.kind === 'module' || el.kind === 'appService') && el.parentId && view.nodes[el.parentId]) return true;
    const band = bands[BANDS.indexOf(bandOf(el.kind))];
    const p = view.nodes[id];
    const { h } = leafSize(el, p, protection(el));
    if (p.y < band.top + BAND_INSET || p.y + h > band.top + band.height - BAND_INSET + 0.5) return true;
    if (el.kind === 'application' && (p.w !== undefined || p.h !== undefined)) return true;
  }
  return false;
}

/**
 * What normalizeView stores for `view` (plain) drawn with `doc`, in steps (see `sceneSteps`):
 * `store(id, layout)` for each box drawn other than stored; returns the band heights to store, or
 * undefined when they stay.
 */
export function* drawnChanges(doc: Pick<LakarDocument, 'elements' | 'relations'>, view: View, store: (id: string, layout: NodeLayout) => void): Generator<void, number[] | undefined, unknown> {
  if (!(yield* mayDiffer(doc.elements, doc.relations, view))) return undefined;
  const scene = yield* sceneSteps(doc, view);
  // node by node, as sceneLayout(scene) would give them, without building its record of every node
  let step = 0;
  for (const n of scene.nodes) {
    if (++step === BOXES_PER_STEP) {
      step = 0;
      yield;
    }
    const old = view.nodes[n.id];
    const layout = sceneNodeLayout(n, old);
    if (old && same(old.x, layout.x) && same(old.y, layout.y) && same(old.w, layout.w) && same(old.h, layout.h)) continue;
    store(n.id, layout);
  }
  const bandHeights = scene.bands.map((b) => b.height);
  const stored = view.bandHeights;
  if (stored && stored.every((h, i) => same(h, bandHeights[i]))) return undefined;
  // a view on the default heights keeps them unset while nothing grew
  const defaults = !stored && buildScene(doc, { ...view, nodes: {} }).bands.every((b, i) => same(b.height, bandHeights[i]));
  return defaults ? undefined : bandHeights;
}

/** View `viewId` stored as drawn, made from the view as it is stored (see the module comment). */
export interface DrawnAhead {
  readonly viewId: string;
  /** What it was drawn from: the view's record of boxes and band heights, the elements and relations. */
  readonly nodes: object;
  readonly bandHeights: View['bandHeights'];
  readonly elements: LakarDocument['elements'];
  readonly relations: LakarDocument['relations'];
  /** The boxes as drawn, in the view's order (shared by the copies handed on): see `takeDrawnBoxes`. */
  readonly boxes: { readonly items: ReadonlyMap<string, NodeLayout>; fresh: Table<NodeLayout> | null };
  /** The band heights to store, or undefined when they stay. */
  readonly heights: number[] | undefined;
  /** The patches of storing it (one per box stored anew, as a command writing them gives) and their inverse. */
  readonly patches: readonly Patch[];
  readonly inversePatches: readonly Patch[];
}

/** Boxes made ahead, by the view's record of boxes they were drawn from. */
const aheadByNodes = new WeakMap<object, DrawnAhead>();

/**
 * View `viewId` stored as drawn with `doc` (its elements and relations), in steps (see `sceneSteps`):
 * undefined when it is stored as drawn already. A whole view is drawn, then its boxes put in a table a
 * step at a time.
 */
export function* drawnAheadSteps(doc: Pick<LakarDocument, 'elements' | 'relations'>, view: View, viewId: string): Generator<void, DrawnAhead | undefined, unknown> {
  const changes = new Map<string, NodeLayout>();
  const heights = yield* drawnChanges(doc, view, (id, layout) => changes.set(id, freeze(layout, true)));
  if (changes.size === 0 && heights === undefined) return undefined;
  const patches: Patch[] = [];
  const inversePatches: Patch[] = [];
  // in the order normalizeView writes them (the scene's), as a command's writes give their patches
  let step = 0;
  for (const [id, layout] of changes) {
    if (++step === BOXES_PER_STEP) {
      step = 0;
      yield;
    }
    const old = view.nodes[id];
    // one path for the patch and its inverse (patches are never changed in place): less to allocate
    const path = ['views', viewId, 'nodes', id];
    patches.push({ op: old === undefined ? 'add' : 'replace', path, value: layout });
    inversePatches.push(old === undefined ? { op: 'remove', path } : { op: 'replace', path, value: old });
  }
  // the items twice: the table the first command takes owns its map, the other stays as made
  const items = new Map<string, NodeLayout>();
  const fresh = new Map<string, NodeLayout>();
  for (const id of boxIds(view.nodes)) {
    if (++step === BOXES_PER_STEP) {
      step = 0;
      yield;
    }
    const layout = changes.get(id) ?? view.nodes[id];
    items.set(id, layout);
    fresh.set(id, layout);
  }
  // a box drawn that the view lacked goes last, as a key written into a record
  for (const [id, layout] of changes) {
    if (items.has(id)) continue;
    items.set(id, layout);
    fresh.set(id, layout);
  }
  // making the table reads every id once more (~a step's work at 92,000 boxes)
  yield;
  const ahead: DrawnAhead = {
    viewId,
    nodes: view.nodes,
    bandHeights: view.bandHeights,
    elements: doc.elements,
    relations: doc.relations,
    // the table the first command takes, and its items kept apart for a command after an undo of it
    boxes: { items, fresh: Table.fromMap(fresh) },
    heights,
    patches,
    inversePatches,
  };
  aheadByNodes.set(view.nodes, ahead);
  return ahead;
}

/**
 * The boxes as drawn of `ahead` as a table of their own for a command to take: the one made ahead,
 * then (a command after an undo of the one that took it) a copy of their items, ~2 ms at 92,000
 * boxes where a copy of the table taken, moved since, costs ~60 ms.
 */
export function takeDrawnBoxes(ahead: DrawnAhead): Table<NodeLayout> {
  const { boxes } = ahead;
  const table = boxes.fresh ?? Table.fromMap(new Map(boxes.items));
  boxes.fresh = null;
  return table;
}

/** The boxes made ahead for view `viewId` (`view`) as drawn with `elements` and `relations`, if they are. */
export function drawnAheadOf(view: View, viewId: string, elements: LakarDocument['elements'], relations: LakarDocument['relations']): DrawnAhead | undefined {
  const ahead = aheadByNodes.get(view.nodes);
  return ahead && ahead.viewId === viewId && ahead.bandHeights === view.bandHeights && ahead.elements === elements && ahead.relations === relations ? ahead : undefined;
}

/** The views of `doc` whose boxes are made ahead, with them (for the history to hand on over an undo). */
export function drawnAheadIn(doc: LakarDocument): [viewId: string, ahead: DrawnAhead][] {
  const out: [string, DrawnAhead][] = [];
  for (const [viewId, view] of Object.entries(doc.views)) {
    const ahead = drawnAheadOf(view, viewId, doc.elements, doc.relations);
    if (ahead) out.push([viewId, ahead]);
  }
  return out;
}

/**
 * Hand `aheads` on to the same views of `doc`: for a document equal to the one they were made for
 * (an undo gives back the document before a command, a redo the one after it, as new objects).
 */
export function handOnDrawnAhead(doc: LakarDocument, aheads: readonly (readonly [string, DrawnAhead])[]): void {
  for (const [viewId, ahead] of aheads) {
    const view = doc.views[viewId];
    if (view) aheadByNodes.set(view.nodes, { ...ahead, nodes: view.nodes, bandHeights: view.bandHeights, elements: doc.elements, relations: doc.relations });
  }
}

/**
 * Where `patches` (a command's, an undo's or a redo's, taking `before` to `after`) hold the patches of
 * storing a view of `before` as drawn, made ahead (a command takes them whole, ./nodes-draft.ts
 * `adoptBoxes`; a redo gives them again), or those giving a view of `after` back as it was stored
 * before (an undo: `back`): the journal keeps such a run as a note (../store/drawn-record.ts). Found
 * by identity, so only what the drawing made is named.
 */
export function drawnRunsIn(patches: readonly Patch[], before: LakarDocument, after?: LakarDocument): { viewId: string; at: number; count: number; back?: true }[] {
  const byFirst = new Map<Patch, [string, readonly Patch[], boolean]>();
  for (const [viewId, ahead] of drawnAheadIn(before)) if (ahead.patches.length > 0) byFirst.set(ahead.patches[0], [viewId, ahead.patches, false]);
  if (after) for (const [viewId, ahead] of drawnAheadIn(after)) if (ahead.inversePatches.length > 0) byFirst.set(ahead.inversePatches[0], [viewId, ahead.inversePatches, true]);
  if (byFirst.size === 0) return [];
  const runs: { viewId: string; at: number; count: number; back?: true }[] = [];
  for (let i = 0; i < patches.length; i++) {
    const found = byFirst.get(patches[i]);
    if (!found) continue;
    const [viewId, run, back] = found;
    if (i + run.length > patches.length) continue;
    let k = 1;
    while (k < run.length && patches[i + k] === run[k]) k++;
    if (k < run.length) continue;
    runs.push(back ? { viewId, at: i, count: run.length, back } : { viewId, at: i, count: run.length });
    i += run.length - 1;
  }
  return runs;
}
