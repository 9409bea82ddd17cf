/**
 * A long editing session on the canvas, drawn each time from the canvas before it (flowModel.ts,
 * flowEdges.ts, shared/routing/sceneUpdate.ts): hundreds of random edits of every kind the canvas
 * shows (moves, adds, pastes, new parents, relations added and removed, hides and places, layouts,
 * aligns, band resizes, renames, removals, merges of another copy, undo and redo runs, switching views and back) must draw
 * after each one what a canvas opened afresh draws, with most edits drawing only their trees again
 * and no edit listing where every box is (what each edit of a 92,000-box view then costs).
 */
import { describe, expect, it } from 'vitest';
import { boxIds, knownBoxesTable } from '../../shared/model/boxes-record';
import { makeVariedDocument } from '../../test/helpers/varied-model';
import { CanvasSession, chooseEdit, type CanvasEdit, type EditMix } from '../../test/helpers/canvas-edits';
import { madeIndex } from '../../shared/routing/scene-lookup';
import { FlowModelBuilder } from './flowModel';

/** Cumulative chances of each edit; past the last, a selection of a relation. */
const EDITS: readonly (readonly [number, CanvasEdit | 'view' | 'select' | 'selectRelation'])[] = [
  [0.14, 'move'],
  [0.2, 'add'],
  [0.26, 'paste'],
  [0.32, 'reparent'],
  [0.38, 'relation.add'],
  [0.44, 'relation.remove'],
  [0.49, 'hide'],
  [0.53, 'place'],
  [0.55, 'layout'],
  [0.57, 'align'],
  [0.595, 'merge'],
  [0.6, 'resizeBand'],
  [0.64, 'rename'],
  [0.74, 'remove'],
  [0.84, 'undo'],
  [0.91, 'redo'],
  [0.94, 'view'],
  [0.97, 'select'],
];
const MIX: EditMix = { secondRemoved: 0.2, pasteKinds: ['application', 'site', 'network', 'securityControl', 'module'] };

function session(seed: number, steps: number, storedAsDrawn: boolean) {
  const edits = new CanvasSession(makeVariedDocument(300, seed), seed, 'fz');
  const { rand, pick, viewIds } = edits;
  if (storedAsDrawn) edits.storeViewsAsDrawn();
  edits.opened = edits.state.doc;
  const builder = new FlowModelBuilder();
  let selected = new Set<string>();
  let selectedRelations = new Set<string>();
  const seen: Record<string, number> = {};
  for (let step = 0; step < steps; step++) {
    const doc = edits.state.doc;
    const viewId = edits.viewId;
    // after undos, redos often come next (nothing else in between keeps the future)
    const r = edits.state.future.length && rand() < 0.4 ? 0.85 : rand();
    const what = chooseEdit(EDITS, r, edits.state, 'selectRelation');
    try {
      if (what === 'view') {
        // the canvas shows another view, then this one again
        const other = pick(viewIds.filter((v) => v !== viewId))!;
        builder.nodes(edits.state.doc, edits.state.doc.views[other], new Set(), 'ms');
        builder.edges(edits.state.doc, edits.state.doc.views[other], new Set(), 'ms');
        if (rand() < 0.5) edits.viewId = other;
      } else if (what === 'select') selected = new Set([pick(edits.onView(viewId))!]);
      else if (what === 'selectRelation') selectedRelations = new Set([pick(doc.relations.ids())!]);
      else {
        const done = edits.edit(what, MIX);
        if (!done) continue;
        if (what === 'remove' && rand() < 0.5) selected = new Set(done);
      }
    } catch (e) {
      if ((e as { name?: string }).name !== 'CommandError' && !(e as { key?: string }).key) throw e;
      continue; // a command refusing what the random pick gave (a damaged field, a parent of the wrong kind)
    }
    const state = edits.state;
    seen[what] = (seen[what] ?? 0) + 1;
    // the canvas clears a selection of what is gone (but a stale one must draw the same too)
    if (rand() < 0.7) selected = new Set([...selected].filter((id) => state.doc.elements.has(id)));
    selectedRelations = new Set([...selectedRelations].filter((id) => state.doc.relations.has(id)));
    const v = state.doc.views[edits.viewId];
    const prevScene = (builder as unknown as { sceneOf: { scene: never } | null }).sceneOf?.scene;
    const prevHad = prevScene && !!madeIndex(prevScene);
    const drawnNodes = builder.nodes(state.doc, v, selected, 'ms');
    const drawnEdges = builder.edges(state.doc, v, selectedRelations, 'ms');
    const other = new FlowModelBuilder();
    const at = `step ${step} (${what})`;
    expect(builder.scene(state.doc, v).bands, at).toEqual(other.scene(state.doc, v).bands);
    expect(drawnNodes, `${at}: nodes`).toEqual(other.nodes(state.doc, v, selected, 'ms'));
    expect(drawnEdges, `${at}: edges`).toEqual(other.edges(state.doc, v, selectedRelations, 'ms'));
    const scene = builder.scene(state.doc, v);
    // nothing gone is still found by id
    for (const id of [...selected, ...boxIds(doc.views[viewId]?.nodes ?? {})]) if (!other.scene(state.doc, v).byId.has(id)) expect(scene.byId.has(id), `${at}: ${id} gone`).toBe(false);
    const last = (builder as unknown as { sceneOf: { changed: unknown; removed?: unknown } }).sceneOf;
    const how = last.removed ? 'spliced' : last.changed ? 'inPlace' : 'whole';
    seen[how] = (seen[how] ?? 0) + 1;
    // a box found by halves, never by listing where all of them are (what each edit of a 92,000-box view
    // then costs), once the view's boxes are a table that knows their order
    if (knownBoxesTable(v.nodes) && ((prevScene && !prevHad && madeIndex(prevScene)) || (madeIndex(scene) && !prevHad))) seen.listedAll = (seen.listedAll ?? 0) + 1;
  }
  return { seen };
}

describe('a long editing session on the canvas', () => {
  for (const [seed, storedAsDrawn] of [
    [11, true],
    [13, false],
  ] as const) {
    it(`draws after every edit what a canvas opened afresh draws (seed ${seed}${storedAsDrawn ? '' : ', views not stored as drawn'})`, () => {
      const { seen } = session(seed, 200, storedAsDrawn);
      for (const what of ['move', 'add', 'paste', 'reparent', 'relation.add', 'relation.remove', 'hide', 'remove', 'undo', 'redo', 'view']) expect(seen[what] ?? 0, what).toBeGreaterThan(3);
      expect(seen.merge).toBeGreaterThan(0);
      // most edits drew only their trees again (taken out and put in, or in place)
      expect(seen.spliced).toBeGreaterThan(40);
      expect(seen.inPlace).toBeGreaterThan(40);
      expect(seen.listedAll ?? 0).toBe(0);
    });
  }
});
