import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Patch } from 'immer';
import type { LakarDocument } from '../../shared/model';
import { checkDocument, createChecker, type CheckReport } from '../../shared/rules';
import { pengambilanPekerjaExample } from '../../shared/samples/pengambilan-pekerja';
import { makeElement, makeRelation } from '../../test/helpers/factories';
import { onDocChange, useEditor } from '../state/editor';
import { LiveChecker, type PatchChecker } from './liveChecker';

/** A real incremental checker that remembers whether each check was given patches. */
function spyChecker() {
  const inner = createChecker();
  const calls: { doc: LakarDocument; patches: readonly Patch[] | undefined }[] = [];
  const checker: PatchChecker = {
    check(doc, patches) {
      calls.push({ doc, patches });
      return inner.check(doc, patches);
    },
  };
  return { checker, calls };
}

/** Problems as sorted comparable strings. */
const signature = (r: CheckReport) => r.problems.map((p) => `${p.ruleId}|${p.message.en}|${p.elementIds.join(',')}|${p.relationIds.join(',')}`).sort();

const editor = () => useEditor.getState();
const doc = () => editor().history!.doc;

function open(handle = 'h1') {
  editor().loadProject({ handle, ref: null, displayName: '', doc: pengambilanPekerjaExample('2026-01-01T00:00:00.000Z'), dirty: false });
}

describe('LiveChecker', () => {
  let unsubscribe = () => {};
  afterEach(() => unsubscribe());
  beforeEach(() => open());

  it('checks each batch of edits with their patches and finds what a full check finds', () => {
    const { checker, calls } = spyChecker();
    const live = new LiveChecker(checker);
    unsubscribe = onDocChange((c) => live.record(c));
    live.check(doc());
    expect(calls[0].patches).toBeUndefined(); // the first check of a project is a full one

    const edits: [string, () => unknown][] = [
      ['add an application', () => editor().dispatch('element.add', { element: makeElement('application', { id: 'el_new', name: 'Sistem Baharu' }), viewId: 'view_main' })],
      ['rename it like the existing one', () => editor().dispatch('element.update', { id: 'el_new', patch: { name: 'Sistem Pengambilan Pekerja' } })],
      ['give it MyDigital ID', () => editor().dispatch('relation.add', { relation: makeRelation('usesPlatform', 'el_new', 'pf_mydid', { id: 'rel_new' }) })],
      ['undo that', () => editor().undo()],
      ['redo it', () => editor().redo()],
      ['change the sector', () => editor().dispatch('project.updateMeta', { patch: { sector: 'ekonomi' } })],
      ['switch a rule off', () => editor().dispatch('rules.setEnabled', { ruleId: 'element.notOnView', enabled: false })],
      ['remove the application', () => editor().dispatch('element.remove', { ids: ['el_new'] })],
    ];
    for (const [i, [what, edit]] of edits.entries()) {
      edit();
      if (i % 2 === 1) continue; // checked after edits 0, 2, 4, 6: later batches hold the patches of two edits
      const report = live.check(doc());
      const last = calls[calls.length - 1];
      expect(last.patches?.length, what).toBeGreaterThan(0);
      expect(signature(report), what).toEqual(signature(checkDocument(doc())));
    }
    const final = live.check(doc());
    expect(signature(final)).toEqual(signature(checkDocument(doc())));
  });

  it('stays right when it got ready for edits in idle time', () => {
    const live = new LiveChecker();
    unsubscribe = onDocChange((c) => live.record(c));
    live.check(doc());
    live.prepare();
    editor().dispatch('relation.remove', { ids: [doc().relations.values().find((r) => r.kind === 'usesPlatform' && r.source === 'app_spp')!.id] });
    const report = live.check(doc());
    // the application's single sign-on, and the identity-verification process it supported (001 §1.4.4)
    expect(report.counts.error).toBe(2);
    expect(signature(report)).toEqual(signature(checkDocument(doc())));
  });

  it('compares documents instead when a change was not reported, and is still right', () => {
    const { checker, calls } = spyChecker();
    const live = new LiveChecker(checker);
    unsubscribe = onDocChange((c) => live.record(c));
    live.check(doc());
    editor().dispatch('element.update', { id: 'app_spp', patch: { name: 'Sistem Lain' } });
    unsubscribe(); // this edit is missed
    editor().dispatch('relation.remove', { ids: [doc().relations.values().find((r) => r.kind === 'usesPlatform' && r.source === 'app_spp')!.id] });
    unsubscribe = onDocChange((c) => live.record(c));
    editor().dispatch('element.update', { id: 'app_spp', patch: { name: 'Sistem Ketiga' } });
    const report = live.check(doc());
    expect(calls[calls.length - 1].patches).toBeUndefined();
    expect(report.problems.some((p) => p.ruleId === 'dpi.mydigitalIdSso' && p.message.en.includes('"Sistem Ketiga"'))).toBe(true);
    expect(signature(report)).toEqual(signature(checkDocument(doc())));
    // the chain is whole again after a check
    editor().dispatch('element.update', { id: 'app_spp', patch: { name: 'Sistem Keempat' } });
    live.check(doc());
    expect(calls[calls.length - 1].patches?.length).toBeGreaterThan(0);
  });

  it('ignores the patches of another project opened in between', () => {
    const { checker, calls } = spyChecker();
    const live = new LiveChecker(checker);
    unsubscribe = onDocChange((c) => live.record(c));
    live.check(doc());
    open('h2');
    editor().dispatch('element.update', { id: 'app_spp', patch: { name: 'Sistem Projek Kedua' } });
    const report = live.check(doc());
    expect(calls[calls.length - 1].patches).toBeUndefined();
    expect(signature(report)).toEqual(signature(checkDocument(doc())));
  });
});
