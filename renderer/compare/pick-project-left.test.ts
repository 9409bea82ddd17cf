// @vitest-environment happy-dom
/**
 * File › Merge from… checks a picked copy in slices, the window free between them: a copy picked for
 * one project must never be taken into the merge of another. Closing the project, opening another
 * or taking the recovered one (all replace the open project) while the copy is read or checked stops
 * the pick; edits and undo in the same project do not.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useEditor } from '../state/editor';
import { toWire } from '../../shared/model/wire';
import type { LakarApi } from '../../shared/ipc/contract';
import { makeLargeDocument } from '../../test/helpers/factories';
import { pickForMerge } from './actions';
import { INITIAL, useCompare } from './compareStore';

// a slice per step (~1,000 items): a copy of a few thousand elements takes several slices
vi.mock('./slices', async (importOriginal) => {
  const real = await importOriginal<typeof import('./slices')>();
  return { ...real, runInSlices: (steps: Generator<void, unknown>, options: import('./slices').SliceOptions) => real.runInSlices(steps, { ...options, sliceMs: 0 }) };
});

const project = makeLargeDocument(4_000);
const other = makeLargeDocument(50);

/** The peek's reply, released by `release` (the file dialog still open until then). */
let release: () => void = () => undefined;

beforeEach(() => {
  useEditor.getState().loadProject({ handle: 'h', ref: null, displayName: 'projek', doc: project, dirty: false });
  useEditor.getState().setApi({
    'project:peek': () => new Promise((resolve) => (release = () => resolve({ name: 'asal.lakar.json', doc: structuredClone(toWire(project)) }))),
  } as unknown as LakarApi);
  useCompare.getState().set({ ...INITIAL, answers: {}, mode: 'merge' });
});

/** Until the pick is being checked (a slice or more done). */
async function checking(): Promise<void> {
  while (useCompare.getState().picking?.phase !== 'check') await new Promise((resolve) => setTimeout(resolve, 0));
}

const replacements = {
  'closed': () => useEditor.getState().closeProject(),
  'another opened': () => useEditor.getState().loadProject({ handle: 'h2', ref: null, displayName: 'lain', doc: other, dirty: false }),
  'the same file reopened (its recovered edits taken)': () => useEditor.getState().loadProject({ handle: 'h', ref: null, displayName: 'projek', doc: other, dirty: true }),
};

describe('a copy picked for the merge, the project replaced meanwhile', () => {
  for (const [what, replace] of Object.entries(replacements)) {
    it(`is not taken when the project is ${what} while the copy is checked`, async () => {
      const pick = pickForMerge('base');
      release();
      await checking();
      replace();
      await pick;
      expect(useCompare.getState().base).toBeNull();
      expect(useCompare.getState().picking).toBeNull();
    });

    it(`is not taken when the project is ${what} while the file is read`, async () => {
      const pick = pickForMerge('theirs');
      replace();
      release();
      await pick;
      expect(useCompare.getState().theirs).toBeNull();
      expect(useCompare.getState().picking).toBeNull();
    });
  }

  it('is taken when the user only edits and undoes in the same project meanwhile', async () => {
    const pick = pickForMerge('base');
    release();
    await checking();
    const id = project.elements.ids()[0];
    expect(useEditor.getState().dispatch('element.update', { id, patch: { name: 'Nama baharu' } })).toBe(true);
    useEditor.getState().markSaved({ ref: 'r', displayName: 'projek' });
    useEditor.getState().undo();
    useEditor.getState().redo();
    await pick;
    expect(useCompare.getState().base?.name).toBe('asal.lakar.json');
    expect(useCompare.getState().picking).toBeNull();
  });
});

describe('a copy that arrives damaged', () => {
  it('is refused with a word in the panel, and the pick is over (not left showing progress)', async () => {
    const wire = structuredClone(toWire(project)) as unknown as { elements: { json: string } };
    const items = JSON.parse(wire.elements.json) as unknown[];
    // the same element twice: documentSchema refuses the wire form (shared/model/wire.ts recordOfTableWire)
    const damaged = { ...wire, elements: { lakarTable: 1, json: JSON.stringify([...items, items[0]]) } };
    useEditor.getState().setApi({ 'project:peek': async () => ({ name: 'rosak.lakar.json', doc: damaged }) } as unknown as LakarApi);
    await pickForMerge('theirs');
    expect(useCompare.getState().theirs).toBeNull();
    expect(useCompare.getState().picking).toBeNull();
    expect(useCompare.getState().error).not.toBeNull();
  });
});
