/**
 * Delete, then Undo: what the command removed goes back where it stood (../model/placed.ts), so the
 * model tree, the paper's tables, the saved file and a recheck list it in its place, not last.
 * Compared as JSON text, which keeps key order (toEqual ignores it).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dispatch, initialState, redo, undo, type EditorState } from '.';
import type { LakarDocument } from '../model/schema';
import { applyDocumentPatches } from '../model/table-edit';
import { makeVariedDocument } from '../../test/helpers/varied-model';

const text = (doc: LakarDocument) => JSON.stringify(doc);
const doc0 = makeVariedDocument(300, 4);
const elementIds = doc0.elements.ids();
const relationIds = doc0.relations.ids();
const [viewId, view] = Object.entries(doc0.views)[0];
const boxIds = Object.keys(view.nodes);

/** Dispatch `command`, undo it and redo it: the document after the undo is the one before, in order; after the redo, the one the command made. */
function roundTrip(doc: LakarDocument, command: string, args: unknown): { removed: EditorState; back: EditorState } {
  const removed = dispatch(initialState(doc), command, args).state;
  const back = undo(removed).state;
  expect(text(back.doc)).toBe(text(doc));
  const again = redo(back).state;
  expect(text(again.doc)).toBe(text(removed.doc));
  expect(text(undo(again).state.doc)).toBe(text(doc));
  return { removed, back };
}

describe('undo of a removal puts back in place', () => {
  it('an element (first, in the middle, last), with its relations and boxes', () => {
    for (const id of [elementIds[0], elementIds[1], elementIds[150], elementIds[elementIds.length - 1], boxIds[0], boxIds[boxIds.length - 1]]) {
      const { removed, back } = roundTrip(doc0, 'element.remove', { ids: [id] });
      expect(removed.doc.elements.has(id)).toBe(false);
      expect(back.doc.elements.ids()).toEqual(elementIds);
      expect(back.doc.relations.ids()).toEqual(relationIds);
      expect(Object.keys(back.doc.views[viewId].nodes)).toEqual(boxIds);
    }
  });

  it('several elements: adjacent ones, named in any order, and a whole selection', () => {
    roundTrip(doc0, 'element.remove', { ids: [elementIds[12], elementIds[10], elementIds[11]] });
    roundTrip(doc0, 'element.remove', { ids: [elementIds[2], elementIds[0], elementIds[1]] });
    roundTrip(doc0, 'element.remove', { ids: elementIds.slice(-5).reverse() });
    roundTrip(doc0, 'element.remove', { ids: elementIds.filter((_, i) => i % 7 === 3) });
    roundTrip(doc0, 'element.remove', { ids: boxIds.slice(20, 60) });
  });

  it('relations, a view, and boxes hidden from a view', () => {
    roundTrip(doc0, 'relation.remove', { ids: [relationIds[0]] });
    roundTrip(doc0, 'relation.remove', { ids: [relationIds[40], relationIds[39], relationIds[relationIds.length - 1]] });
    const doc = dispatch(dispatch(initialState(doc0), 'view.add', { view: { id: 'view_b', name: 'B', order: 5, nodes: {} } }).state, 'view.add', { view: { id: 'view_c', name: 'C', order: 6, nodes: {} } }).state.doc;
    const { back } = roundTrip(doc, 'view.remove', { id: 'view_b' });
    expect(Object.keys(back.doc.views)).toEqual(Object.keys(doc.views));
    roundTrip(doc0, 'view.hideElements', { viewId, ids: [boxIds[5], boxIds[3]] });
  });

  it('patches written before the place was recorded (an older journal) still apply: the item goes last, as it did', () => {
    const removed = dispatch(initialState(doc0), 'element.remove', { ids: [elementIds[7]] }).state;
    const old = removed.past[0].inversePatches.map((p) => ({ op: p.op, path: p.path, value: p.value }));
    const back = applyDocumentPatches(removed.doc, old);
    expect(back.elements.ids()).toEqual([...elementIds.filter((id) => id !== elementIds[7]), elementIds[7]]);
  });

  it('edits merged into one undo step (history mergeKey) and undone together', () => {
    let state = initialState(doc0);
    for (const id of [elementIds[21], elementIds[20], elementIds[22], elementIds[40]]) state = dispatch(state, 'element.remove', { ids: [id] }, { mergeKey: 'k' }).state;
    expect(state.past).toHaveLength(1);
    expect(text(undo(state).state.doc)).toBe(text(doc0));
  });

  it('random scripts of removals, undos and redos: each undo gives back the document as it was before that step, in order', () => {
    const step = fc.oneof(
      fc.record({ op: fc.constant('element' as const), at: fc.array(fc.nat(), { minLength: 1, maxLength: 4 }) }),
      fc.record({ op: fc.constant('relation' as const), at: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }) }),
      fc.record({ op: fc.constant('hide' as const), at: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }) }),
      fc.record({ op: fc.constant('undo' as const) }),
      fc.record({ op: fc.constant('redo' as const) }),
    );
    const doc = makeVariedDocument(120, 9);
    fc.assert(
      fc.property(fc.array(step, { maxLength: 25 }), fc.boolean(), (script, merge) => {
        let state = initialState(doc);
        // texts[i]: the document after i undoable steps (the state with i entries in its past)
        const texts = [text(doc)];
        for (const s of script) {
          if (s.op === 'undo' || s.op === 'redo') {
            if ((s.op === 'undo' ? state.past : state.future).length === 0) continue;
            state = (s.op === 'undo' ? undo : redo)(state).state;
            expect(text(state.doc)).toBe(texts[state.past.length]);
            continue;
          }
          const ids = s.op === 'relation' ? state.doc.relations.ids() : s.op === 'element' ? state.doc.elements.ids() : Object.keys(Object.values(state.doc.views)[0]?.nodes ?? {});
          if (ids.length === 0) continue;
          const pick = [...new Set(s.at.map((n) => ids[n % ids.length]))];
          const command = s.op === 'relation' ? 'relation.remove' : s.op === 'element' ? 'element.remove' : 'view.hideElements';
          const args = s.op === 'hide' ? { viewId: Object.keys(state.doc.views)[0], ids: pick } : { ids: pick };
          const before = state.past.length;
          state = dispatch(state, command, args, merge ? { mergeKey: 'typing' } : {}).state;
          if (state.past.length === before) texts[before] = text(state.doc);
          else texts.splice(state.past.length, texts.length, text(state.doc));
        }
        while (state.past.length > 0) {
          state = undo(state).state;
          expect(text(state.doc)).toBe(texts[state.past.length]);
        }
      }),
      { numRuns: 60 },
    );
  });
});
