/**
 * The outline's grid of box counts over a long editing session of a large view (outlineMode.ts
 * sceneBoxCounts, updated from each scene step's changes as FlowCanvas asks for it): after random
 * moves, adds, pastes, new parents, hides, places, layouts, aligns, band resizes, renames, removals,
 * merges, undo and redo runs and switches of view, the grid must count what a grid made afresh from
 * the scene counts — else the canvas leaves or enters the outline at the wrong zoom, or a screen full
 * of boxes is drawn as tens of thousands of nodes.
 */
import { describe, expect, it } from 'vitest';
import type { Scene } from '../../../shared/routing/scene';
import { makeVariedDocument } from '../../../test/helpers/varied-model';
import { CanvasSession, chooseEdit, type CanvasEdit, type EditMix } from '../../../test/helpers/canvas-edits';
import { FlowModelBuilder } from '../flowModel';
import { LARGE_VIEW } from './DetailLevel';
import { boxCounts, boxesIn, sceneBoxCounts, type BoxCounts } from './outlineMode';

/** What FlowCanvas asks for after drawing `scene`. */
const countsOf = (builder: FlowModelBuilder, scene: Scene) => sceneBoxCounts(scene, builder.changesTo(scene));

/** Every way `got` may differ from the grid made afresh from `scene` in what it answers; empty when none. */
function differences(got: BoxCounts, scene: Scene, rand: () => number): string[] {
  const out: string[] = [];
  const total = scene.nodes.length;
  if (got.total !== total) out.push(`total ${got.total}, scene ${total}`);
  if (total <= LARGE_VIEW) return out;
  const fresh = boxCounts(scene.nodes);
  const sameGrid = got.cell === fresh.cell && got.x0 === fresh.x0 && got.y0 === fresh.y0 && got.cols === fresh.cols && got.rows === fresh.rows;
  if (sameGrid) {
    const at = got.counts.findIndex((n, i) => n !== fresh.counts[i]);
    if (at >= 0) out.push(`cell ${at}: ${got.counts[at]}, afresh ${fresh.counts[at]}`);
    return out;
  }
  // a grid kept from an earlier scene (its corner where the view's boxes reached then): each box counted in the cell of its centre
  const want = new Uint32Array(got.counts.length);
  for (const b of scene.nodes) {
    const col = Math.floor((b.x + b.w / 2 - got.x0) / got.cell);
    const row = Math.floor((b.y + b.h / 2 - got.y0) / got.cell);
    if (col < 0 || row < 0 || col >= got.cols || row >= got.rows) out.push(`${b.id} outside the grid`);
    else want[row * got.cols + col]++;
  }
  const at = got.counts.findIndex((n, i) => n !== want[i]);
  if (at >= 0) out.push(`cell ${at}: ${got.counts[at]}, boxes there ${want[at]}`);
  // and a screen anywhere counts at least the boxes on it (cells at its edge count whole)
  for (let k = 0; k < 4; k++) {
    const x0 = fresh.x0 + (rand() - 0.2) * fresh.cols * fresh.cell;
    const y0 = fresh.y0 + (rand() - 0.2) * fresh.rows * fresh.cell;
    const r = { x0, y0, x1: x0 + 2000 + rand() * 8000, y1: y0 + 1000 + rand() * 4000 };
    const on = scene.nodes.filter((b) => b.x + b.w / 2 >= r.x0 && b.x + b.w / 2 <= r.x1 && b.y + b.h / 2 >= r.y0 && b.y + b.h / 2 <= r.y1).length;
    if (boxesIn(got, r) < on) out.push(`screen ${JSON.stringify(r)}: ${boxesIn(got, r)}, boxes on it ${on}`);
  }
  return out;
}

/** Cumulative chances of each edit; past the last, a switch of view. */
const EDITS: readonly (readonly [number, CanvasEdit | 'view'])[] = [
  [0.16, 'move'],
  [0.22, 'add'],
  [0.27, 'paste'],
  [0.33, 'reparent'],
  [0.38, 'hide'],
  [0.43, 'place'],
  [0.45, 'layout'],
  [0.47, 'align'],
  [0.49, 'merge'],
  [0.51, 'resizeBand'],
  [0.57, 'rename'],
  [0.7, 'remove'],
  [0.8, 'undo'],
  [0.9, 'redo'],
];
// moves now and then far out, past where the grid reached
const MIX: EditMix = { farMoves: 0.15, secondRemoved: 0.3, pasteKinds: ['application', 'site', 'network', 'module'] };

function session(elements: number, seed: number, steps: number, secondLarge: boolean) {
  const edits = new CanvasSession(makeVariedDocument(elements, seed), seed, 'oc');
  const { rand, pick, viewIds } = edits;
  if (secondLarge) {
    // the other view large too: a switch of view goes from one grid to another
    const doc = edits.state.doc;
    const off = doc.elements.ids().filter((id) => !(id in doc.views[viewIds[1]].nodes));
    edits.run('view.placeElements', { viewId: viewIds[1], ids: off.slice(0, LARGE_VIEW) });
  }
  // one move stores the generated views as drawn (the first after loading places every box)
  edits.storeViewsAsDrawn();
  edits.opened = edits.state.doc;
  const builder = new FlowModelBuilder();
  const seen: Record<string, number> = {};
  const problems: string[] = [];
  const check = (at: string, vid: string) => {
    const scene = builder.scene(edits.state.doc, edits.state.doc.views[vid]);
    const step = builder.changesTo(scene) ? 'stepped' : 'built';
    const got = countsOf(builder, scene);
    const size = scene.nodes.length > LARGE_VIEW ? 'large' : 'small';
    for (const k of [size, step]) seen[k] = (seen[k] ?? 0) + 1;
    for (const d of differences(got, scene, rand)) problems.push(`${at}: ${d}`);
  };
  check('opened', edits.viewId);
  for (let step = 0; step < steps && problems.length === 0; step++) {
    const r = edits.state.future.length && rand() < 0.4 ? 0.85 : rand();
    const what = chooseEdit(EDITS, r, edits.state, 'view');
    try {
      if (what === 'view') {
        // the canvas shows another view (or only draws it, as the compare overlay may), then maybe stays there
        const other = pick(viewIds.filter((v) => v !== edits.viewId))!;
        if (rand() < 0.5) check(`step ${step} (other view)`, other);
        else builder.scene(edits.state.doc, edits.state.doc.views[other]);
        if (rand() < 0.5) edits.viewId = other;
      } else if (!edits.edit(what, MIX)) continue;
    } catch (e) {
      if ((e as { name?: string }).name !== 'CommandError' && !(e as { key?: string }).key) throw e;
      continue; // a command refusing what the random pick gave
    }
    seen[what] = (seen[what] ?? 0) + 1;
    check(`step ${step} (${what})`, edits.viewId);
  }
  return { seen, problems };
}

describe('the outline grid over a long editing session', () => {
  for (const [elements, seed, secondLarge] of [
    [500, 4, true],
    // a view a little over LARGE_VIEW: removals and undos take it under and back over
    [460, 21, false],
  ] as const) {
    it(`counts after every edit what a grid made afresh counts (${elements} elements, seed ${seed})`, () => {
      const { seen, problems } = session(elements, seed, 150, secondLarge);
      expect(problems.slice(0, 5)).toEqual([]);
      for (const what of ['move', 'add', 'paste', 'reparent', 'hide', 'remove', 'undo', 'redo', 'view', 'rename']) expect(seen[what] ?? 0, what).toBeGreaterThan(3);
      expect(seen.large).toBeGreaterThan(100);
      // most grids were those of the scene before, updated by the edit's changes
      expect(seen.stepped).toBeGreaterThan(100);
    });
  }
});
