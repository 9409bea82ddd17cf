/**
 * KNOWN HOLE (review Y, session 30): the session takes the window's word that a named run is the
 * view as drawn. It checks each patch's shape (a plain box of that view) and hashes it, but never
 * that it equals what the drawing gives from the document before the batch (drawing a 92,000-box
 * view costs ~0.6–1 s on the main process). A wrong `drawn` (a bug in the window) is journalled as a
 * note; recovery draws the view, finds the hash differs, counts it in `redrawnOnRecovery` (shown to
 * no one) and the edit the run stood for is lost. `it.fails`: flip it to `it` when the session checks
 * the run against the drawing.
 */
import { describe, expect, it } from 'vitest';
import { dispatch, initialState, type EditorState } from '../commands';
import { drawnRunsIn } from '../commands/drawn-ahead';
import { boxIds } from '../model/boxes-record';
import { makeVariedDocument } from '../../test/helpers/varied-model';
import { reopened, sessionOn, text } from '../../test/helpers/drawn-session';
import type { JournalEntry } from './session';


const move = (s: EditorState, viewId: string, k: number) => {
  const id = boxIds(s.doc.views[viewId].nodes)[k];
  const at = s.doc.views[viewId].nodes[id];
  return dispatch(s, 'element.move', { viewId, moves: [{ id, x: at.x + 40, y: at.y + 7 }] });
};

describe('the note of a view stored as drawn, named wrongly by the window', () => {
  it.fails('recovers a move the window named as the view stored as drawn (the session should journal it whole)', async () => {
    const opened = reopened(makeVariedDocument(400, 4));
    const viewId = Object.keys(opened.views)[0];
    const journal: JournalEntry[] = [];
    const session = sessionOn(opened, journal);
    const first = move(initialState(opened), viewId, 3);
    await session.apply(first.patches, undefined, drawnRunsIn(first.patches, opened, first.state.doc));
    // the view is stored as drawn now: a plain move, its one box patch named as a run
    const second = move(first.state, viewId, 9);
    expect(second.patches).toHaveLength(1);
    await session.apply(second.patches, undefined, [{ viewId, at: 0, count: 1 }]);
    expect(text(session.doc)).toBe(text(second.state.doc));

    const recovered = sessionOn(opened, [], journal);
    expect(recovered.acceptRecovery()).toBe(2);
    expect(text(recovered.doc)).toBe(text(second.state.doc));
  });
});
