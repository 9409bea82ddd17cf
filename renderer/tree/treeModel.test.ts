import { describe, expect, it } from 'vitest';
import { pengambilanPekerjaExample } from '../../shared/samples/pengambilan-pekerja';
import { BANDS, bandOf, fromDocumentData, toDocumentData, type Element, type LakarDocument, type LakarDocumentData } from '../../shared/model';
import { enablePatches, produceWithPatches, type Draft, type Patch } from 'immer';
import { edit } from '../../test/helpers/rules';
import { isOnView, noteEdit, treeGroups } from './treeModel';

const doc = pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');

/** `d` changed by an immer recipe on its data, with the patches (paths into the document, as the store's). */
function editWithPatches(d: LakarDocument, recipe: (draft: Draft<LakarDocumentData>) => void): [LakarDocument, Patch[]] {
  const [data, patches] = produceWithPatches(toDocumentData(d) as LakarDocumentData, recipe);
  return [fromDocumentData(data) as LakarDocument, patches];
}

describe('treeGroups', () => {
  it('lists every element under its band, sorted by name', () => {
    const groups = treeGroups(doc, '', '', 'ms');
    expect(groups.map((g) => g.band)).toEqual(['users', 'channels', 'services', 'processes', 'applications', 'data', 'infrastructure']);
    expect(groups.reduce((s, g) => s + g.items.length, 0)).toBe(doc.elements.ids().length);
    expect(groups[1].items.map((i) => i.name)).toEqual(['Aplikasi MyGov', 'Bersemuka', 'Portal MyGovernment']);
  });

  it('finds elements by name, kind or field text, ignoring case', () => {
    const found = (q: string) => treeGroups(doc, q, '', 'ms').flatMap((g) => g.items.map((i) => i.id));
    expect(found('sistem b')).toEqual(['sys_b']);
    expect(found('JPN')).toEqual(['sys_b']);
    expect(found('rangkaian').sort()).toEqual(['net_ipvpn', 'net_pcn', 'net_pdsa']);
    const accented: LakarDocument = { ...doc, elements: doc.elements.set('cafe', { ...doc.elements.get('sys_a')!, id: 'cafe', name: 'Sistem Kafé Rakyat' }) };
    expect(treeGroups(accented, 'kafe rakyat', '', 'ms').flatMap((g) => g.items.map((i) => i.id))).toEqual(['cafe']);
    expect(treeGroups(accented, 'KAFÉ', '', 'ms').flatMap((g) => g.items.map((i) => i.id))).toEqual(['cafe']);
  });

  it('keeps one kind when filtered, and marks what is not on the active view', () => {
    const d = edit(doc, (draft) => {
      delete draft.views.view_main.nodes.sys_a;
    });
    const groups = treeGroups(d, '', 'externalSystem', 'ms');
    const items = groups.flatMap((g) => g.items);
    expect(items).toHaveLength(6);
    expect(isOnView(d, 'view_main', 'sys_a')).toBe(false);
    expect(isOnView(d, 'view_main', 'sys_b')).toBe(true);
    expect(groups[5].total).toBe(11); // six systems and five data entities in label 6
  });

  it('keeps the order right after an edit renames, re-kinds, adds and removes elements', () => {
    treeGroups(doc, '', '', 'ms'); // the previous sort the next one is patched from
    const firstChannel = treeGroups(doc, '', '', 'ms')[1].items[0];
    const changes = new Map<string, Element | undefined>([
      ['sys_b', { ...doc.elements.get('sys_b')!, name: 'AAA Sistem pertama' }],
      [firstChannel.id, { ...firstChannel, kind: 'externalSystem', name: 'ZZZ dipindah' } as never],
      ['new_one', { ...doc.elements.get('sys_a')!, id: 'new_one', name: 'Baharu' }],
      ['net_pcn', undefined],
    ]);
    const d: LakarDocument = { ...doc, elements: doc.elements.withChanges(changes) };
    const patched = treeGroups(d, '', '', 'ms');
    const c = new Intl.Collator('ms');
    const sortedPlainly = BANDS.map((band) =>
      d.elements.values()
        .filter((e) => bandOf(e.kind) === band)
        .sort((a, b) => c.compare(a.name, b.name) || (a.id < b.id ? -1 : 1))
        .map((e) => e.id),
    );
    expect(patched.map((g) => g.items.map((e) => e.id))).toEqual(sortedPlainly);
    const data = patched.find((g) => g.band === 'data')!.items.map((e) => e.name); // label 6: systems and data
    expect(data[0]).toBe('AAA Sistem pertama');
    expect(data).toContain('Baharu');
    expect(data.at(-1)).toBe('ZZZ dipindah');
    expect(patched.flatMap((g) => g.items).some((e) => e.id === 'net_pcn')).toBe(false);
    // the search text follows the edit too
    expect(treeGroups(d, 'zzz dipindah', '', 'ms').flatMap((g) => g.items.map((e) => e.id))).toEqual([firstChannel.id]);
  });

  it('drops a removed element whose id is also an Object.prototype name', () => {
    const withOdd: LakarDocument = { ...doc, elements: doc.elements.set('toString', { ...doc.elements.get('sys_a')!, id: 'toString', name: 'Sistem Ganjil' }) };
    expect(treeGroups(withOdd, 'ganjil', '', 'ms').flatMap((g) => g.items.map((e) => e.id))).toEqual(['toString']);
    const without: LakarDocument = { ...withOdd, elements: withOdd.elements.delete('toString') };
    expect(treeGroups(without, '', '', 'ms').flatMap((g) => g.items.map((e) => e.id))).not.toContain('toString');
  });

  it('re-sorts only what noted edits touched, also two edits the tree did not draw in between', () => {
    enablePatches();
    const start = edit(doc, () => undefined);
    treeGroups(start, '', '', 'ms');
    const [mid, p1] = editWithPatches(start, (d) => {
      d.elements.sys_a.name = 'Zzz paling akhir';
      delete d.elements.net_pcn;
    });
    noteEdit(start, mid, p1);
    const [end, p2] = editWithPatches(mid, (d) => {
      d.elements.fresh = { ...d.elements.sys_b, id: 'fresh', name: 'Aaa paling awal' };
    });
    noteEdit(mid, end, p2);
    const groups = treeGroups(end, '', '', 'ms'); // from the sort of `start`, two edits on
    const c = new Intl.Collator('ms');
    const plain = BANDS.map((band) =>
      end.elements.values()
        .filter((e) => bandOf(e.kind) === band)
        .sort((a, b) => c.compare(a.name, b.name) || (a.id < b.id ? -1 : 1))
        .map((e) => e.id),
    );
    expect(groups.map((g) => g.items.map((e) => e.id))).toEqual(plain);
    const data = groups.find((g) => g.band === 'data')!.items;
    expect([data[0].id, data.at(-1)!.id]).toEqual(['fresh', 'sys_a']);
  });
});
