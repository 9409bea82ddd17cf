/**
 * The first geometry edit in a view not stored as drawn stores the whole view as drawn: its journal
 * entry keeps that as a note (./drawn-record.ts), and recovery draws the view again. What a user
 * gets back after a crash must be the document they had, byte for byte.
 */
import type { Patch } from 'immer';
import { describe, expect, it } from 'vitest';
import { dispatch, initialState, prepareForCommands, redo, undo, type EditorState } from '../commands';
import { drawnRunsIn } from '../commands/drawn-ahead';
import { boxIds } from '../model/boxes-record';
import { makeVariedDocument } from '../../test/helpers/varied-model';
import { reopened, sessionOn, text } from '../../test/helpers/drawn-session';
import { compactBatch } from './drawn-record';
import type { JournalEntry, ProjectSession } from './session';

/** Run `step` on the editor, send its patches to `session` as the window does, and give the new state. */
async function step(session: ProjectSession, state: EditorState, run: (s: EditorState) => { state: EditorState; patches: Patch[] }): Promise<EditorState> {
  const t = run(state);
  await session.apply(t.patches, '2026-12-07T00:00:00.000Z', drawnRunsIn(t.patches, state.doc, t.state.doc));
  return t.state;
}

const moveIn = (state: EditorState, viewId: string, k: number) => {
  const ids = boxIds(state.doc.views[viewId].nodes);
  const id = ids[Math.floor(ids.length / k)];
  const at = state.doc.views[viewId].nodes[id];
  return { viewId, moves: [{ id, x: at.x + 40, y: at.y + 7 }] };
};

describe('the journal of a view stored as drawn', () => {
  for (const prepared of [true, false]) {
    it(`keeps the first move in a generated view as a note and recovers the document byte for byte (${prepared ? 'after' : 'without'} the idle preparation)`, async () => {
      const opened = reopened(makeVariedDocument(1500, 4));
      while (prepared && !prepareForCommands(opened, () => true));
      const viewId = Object.keys(opened.views)[0];
      const journal: JournalEntry[] = [];
      const session = sessionOn(opened, journal);
      let state = initialState(opened);
      state = await step(session, state, (s) => dispatch(s, 'element.move', moveIn(s, viewId, 3)));
      const firstPatches = state.past[0].patches.length;
      state = await step(session, state, undo);
      state = await step(session, state, redo);
      state = await step(session, state, (s) => dispatch(s, 'element.move', moveIn(s, viewId, 5)));

      // the view was not stored as drawn: the move wrote many boxes, the journal a note and the move's own
      expect(firstPatches).toBeGreaterThan(100);
      expect(journal[0].drawn).toEqual([expect.objectContaining({ viewId })]);
      expect(journal[0].drawn![0].count).toBeGreaterThan(100);
      expect(journal[0].patches.length).toBeLessThan(20);
      expect(JSON.stringify(journal[0]).length).toBeLessThan(3_000);
      // its undo gives the boxes back as they were: a note naming the first; the redo a note again
      expect(journal[1].drawn).toEqual([expect.objectContaining({ viewId, undoes: journal[0].seq })]);
      expect(JSON.stringify(journal[1]).length).toBeLessThan(3_000);
      expect(journal[2].drawn).toEqual([expect.not.objectContaining({ undoes: expect.anything() })]);
      expect(text(session.doc)).toBe(text(state.doc));

      // after a crash: the saved document and the journal give back what the user had
      const recovered = sessionOn(opened, [], journal);
      expect(recovered.acceptRecovery()).toBe(4);
      expect(recovered.redrawnOnRecovery).toBe(0);
      expect(text(recovered.doc)).toBe(text(state.doc));
    });
  }

  it('recovers the move when the Lakar recovering draws the view otherwise (the note does not match)', async () => {
    const opened = reopened(makeVariedDocument(1500, 4));
    const viewId = Object.keys(opened.views)[0];
    const journal: JournalEntry[] = [];
    const session = sessionOn(opened, journal);
    const args = moveIn(initialState(opened), viewId, 3);
    const state = await step(session, initialState(opened), (s) => dispatch(s, 'element.move', args));
    // as if another Lakar had drawn the view when the note was written
    journal[0].drawn![0].hash = '1:0000000000000000';
    const recovered = sessionOn(opened, [], journal);
    expect(recovered.acceptRecovery()).toBe(1);
    expect(recovered.redrawnOnRecovery).toBe(1);
    const moved = args.moves[0];
    expect(recovered.doc.views[viewId].nodes[moved.id]).toEqual(state.doc.views[viewId].nodes[moved.id]);
    expect(text(recovered.doc)).toBe(text(state.doc));
  });

  it('journals the undo whole when a save came between the first move and its undo (its note is no longer in the journal)', async () => {
    const opened = reopened(makeVariedDocument(1500, 4));
    const viewId = Object.keys(opened.views)[0];
    const journal: JournalEntry[] = [];
    const session = sessionOn(opened, journal);
    let state = await step(session, initialState(opened), (s) => dispatch(s, 'element.move', moveIn(s, viewId, 3)));
    await session.save();
    const saved = session.doc;
    state = await step(session, state, undo);
    expect(journal[1].drawn).toBeUndefined();
    expect(journal[1].patches.length).toBe(state.future[0].inversePatches.length);
    const recovered = sessionOn(saved, [], [journal[1]]);
    expect(recovered.acceptRecovery()).toBe(1);
    expect(text(recovered.doc)).toBe(text(state.doc));
  });

  it('journals whole an undo whose run back does not give the boxes back as they were', async () => {
    const opened = reopened(makeVariedDocument(1500, 4));
    const viewId = Object.keys(opened.views)[0];
    const journal: JournalEntry[] = [];
    const session = sessionOn(opened, journal);
    const state = await step(session, initialState(opened), (s) => dispatch(s, 'element.move', moveIn(s, viewId, 3)));
    const undone = undo(state);
    const runs = drawnRunsIn(undone.patches, state.doc, undone.state.doc);
    expect(runs).toEqual([expect.objectContaining({ viewId, back: true })]);
    // one box of the run given back 1 unit off where it was
    const patches = undone.patches.map((p, i) => (i === runs[0].at + 5 ? { ...p, value: { ...(p.value as object), x: (p.value as { x: number }).x + 1 } } : p));
    await session.apply(patches, undefined, runs);
    expect(journal[1].drawn).toBeUndefined();
    expect(journal[1].patches).toHaveLength(patches.length);
  });

  it('recovers nothing from a damaged note on: the edits before it are kept', async () => {
    const opened = reopened(makeVariedDocument(1500, 4));
    const viewId = Object.keys(opened.views)[0];
    const journal: JournalEntry[] = [];
    const session = sessionOn(opened, journal);
    const renamed = await step(session, initialState(opened), (s) => dispatch(s, 'project.updateMeta', { patch: { title: 'Sebelum' } }));
    await step(session, renamed, (s) => dispatch(s, 'element.move', moveIn(s, viewId, 3)));
    (journal[1] as { drawn: unknown }).drawn = { viewId };
    const recovered = sessionOn(opened, [], journal);
    expect(recovered.acceptRecovery()).toBe(1);
    expect(text(recovered.doc)).toBe(text(renamed.doc));
  });

  it('journals whole a batch whose named run is not boxes of that view', () => {
    const patches: Patch[] = [
      { op: 'replace', path: ['views', 'v', 'nodes', 'a'], value: { x: 1, y: 2 } },
      { op: 'replace', path: ['elements', 'a'], value: { id: 'a', kind: 'application', name: 'A' } },
    ];
    expect(compactBatch(patches, [{ viewId: 'v', at: 0, count: 2 }])).toEqual({ patches });
    expect(compactBatch(patches, [{ viewId: 'w', at: 0, count: 1 }])).toEqual({ patches });
    expect(compactBatch(patches, [{ viewId: 'v', at: 0, count: 1 }]).patches).toEqual([patches[1]]);
  });
});
