/**
 * A view not stored as drawn (a generated or imported one) has its boxes as drawn made ahead in idle
 * time (./drawn-ahead.ts), and its first geometry edit takes them instead of drawing the whole view
 * (issue 18). What a user sees must not depend on whether the preparation ran: the same documents,
 * the same patches (the journal, the save), the same undo and redo.
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CommandError, dispatch, initialState, prepareForCommands, redo, undo, type EditorState } from '.';
import { fromDocumentData, toDocumentData, type LakarDocument } from '../model';
import { boxIds } from '../model/boxes-record';
import { makeVariedDocument } from '../../test/helpers/varied-model';

// how often a whole view is drawn (what the preparation saves a first edit)
const drawn = vi.hoisted(() => ({ views: 0 }));
vi.mock('../routing/scene', async (importOriginal) => {
  const scene = await importOriginal<typeof import('../routing/scene')>();
  return {
    ...scene,
    sceneSteps: (...args: Parameters<typeof scene.sceneSteps>) => {
      drawn.views++;
      return scene.sceneSteps(...args);
    },
  };
});
beforeEach(() => {
  drawn.views = 0;
});

/** A separate copy of `doc` (tables and items of its own), as a file opened again. */
const reopened = (doc: LakarDocument) => fromDocumentData(structuredClone(toDocumentData(doc))) as LakarDocument;
const text = (doc: LakarDocument) => JSON.stringify(toDocumentData(doc));
const prepareAll = (doc: LakarDocument) => {
  while (!prepareForCommands(doc, () => true));
};

/** The generated varied model (its views never normalised: not stored as drawn). */
const generated = (n: number, seed: number) => reopened(makeVariedDocument(n, seed));
const LONG = 'sistem pengurusan maklumat bersepadu permohonan lesen negeri';

/** One step of a script on `doc`: a command and its arguments, or an undo or redo. */
function commandFor(doc: LakarDocument, viewId: string, kind: number, pick: number, i: number): [string, unknown] | 'undo' | 'redo' {
  const ids = boxIds(doc.views[viewId].nodes);
  const id = ids[pick % ids.length];
  const at = doc.views[viewId].nodes[id];
  const el = doc.elements.get(id);
  switch (kind) {
    case 0:
      return ['element.move', { viewId, moves: [{ id, x: at.x + 37, y: at.y + 11 }] }];
    case 1:
      return ['element.add', { element: { id: `n_${i}`, kind: 'dataEntity', name: `Data ${i}` }, viewId }];
    case 2:
      return ['element.add', { element: { id: `m_${i}`, kind: 'application', name: `Aplikasi ${i}` }, viewId, position: { x: at.x + 200, y: at.y } }];
    case 3:
      return ['element.remove', { ids: [id] }];
    case 4:
      return el ? ['element.update', { id, patch: { name: i % 2 ? LONG : `n ${i}` } }] : 'undo';
    case 5:
      // a description: no geometry (what the view's boxes as drawn made ahead are kept over)
      return el ? ['element.update', { id, patch: { description: `Keterangan ${i}` } }] : 'redo';
    case 6:
      return 'undo';
    default:
      return 'redo';
  }
}

/** Run one step on `state`; the state unchanged when the command is refused. */
function run(state: EditorState, step: ReturnType<typeof commandFor>) {
  if (step === 'undo') return undo(state);
  if (step === 'redo') return redo(state);
  try {
    return dispatch(state, step[0], step[1]);
  } catch (e) {
    if (e instanceof CommandError) return { state, patches: [] };
    throw e;
  }
}

describe('boxes as drawn made ahead for a view not stored as drawn', () => {
  it('the first move after the idle preparation draws no view, and stores what a move without it stores', () => {
    const doc = generated(1500, 4);
    const viewId = Object.keys(doc.views)[0];
    const plain = reopened(doc);
    prepareAll(doc);
    expect(drawn.views).toBeGreaterThan(0);
    const step = commandFor(doc, viewId, 0, 400, 0) as [string, unknown];
    drawn.views = 0;
    const prepared = dispatch(initialState(doc), step[0], step[1]);
    expect(drawn.views).toBe(0);
    const without = dispatch(initialState(plain), step[0], step[1]);
    expect(drawn.views).toBeGreaterThan(0);
    // the whole view was stored anew: many boxes, the same ones
    expect(prepared.patches.length).toBeGreaterThan(100);
    expect(prepared.patches).toEqual(without.patches);
    expect(text(prepared.state.doc)).toBe(text(without.state.doc));
  });

  it('the move after an undo of that first move draws no view either', () => {
    const doc = generated(1500, 4);
    const viewId = Object.keys(doc.views)[0];
    prepareAll(doc);
    let state: EditorState = initialState(doc);
    state = run(state, commandFor(state.doc, viewId, 0, 400, 0)).state;
    state = undo(state).state;
    expect(text(state.doc)).toBe(text(doc));
    drawn.views = 0;
    const again = run(state, commandFor(state.doc, viewId, 0, 900, 1));
    expect(drawn.views).toBe(0);
    expect(text(again.state.doc)).toBe(text(run(initialState(reopened(doc)), commandFor(doc, viewId, 0, 900, 1)).state.doc));
  });

  it('random edits give the same documents, patches, undo and redo with and without the idle preparation, however often it is cut short', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 7 }), fc.nat(), fc.integer({ min: 0, max: 3 })), { minLength: 4, maxLength: 14 }),
        (seed, script) => {
          const doc = generated(400, seed);
          const viewId = Object.keys(doc.views)[0];
          let prepared: EditorState = initialState(reopened(doc));
          let plain: EditorState = initialState(reopened(doc));
          // every document met, by step: an undo must give back the one before
          const seen: string[] = [text(plain.doc)];
          let calls = 0;
          for (const [i, [kind, pick, budget]] of script.entries()) {
            // the preparation runs between edits, cut short every `budget` looks at the time (0: not at all)
            if (budget > 0) prepareForCommands(prepared.doc, () => ++calls % (budget * 3) !== 0);
            const step = commandFor(plain.doc, viewId, kind, pick, i);
            const a = run(prepared, step);
            const b = run(plain, step);
            expect(a.patches).toEqual(b.patches);
            expect(text(a.state.doc)).toBe(text(b.state.doc));
            if (step === 'undo' && b.patches.length) expect(text(b.state.doc)).toBe(seen[b.state.past.length]);
            prepared = a.state;
            plain = b.state;
            seen.length = plain.past.length + 1;
            seen[plain.past.length] = text(plain.doc);
          }
        },
      ),
      { numRuns: 25, seed: Number(process.env.LAKAR_DRAWN_SEED ?? 18) },
    );
  });
});
