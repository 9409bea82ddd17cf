/**
 * File › Merge from… checks each picked copy beside the open project in slices (slices.ts), with the
 * user free to edit between them. On random documents and edits, the copies checked so, stopping
 * after every item, must be what the check in one piece gives: the same data (documentSchema's), the
 * same items shared with the project and with the other copy, and the same merge.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CommandError, dispatch, initialState, prepareForCommands, type EditorState } from '../../shared/commands';
import { mergeDocuments } from '../../shared/merge';
import { documentSchema, type LakarDocument } from '../../shared/model/schema';
import { parseDocumentReusing, parseDocumentReusingSteps } from '../../shared/model/parse-reusing';
import { fromWire, toDocumentData, toWire } from '../../shared/model/wire';
import { applyScript, commandFor, documentArbitrary, scriptArbitrary, type EditStep } from '../../test/helpers/edit-scripts';
import { runInSlices } from './slices';

const SEED = Number(process.env.LAKAR_MERGE_SEED ?? 20261208);
const RUNS = Number(process.env.LAKAR_MERGE_RUNS ?? 120);

/** A document as read from a file: shares nothing, frozen nowhere. */
const read = (d: LakarDocument) => fromWire(structuredClone(toWire(d)));

/** The document as a user sees it: its data, and its elements', relations' and views' order. */
const seen = (d: LakarDocument) => ({ data: toDocumentData(d), elements: d.elements.ids(), relations: d.relations.ids(), views: Object.keys(d.views) });

/** Which items of `d` are `other`'s own objects: elements, relations, views and each view's boxes. */
function sharedWith(d: LakarDocument, other: LakarDocument): string[] {
  const out: string[] = [];
  for (const id of d.elements.ids()) if (d.elements.get(id) === other.elements.get(id)) out.push(`e:${id}`);
  for (const id of d.relations.ids()) if (d.relations.get(id) === other.relations.get(id)) out.push(`r:${id}`);
  for (const [vid, view] of Object.entries(d.views)) {
    const theirs = Object.hasOwn(other.views, vid) ? other.views[vid] : undefined;
    if (view === theirs) out.push(`v:${vid}`);
    for (const id of Object.keys(view.nodes)) if (theirs && view.nodes[id] === theirs.nodes[id]) out.push(`b:${vid}/${id}`);
  }
  return out;
}

function edited(state: EditorState, step: EditStep): EditorState {
  const cmd = commandFor(state.doc, step, 'w');
  if (!cmd) return state;
  try {
    return dispatch(state, cmd[0], cmd[1]).state;
  } catch (e) {
    if (e instanceof CommandError) return state;
    throw e;
  }
}

/** A clock by which every step takes a whole slice: the slices stop after every step. */
function stepClock(): () => number {
  let t = 0;
  return () => (t += 100);
}

const caseArbitrary = fc.record({
  base: documentArbitrary,
  mine: scriptArbitrary,
  theirs: scriptArbitrary,
  prepared: fc.boolean(),
  every: fc.integer({ min: 1, max: 3 }),
  /** the copies as the desktop's window gets them: their tables in wire form (shared/ipc/page-api.ts) */
  wire: fc.boolean(),
  /** what the user does while the copies are checked, a step per slice while it lasts */
  meanwhile: scriptArbitrary,
});

describe('a picked copy checked in slices (File › Merge from…)', () => {
  it('gives what the check in one piece gives: the same data, the same sharing, the same merge', async () => {
    await fc.assert(
      fc.asyncProperty(caseArbitrary, async (c) => {
        const opened = read(applyScript(c.base, c.mine, 'm'));
        if (c.prepared) prepareForCommands(opened);
        const theirsDoc = applyScript(c.base, c.theirs, 't');
        // in one piece, as the merge command does
        const baseWhole = parseDocumentReusing(read(c.base), opened).data!;
        const theirsWhole = parseDocumentReusing(read(theirsDoc), opened, baseWhole).data!;
        // in slices of one step, the user editing between them
        let state = initialState(opened);
        const meanwhile = [...c.meanwhile];
        const slices = { now: stepClock(), onSlice: () => void (meanwhile.length > 0 && (state = edited(state, meanwhile.shift()!))) };
        let stops = 0;
        const counted = { ...slices, onSlice: () => (stops++, slices.onSlice()) };
        const file = (d: LakarDocument): unknown => (c.wire ? structuredClone(toWire(d)) : read(d));
        const baseSliced = (await runInSlices(parseDocumentReusingSteps(file(c.base), opened, undefined, { done: 0, total: 0, every: c.every }), counted))!.data!;
        const theirsSliced = (await runInSlices(parseDocumentReusingSteps(file(theirsDoc), opened, baseSliced, { done: 0, total: 0, every: c.every }), counted))!.data!;
        // it did stop: every `every` items compared
        expect(stops).toBeGreaterThanOrEqual(Math.floor((opened.elements.size + opened.relations.size) / c.every) - 1);

        expect(seen(baseSliced)).toEqual(seen(baseWhole));
        expect(seen(theirsSliced)).toEqual(seen(theirsWhole));
        expect(toDocumentData(baseSliced)).toEqual(toDocumentData(documentSchema.parse(toDocumentData(read(c.base)))));
        expect(sharedWith(baseSliced, opened)).toEqual(sharedWith(baseWhole, opened));
        expect(sharedWith(theirsSliced, opened)).toEqual(sharedWith(theirsWhole, opened));
        expect(sharedWith(theirsSliced, baseSliced)).toEqual(sharedWith(theirsWhole, baseWhole));
        // the merge, into the project as the user left it, is the merge of copies that share nothing
        const mine = state.doc;
        const sliced = mergeDocuments(baseSliced, mine, theirsSliced);
        const plain = mergeDocuments(read(c.base), read(mine), read(theirsDoc));
        expect(seen(sliced.doc)).toEqual(seen(plain.doc));
        expect(sliced.conflicts).toEqual(plain.conflicts);
        expect(seen(sliced.doc)).toEqual(seen(mergeDocuments(baseWhole, mine, theirsWhole).doc));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('leaves the steps where they are when stopped: nothing is taken, the project is as it was', async () => {
    const doc = read(applyScript(fc.sample(documentArbitrary, { seed: 3, numRuns: 1 })[0], [], 'm'));
    const before = seen(doc);
    const control = new AbortController();
    let slices = 0;
    const result = await runInSlices(parseDocumentReusingSteps(read(doc), doc, undefined, { done: 0, total: 0, every: 1 }), {
      signal: control.signal,
      now: stepClock(),
      onSlice: () => void (++slices === 3 && control.abort()),
    });
    expect(result).toBeNull();
    expect(slices).toBe(3);
    expect(seen(doc)).toEqual(before);
  });
});
