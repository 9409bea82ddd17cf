/**
 * Commands write the views' boxes beside immer's draft (./nodes-draft.ts, issue 18: an edit costs
 * what it changes). What a user sees must not change: every command gives the document immer
 * drafting the boxes gave, key order included (the canvas, the store's rows and the paper list boxes
 * in it), undo and redo give back the same documents as immer's patches on plain copies, and no
 * earlier document changes.
 */
import fc from 'fast-check';
import { applyPatches } from 'immer';
import { describe, expect, it } from 'vitest';
import { defineCommand, dispatch, executeCommand, initialState, redo, undo, CommandError, type EditorState } from '.';
import { z } from 'zod';
import { boxesRecord, boxesTable } from '../model/boxes-record';
import { BoxWrites } from '../model/table-edit';
import { applyPatchesPlaced } from '../../test/helpers/placed-patches';
import { fromDocumentData, toDocumentData } from '../model/wire';
import type { LakarDocument } from '../model/schema';
import { executeWithBoxesByImmer } from '../../test/helpers/boxes-by-immer';
import { commandFor, documentArbitrary, scriptArbitrary } from '../../test/helpers/edit-scripts';
import { makeVariedDocument } from '../../test/helpers/varied-model';

// JSON text keeps key order
const text = (doc: unknown) => JSON.stringify(doc);

// a command that fails after writing a box and listing the view's boxes (as a normalisation does)
defineCommand({
  id: 'test.failAfterWriting',
  labelKey: 'command.element.move',
  args: z.object({ viewId: z.string(), id: z.string() }),
  run(draft, { viewId, id }) {
    const view = draft.views[viewId];
    view.nodes[id] = { ...view.nodes[id], x: view.nodes[id].x + 10 };
    if (Object.keys(view.nodes).length > 0) throw new CommandError('element.invalid');
  },
});

/** `id` on `doc` as commands run now and as immer drafting the boxes ran it; null when refused. */
function both(doc: LakarDocument, id: string, args: unknown) {
  let immer: ReturnType<typeof executeCommand>;
  try {
    immer = executeWithBoxesByImmer(doc, id, args);
  } catch (e) {
    if (!(e instanceof CommandError)) throw e;
    expect(() => executeCommand(doc, id, args)).toThrow(CommandError);
    return null;
  }
  return { now: executeCommand(doc, id, args), immer };
}

describe('boxes written beside the draft', () => {
  it('random edit scripts give the documents immer drafting the boxes gave, and undo gives the earlier ones back', () => {
    fc.assert(
      fc.property(documentArbitrary, scriptArbitrary, (base, script) => {
        let doc = base;
        const kept: { doc: LakarDocument; text: string }[] = [{ doc, text: text(doc) }];
        for (const step of script) {
          const cmd = commandFor(doc, step, 'a');
          const r = cmd && both(doc, cmd[0], cmd[1]);
          if (!r) continue;
          expect(text(r.now.doc)).toBe(text(r.immer.doc));
          expect(text(applyPatches(toDocumentData(doc), r.now.patches))).toBe(text(r.now.doc));
          // undone, the document it was, in its order (what immer's own inverse patches gave put a box back last)
          expect(text(applyPatchesPlaced(toDocumentData(r.now.doc), r.now.inversePatches))).toBe(text(doc));
          doc = r.now.doc;
          // a view and its boxes refuse writes (a plain record frozen, or boxes kept in a table)
          for (const v of Object.values(doc.views)) {
            expect(Object.isFrozen(v)).toBe(true);
            expect(() => ((v.nodes as Record<string, unknown>).written = { x: 1, y: 1 })).toThrow(TypeError);
          }
          kept.push({ doc, text: text(doc) });
        }
        for (const k of kept) expect(text(k.doc)).toBe(k.text);
      }),
      { numRuns: 200 },
    );
  });

  it('moves, additions, removals and a band resized in a view of ~900 boxes, undone and redone, give the documents of plain copies', () => {
    const base = fromDocumentData(JSON.parse(JSON.stringify(makeVariedDocument(1000, 5)))) as LakarDocument;
    const [viewId, view] = Object.entries(base.views)[0];
    const ids = Object.keys(view.nodes);
    expect(ids.length).toBeGreaterThan(800);
    const app = base.elements.values().find((e) => e.kind === 'application' && view.nodes[e.id] && base.elements.values().some((m) => m.kind === 'module' && m.parentId === e.id))!;
    const edits: [string, unknown][] = [
      ['element.move', { viewId, moves: [{ id: ids[10], x: view.nodes[ids[10]].x + 40, y: view.nodes[ids[10]].y }] }],
      ['element.move', { viewId, moves: [{ id: ids[500], x: view.nodes[ids[500]].x + 7, y: view.nodes[ids[500]].y + 3 }, { id: ids[501], x: view.nodes[ids[501]].x + 9, y: view.nodes[ids[501]].y }] }],
      ['element.add', { element: { id: 'el_baharu', kind: 'dataEntity', name: 'Entiti Baharu', classification: 'terbuka' }, viewId }],
      ['element.remove', { ids: [app.id] }],
      ['view.resizeBand', { viewId, band: 1, height: 400 }],
      ['element.update', { id: ids[20], patch: { name: 'sistem pengurusan maklumat bersepadu permohonan lesen' } }],
    ];
    let state: EditorState = initialState(base);
    let plain = toDocumentData(base);
    const docs = [text(base)];
    for (const [id, args] of edits) {
      const r = both(state.doc, id, args);
      expect(r, id).not.toBeNull();
      expect(text(r!.now.doc) === text(r!.immer.doc), id).toBe(true);
      const t = dispatch(state, id, args);
      state = t.state;
      plain = applyPatches(plain, t.patches);
      expect(text(state.doc) === text(plain), id).toBe(true);
      docs.push(text(state.doc));
    }
    // all the way back, then all the way forward again: each document is the one it was, in its
    // order (a box or element put back goes where it stood), as the patches give on plain copies
    for (let i = edits.length - 1; i >= 0; i--) {
      const t = undo(state);
      state = t.state;
      plain = applyPatchesPlaced(plain, t.patches);
      expect(text(state.doc) === text(plain), `undo to ${i}`).toBe(true);
      expect(text(state.doc) === docs[i], `undo to ${i}, in order`).toBe(true);
    }
    for (let i = 1; i <= edits.length; i++) {
      const t = redo(state);
      state = t.state;
      plain = applyPatches(plain, t.patches);
      expect(text(state.doc) === text(plain), `redo to ${i}`).toBe(true);
      expect(toDocumentData(state.doc)).toEqual(JSON.parse(docs[i]));
    }
  });

  it('a move writes one patch for its box and keeps the other views and the earlier document as they were', () => {
    const loaded = fromDocumentData(JSON.parse(JSON.stringify(makeVariedDocument(1000, 5)))) as LakarDocument;
    const [viewId, first] = Object.entries(loaded.views)[0];
    // the first move stores the view as drawn (the generated one never was); later ones store their box
    const drawnId = Object.keys(first.nodes)[7];
    const doc = executeCommand(loaded, 'element.move', { viewId, moves: [{ id: drawnId, x: first.nodes[drawnId].x + 40, y: first.nodes[drawnId].y }] }).doc;
    const view = doc.views[viewId];
    const id = Object.keys(view.nodes)[42];
    const before = view.nodes[id];
    const r = executeCommand(doc, 'element.move', { viewId, moves: [{ id, x: before.x + 40, y: before.y }] });
    expect(r.patches).toEqual([{ op: 'replace', path: ['views', viewId, 'nodes', id], value: { ...before, x: before.x + 40 } }]);
    expect(r.inversePatches).toEqual([{ op: 'replace', path: ['views', viewId, 'nodes', id], value: before }]);
    expect(view.nodes[id]).toBe(before);
    expect(before.x).toBe(r.doc.views[viewId].nodes[id].x - 40);
    for (const [other, v] of Object.entries(doc.views)) if (other !== viewId) expect(r.doc.views[other]).toBe(v);
  });

  it('a command that fails after writing a box leaves the boxes’ table to the next move, which extends it rather than copies it', () => {
    const loaded = fromDocumentData(JSON.parse(JSON.stringify(makeVariedDocument(1000, 5)))) as LakarDocument;
    const [viewId, first] = Object.entries(loaded.views)[0];
    const drawnId = Object.keys(first.nodes)[7];
    const doc = executeCommand(loaded, 'element.move', { viewId, moves: [{ id: drawnId, x: first.nodes[drawnId].x + 40, y: first.nodes[drawnId].y }] }).doc;
    const id = Object.keys(doc.views[viewId].nodes)[42];
    const at = doc.views[viewId].nodes[id];
    // writes a box, lists the boxes (a version of the table is made for it), then fails
    expect(() => executeCommand(doc, 'test.failAfterWriting', { viewId, id })).toThrow(CommandError);
    expect(doc.views[viewId].nodes[id]).toBe(at);
    const moved = executeCommand(doc, 'element.move', { viewId, moves: [{ id, x: at.x + 40, y: at.y }] }).doc;
    // a version some edits on in the same line tells what changed; a copy (another table) cannot
    expect(boxesTable(moved.views[viewId].nodes).idsChangedSince(boxesTable(doc.views[viewId].nodes))).toEqual(new Set([id]));
  });
});

describe('BoxWrites', () => {
  it('gives the keys, values and order that the same writes on a plain object give, as a copy, as a table version and as a table made whole', () => {
    // '7': a key a plain object lists first
    const key = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', '7');
    fc.assert(
      fc.property(fc.uniqueArray(key), fc.array(fc.tuple(key, fc.option(fc.nat(9), { nil: undefined }))), fc.nat(), (start, writes, cut) => {
        const base = Object.freeze(Object.fromEntries(start.map((k, i) => [k, i])));
        const baseEntries = Object.entries(base);
        const plain: Record<string, number> = { ...base };
        const gathered = new BoxWrites<number>(base);
        // against a record of its own that no table was made of (a view as the main process loads it)
        const loaded = new BoxWrites<number>({ ...base });
        // the writes gathered again from a version made part-way (a command that lists the boxes, then writes more)
        const at = writes.length ? cut % (writes.length + 1) : 0;
        const firstPart = new BoxWrites<number>(base);
        for (const [k, v] of writes.slice(0, at)) firstPart.set(k, v);
        const middle = firstPart.appliedTo(boxesTable(base));
        const secondPart = new BoxWrites<number>(boxesRecord(middle));
        for (const [k, v] of writes.slice(at)) secondPart.set(k, v);
        for (const [k, v] of writes) {
          if (v === undefined) delete plain[k];
          else plain[k] = v;
          gathered.set(k, v);
          loaded.set(k, v);
        }
        expect(Object.entries(gathered.applied())).toEqual(Object.entries(plain));
        expect(Object.entries(boxesRecord(gathered.appliedTo(boxesTable(base))))).toEqual(Object.entries(plain));
        expect(Object.entries(boxesRecord(secondPart.appliedTo(middle)))).toEqual(Object.entries(plain));
        // made whole (a plain record, or writes of a quarter of the boxes or more) or written into the table
        expect(Object.entries(boxesRecord(loaded.appliedTable()))).toEqual(Object.entries(plain));
        expect(Object.entries(boxesRecord(secondPart.appliedTable()))).toEqual(Object.entries(plain));
        expect(Object.entries(boxesRecord(gathered.appliedTable()))).toEqual(Object.entries(plain));
        expect(Object.entries(base)).toEqual(baseEntries);
        expect(Object.entries(boxesRecord(boxesTable(base)))).toEqual(baseEntries);
      }),
      { numRuns: 500 },
    );
  });
});
