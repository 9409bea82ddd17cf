/**
 * Adding (one box, or a paste of several) and removing boxes on a view stored as drawn draws again
 * only the trees they touch
 * (normalize.ts `normalizeTrees`), as moves do: for any script of adds, removes, moves, renames,
 * undos and redos, every command must store the views and give the patches a normalisation of the
 * whole view gives, and every view still trusted as stored as drawn must be so.
 */
import { describe, expect, it } from 'vitest';
import { dispatch, executeCommand, initialState, redo, undo, type EditorState } from './index';
import type { Element } from '../model';
import { makeVariedDocument } from '../../test/helpers/varied-model';
import { byPath, freshCopy, normalisationOf } from '../../test/helpers/whole-view';
import { knownNormalised } from './normalize';

const SHORT = 'Modul ringkas';
const LONG = 'sistem pengurusan maklumat bersepadu permohonan lesen pekerja asing sektor awam';

describe('adding and removing boxes on a view stored as drawn', () => {
  for (const seed of [1, 2, 3]) {
    it(`stores what a normalisation of the whole view gives, over undo and redo (varied model, seed ${seed})`, () => {
      let state: EditorState = initialState(freshCopy(makeVariedDocument(500, seed)));
      let s = seed * 104729;
      const rand = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 4294967296);
      const pick = <T,>(xs: readonly T[]): T | undefined => xs[Math.floor(rand() * xs.length)];
      const viewIds = Object.keys(state.doc.views);
      const seen = { inPlace: 0, paste: 0, add: 0, addNested: 0, adopted: 0, remove: 0, removeParent: 0, trustedAdd: 0, trustedRemove: 0, undo: 0, redo: 0 };
      let n = 0;
      // parents named by modules added before them: an application added under that id takes them in
      const awaited: string[] = [];
      /** Run a command through the history; it must store what the same command gives on a fresh copy. */
      const step = (id: string, args: unknown, what: string): boolean => {
        let whole;
        try {
          whole = executeCommand(freshCopy(state.doc), id, args);
        } catch (e) {
          if (e instanceof Error && e.name === 'CommandError') return false;
          throw e;
        }
        const { state: next, patches } = dispatch(state, id, args);
        state = next;
        expect(state.doc.views, what).toEqual(whole.doc.views);
        expect(byPath(patches), what).toEqual(byPath(whole.patches));
        return true;
      };
      for (let i = 0; i < 160; i++) {
        const doc = state.doc;
        const viewId = viewIds[i % viewIds.length];
        const view = doc.views[viewId];
        const on = (kind: Element['kind']) => Object.keys(view.nodes).filter((id) => doc.elements.get(id)?.kind === kind);
        const trusted = knownNormalised(view, doc.elements);
        // undone edits are mostly redone before the next command drops them
        const r = state.future.length && rand() < 0.5 ? 0.69 : rand();
        if (r < 0.08) {
          // a paste: a few boxes at once, at points (some with their size) or in free slots, one in an application
          const app = pick(on('application'));
          const count = 1 + Math.floor(rand() * 3);
          const elements = Array.from({ length: count }, (_, j) => {
            const id = `paste_${seed}_${n++}`;
            const name = rand() < 0.3 ? LONG : SHORT;
            return j === 0 && app ? { id, kind: 'module', name, parentId: app } : { id, kind: rand() < 0.5 ? 'application' : 'dataEntity', name };
          });
          const nodes: Record<string, { x: number; y: number; w?: number; h?: number }> = {};
          for (const e of elements) {
            if (rand() < 0.3) continue;
            const near = view.nodes[e.parentId ?? pick(Object.keys(view.nodes))!];
            nodes[e.id] = { x: near.x + Math.round((rand() - 0.2) * 600), y: near.y + Math.round(rand() * 60) };
            if (rand() < 0.3) nodes[e.id].w = 120 + Math.round(rand() * 200);
            if (rand() < 0.2) nodes[e.id].h = 40 + Math.round(rand() * 120);
          }
          if (step('element.addMany', { elements, viewId, nodes }, `step ${i}: paste ${JSON.stringify(elements)} at ${JSON.stringify(nodes)}`)) {
            seen.paste++;
            if (trusted && state.doc.views[viewId].bandHeights === view.bandHeights) seen.inPlace++;
          }
        } else if (r < 0.3) {
          // a new box: into an application or a module on the view, one whose parent comes later, an
          // application adopting those, a data entity in the next free slot, at a point or not
          const k = rand();
          const id = `new_${seed}_${n++}`;
          const name = rand() < 0.3 ? LONG : SHORT;
          const parent = k < 0.35 ? pick(on('application')) : k < 0.5 ? pick([...on('module'), ...on('application')]) : undefined;
          const orphan = `parent_later_${seed}_${n}`;
          const adopter = awaited.length && rand() < 0.3 ? pick(awaited) : undefined;
          const element =
            adopter ? { id: adopter, kind: 'application', name }
            : k < 0.35 ? { id, kind: 'module', name, parentId: parent }
            : k < 0.5 ? { id, kind: 'appService', name, parentId: parent }
            : k < 0.58 ? { id, kind: 'module', name, parentId: orphan }
            : k < 0.85 ? { id, kind: 'application', name }
            : { id, kind: 'dataEntity', name };
          if (element.parentId === orphan) awaited.push(orphan);
          const near = parent ? view.nodes[parent] : view.nodes[pick(Object.keys(view.nodes))!];
          const position = rand() < 0.7 && near ? { x: near.x + Math.round((rand() - 0.2) * 600), y: near.y + Math.round(rand() * 80) } : undefined;
          if (step('element.add', { element, viewId, position }, `step ${i}: add ${JSON.stringify(element)} at ${JSON.stringify(position)}`)) {
            seen.add++;
            if (trusted) seen.trustedAdd++;
            if (element.parentId && view.nodes[element.parentId]) seen.addNested++;
            if (element.id === adopter) {
              seen.adopted++;
              awaited.splice(awaited.indexOf(adopter), 1);
            }
            if (trusted && state.doc.views[viewId].bandHeights === view.bandHeights) seen.inPlace++;
          }
        } else if (r < 0.5) {
          // a removal: a box on the view (a parent's children stand on their own), a parent, a child, two at once
          const k = rand();
          const parents = Object.keys(view.nodes).filter((id) => doc.elements.ids().some((e) => (doc.elements.get(e) as { parentId?: string }).parentId === id));
          const children = Object.keys(view.nodes).filter((id) => (doc.elements.get(id) as { parentId?: string } | undefined)?.parentId);
          const ids = (k < 0.3 ? [pick(parents)] : k < 0.6 ? [pick(children)] : k < 0.8 ? [pick(Object.keys(view.nodes))] : [pick(children), pick(Object.keys(view.nodes))]).filter(
            (id): id is string => id !== undefined && doc.elements.get(id) !== undefined,
          );
          if (ids.length && step('element.remove', { ids }, `step ${i}: remove ${ids.join(', ')}`)) {
            seen.remove++;
            if (trusted) seen.trustedRemove++;
            if (trusted && state.doc.views[viewId].bandHeights === view.bandHeights) seen.inPlace++;
            if (ids.some((id) => parents.includes(id))) seen.removeParent++;
          }
        } else if (r < 0.65 && state.past.length) {
          state = undo(state).state;
          seen.undo++;
        } else if (r < 0.7 && state.future.length) {
          // redone at once or after a few more undos, before a command drops what is undone
          while (state.future.length && rand() < 0.7) {
            state = redo(state).state;
            seen.redo++;
          }
        } else if (r < 0.78) {
          const id = pick(Object.keys(view.nodes).filter((e) => doc.elements.get(e)));
          if (id) step('element.update', { id, patch: { name: rand() < 0.5 ? SHORT : LONG } }, `step ${i}: rename ${id}`);
        } else {
          const id = pick(Object.keys(view.nodes).filter((e) => doc.elements.get(e)));
          if (!id) continue;
          const p = view.nodes[id];
          const y = rand() < 0.8 ? p.y + Math.round((rand() - 0.5) * 60) : 1e6;
          step('element.move', { viewId, moves: [{ id, x: p.x + Math.round((rand() - 0.5) * 400), y }] }, `step ${i}: move ${id}`);
        }
        // a view trusted as stored as drawn is so: a whole normalisation of it changes nothing
        const copy = freshCopy(state.doc);
        for (const v of viewIds) {
          if (!knownNormalised(state.doc.views[v], state.doc.elements)) continue;
          expect(normalisationOf(copy, v), `step ${i}: view ${v} trusted`).toEqual([]);
        }
      }
      console.log(JSON.stringify(seen));
      // every kind of add and removal met on a view stored as drawn, and over undo and redo
      expect(seen.trustedAdd).toBeGreaterThan(15);
      // most of them drawing only their trees (no band grew)
      expect(seen.inPlace).toBeGreaterThan(30);
      expect(seen.trustedRemove).toBeGreaterThan(10);
      expect(seen.addNested).toBeGreaterThan(8);
      expect(seen.removeParent).toBeGreaterThanOrEqual(3);
      expect(seen.paste).toBeGreaterThanOrEqual(5);
      expect(seen.undo).toBeGreaterThan(8);
      expect(seen.redo).toBeGreaterThan(3);
      expect(seen.adopted).toBeGreaterThanOrEqual(1);
    });
  }

  it('puts boxes added one after another without a position in the next free slots of their bands, as on a fresh copy', () => {
    let state: EditorState = initialState(freshCopy(makeVariedDocument(300, 5)));
    const kinds = ['dataEntity', 'application', 'dataEntity', 'process', 'dataEntity', 'application', 'dataEntity'] as const;
    const xs: number[] = [];
    for (const [i, kind] of kinds.entries()) {
      const element = { id: `slot_${i}`, kind, name: `Kotak ${i}` };
      // one dropped at a point between them: the counts carried on count it too
      const position = i === 3 ? { x: 700, y: state.doc.views.view_main.nodes.slot_0.y } : undefined;
      const whole = executeCommand(freshCopy(state.doc), 'element.add', { element, viewId: 'view_main', position });
      state = dispatch(state, 'element.add', { element, viewId: 'view_main', position }).state;
      expect(state.doc.views, `box ${i}`).toEqual(whole.doc.views);
      if (kind === 'dataEntity') xs.push(state.doc.views.view_main.nodes[element.id].x);
    }
    // each data entity right of the one before
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(new Set(xs).size).toBe(4);
  });

  it('puts a box added without a position in the next free slot after removals, moves, undos and redos, as on a fresh copy', () => {
    // the counts of boxes per band are then made from a recent count and the ids that changed (band-counts.ts)
    let state: EditorState = initialState(freshCopy(makeVariedDocument(300, 5)));
    const nodes = () => state.doc.views.view_main.nodes;
    const onView = (kind: string) => Object.keys(nodes()).filter((id) => state.doc.elements.get(id)?.kind === kind);
    const steps: ((i: number) => void)[] = [
      () => (state = dispatch(state, 'element.remove', { ids: [onView('dataEntity')[0]] }).state),
      () => (state = undo(state).state),
      () => (state = redo(state).state),
      () => (state = dispatch(state, 'element.remove', { ids: [...onView('application').slice(0, 2), ...onView('dataEntity').slice(0, 3)] }).state),
      (i) => {
        const id = onView('dataEntity')[1];
        state = dispatch(state, 'element.move', { viewId: 'view_main', moves: [{ id, x: nodes()[id].x + 40 + i, y: nodes()[id].y }] }).state;
      },
      () => (state = undo(state).state),
      () => (state = dispatch(state, 'element.remove', { ids: [onView('dataEntity').at(-1)!] }).state),
      () => (state = undo(state).state),
    ];
    const xs: number[] = [];
    for (const [i, edit] of steps.entries()) {
      edit(i);
      const element = { id: `slot_after_${i}`, kind: 'dataEntity', name: `Kotak ${i}` };
      const whole = executeCommand(freshCopy(state.doc), 'element.add', { element, viewId: 'view_main' });
      state = dispatch(state, 'element.add', { element, viewId: 'view_main' }).state;
      expect(state.doc.views.view_main.nodes[element.id], `after step ${i}`).toEqual(whole.doc.views.view_main.nodes[element.id]);
      xs.push(nodes()[element.id].x);
    }
    // removing three data entities at once frees slots: the box added next lands left of the one before
    expect(xs.some((x, i) => i > 0 && x < xs[i - 1])).toBe(true);
  });
});
