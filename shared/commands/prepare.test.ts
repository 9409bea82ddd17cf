import { describe, expect, it } from 'vitest';
import { dispatch, initialState, prepareForCommands, undo, type EditorState } from '.';
import { fromDocumentData, toDocumentData, type LakarDocument } from '../model';
import { makeVariedDocument } from '../../test/helpers/varied-model';

/** A separate copy of `doc` (tables and items of its own), as a file opened again. */
const reopened = (doc: LakarDocument) => fromDocumentData(structuredClone(toDocumentData(doc))) as LakarDocument;

describe('prepareForCommands (the first commands made ready in idle time)', () => {
  it('leaves removals, undo and their patches as they are on a document not prepared, however often it is cut short', () => {
    const doc = reopened(makeVariedDocument(400, 3));
    const ids = doc.elements.ids();
    for (const budget of [1, 2, 5, 1000]) {
      let prepared: EditorState = initialState(reopened(doc));
      let plain: EditorState = initialState(reopened(doc));
      let calls = 0;
      // prepare a part, edit, prepare on: the preparation follows the document the editor holds
      for (let step = 0; step < 12; step++) {
        prepareForCommands(prepared.doc, () => ++calls % budget !== 0);
        const removal = { ids: [ids[(step * 37 + budget) % ids.length], ids[(step * 91 + 5) % ids.length]] };
        const a = dispatch(prepared, 'element.remove', removal);
        const b = dispatch(plain, 'element.remove', removal);
        expect(a.patches).toEqual(b.patches);
        prepared = a.state;
        plain = b.state;
        if (step % 3 === 2) {
          prepared = undo(prepared).state;
          plain = undo(plain).state;
        }
        expect(toDocumentData(prepared.doc)).toEqual(toDocumentData(plain.doc));
      }
    }
  });

  it('freezes the views, as the first command would', () => {
    const doc = reopened(makeVariedDocument(200, 1));
    while (!prepareForCommands(doc, () => false));
    for (const view of Object.values(doc.views)) expect(Object.isFrozen(view.nodes)).toBe(true);
  });

  it('freezes the boxes of a large view a part per idle period, not all in one (no stall of the window after opening)', () => {
    const doc = reopened(makeVariedDocument(6000, 1));
    const [view] = Object.values(doc.views);
    const boxes = Object.values(view.nodes);
    expect(boxes.length).toBeGreaterThan(5000);
    const frozenAfterEachCall: number[] = [];
    for (let calls = 0; !prepareForCommands(doc, () => false); calls++) {
      frozenAfterEachCall.push(boxes.filter((b) => Object.isFrozen(b)).length);
      if (calls > 1000) throw new Error('never ready');
    }
    // the first calls each froze some boxes of the large view, none all of them
    const partial = frozenAfterEachCall.filter((n) => n > 0 && n < boxes.length);
    expect(partial.length).toBeGreaterThanOrEqual(2);
    expect(partial).toEqual([...partial].sort((a, b) => a - b));
    expect(boxes.every((b) => Object.isFrozen(b))).toBe(true);
    expect(Object.isFrozen(view.nodes) && Object.isFrozen(view)).toBe(true);
  });
});
