/**
 * A long editing session on the canvas, drawn each time from the canvas before it (flowModel.ts,
 * flowEdges.ts, shared/routing/sceneUpdate.ts): hundreds of random edits of every kind the canvas
 * shows (moves, adds, pastes, new parents, relations added and removed, hides and places, layouts,
 * aligns, band resizes, renames, removals, merges of another copy, undo and redo runs, switching views and back) must draw
 * after each one what a canvas opened afresh draws, with most edits drawing only their trees again
 * and no edit listing where every box is (what each edit of a 92,000-box view then costs).
 */
import { describe, expect, it } from 'vitest';
import { copyToClip, dispatch, initialState, pasteArgs, redo, undo, type EditorState } from '../../shared/commands';
import type { Element, LakarDocument, Relation } from '../../shared/model';
import { boxIds, knownBoxesTable } from '../../shared/model/boxes-record';
import { makeVariedDocument } from '../../test/helpers/varied-model';
import { madeIndex } from '../../shared/routing/scene-lookup';
import { FlowModelBuilder } from './flowModel';

const onView = (doc: LakarDocument, viewId: string, ...kinds: Element['kind'][]) =>
  boxIds(doc.views[viewId].nodes).filter((id) => {
    const e = doc.elements.get(id);
    return e && (!kinds.length || kinds.includes(e.kind));
  });

function session(seed: number, steps: number, storedAsDrawn: boolean) {
  let state: EditorState = initialState(makeVariedDocument(300, seed));
  const viewIds = Object.keys(state.doc.views);
  let viewId = viewIds[0];
  let s = seed * 7919 + 17;
  const rand = () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 4294967296;
  const pick = <T,>(xs: readonly T[]): T | undefined => xs[Math.floor(rand() * xs.length)];
  let n = 0;
  const fresh = (p: string) => `${p}_fz${seed}_${n++}`;
  const run = (id: string, args: unknown) => {
    state = dispatch(state, id, args).state;
  };
  if (storedAsDrawn) {
    for (const v of viewIds) {
      const first = onView(state.doc, v)[0];
      const at = state.doc.views[v].nodes[first];
      run('element.move', { viewId: v, moves: [{ id: first, x: at.x + 10, y: at.y }] });
    }
  }
  // the project as opened: another copy edited from it comes back in by merge.apply
  const opened = state.doc;
  const builder = new FlowModelBuilder();
  let selected = new Set<string>();
  let selectedRelations = new Set<string>();
  const seen: Record<string, number> = {};
  for (let step = 0; step < steps; step++) {
    const doc = state.doc;
    const view = doc.views[viewId];
    // after undos, redos often come next (nothing else in between keeps the future)
    const r = state.future.length && rand() < 0.4 ? 0.85 : rand();
    let what: string;
    try {
      if (r < 0.14) {
        what = 'move';
        const ids = [pick(onView(doc, viewId))!];
        if (rand() < 0.3) ids.push(pick(onView(doc, viewId))!);
        run('element.move', { viewId, moves: [...new Set(ids)].map((id) => ({ id, x: view.nodes[id].x + Math.round((rand() - 0.5) * 600), y: view.nodes[id].y + Math.round((rand() - 0.5) * 200) })) });
      } else if (r < 0.2) {
        what = 'add';
        const like = pick([...doc.elements.values()])!;
        const el = { ...structuredClone(like), id: fresh('el'), name: `baru ${n}` } as Element;
        if (rand() < 0.5) delete (el as { parentId?: string }).parentId;
        run('element.add', { element: el, viewId, position: rand() < 0.5 ? { x: Math.round(rand() * 2000), y: view.nodes[pick(onView(doc, viewId))!].y } : undefined });
      } else if (r < 0.26) {
        what = 'paste';
        const ids = [pick(onView(doc, viewId, 'application', 'site', 'network', 'securityControl', 'module'))!, pick(onView(doc, viewId))!];
        const clip = copyToClip(doc, viewId, [...new Set(ids)]);
        run('element.addMany', pasteArgs(doc, clip, { viewId, offset: { x: 40, y: 20 }, newId: fresh }).args);
      } else if (r < 0.32) {
        what = 'reparent';
        const child = pick(onView(doc, viewId, 'module', 'appService'));
        if (!child) continue;
        const kind = doc.elements.get(child)!.kind === 'module' ? 'application' : (pick(['module', 'application'] as const) ?? 'module');
        const parent = rand() < 0.2 ? undefined : pick(onView(doc, viewId, kind));
        run('element.update', { id: child, patch: { parentId: parent } });
      } else if (r < 0.38) {
        what = 'relation.add';
        const like = pick([...doc.relations.values()])! as Relation;
        const kindOf = (id: string) => doc.elements.get(id)?.kind;
        const target = rand() < 0.5 ? pick([...doc.elements.values()].filter((e) => e.kind === kindOf(like.target)))?.id ?? like.target : like.target;
        const source = rand() < 0.5 ? pick([...doc.elements.values()].filter((e) => e.kind === kindOf(like.source)))?.id ?? like.source : like.source;
        run('relation.add', { relation: { ...structuredClone(like), id: fresh('rel'), source, target } });
      } else if (r < 0.44) {
        what = 'relation.remove';
        const protects = [...doc.relations.values()].filter((x) => x.kind === 'protects');
        const rel = rand() < 0.4 && protects.length ? pick(protects)! : pick([...doc.relations.values()])!;
        run('relation.remove', { ids: [rel.id] });
      } else if (r < 0.49) {
        what = 'hide';
        run('view.hideElements', { viewId, ids: [pick(onView(doc, viewId, ...(rand() < 0.5 ? (['module', 'application'] as const) : [])))!] });
      } else if (r < 0.53) {
        what = 'place';
        const off = [...doc.elements.values()].filter((e) => !(e.id in view.nodes));
        const ids = [pick(off)?.id, pick(off)?.id].filter((x): x is string => !!x);
        if (!ids.length) continue;
        run('view.placeElements', { viewId, ids: [...new Set(ids)] });
      } else if (r < 0.55) {
        what = 'layout';
        const ids = onView(doc, viewId).filter(() => rand() < 0.1);
        if (!ids.length) continue;
        run('view.layout', { viewId, nodes: Object.fromEntries(ids.map((id) => [id, { ...view.nodes[id], x: view.nodes[id].x + 30 }])) });
      } else if (r < 0.57) {
        what = 'align';
        const ids = [...new Set([pick(onView(doc, viewId))!, pick(onView(doc, viewId))!, pick(onView(doc, viewId))!])];
        if (ids.length < 2) continue;
        run('view.align', { viewId, ids, mode: pick(['left', 'top', 'centre', 'middle', 'right', 'bottom'] as const) });
      } else if (r < 0.595) {
        what = 'merge';
        let theirs: EditorState = initialState(opened);
        const ids = boxIds(opened.views[viewId].nodes);
        const gone = pick(ids)!;
        theirs = dispatch(theirs, 'element.remove', { ids: [gone] }).state;
        const moved = pick(ids.filter((id) => id !== gone && theirs.doc.elements.has(id)))!;
        const at = theirs.doc.views[viewId].nodes[moved];
        theirs = dispatch(theirs, 'element.move', { viewId, moves: [{ id: moved, x: at.x + 200, y: at.y + 10 }] }).state;
        run('merge.apply', { base: opened, theirs: theirs.doc, prefer: rand() < 0.5 ? 'mine' : 'theirs' });
      } else if (r < 0.6) {
        what = 'resizeBand';
        run('view.resizeBand', { viewId, band: Math.floor(rand() * 7), height: 200 + Math.round(rand() * 800) });
      } else if (r < 0.64) {
        what = 'rename';
        const id = pick(onView(doc, viewId))!;
        run('element.update', { id, patch: { name: rand() < 0.5 ? `nama ${n++}` : `nama yang sangat panjang untuk dua atau tiga baris ${n++} ${'x'.repeat(Math.floor(rand() * 40))}` } });
      } else if (r < 0.74) {
        what = 'remove';
        const kinds: Element['kind'][][] = [[], ['application'], ['module', 'appService'], ['site'], ['network', 'securityControl']];
        const ids = [...new Set([pick(onView(doc, viewId, ...pick(kinds)!)), rand() < 0.2 ? pick(onView(doc, viewId)) : undefined].filter((x): x is string => !!x))];
        if (!ids.length) continue;
        if (rand() < 0.5) selected = new Set(ids);
        run('element.remove', { ids });
      } else if (r < 0.84 && state.past.length) {
        what = 'undo';
        const k = 1 + Math.floor(rand() * 4);
        for (let i = 0; i < k && state.past.length; i++) state = undo(state).state;
      } else if (r < 0.91 && state.future.length) {
        what = 'redo';
        const k = 1 + Math.floor(rand() * 4);
        for (let i = 0; i < k && state.future.length; i++) state = redo(state).state;
      } else if (r < 0.94) {
        what = 'view';
        // the canvas shows another view, then this one again
        const other = pick(viewIds.filter((v) => v !== viewId))!;
        builder.nodes(state.doc, state.doc.views[other], new Set(), 'ms');
        builder.edges(state.doc, state.doc.views[other], new Set(), 'ms');
        if (rand() < 0.5) viewId = other;
      } else if (r < 0.97) {
        what = 'select';
        selected = new Set([pick(onView(doc, viewId))!]);
      } else {
        what = 'selectRelation';
        selectedRelations = new Set([pick(doc.relations.ids())!]);
      }
    } catch (e) {
      if ((e as { name?: string }).name !== 'CommandError' && !(e as { key?: string }).key) throw e;
      continue; // a command refusing what the random pick gave (a damaged field, a parent of the wrong kind)
    }
    seen[what] = (seen[what] ?? 0) + 1;
    // the canvas clears a selection of what is gone (but a stale one must draw the same too)
    if (rand() < 0.7) selected = new Set([...selected].filter((id) => state.doc.elements.has(id)));
    selectedRelations = new Set([...selectedRelations].filter((id) => state.doc.relations.has(id)));
    const v = state.doc.views[viewId];
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
