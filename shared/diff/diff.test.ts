import { describe, expect, it } from 'vitest';
import '../commands';
import { runCommand, getCommand } from '../commands';
import { pengambilanPekerjaExample } from '../samples/pengambilan-pekerja';
import type { Element, LakarDocument } from '../model/schema';
import { fromWire, toWire } from '../model/wire';
import { describeDiff, diffDocuments, elementMarks, isEmptyDiff } from '.';

const NOW = '2026-01-01T00:00:00.000Z';
const base = () => pengambilanPekerjaExample(NOW);
const run = (doc: LakarDocument, id: string, args: unknown) => runCommand(getCommand(id), doc, args);
const texts = (a: object, b: object, lang: 'ms' | 'en' = 'ms') => describeDiff(diffDocuments(a, b), a, b, lang).map((d) => d.text);

describe('diffDocuments', () => {
  it('finds nothing between a document and an equal copy', () => {
    // a copy as another process would get it (tables travel as records, ../model/wire.ts)
    const diff = diffDocuments(base(), fromWire(structuredClone(toWire(base()))));
    expect(isEmptyDiff(diff)).toBe(true);
    expect(diff.summary).toEqual({});
  });

  it('names a flow by its ends and its method change in a planner’s words (BM and EN)', () => {
    const a = base();
    const b = run(a, 'flow.setMethod', { id: 'fl_xy', method: 'myGdx' });
    const diff = diffDocuments(a, b);
    expect(diff.changes).toHaveLength(1);
    expect(diff.changes[0]).toMatchObject({ collection: 'relations', id: 'fl_xy', type: 'changed', fields: [{ path: ['method'], before: 'sftp', after: 'myGdx' }] });
    expect(texts(a, b)).toEqual(['Aliran data Sistem Pengambilan Pekerja – Sistem XY: Kaedah integrasi SFTP → MyGDX']);
    expect(texts(a, b, 'en')).toEqual(['Data flow Sistem Pengambilan Pekerja – Sistem XY: Integration method SFTP → MyGDX']);
  });

  it('reports added and removed elements and relations, and the relations a delete took with it', () => {
    const a = base();
    const added = run(a, 'element.add', { element: { id: 'app_new', kind: 'application', name: 'Sistem Baharu' }, viewId: 'view_main' });
    const b = run(added, 'element.remove', { ids: ['sys_d'] });
    const diff = diffDocuments(a, b);
    expect(diff.summary.elements).toEqual({ added: 1, removed: 1, changed: 0 });
    expect(diff.summary.relations).toEqual({ added: 0, removed: 1, changed: 0 });
    const t = texts(a, b);
    expect(t).toContain('Ditambah: Aplikasi "Sistem Baharu"');
    expect(t).toContain('Dipadam: Sistem Luaran "Sistem D"');
    expect(t).toContain('Dipadam: Aliran data Sistem D – Sistem Pengambilan Pekerja');
    // the view lost one node and gained one: one change per node
    const view = diff.changes.find((c) => c.collection === 'views')!;
    expect(view.fields.map((f) => f.path)).toEqual([
      ['nodes', 'app_new'],
      ['nodes', 'sys_d'],
    ]);
  });

  it('reports a moved node as one change with both positions', () => {
    const a = base();
    const before = a.views.view_main.nodes.sv_main;
    const b = run(a, 'element.move', { viewId: 'view_main', moves: [{ id: 'sv_main', x: before.x + 300, y: before.y }] });
    const diff = diffDocuments(a, b);
    expect(diff.changes).toHaveLength(1);
    expect(diff.changes[0].fields).toHaveLength(1);
    expect(diff.changes[0].fields[0].path).toEqual(['nodes', 'sv_main']);
    expect(texts(a, b)[0]).toMatch(/^Paparan "LMV": Perkhidmatan Pengurusan Pengambilan Pekerja dialih \(\d+, \d+\) → \(\d+, \d+\)$/);
    expect(elementMarks(diff).get('sv_main')).toBe('moved');
  });

  it('reports an application moved with the modules nested in it as one move per node (issue 10 nesting)', () => {
    const a = base();
    const before = a.views.view_main.nodes.app_spp;
    const b = run(a, 'element.move', { viewId: 'view_main', moves: [{ id: 'app_spp', x: before.x + 300, y: before.y }] });
    const moved = diffDocuments(a, b).changes.flatMap((c) => c.fields.map((f) => String(f.path[1])));
    expect(moved).toContain('app_spp');
    // its modules and application services go along, each by the same distance, each its own line
    expect(moved.length).toBeGreaterThan(1);
    for (const id of moved) expect([id, b.views.view_main.nodes[id].x - a.views.view_main.nodes[id].x]).toEqual([id, 300]);
    expect(moved.filter((id) => a.elements.get(id)!.kind === 'module').length).toBeGreaterThan(0);
  });

  it('compares project fields one by one, nested outcomes included, and values by their labels', () => {
    const a = base();
    const b = run(a, 'project.updateMeta', { patch: { sector: 'ekonomi', expectedOutcomes: { ...a.meta.expectedOutcomes, pengoptimumanKos: 'Kos turun 30%' } } });
    const t = texts(a, b);
    expect(t).toHaveLength(1);
    expect(t[0]).toContain('Maklumat projek: ');
    expect(t[0]).toContain('Keberhasilan dijangka › Pengoptimuman kos Satu sistem bersepadu');
    expect(t[0]).toContain('Sektor Sosial 2 (Bakat) → Ekonomi');
  });

  it('names the proposal fields of schema 2 as the Maklumat Projek form does (cost table, KPIs)', () => {
    const a = base();
    const b = run(a, 'project.updateMeta', { patch: { costs: [...(a.meta.costs ?? []), { component: 'Latihan pengguna', amount: 50_000 }], scope: 'Skop baharu' } });
    const ms = texts(a, b).join('\n');
    expect(ms).toContain('Komponen kos');
    expect(ms).toContain('Skop projek');
    expect(ms).not.toMatch(/\bcosts\b|\bscope\b/);
    expect(texts(a, b, 'en').join('\n')).toContain('Cost components');
  });

  it('compares properties key by key and prints element references by name', () => {
    const a = base();
    const b = run(run(a, 'element.update', { id: 'mod_user', patch: { parentId: undefined, properties: { owner: 'BPM' } } }), 'relation.update', { id: 'fl_b', patch: { dataEntityIds: ['de_identiti', 'de_calon'] } });
    const diff = diffDocuments(a, b);
    const mod = diff.changes.find((c) => c.id === 'mod_user')!;
    expect(mod.fields.map((f) => f.path)).toEqual([['parentId'], ['properties', 'owner']]);
    const t = texts(a, b);
    expect(t).toContain('Modul "Modul Pengguna": Sebahagian daripada Sistem Pengambilan Pekerja → —; Sifat tambahan › owner — → BPM');
    expect(t).toContain('Aliran data Sistem B – Sistem Pengambilan Pekerja: Data yang dibawa Maklumat Identiti Individu → Maklumat Identiti Individu; Maklumat Calon');
  });

  it('marks elements added, removed, changed, and the ends of a changed relation', () => {
    const a = base();
    const b = run(run(run(a, 'element.remove', { ids: ['sec_dlp'] }), 'element.update', { id: 'net_pcn', patch: { speedMbps: 2000 } }), 'flow.setMethod', { id: 'fl_c', method: 'api' });
    const marks = elementMarks(diffDocuments(a, b));
    expect(marks.get('sec_dlp')).toBe('removed');
    expect(marks.get('net_pcn')).toBe('changed');
    expect(marks.get('sys_c')).toBe('changed');
    expect(marks.get('app_spp')).toBe('changed');
    expect(marks.has('sys_a')).toBe(false);
  });

  it('covers fields and collections it does not know, so new schema fields are never missed', () => {
    const a = base() as LakarDocument & Record<string, unknown>;
    // what issue 11 or reviewer mode might add: a checklist answer in meta, a new element field, a new top-level collection
    const b = {
      ...a,
      meta: { ...a.meta, checklist: { i: { answer: 'Ya, dirujuk RASA' } } },
      elements: a.elements.set('app_spp', { ...a.elements.get('app_spp')!, asIs: true } as unknown as Element),
      comments: { c1: { id: 'c1', name: 'Semak aliran', anchor: 'fl_b' } },
    } as typeof a;
    a.comments = {};
    const diff = diffDocuments(a, b);
    expect(diff.changes.map((c) => [c.collection, c.id, c.type, c.fields.map((f) => f.path.join('.'))])).toEqual([
      ['project', 'project', 'changed', ['meta.checklist.i.answer']],
      ['elements', 'app_spp', 'changed', ['asIs']],
      ['comments', 'c1', 'added', []],
    ]);
    expect(texts(a, b)).toContain('Maklumat projek: checklist › i › answer — → Ya, dirujuk RASA');
    expect(texts(a, b)).toContain('Aplikasi "Sistem Pengambilan Pekerja": asIs — → ya');
  });

  it('lists changes in a stable order: project, elements, relations, views, ids sorted', () => {
    const a = base();
    let b = run(a, 'project.updateMeta', { patch: { title: 'Baharu' } });
    b = run(b, 'element.update', { id: 'tg_g2c', patch: { persona: 'Graduan' } });
    b = run(b, 'element.update', { id: 'app_spp', patch: { systemCode: 'SPP2' } });
    b = run(b, 'relation.update', { id: 'rel_1', patch: { label: 'x' } });
    b = run(b, 'view.rename', { id: 'view_main', name: 'LMV Utama' });
    expect(diffDocuments(a, b).changes.map((c) => `${c.collection}/${c.id}`)).toEqual(['project/project', 'elements/app_spp', 'elements/tg_g2c', 'relations/rel_1', 'views/view_main']);
  });
});
