/**
 * An undo of an entry of many patches (the first move in a view not stored as drawn stores the whole
 * view: 46,709 boxes at 92,000) gives back the document before it as it was kept, not by applying
 * every patch back (./history.ts `HistoryEntry.documents`); a redo the document after it. Whatever
 * happened in between, the user gets the document the patches would give.
 */
import { describe, expect, it } from 'vitest';
import { dispatch, initialState, prepareForCommands, redo, undo } from '.';
import { fromDocumentData, toDocumentData, type LakarDocument } from '../model';
import { boxIds } from '../model/boxes-record';
import { applyDocumentPatches } from '../model/table-edit';
import { makeVariedDocument } from '../../test/helpers/varied-model';
import { KEEP_DOCUMENTS_FROM } from './history';

const reopened = (doc: LakarDocument) => fromDocumentData(structuredClone(toDocumentData(doc))) as LakarDocument;
const text = (doc: LakarDocument) => JSON.stringify(toDocumentData(doc));

/** The generated varied model (its views not stored as drawn) and the first move in its first view. */
function firstMove(prepare: boolean) {
  const doc = reopened(makeVariedDocument(1500, 4));
  if (prepare) while (!prepareForCommands(doc, () => true));
  const viewId = Object.keys(doc.views)[0];
  const id = boxIds(doc.views[viewId].nodes)[400];
  const at = doc.views[viewId].nodes[id];
  const moved = dispatch(initialState(doc), 'element.move', { viewId, moves: [{ id, x: at.x + 37, y: at.y + 11 }] });
  return { doc, viewId, moved };
}

describe('undo and redo of an entry of many patches', () => {
  for (const prepare of [true, false]) {
    it(`the first move in a view not stored as drawn is undone to the document before it and redone to the one after (${prepare ? 'after' : 'without'} the idle preparation)`, () => {
      const { doc, moved } = firstMove(prepare);
      expect(moved.patches.length).toBeGreaterThanOrEqual(KEEP_DOCUMENTS_FROM);
      const after = moved.state.doc;
      const undone = undo(moved.state);
      // the very document: nothing applied again, the same as the patches would give
      expect(undone.state.doc).toBe(doc);
      expect(text(undone.state.doc)).toBe(text(applyDocumentPatches(after, undone.patches)));
      expect(undone.patches).toBe(moved.state.past[0].inversePatches);
      const redone = redo(undone.state);
      expect(redone.state.doc).toBe(after);
      expect(redone.patches).toBe(moved.patches);
      // the undo after a redo too
      expect(undo(redone.state).state.doc).toBe(doc);
    });
  }

  it('an edit outside the history after it (history skip): the undo applies the patches back and keeps that edit', () => {
    const { doc, moved } = firstMove(true);
    const el = doc.elements.values()[0];
    const skipped = dispatch(moved.state, 'element.update', { id: el.id, patch: { description: 'Keterangan baharu' } }, { history: 'skip' });
    const undone = undo(skipped.state).state.doc;
    expect(undone).not.toBe(doc);
    expect(undone.elements.get(el.id)?.description).toBe('Keterangan baharu');
    expect(text(undone)).toBe(text(applyDocumentPatches(skipped.state.doc, moved.state.past[0].inversePatches)));
    const back = reopened(undone);
    expect(text(back)).toBe(text({ ...doc, elements: applyDocumentPatches(doc, skipped.patches).elements }));
  });

  it('the next edit after an undo giving back a kept document costs what it changes: its tables go on from the kept ones, not copied whole (~1 s at 100,000 elements)', () => {
    const doc = reopened(makeVariedDocument(1500, 4));
    while (!prepareForCommands(doc, () => true));
    const ids = doc.elements.values().filter((e) => e.kind === 'dataEntity').slice(0, 60).map((e) => e.id);
    const removed = dispatch(initialState(doc), 'element.remove', { ids });
    expect(removed.patches.length).toBeGreaterThanOrEqual(KEEP_DOCUMENTS_FROM);
    const undone = undo(removed.state).state;
    expect(undone.doc).toBe(doc);
    const app = doc.elements.values().find((e) => e.kind === 'application')!;
    const renamed = dispatch(undone, 'element.update', { id: app.id, patch: { name: 'Nama baharu' } }).state.doc;
    // a version of the same table, one id apart (a copy made whole is another table: no ids known changed)
    expect(renamed.elements.idsChangedSince(doc.elements)).toEqual(new Set([app.id]));
  });

  it('the next move after the undo stores what it stores on the document as opened', () => {
    const { doc, viewId, moved } = firstMove(true);
    const state = undo(moved.state).state;
    const id = boxIds(doc.views[viewId].nodes)[900];
    const at = doc.views[viewId].nodes[id];
    const args = { viewId, moves: [{ id, x: at.x + 5, y: at.y }] };
    const again = dispatch(state, 'element.move', args);
    const fresh = dispatch(initialState(reopened(doc)), 'element.move', args);
    expect(again.patches).toEqual(fresh.patches);
    expect(text(again.state.doc)).toBe(text(fresh.state.doc));
  });
});
