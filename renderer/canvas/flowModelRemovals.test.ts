/**
 * After removing elements drawn on a view, and undoing or redoing that, the canvas draws again only
 * what changed (shared/routing/sceneUpdate.ts takes trees out and puts them back, flowEdges.ts looks
 * only at the edges of what changed): what the user sees must stay what a canvas opened afresh draws
 * (scene, nodes, edges, in the same order), and most boxes and lines must be handed back as they were.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dispatch, initialState, redo, undo, type EditorState } from '../../shared/commands';
import type { Element, LakarDocument } from '../../shared/model';
import { boxIds } from '../../shared/model/boxes-record';
import { Table } from '../../shared/model/table';
import { makeVariedDocument } from '../../test/helpers/varied-model';
import { FlowModelBuilder, type LmvEdge, type LmvNode } from './flowModel';

type Drawn = { nodes: LmvNode[]; edges: LmvEdge[] };

const drawWith = (builder: FlowModelBuilder, doc: LakarDocument, viewId: string, elements: ReadonlySet<string>, relations: ReadonlySet<string>): Drawn => {
  const view = doc.views[viewId];
  return { nodes: builder.nodes(doc, view, elements, 'ms'), edges: builder.edges(doc, view, relations, 'ms') };
};

/** Ids of `doc`'s elements on `viewId` that are of `kinds` (all when none given). */
const onView = (doc: LakarDocument, viewId: string, ...kinds: Element['kind'][]) =>
  boxIds(doc.views[viewId].nodes).filter((id) => {
    const e = doc.elements.get(id);
    return e && (!kinds.length || kinds.includes(e.kind));
  });

describe('the canvas after removals, undos and redos', () => {
  afterEach(() => void vi.restoreAllMocks());

  for (const [seed, storedAsDrawn] of [
    [1, true],
    [2, true],
    [3, false],
  ] as const) {
    it(`draws what a canvas opened afresh draws, and keeps what did not change (varied model, seed ${seed}${storedAsDrawn ? '' : ', view not stored as drawn'})`, () => {
      let state: EditorState = initialState(makeVariedDocument(400, seed));
      const viewIds = Object.keys(state.doc.views);
      const viewId = viewIds[0];
      let s = seed * 7919;
      const rand = () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 4294967296;
      const pick = <T,>(xs: readonly T[]): T | undefined => xs[Math.floor(rand() * xs.length)];
      if (storedAsDrawn) {
        // one move stores the generated view as drawn: removals then draw again only their trees
        const first = onView(state.doc, viewId)[0];
        const at = state.doc.views[viewId].nodes[first];
        state = dispatch(state, 'element.move', { viewId, moves: [{ id: first, x: at.x + 10, y: at.y }] }).state;
      }
      const builder = new FlowModelBuilder();
      let selected = new Set<string>();
      let selectedRelations = new Set<string>();
      let last = drawWith(builder, state.doc, viewId, selected, selectedRelations);
      let lastScene = builder.scene(state.doc, state.doc.views[viewId]);
      // the canvas's walks over every relation of the model (edges, the sites' networks) while it draws after an edit
      const listed = vi.spyOn(Table.prototype, 'ids');
      let walks = 0;
      let wholeScenes = 0;
      const seen = { remove: 0, removeParent: 0, removeSite: 0, removeControl: 0, hideOrUnlink: 0, undo: 0, redo: 0, keptNodes: 0, nodes: 0, keptEdges: 0, edges: 0 };
      for (let step = 0; step < 140; step++) {
        const doc = state.doc;
        const r = rand();
        if (r < 0.45) {
          // a box, an application with its modules, a module, a site, a network or a control, or two at once; the removed one often selected
          const k = rand();
          const kinds: Element['kind'][][] = [[], ['application'], ['module', 'appService'], ['site'], ['network', 'securityControl']];
          const ids = [pick(onView(doc, viewId, ...kinds[Math.floor(k * kinds.length)]))];
          if (rand() < 0.2) ids.push(pick(onView(doc, viewId)));
          const gone = [...new Set(ids.filter((id): id is string => id !== undefined))];
          if (!gone.length) continue;
          if (rand() < 0.5) selected = new Set(gone);
          try {
            state = dispatch(state, 'element.remove', { ids: gone }).state;
          } catch {
            continue; // the generated model holds elements a command refuses on purpose (damaged fields)
          }
          // the canvas clears a selection of what is gone
          selected = new Set([...selected].filter((id) => state.doc.elements.has(id)));
          seen.remove++;
          const kind = doc.elements.get(gone[0])!.kind;
          if (kind === 'application') seen.removeParent++;
          if (kind === 'site') seen.removeSite++;
          if (kind === 'securityControl') seen.removeControl++;
        } else if (r < 0.55) {
          // a box hidden (View › Hide: a module's services then stand on their own), or a relation removed
          try {
            if (rand() < 0.6) state = dispatch(state, 'view.hideElements', { viewId, ids: [pick(onView(doc, viewId, ...(rand() < 0.6 ? (['module'] as const) : [])))!] }).state;
            else state = dispatch(state, 'relation.remove', { ids: [pick(doc.relations.ids())!] }).state;
          } catch {
            continue;
          }
          seen.hideOrUnlink++;
        } else if (r < 0.7 && state.past.length) {
          state = undo(state).state;
          seen.undo++;
        } else if (r < 0.85 && state.future.length) {
          state = redo(state).state;
          seen.redo++;
        } else if (r < 0.93) {
          selected = new Set([pick(onView(doc, viewId))!]);
        } else {
          selectedRelations = new Set([pick(doc.relations.ids())!]);
        }
        listed.mockClear();
        const drawn = drawWith(builder, state.doc, viewId, selected, selectedRelations);
        if (listed.mock.contexts.some((t) => t === state.doc.relations)) walks++;
        const scene = builder.scene(state.doc, state.doc.views[viewId]);
        const sceneNodes = new Set(lastScene.nodes);
        if (scene !== lastScene && !scene.nodes.some((n) => sceneNodes.has(n))) wholeScenes++;
        lastScene = scene;
        const fresh = drawWith(new FlowModelBuilder(), state.doc, viewId, selected, selectedRelations);
        expect(builder.scene(state.doc, state.doc.views[viewId]).bands, `step ${step}`).toEqual(new FlowModelBuilder().scene(state.doc, state.doc.views[viewId]).bands);
        expect(drawn.nodes, `step ${step}: nodes`).toEqual(fresh.nodes);
        expect(drawn.edges, `step ${step}: edges`).toEqual(fresh.edges);
        const lastNodes = new Set(last.nodes);
        const lastEdges = new Set(last.edges);
        seen.keptNodes += drawn.nodes.filter((n) => lastNodes.has(n)).length;
        seen.nodes += drawn.nodes.length;
        seen.keptEdges += drawn.edges.filter((e) => lastEdges.has(e)).length;
        seen.edges += drawn.edges.length;
        last = drawn;
      }
      // every kind of removal met, with undos and redos
      expect(seen.remove).toBeGreaterThan(20);
      expect(seen.removeParent).toBeGreaterThanOrEqual(2);
      expect(seen.removeSite + seen.removeControl).toBeGreaterThanOrEqual(2);
      expect(seen.hideOrUnlink).toBeGreaterThanOrEqual(8);
      expect(seen.undo).toBeGreaterThanOrEqual(10);
      expect(seen.redo).toBeGreaterThanOrEqual(3);
      // the canvas followed the edits: it drew few scenes whole (a band shrinking or growing) and walked
      // the relations for few (an index of them built or made again after a long jump through the history)
      expect(wholeScenes).toBeLessThan(seen.remove / 4);
      expect(walks).toBeLessThan(seen.remove / 10);
      // nearly every box and line was handed back as it was (a whole redraw makes new ones where the scene moved a box)
      expect(seen.keptNodes / seen.nodes).toBeGreaterThan(0.97);
      expect(seen.keptEdges / seen.edges).toBeGreaterThan(0.97);
    });
  }
});
