/**
 * The merge panel's copies belong to the project open when they were picked: opening another project
 * (or closing this one, or taking its recovered edits in its place) empties the panel, so that Merge
 * can never apply copies compared with one project to another. Edits and saves keep it.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { useEditor } from '../state/editor';
import { makeLargeDocument } from '../../test/helpers/factories';
import { INITIAL, useCompare } from './compareStore';
import './register';

const project = makeLargeDocument(40, 1);
const theirs = makeLargeDocument(40, 2);

function open(handle: string) {
  useEditor.getState().loadProject({ handle, ref: null, displayName: handle, doc: project, dirty: false });
}

beforeEach(() => {
  open('projek-a');
  useCompare.getState().set({ ...INITIAL, answers: { x: 'theirs' }, mode: 'merge', theirs: { name: 'badrul.lakar', doc: theirs }, base: { name: 'asal.lakar', doc: project } });
});

describe('the merge panel when the open project is replaced', () => {
  it('starts again when another project is opened', () => {
    open('projek-b');
    expect(useCompare.getState()).toMatchObject({ mode: 'idle', theirs: null, base: null, answers: {} });
  });

  it('starts again when the project is closed', () => {
    useEditor.getState().closeProject();
    expect(useCompare.getState()).toMatchObject({ mode: 'idle', theirs: null, base: null });
  });

  it('keeps its copies and answers through a selection or an edit of the same project', () => {
    useEditor.getState().setSelection({ elements: ['el_1'], relations: [] });
    expect(useEditor.getState().dispatch('element.update', { id: 'el_1', patch: { name: 'Sistem Baharu' } })).toBe(true);
    useEditor.getState().undo();
    expect(useCompare.getState()).toMatchObject({ mode: 'merge', answers: { x: 'theirs' } });
    expect(useCompare.getState().theirs?.name).toBe('badrul.lakar');
  });
});
