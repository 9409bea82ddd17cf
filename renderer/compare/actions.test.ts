import { beforeEach, describe, expect, it } from 'vitest';
import { getCommand, runCommand } from '../../shared/commands';
import { mergeDocuments } from '../../shared/merge';
import type { LakarDocument } from '../../shared/model';
import { pengambilanPekerjaExample } from '../../shared/samples/pengambilan-pekerja';
import { useEditor } from '../state/editor';
import { answer, answerAll, applyMerge, canEdit, pickForMerge, resolutionsOf, typedValue } from './actions';
import { fromWire, toDocumentData, toWire } from '../../shared/model/wire';
import type { LakarApi } from '../../shared/ipc/contract';
import { INITIAL, useCompare } from './compareStore';

const run = (doc: LakarDocument, id: string, args: unknown) => runCommand(getCommand(id), doc, args);
const base = pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');
const mine = run(run(base, 'element.update', { id: 'app_spp', patch: { systemCode: 'SPP-SAYA' } }), 'element.update', { id: 'net_pcn', patch: { speedMbps: 2000 } });
const theirs = run(run(run(base, 'element.update', { id: 'app_spp', patch: { systemCode: 'SPP-MEREKA' } }), 'element.update', { id: 'net_pcn', patch: { speedMbps: 500 } }), 'element.update', { id: 'sys_d', patch: { name: 'Sistem D (JPN)' } });
const conflicts = mergeDocuments(base, mine, theirs).conflicts;
const byField = (field: string) => conflicts.find((c) => c.path?.[0] === field)!;

beforeEach(() => {
  useEditor.getState().loadProject({ handle: 'h', ref: null, displayName: 'x', doc: mine, dirty: false });
  useCompare.getState().set({ ...INITIAL, answers: {}, mode: 'merge', base: { name: 'asal.lakar.json', doc: base }, theirs: { name: 'rakan.lakar.json', doc: theirs } });
});

describe('conflict screen answers', () => {
  it('keeps typed numbers as numbers and texts trimmed; an emptied text clears the field', () => {
    expect(typedValue('1,500', 1000)).toBe(1500);
    expect(typedValue(' SPP ', 'SPP')).toBe('SPP');
    expect(typedValue('', 'SPP')).toBeUndefined();
  });

  it('offers editing only for one text, number or yes/no on both sides', () => {
    expect(canEdit(byField('systemCode'))).toBe(true);
    expect(canEdit(byField('speedMbps'))).toBe(true);
    expect(canEdit({ ...byField('systemCode'), mine: ['a'], theirs: ['b'] })).toBe(false);
    expect(canEdit({ ...byField('systemCode'), kind: 'deleteEdit', editable: false })).toBe(false);
  });

  it('gives resolutions only once every conflict has an answer', () => {
    expect(resolutionsOf(conflicts, {})).toBeNull();
    answer(byField('systemCode').id, 'mine');
    expect(resolutionsOf(conflicts, useCompare.getState().answers)).toBeNull();
    answer(byField('speedMbps').id, { edit: '1,000' });
    expect(resolutionsOf(conflicts, useCompare.getState().answers)).toEqual({ [byField('systemCode').id]: 'mine', [byField('speedMbps').id]: { value: 1000 } });
  });
});

describe('applyMerge', () => {
  it('merges into the open project as one undo step and reports what it did; undo gives the document back', () => {
    answerAll(conflicts, 'theirs');
    answer(byField('speedMbps').id, { edit: '1000' });
    expect(applyMerge(conflicts)).toBe(true);
    const doc = useEditor.getState().history!.doc;
    expect(doc.elements.get('app_spp')).toMatchObject({ systemCode: 'SPP-MEREKA' });
    expect(doc.elements.get('net_pcn')).toMatchObject({ speedMbps: 1000 });
    expect(doc.elements.get('sys_d')!.name).toBe('Sistem D (JPN)');
    expect(useCompare.getState().merged).toEqual({ conflicts: 2, changes: 3, from: 'rakan.lakar.json' });
    useEditor.getState().undo();
    expect(useEditor.getState().history!.doc).toEqual(mine);
  });

  it('refuses an edited value that does not fit, keeping the project and the answers', () => {
    answerAll(conflicts, 'mine');
    answer(byField('speedMbps').id, { edit: 'laju' });
    expect(applyMerge(conflicts)).toBe(false);
    expect(useCompare.getState().error?.key).toBe('merge.invalidValue');
    expect(useEditor.getState().history!.doc).toBe(mine);
    expect(useCompare.getState().answers[byField('speedMbps').id]).toEqual({ edit: 'laju' });
  });
});

describe('picking the copies to merge', () => {
  it('keeps each copy as read, holding the open project’s own items where it has them unchanged, and merges it as before', async () => {
    // files read from disk share nothing with the open project
    const read = (doc: LakarDocument) => ({ name: 'salinan.lakar.json', doc: fromWire(structuredClone(toWire(doc))) });
    const files = [read(base), read(theirs)];
    useEditor.getState().setApi({ 'project:peek': async () => files.shift()! } as unknown as LakarApi);
    useCompare.getState().set({ ...INITIAL, answers: {}, mode: 'merge' });
    await pickForMerge('base');
    await pickForMerge('theirs');
    const picked = useCompare.getState();
    expect(toDocumentData(picked.base!.doc)).toEqual(toDocumentData(base));
    expect(toDocumentData(picked.theirs!.doc)).toEqual(toDocumentData(theirs));
    expect(picked.theirs!.doc.elements.ids()).toEqual(theirs.elements.ids());
    // unchanged: the project's item; changed by the project alone: the base's
    expect(picked.base!.doc.elements.get('sys_d')).toBe(mine.elements.get('sys_d'));
    expect(picked.theirs!.doc.elements.get('mod_user')).toBe(mine.elements.get('mod_user'));
    expect(picked.base!.doc.elements.get('app_spp')).not.toBe(mine.elements.get('app_spp'));
    expect(mergeDocuments(picked.base!.doc, mine, picked.theirs!.doc)).toEqual(mergeDocuments(base, mine, theirs));
  });
});
