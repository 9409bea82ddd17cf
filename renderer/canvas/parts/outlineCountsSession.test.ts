/**
 * The outline's grid of box counts over a long editing session of a large view (outlineMode.ts
 * sceneBoxCounts, updated from each scene step's changes as FlowCanvas asks for it): after random
 * moves, adds, pastes, new parents, hides, places, layouts, aligns, band resizes, renames, removals,
 * merges, undo and redo runs and switches of view, the grid must count what a grid made afresh from
 * the scene counts — else the canvas leaves or enters the outline at the wrong zoom, or a screen full
 * of boxes is drawn as tens of thousands of nodes.
 */
import { describe, expect, it } from 'vitest';
import { copyToClip, dispatch, initialState, pasteArgs, redo, undo, type EditorState } from '../../../shared/commands';
import type { Element, LakarDocument } from '../../../shared/model';
import { boxIds } from '../../../shared/model/boxes-record';
import type { Scene } from '../../../shared/routing/scene';
import { makeVariedDocument } from '../../../test/helpers/varied-model';
import { FlowModelBuilder } from '../flowModel';
import { LARGE_VIEW } from './DetailLevel';
import { boxCounts, boxesIn, sceneBoxCounts, type BoxCounts } from './outlineMode';

const onView = (doc: LakarDocument, viewId: string, ...kinds: Element['kind'][]) =>
  boxIds(doc.views[viewId].nodes).filter((id) => {
    const e = doc.elements.get(id);
    return e && (!kinds.length || kinds.includes(e.kind));
  });

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

function session(elements: number, seed: number, steps: number, secondLarge: boolean) {
  let state: EditorState = initialState(makeVariedDocument(elements, seed));
  const viewIds = Object.keys(state.doc.views);
  if (secondLarge) {
    // the other view large too: a switch of view goes from one grid to another
    const off = state.doc.elements.ids().filter((id) => !(id in state.doc.views[viewIds[1]].nodes));
    state = dispatch(state, 'view.placeElements', { viewId: viewIds[1], ids: off.slice(0, LARGE_VIEW) }).state;
  }
  let viewId = viewIds[0];
  let s = seed * 7919 + 17;
  const rand = () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 4294967296;
  const pick = <T,>(xs: readonly T[]): T | undefined => xs[Math.floor(rand() * xs.length)];
  let n = 0;
  const fresh = (p: string) => `${p}_oc${seed}_${n++}`;
  const run = (id: string, args: unknown) => {
    state = dispatch(state, id, args).state;
  };
  // one move stores the generated views as drawn (the first after loading places every box)
  for (const v of viewIds) {
    const first = onView(state.doc, v)[0];
    const at = state.doc.views[v].nodes[first];
    run('element.move', { viewId: v, moves: [{ id: first, x: at.x + 10, y: at.y }] });
  }
  const opened = state.doc;
  const builder = new FlowModelBuilder();
  const seen: Record<string, number> = {};
  const problems: string[] = [];
  const check = (at: string, vid: string) => {
    const scene = builder.scene(state.doc, state.doc.views[vid]);
    const step = builder.changesTo(scene) ? 'stepped' : 'built';
    const got = countsOf(builder, scene);
    const size = scene.nodes.length > LARGE_VIEW ? 'large' : 'small';
    for (const k of [size, step]) seen[k] = (seen[k] ?? 0) + 1;
    for (const d of differences(got, scene, rand)) problems.push(`${at}: ${d}`);
  };
  check('opened', viewId);
  for (let step = 0; step < steps && problems.length === 0; step++) {
    const doc = state.doc;
    const view = doc.views[viewId];
    const r = state.future.length && rand() < 0.4 ? 0.85 : rand();
    let what: string;
    try {
      if (r < 0.16) {
        what = 'move';
        const ids = [pick(onView(doc, viewId))!];
        if (rand() < 0.3) ids.push(pick(onView(doc, viewId))!);
        // now and then far out, past where the grid reached
        const far = rand() < 0.15 ? 20_000 : 600;
        run('element.move', { viewId, moves: [...new Set(ids)].map((id) => ({ id, x: view.nodes[id].x + Math.round((rand() - 0.5) * far), y: view.nodes[id].y + Math.round((rand() - 0.5) * 200) })) });
      } else if (r < 0.22) {
        what = 'add';
        const like = pick([...doc.elements.values()])!;
        const el = { ...structuredClone(like), id: fresh('el'), name: `baru ${n}` } as Element;
        if (rand() < 0.5) delete (el as { parentId?: string }).parentId;
        run('element.add', { element: el, viewId, position: rand() < 0.5 ? { x: Math.round(rand() * 2000), y: view.nodes[pick(onView(doc, viewId))!].y } : undefined });
      } else if (r < 0.27) {
        what = 'paste';
        const ids = [pick(onView(doc, viewId, 'application', 'site', 'network', 'module'))!, pick(onView(doc, viewId))!];
        const clip = copyToClip(doc, viewId, [...new Set(ids)]);
        run('element.addMany', pasteArgs(doc, clip, { viewId, offset: { x: 40, y: 20 }, newId: fresh }).args);
      } else if (r < 0.33) {
        what = 'reparent';
        const child = pick(onView(doc, viewId, 'module', 'appService'));
        if (!child) continue;
        const kind = doc.elements.get(child)!.kind === 'module' ? 'application' : (pick(['module', 'application'] as const) ?? 'module');
        run('element.update', { id: child, patch: { parentId: rand() < 0.2 ? undefined : pick(onView(doc, viewId, kind)) } });
      } else if (r < 0.38) {
        what = 'hide';
        run('view.hideElements', { viewId, ids: [pick(onView(doc, viewId, ...(rand() < 0.5 ? (['module', 'application'] as const) : [])))!] });
      } else if (r < 0.43) {
        what = 'place';
        const off = [...doc.elements.values()].filter((e) => !(e.id in view.nodes));
        const ids = [pick(off)?.id, pick(off)?.id].filter((x): x is string => !!x);
        if (!ids.length) continue;
        run('view.placeElements', { viewId, ids: [...new Set(ids)] });
      } else if (r < 0.45) {
        what = 'layout';
        const ids = onView(doc, viewId).filter(() => rand() < 0.1);
        if (!ids.length) continue;
        run('view.layout', { viewId, nodes: Object.fromEntries(ids.map((id) => [id, { ...view.nodes[id], x: view.nodes[id].x + 30 }])) });
      } else if (r < 0.47) {
        what = 'align';
        const ids = [...new Set([pick(onView(doc, viewId))!, pick(onView(doc, viewId))!, pick(onView(doc, viewId))!])];
        if (ids.length < 2) continue;
        run('view.align', { viewId, ids, mode: pick(['left', 'top', 'centre', 'middle', 'right', 'bottom'] as const) });
      } else if (r < 0.49) {
        what = 'merge';
        let theirs: EditorState = initialState(opened);
        const ids = boxIds(opened.views[viewId].nodes);
        const gone = pick(ids)!;
        theirs = dispatch(theirs, 'element.remove', { ids: [gone] }).state;
        const moved = pick(ids.filter((id) => id !== gone && theirs.doc.elements.has(id)))!;
        const at = theirs.doc.views[viewId].nodes[moved];
        theirs = dispatch(theirs, 'element.move', { viewId, moves: [{ id: moved, x: at.x + 200, y: at.y + 10 }] }).state;
        run('merge.apply', { base: opened, theirs: theirs.doc, prefer: rand() < 0.5 ? 'mine' : 'theirs' });
      } else if (r < 0.51) {
        what = 'resizeBand';
        run('view.resizeBand', { viewId, band: Math.floor(rand() * 7), height: 200 + Math.round(rand() * 800) });
      } else if (r < 0.57) {
        what = 'rename';
        const id = pick(onView(doc, viewId))!;
        run('element.update', { id, patch: { name: rand() < 0.5 ? `nama ${n++}` : `nama yang sangat panjang untuk dua atau tiga baris ${n++} ${'x'.repeat(Math.floor(rand() * 40))}` } });
      } else if (r < 0.7) {
        what = 'remove';
        const kinds: Element['kind'][][] = [[], ['application'], ['module', 'appService'], ['site'], ['network', 'securityControl']];
        const ids = [...new Set([pick(onView(doc, viewId, ...pick(kinds)!)), rand() < 0.3 ? pick(onView(doc, viewId)) : undefined].filter((x): x is string => !!x))];
        if (!ids.length) continue;
        run('element.remove', { ids });
      } else if (r < 0.8 && state.past.length) {
        what = 'undo';
        const k = 1 + Math.floor(rand() * 4);
        for (let i = 0; i < k && state.past.length; i++) state = undo(state).state;
      } else if (r < 0.9 && state.future.length) {
        what = 'redo';
        const k = 1 + Math.floor(rand() * 4);
        for (let i = 0; i < k && state.future.length; i++) state = redo(state).state;
      } else {
        what = 'view';
        // the canvas shows another view (or only draws it, as the compare overlay may), then maybe stays there
        const other = pick(viewIds.filter((v) => v !== viewId))!;
        if (rand() < 0.5) check(`step ${step} (other view)`, other);
        else builder.scene(state.doc, state.doc.views[other]);
        if (rand() < 0.5) viewId = other;
      }
    } catch (e) {
      if ((e as { name?: string }).name !== 'CommandError' && !(e as { key?: string }).key) throw e;
      continue; // a command refusing what the random pick gave
    }
    seen[what] = (seen[what] ?? 0) + 1;
    check(`step ${step} (${what})`, viewId);
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
