/**
 * File › Merge from… as a user goes through it, on random documents and edits: the two copies are
 * read and checked beside the open project when picked (parse-reusing.ts: they then share the
 * project's unchanged items, and what the check made is frozen), the user goes on editing, then
 * merges; then edits, undoes and redoes, merges again, saves and reopens. Each step must give what
 * the same steps give on plain copies that share nothing, and never throw.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CommandError, dispatch, initialState, prepareForCommands, redo, undo, type EditorState } from '../commands';
import type { LakarDocument } from '../model/schema';
import { mergeDocuments } from '.';
import { parseDocumentReusing } from '../model/parse-reusing';
import { fromWire, toDocumentData, toWire } from '../model/wire';
import { commandFor, documentArbitrary, scriptArbitrary, applyScript, type EditStep } from '../../test/helpers/edit-scripts';

const SEED = Number(process.env.LAKAR_MERGE_SEED ?? 20261207);
const RUNS = Number(process.env.LAKAR_MERGE_RUNS ?? 200);

/** A document as read from a file: shares nothing, frozen nowhere. */
const read = (d: LakarDocument) => fromWire(structuredClone(toWire(d)));

/** What the user does: a command step, an undo or a redo. */
type Act = { a: 'edit'; step: EditStep } | { a: 'undo' } | { a: 'redo' };
const actsArbitrary = fc.array(
  fc.oneof({ weight: 3, arbitrary: scriptArbitrary.map((s) => s.map((step) => ({ a: 'edit' as const, step }))) }, { weight: 1, arbitrary: fc.constantFrom([{ a: 'undo' as const }], [{ a: 'redo' as const }], [{ a: 'undo' as const }, { a: 'undo' as const }]) }),
  { maxLength: 4 },
).map((parts) => parts.flat() as Act[]);

/** `state` after `act` (a step the model refuses is skipped, as the app refuses it). */
function act(state: EditorState, a: Act, side: string): EditorState {
  if (a.a === 'undo') return undo(state).state;
  if (a.a === 'redo') return redo(state).state;
  const cmd = commandFor(state.doc, a.step, side);
  if (!cmd) return state;
  try {
    return dispatch(state, cmd[0], cmd[1]).state;
  } catch (e) {
    if (e instanceof CommandError) return state;
    throw e;
  }
}

/** The document as a user sees it: its data, and its elements' and relations' order. */
const seen = (d: LakarDocument) => ({ data: toDocumentData(d), elements: d.elements.ids(), relations: d.relations.ids(), views: Object.keys(d.views) });

function merged(state: EditorState, base: unknown, theirs: unknown, prefer: 'mine' | 'theirs'): EditorState {
  try {
    return dispatch(state, 'merge.apply', { base, theirs, prefer }).state;
  } catch (e) {
    if (e instanceof CommandError) return state;
    throw e;
  }
}

const caseArbitrary = fc.record({
  base: documentArbitrary,
  mine: scriptArbitrary,
  theirs: scriptArbitrary,
  prepared: fc.boolean(),
  theirsFirst: fc.boolean(),
  /** the first copy picked again after the second (a user changing their mind) */
  repick: fc.boolean(),
  early: actsArbitrary,
  before: actsArbitrary,
  after: actsArbitrary,
  between: actsArbitrary,
  prefer: fc.constantFrom('mine' as const, 'theirs' as const),
});

describe('merging copies picked beside the open project (File › Merge from…)', () => {
  it('gives, step by step, what the same steps give on copies sharing nothing, and leaves the picked copies as they were', () => {
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        const mineDoc = applyScript(c.base, c.mine, 'm');
        const theirsDoc = applyScript(c.base, c.theirs, 't');
        // the project as opened (maybe made ready in idle time), and the plain copy the same steps run on
        const opened = read(mineDoc);
        if (c.prepared) prepareForCommands(opened);
        let fast = initialState(opened);
        let plain = initialState(read(mineDoc));
        // edits before the copies are picked: the project's views then keep their boxes in tables (boxes-record.ts)
        fast = c.early.reduce((s, a) => act(s, a, 'e'), fast);
        plain = c.early.reduce((s, a) => act(s, a, 'e'), plain);
        const [baseFile, theirsFile] = [read(c.base), read(theirsDoc)];
        // picked: each checked beside the project as it is then, beside the copy picked before it
        let pickedBase: LakarDocument, pickedTheirs: LakarDocument;
        if (c.theirsFirst) {
          pickedTheirs = parseDocumentReusing(theirsFile, fast.doc).data!;
          fast = c.before.reduce((s, a) => act(s, a, 'u'), fast);
          pickedBase = parseDocumentReusing(baseFile, fast.doc, pickedTheirs).data!;
          if (c.repick) pickedTheirs = parseDocumentReusing(read(theirsDoc), fast.doc, pickedBase).data!;
        } else {
          pickedBase = parseDocumentReusing(baseFile, fast.doc).data!;
          fast = c.before.reduce((s, a) => act(s, a, 'u'), fast);
          pickedTheirs = parseDocumentReusing(theirsFile, fast.doc, pickedBase).data!;
          if (c.repick) pickedBase = parseDocumentReusing(read(c.base), fast.doc, pickedTheirs).data!;
        }
        plain = c.before.reduce((s, a) => act(s, a, 'u'), plain);
        expect(seen(fast.doc)).toEqual(seen(plain.doc));
        fast = c.between.reduce((s, a) => act(s, a, 'w'), fast);
        plain = c.between.reduce((s, a) => act(s, a, 'w'), plain);

        // what the merge of plain copies gives
        const expected = mergeDocuments(read(c.base), read(plain.doc), read(theirsDoc), { prefer: c.prefer }).doc;
        fast = merged(fast, pickedBase, pickedTheirs, c.prefer);
        plain = merged(plain, read(c.base), read(theirsDoc), c.prefer);
        expect(toDocumentData(fast.doc)).toEqual(toDocumentData(expected));
        expect(seen(fast.doc)).toEqual(seen(plain.doc));
        for (const a of c.after) {
          fast = act(fast, a, 'x');
          plain = act(plain, a, 'x');
          expect(seen(fast.doc)).toEqual(seen(plain.doc));
        }
        // merged again with the same picked copies (the panel still holds them)
        fast = merged(fast, pickedBase, pickedTheirs, c.prefer);
        plain = merged(plain, read(c.base), read(theirsDoc), c.prefer);
        expect(seen(fast.doc)).toEqual(seen(plain.doc));
        // undo everything, redo everything
        while (fast.past.length > 0) {
          fast = undo(fast).state;
          plain = undo(plain).state;
          expect(seen(fast.doc)).toEqual(seen(plain.doc));
        }
        expect(seen(fast.doc)).toEqual(seen(mineDoc));
        while (fast.future.length > 0) {
          fast = redo(fast).state;
          plain = redo(plain).state;
          expect(seen(fast.doc)).toEqual(seen(plain.doc));
        }
        // saved and reopened
        expect(seen(read(fast.doc))).toEqual(seen(plain.doc));
        // the picked copies are what was read
        expect(seen(pickedBase)).toEqual(seen(c.base));
        expect(seen(pickedTheirs)).toEqual(seen(theirsDoc));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  }, 300_000);
  it('applies their copy listing the elements in another order, some gone and some new among them, as plain copies do', () => {
    // a copy saved by another tool or edited by hand need not list the items in the project's order: the command reads them by position only where they line up
    fc.assert(
      fc.property(documentArbitrary, fc.array(fc.nat(1000), { minLength: 40, maxLength: 40 }), fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }), fc.boolean(), (doc, keys, gone, picked) => {
        const data = toDocumentData(doc);
        const order = Object.keys(data.elements)
          .map((id, i) => [keys[i], id] as const)
          .sort((a, b) => a[0] - b[0])
          .map(([, id]) => id);
        const elements: Record<string, unknown> = {};
        order.forEach((id, i) => {
          if (gone[i] && i % 3 === 0) return;
          elements[id] = data.elements[id];
          if (i % 4 === 1) elements[`n_${i}`] = { ...data.elements[id], id: `n_${i}`, name: `Baru ${i}` };
        });
        const theirsData = { ...data, elements };
        const copy = (d: unknown) => fromWire(structuredClone(d) as never) as LakarDocument;
        const mine = copy(data);
        let [base, theirs] = [copy(data), copy(theirsData)];
        if (picked) {
          base = parseDocumentReusing(base, mine).data!;
          theirs = parseDocumentReusing(theirs, mine, base).data!;
        }
        const plain = dispatch(initialState(copy(data)), 'merge.apply', { base: copy(data), theirs: copy(theirsData), prefer: 'theirs' }).state.doc;
        const got = dispatch(initialState(mine), 'merge.apply', { base, theirs, prefer: 'theirs' }).state.doc;
        expect(seen(got)).toEqual(seen(plain));
        expect(new Set(got.elements.ids())).toEqual(new Set(Object.keys(elements)));
        expect(toDocumentData(got).elements).toEqual(toDocumentData(mergeDocuments(copy(data), copy(data), copy(theirsData), { prefer: 'theirs' }).doc).elements);
      }),
      { seed: SEED + 1, numRuns: RUNS },
    );
  }, 300_000);
});
