/**
 * Entries of many patches keep their documents (./history.ts `HistoryEntry.documents`) and an undo or
 * redo finding the one the entry made gives back the other. Whatever the sequence (moves large and
 * small, merged while dragging or sealed, edits outside the history, undos and redos in any order),
 * each undo and redo must give the document that applying the entry's patches gives.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dispatch, initialState, redo, sealHistory, undo, type EditorState } from '.';
import { fromDocumentData, toDocumentData, type LakarDocument } from '../model';
import { boxIds } from '../model/boxes-record';
import { makeVariedDocument } from '../../test/helpers/varied-model';

const text = (doc: LakarDocument) => JSON.stringify(toDocumentData(doc));
/** The same history without kept documents: every undo and redo applies its patches. */
const patchesOnly = (state: EditorState): EditorState => ({
  ...state,
  past: state.past.map((e) => ({ ...e, documents: undefined })),
  future: state.future.map((e) => ({ ...e, documents: undefined })),
});

type Step = { kind: 'move'; many: boolean; merge: boolean; dx: number } | { kind: 'skip' } | { kind: 'undo' } | { kind: 'redo' } | { kind: 'seal' };
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('move' as const), many: fc.boolean(), merge: fc.boolean(), dx: fc.integer({ min: 1, max: 9 }) }),
  fc.constant({ kind: 'skip' as const }),
  fc.constant({ kind: 'undo' as const }),
  fc.constant({ kind: 'redo' as const }),
  fc.constant({ kind: 'seal' as const }),
);

describe('undo and redo with kept documents', () => {
  const doc0 = fromDocumentData(structuredClone(toDocumentData(makeVariedDocument(500, 3)))) as LakarDocument;
  const viewId = Object.keys(doc0.views)[0];
  const ids = boxIds(doc0.views[viewId].nodes).slice(0, 150);
  const el = doc0.elements.values()[0];

  it('give what the patches give, in any sequence', () => {
    // undos and redos that gave back a kept document (the sequences must reach that way too)
    let kept = 0;
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 14 }), (steps) => {
        let state = initialState(doc0);
        for (const [i, s] of steps.entries()) {
          if (s.kind === 'undo' || s.kind === 'redo') {
            const run = s.kind === 'undo' ? undo : redo;
            const expected = run(patchesOnly(state)).state.doc;
            const entry = s.kind === 'undo' ? state.past.at(-1) : state.future[0];
            state = run(state).state;
            if (entry?.documents && (state.doc === entry.documents.before || state.doc === entry.documents.after)) kept++;
            expect(text(state.doc), `step ${i} ${s.kind}`).toBe(text(expected));
          } else if (s.kind === 'seal') state = sealHistory(state);
          else if (s.kind === 'skip') state = dispatch(state, 'element.update', { id: el.id, patch: { description: `d${i}` } }, { history: 'skip' }).state;
          else {
            const nodes = state.doc.views[viewId].nodes;
            const moves = (s.many ? ids : ids.slice(0, 1)).filter((id) => nodes[id]).map((id) => ({ id, x: nodes[id].x + s.dx, y: nodes[id].y }));
            state = dispatch(state, 'element.move', { viewId, moves }, s.merge ? { mergeKey: 'drag' } : {}).state;
          }
        }
      }),
      { numRuns: 40 },
    );
    expect(kept).toBeGreaterThan(0);
  });
});
