import { describe, expect, it } from 'vitest';
import { CommandError, dispatch, initialState, runCommand, getCommand, undo, redo } from '.';
import { pengambilanPekerjaExample } from '../samples/pengambilan-pekerja';
import { mergeDocuments } from '../merge';
import type { LakarDocument } from '../model/schema';
import { toDocumentData } from '../model/wire';

const NOW = '2026-01-01T00:00:00.000Z';
const run = (doc: LakarDocument, id: string, args: unknown) => runCommand(getCommand(id), doc, args);

describe('merge.apply', () => {
  const base = pengambilanPekerjaExample(NOW);
  const mine = run(run(base, 'flow.setMethod', { id: 'fl_b', method: 'api' }), 'element.update', { id: 'app_spp', patch: { systemCode: 'SPP2' } });
  const theirs = run(run(base, 'flow.setMethod', { id: 'fl_b', method: 'sftp' }), 'element.remove', { ids: ['sec_dlp'] });
  const conflictId = mergeDocuments(base, mine, theirs).conflicts[0].id;

  it('applies the merge as one undo step, and undo gives back the document from before the merge', () => {
    const state = initialState(mine);
    const { state: merged, patches } = dispatch(state, 'merge.apply', { base, theirs, resolutions: { [conflictId]: 'theirs' } });
    expect(merged.doc.relations.get('fl_b')).toMatchObject({ method: 'sftp' });
    expect(merged.doc.elements.get('app_spp')).toMatchObject({ systemCode: 'SPP2' });
    expect(merged.doc.elements.get('sec_dlp')).toBeUndefined();
    expect(merged.past).toHaveLength(1);
    expect(merged.past[0].labelKey).toBe('command.merge.apply');
    // only what the merge changed is written: the flow, the deleted control, its relations (it protects four sites: PDSA JDN, MyGovCloud@CFA, DRC and On-site), its node
    const dlpRelations = base.relations.values().filter((r) => r.source === 'sec_dlp' || r.target === 'sec_dlp').map((r) => `relations/${r.id}`);
    expect(dlpRelations).toHaveLength(4);
    expect(patches.map((p) => p.path.slice(0, 2).join('/')).sort()).toEqual(['elements/sec_dlp', 'relations/fl_b', ...dlpRelations, 'views/view_main'].sort());
    const back = undo(merged).state;
    // the document from before, in its order too: the deleted control, its relations and its box go back where they stood
    expect(JSON.stringify(back.doc)).toBe(JSON.stringify(mine));
    expect(redo(back).state.doc).toEqual(merged.doc);
  });

  it('refuses while a conflict has no answer, unless a side is preferred', () => {
    expect(() => dispatch(initialState(mine), 'merge.apply', { base, theirs })).toThrow(CommandError);
    try {
      dispatch(initialState(mine), 'merge.apply', { base, theirs });
    } catch (e) {
      expect((e as CommandError).key).toBe('merge.unresolved');
    }
    expect(dispatch(initialState(mine), 'merge.apply', { base, theirs, prefer: 'mine' }).state.doc.relations.get('fl_b')).toMatchObject({ method: 'api' });
  });

  it('refuses an edited value that does not fit its field, changing nothing', () => {
    const state = initialState(mine);
    expect(() => dispatch(state, 'merge.apply', { base, theirs, resolutions: { [conflictId]: { value: 'burung' } } })).toThrow(/merge.invalidValue/);
    expect(state.doc).toBe(mine);
  });
});

describe('merge.apply arguments', () => {
  const base = pengambilanPekerjaExample(NOW);
  const mine = run(base, 'element.update', { id: 'app_spp', patch: { systemCode: 'SPP2' } });

  it('refuses a document that is not a valid model, naming the field, and changes nothing', () => {
    const theirs = toDocumentData(run(base, 'flow.setMethod', { id: 'fl_b', method: 'sftp' }));
    const broken = { ...theirs, elements: { ...theirs.elements, app_spp: { ...theirs.elements.app_spp, name: '' } } };
    const state = initialState(mine);
    try {
      dispatch(state, 'merge.apply', { base, theirs: broken });
      expect.unreachable('merge.apply took a document with an empty name');
    } catch (e) {
      expect((e as CommandError).key).toBe('command.invalidArgs');
      expect((e as CommandError).details.map((d) => d.path)).toEqual([['theirs', 'elements', 'app_spp', 'name']]);
    }
    expect(() => dispatch(state, 'merge.apply', { base: { ...base, schemaVersion: 1 }, theirs })).toThrow(/command.invalidArgs/);
    expect(() => dispatch(state, 'merge.apply', { base, theirs, prefer: 'kami' })).toThrow(/command.invalidArgs/);
  });

  it('merges documents given as data as it merges the same documents with tables', () => {
    const theirs = run(run(base, 'flow.setMethod', { id: 'fl_b', method: 'sftp' }), 'element.remove', { ids: ['sec_dlp'] });
    const asTables = dispatch(initialState(mine), 'merge.apply', { base, theirs });
    const asData = dispatch(initialState(mine), 'merge.apply', { base: toDocumentData(base), theirs: toDocumentData(theirs) });
    expect(asData.state.doc).toEqual(asTables.state.doc);
    expect(asData.patches).toEqual(asTables.patches);
    expect(asTables.state.doc.relations.get('fl_b')).toMatchObject({ method: 'sftp' });
  });
});
