import { describe, expect, it } from 'vitest';
import { dispatch, initialState, prepareForCommands, undo, type EditorState } from '.';
import { fromDocumentData, toDocumentData, type LakarDocument } from '../model';
import { makeVariedDocument } from '../../test/helpers/varied-model';
import { boxIds } from '../model/boxes-record';
import { checkStoredAsDrawn, knownNormalised } from './normalize';

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

  describe('finds in idle time whether each view is stored as drawn', () => {
    /** The varied model with its first view only, stored as drawn (the first move normalises the whole view), saved and opened again. */
    const savedDrawn = () => {
      const generated = makeVariedDocument(3000, 3);
      const viewId = Object.keys(generated.views)[0];
      let state: EditorState = initialState(reopened({ ...generated, views: { [viewId]: generated.views[viewId] } }));
      const id = boxIds(state.doc.views[viewId].nodes)[0];
      const at = state.doc.views[viewId].nodes[id];
      state = dispatch(state, 'element.move', { viewId, moves: [{ id, x: at.x + 10, y: at.y }] }).state;
      return { doc: reopened(state.doc), viewId };
    };
    const moveOf = (doc: LakarDocument, viewId: string) => {
      const ids = boxIds(doc.views[viewId].nodes);
      const id = ids[Math.floor(ids.length / 2)];
      const at = doc.views[viewId].nodes[id];
      return { viewId, moves: [{ id, x: at.x + 400, y: at.y + 30 }] };
    };

    it('trusts a reopened view stored as drawn, so its first move draws again only what it moves, as a whole normalisation would', () => {
      const { doc, viewId } = savedDrawn();
      expect(knownNormalised(doc.views[viewId], doc.elements)).toBe(false);
      let calls = 0;
      while (!prepareForCommands(doc, () => false)) calls++;
      // a step per call: the view's ~2,800 boxes took several
      expect(calls).toBeGreaterThan(3);
      expect(knownNormalised(doc.views[viewId], doc.elements)).toBe(true);
      const move = moveOf(doc, viewId);
      const trusted = dispatch(initialState(doc), 'element.move', move).state.doc;
      const whole = dispatch(initialState(reopened(doc)), 'element.move', move).state.doc;
      expect(toDocumentData(trusted).views).toEqual(toDocumentData(whole).views);
    });

    it('does not trust a view stored other than drawn (a generated one, never normalised)', () => {
      const doc = reopened(makeVariedDocument(3000, 3));
      while (!prepareForCommands(doc, () => false));
      for (const view of Object.values(doc.views)) expect(knownNormalised(view, doc.elements)).toBe(false);
    });

    it('stops a check when a command changed the document during it, and checks again from the start', () => {
      const { doc, viewId } = savedDrawn();
      let state: EditorState = initialState(doc);
      // the idle preparation's own check under way too: two steps before it would end
      let calls = 0;
      const copy = reopened(doc);
      while (!prepareForCommands(copy, () => false)) calls++;
      for (let i = 0; i < calls - 2; i++) prepareForCommands(doc, () => false);
      expect(knownNormalised(doc.views[viewId], doc.elements)).toBe(false);
      const steps = checkStoredAsDrawn(doc, viewId);
      expect(steps.next(doc).done).toBe(false);
      // a new description: the view is the same, the elements are not
      const described = boxIds(doc.views[viewId].nodes).find((id) => doc.elements.get(id)?.kind === 'application')!;
      state = dispatch(state, 'element.update', { id: described, patch: { description: 'Diterangkan semula' } }).state;
      expect(state.doc.views[viewId]).toBe(doc.views[viewId]);
      expect(steps.next(state.doc)).toEqual({ done: true, value: 'outdated' });
      expect(knownNormalised(state.doc.views[viewId], state.doc.elements)).toBe(false);
      while (!prepareForCommands(state.doc, () => false));
      expect(knownNormalised(state.doc.views[viewId], state.doc.elements)).toBe(true);
    });
  });
});
