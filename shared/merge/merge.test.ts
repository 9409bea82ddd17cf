import { describe, expect, it } from 'vitest';
import { getCommand, runCommand } from '../commands';
import { pengambilanPekerjaExample } from '../samples/pengambilan-pekerja';
import type { LakarDocument } from '../model/schema';
import { fromWire, toWire } from '../model/wire';
import { describeConflict, mergeDocuments, MergeError, validateDocument } from '.';

const NOW = '2026-01-01T00:00:00.000Z';
const base = () => pengambilanPekerjaExample(NOW);
const run = (doc: LakarDocument, id: string, args: unknown) => runCommand(getCommand(id), doc, args);
/** A deep copy, as another process would get it (tables travel as records, ../model/wire.ts). */
const copy = <D>(doc: D): D => fromWire(structuredClone(toWire(doc)));
const edit = (doc: LakarDocument, ...steps: [string, unknown][]) => steps.reduce((d, [id, args]) => run(d, id, args), doc);

describe('mergeDocuments', () => {
  it('keeps changes to different elements and to different fields of one element, without conflicts', () => {
    const b = base();
    const mine = edit(b, ['element.update', { id: 'app_spp', patch: { systemCode: 'SPP2' } }], ['flow.setMethod', { id: 'fl_xy', method: 'myGdx' }]);
    const theirs = edit(b, ['element.update', { id: 'app_spp', patch: { agency: 'Agensi Baharu' } }], ['element.update', { id: 'net_pcn', patch: { speedMbps: 2000 } }]);
    const r = mergeDocuments(b, mine, theirs);
    expect(r.conflicts).toEqual([]);
    expect(r.doc.elements.get('app_spp')).toMatchObject({ systemCode: 'SPP2', agency: 'Agensi Baharu' });
    expect(r.doc.relations.get('fl_xy')).toMatchObject({ method: 'myGdx' });
    expect(r.doc.elements.get('net_pcn')).toMatchObject({ speedMbps: 2000 });
    expect(validateDocument(r.doc)).toEqual([]);
  });

  it('merges a list both sides changed row by row: two people each add data to one flow, software to one site', () => {
    const b = base();
    const mine = edit(b, ['relation.update', { id: 'fl_xy', patch: { dataEntityIds: ['de_calon', 'de_tapisan'] } }], ['element.update', { id: 'site_pdsa', patch: { software: ['Sistem pengoperasian Linux', 'PostgreSQL 16'] } }]);
    const theirs = edit(b, ['relation.update', { id: 'fl_xy', patch: { dataEntityIds: ['de_calon', 'de_kelayakan'] } }], ['element.update', { id: 'site_pdsa', patch: { software: ['Nginx', 'Sistem pengoperasian Linux'] } }]);
    const r = mergeDocuments(b, mine, theirs);
    expect(r.conflicts).toEqual([]);
    expect(r.doc.relations.get('fl_xy')).toMatchObject({ dataEntityIds: ['de_calon', 'de_tapisan', 'de_kelayakan'] });
    expect(r.doc.elements.get('site_pdsa')).toMatchObject({ software: ['Nginx', 'Sistem pengoperasian Linux', 'PostgreSQL 16'] });
    expect(validateDocument(r.doc)).toEqual([]);
  });

  it('keeps a row one side removed out of the merge while the other side adds another', () => {
    const b = base();
    const mine = run(b, 'relation.update', { id: 'fl_xy', patch: { dataEntityIds: [] } });
    const theirs = run(b, 'relation.update', { id: 'fl_xy', patch: { dataEntityIds: ['de_calon', 'de_tapisan'] } });
    const r = mergeDocuments(b, mine, theirs);
    expect(r.conflicts).toEqual([]);
    expect((r.doc.relations.get('fl_xy') as { dataEntityIds?: string[] }).dataEntityIds).toEqual(['de_tapisan']);
  });

  it('still reports a list whose rows have no identity (hardware rows) changed both ways as one conflict', () => {
    const b = base();
    const mine = run(b, 'element.update', { id: 'site_pdsa', patch: { hardware: [{ item: 'Pelayan aplikasi', quantity: 6 }] } });
    const theirs = run(b, 'element.update', { id: 'site_pdsa', patch: { hardware: [{ item: 'Pelayan aplikasi', quantity: 4 }, { item: 'Storan', quantity: 1 }] } });
    const r = mergeDocuments(b, mine, theirs);
    expect(r.conflicts).toHaveLength(1);
    expect(r.conflicts[0]).toMatchObject({ kind: 'field', entityId: 'site_pdsa', path: ['hardware'] });
  });

  it('is the identity when one side is the base or both sides are the same', () => {
    const b = base();
    const mine = edit(b, ['element.remove', { ids: ['sys_d'] }], ['project.updateMeta', { patch: { title: 'Baharu' } }]);
    expect(mergeDocuments(b, mine, b).doc).toEqual(mine);
    expect(mergeDocuments(b, b, mine).doc).toEqual(mine);
    expect(mergeDocuments(b, mine, copy(mine)).doc).toEqual(mine);
  });

  it('reports the same field changed both ways, and resolves it mine, theirs or with a typed value', () => {
    const b = base();
    const mine = run(b, 'flow.setMethod', { id: 'fl_b', method: 'api' });
    const theirs = run(b, 'flow.setMethod', { id: 'fl_b', method: 'sftp' });
    const r = mergeDocuments(b, mine, theirs);
    expect(r.conflicts).toHaveLength(1);
    const [c] = r.conflicts;
    expect(c).toMatchObject({ kind: 'field', collection: 'relations', entityId: 'fl_b', path: ['method'], base: 'myGdx', mine: 'api', theirs: 'sftp', editable: true });
    expect(r.unresolved).toEqual([c.id]);
    expect(r.doc.relations.get('fl_b')).toMatchObject({ method: 'api' }); // unresolved: mine by default
    expect(mergeDocuments(b, mine, theirs, { resolutions: { [c.id]: 'theirs' } }).doc.relations.get('fl_b')).toMatchObject({ method: 'sftp' });
    expect(mergeDocuments(b, mine, theirs, { resolutions: { [c.id]: { value: 'webService' } } }).doc.relations.get('fl_b')).toMatchObject({ method: 'webService' });
    expect(mergeDocuments(b, mine, theirs, { prefer: 'theirs' }).doc.relations.get('fl_b')).toMatchObject({ method: 'sftp' });
    expect(() => mergeDocuments(b, mine, theirs, { resolutions: { [c.id]: { value: 'merpati' } } })).toThrow(MergeError);
    expect(describeConflict(c, { base: b, mine, theirs }, 'ms').text).toBe('Aliran data Sistem B – Sistem Pengambilan Pekerja: Kaedah integrasi — saya: API; mereka: SFTP (asal: MyGDX)');
  });

  it('reports a delete against an edit; keeping the edit brings back the element, its relations and its node', () => {
    const b = base();
    const mine = run(b, 'element.remove', { ids: ['sys_c'] });
    const theirs = run(b, 'element.update', { id: 'sys_c', patch: { agency: 'Agensi C Baharu' } });
    const r = mergeDocuments(b, mine, theirs);
    expect(r.conflicts.map((c) => [c.kind, c.entityId, c.deletedBy])).toEqual([['deleteEdit', 'sys_c', 'mine']]);
    expect(r.doc.elements.get('sys_c')).toBeUndefined();
    expect(r.doc.relations.get('fl_c')).toBeUndefined();
    const kept = mergeDocuments(b, mine, theirs, { resolutions: { [r.conflicts[0].id]: 'theirs' } }).doc;
    expect(kept.elements.get('sys_c')).toMatchObject({ agency: 'Agensi C Baharu' });
    expect(kept.relations.get('fl_c')).toEqual(b.relations.get('fl_c'));
    expect(kept.views.view_main.nodes.sys_c).toEqual(b.views.view_main.nodes.sys_c);
    expect(validateDocument(kept)).toEqual([]);
    expect(describeConflict(r.conflicts[0], { base: b, mine, theirs }, 'en').why).toBe('deleted by mine, edited by theirs');
  });

  it('reports a relation added to an element the other side deleted, as one conflict carrying the relation', () => {
    const b = base();
    const mine = run(b, 'relation.add', { relation: { id: 'fl_new', kind: 'dataFlow', source: 'sys_d', target: 'sys_a', method: 'api' } });
    const theirs = run(b, 'element.remove', { ids: ['sys_d'] });
    const r = mergeDocuments(b, mine, theirs);
    expect(r.conflicts).toHaveLength(1);
    expect(r.conflicts[0]).toMatchObject({ kind: 'deletedEnd', entityId: 'sys_d', deletedBy: 'theirs', dependents: [{ collection: 'relations', id: 'fl_new', how: 'relation' }] });
    const dropped = mergeDocuments(b, mine, theirs, { prefer: 'theirs' });
    expect(dropped.doc.elements.get('sys_d')).toBeUndefined();
    expect(dropped.doc.relations.get('fl_new')).toBeUndefined();
    expect(validateDocument(dropped.doc)).toEqual([]);
    const kept = mergeDocuments(b, mine, theirs, { prefer: 'mine' }).doc;
    expect(kept.relations.get('fl_new')).toBeDefined();
    expect(kept.relations.get('fl_d')).toBeDefined();
    expect(validateDocument(kept)).toEqual([]);
  });

  it('folds an edit of a relation whose end was deleted into the element’s conflict', () => {
    const b = base();
    const mine = run(b, 'flow.setMethod', { id: 'fl_d', method: 'api' });
    const theirs = run(b, 'element.remove', { ids: ['sys_d'] });
    const r = mergeDocuments(b, mine, theirs);
    expect(r.conflicts.map((c) => c.kind)).toEqual(['deletedEnd']);
    expect(mergeDocuments(b, mine, theirs, { prefer: 'mine' }).doc.relations.get('fl_d')).toMatchObject({ method: 'api' });
    expect(mergeDocuments(b, mine, theirs, { prefer: 'theirs' }).doc.relations.get('fl_d')).toBeUndefined();
  });

  it('reports two different additions under one id', () => {
    const b = base();
    const mine = run(b, 'element.add', { element: { id: 'el_x', kind: 'application', name: 'Sistem X' }, viewId: 'view_main' });
    const theirs = run(b, 'element.add', { element: { id: 'el_x', kind: 'dataEntity', name: 'Data X' }, viewId: 'view_main' });
    const r = mergeDocuments(b, mine, theirs);
    expect(r.conflicts.map((c) => c.kind)).toContain('idCollision');
    for (const prefer of ['mine', 'theirs'] as const) expect(validateDocument(mergeDocuments(b, mine, theirs, { prefer }).doc)).toEqual([]);
  });

  it('refuses to combine a relation kind change with an end change that the new kind does not allow', () => {
    let b = base();
    b = run(b, 'relation.add', { relation: { id: 'rel_x', kind: 'association', source: 'app_spp', target: 'de_lokasi' } });
    const mine = run(b, 'relation.update', { id: 'rel_x', patch: { kind: 'accesses' } });
    const theirs = run(b, 'relation.update', { id: 'rel_x', patch: { source: 'tg_g2c' } });
    const r = mergeDocuments(b, mine, theirs);
    expect(r.conflicts).toHaveLength(1);
    expect(r.conflicts[0]).toMatchObject({ kind: 'invalid', reason: 'relationNotAllowed', entityId: 'rel_x', editable: false });
    for (const prefer of ['mine', 'theirs'] as const) expect(validateDocument(mergeDocuments(b, mine, theirs, { prefer }).doc)).toEqual([]);
  });

  it('treats a node position as one field, and keeps a node inside its band when the other side resized the bands', () => {
    const b = base();
    const at = b.views.view_main.nodes.site_hq;
    const mine = run(b, 'element.move', { viewId: 'view_main', moves: [{ id: 'site_hq', x: at.x + 100, y: at.y }] });
    const theirs = run(b, 'element.move', { viewId: 'view_main', moves: [{ id: 'site_hq', x: at.x + 200, y: at.y }] });
    expect(mergeDocuments(b, mine, theirs).conflicts.map((c) => c.path)).toEqual([['nodes', 'site_hq']]);

    // theirs shrinks the infrastructure band; mine adds a site low in the old band
    const shrunk = run(b, 'view.resizeBand', { viewId: 'view_main', band: 6, height: 90 });
    const added = run(b, 'element.add', { element: { id: 'site_new', kind: 'site', name: 'Tapak Baharu', siteType: 'drc' }, viewId: 'view_main', position: { x: 900, y: 6 * 170 + 90 } });
    const r = mergeDocuments(b, added, shrunk);
    expect(r.conflicts).toEqual([]);
    expect(validateDocument(r.doc)).toEqual([]);
    expect(r.adjustments).toContainEqual({ key: 'nodeClamped', collection: 'views', id: 'view_main', detail: 'site_new' });
  });

  it('merges fields it does not know (new project fields, checklist answers) by path, like any other', () => {
    const b = base() as LakarDocument & { meta: Record<string, unknown> };
    b.meta.checklist = { i: { answer: '' }, ii: { answer: '' } };
    const mine = copy(b);
    const theirs = copy(b);
    (mine.meta.checklist as Record<string, { answer: string }>).i.answer = 'Ya';
    (theirs.meta.checklist as Record<string, { answer: string }>).ii.answer = 'Tidak berkaitan';
    const r = mergeDocuments(b, mine, theirs);
    expect(r.conflicts).toEqual([]);
    expect(r.doc.meta).toMatchObject({ checklist: { i: { answer: 'Ya' }, ii: { answer: 'Tidak berkaitan' } } });
    (theirs.meta.checklist as Record<string, { answer: string }>).i.answer = 'Belum';
    const c = mergeDocuments(b, mine, theirs).conflicts;
    expect(c.map((x) => x.path)).toEqual([['meta', 'checklist', 'i', 'answer']]);
  });
});
