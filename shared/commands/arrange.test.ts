import { describe, expect, it } from 'vitest';
import { bandLayout, fromDocumentData, NODE_WIDTH, toDocumentData, type LakarDocument } from '../model';
import { makeVariedDocument } from '../../test/helpers/varied-model';
import { pengambilanPekerjaExample } from '../samples/pengambilan-pekerja';
import { makeDocument, makeElement, makeRelation } from '../../test/helpers/factories';
import { CommandError, copyToClip, dispatch, executeCommand, initialState, pasteArgs, undo } from './index';

const doc0 = () => pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');

describe('view.align', () => {
  it('lines up the left edges of the selected nodes and leaves the others', () => {
    const doc = doc0();
    const { doc: next } = executeCommand(doc, 'view.align', { viewId: 'view_main', ids: ['ch_counter', 'sv_main', 'pr_3'], mode: 'left' });
    const n = next.views.view_main.nodes;
    const minX = Math.min(...['ch_counter', 'sv_main', 'pr_3'].map((id) => doc.views.view_main.nodes[id].x));
    expect([n.ch_counter.x, n.sv_main.x, n.pr_3.x]).toEqual([minX, minX, minX]);
    expect(n.ch_portal).toEqual(doc.views.view_main.nodes.ch_portal);
  });

  it('keeps nodes of different bands in their bands when aligning tops', () => {
    const doc = doc0();
    const { doc: next } = executeCommand(doc, 'view.align', { viewId: 'view_main', ids: ['tg_g2c', 'site_pdsa'], mode: 'top' });
    const infra = bandLayout(next.views.view_main)[6];
    expect(next.views.view_main.nodes.site_pdsa.y).toBeGreaterThanOrEqual(infra.top);
    expect(next.views.view_main.nodes.tg_g2c.y).toBeLessThan(bandLayout(next.views.view_main)[1].top);
  });

  it('centres nodes on the middle of their bounding box', () => {
    const { doc } = executeCommand(doc0(), 'view.align', { viewId: 'view_main', ids: ['pr_1', 'pr_4'], mode: 'centre' });
    expect(doc.views.view_main.nodes.pr_1.x).toBe(doc.views.view_main.nodes.pr_4.x);
  });

  it('refuses a node that is not on the view', () => {
    const doc = doc0();
    delete doc.views.view_main.nodes.pr_4;
    expect(() => executeCommand(doc, 'view.align', { viewId: 'view_main', ids: ['pr_1', 'pr_4'], mode: 'left' })).toThrow(CommandError);
  });
});

describe('view.distribute', () => {
  it('spaces nodes with equal gaps between first and last', () => {
    const doc = doc0();
    const v = doc.views.view_main.nodes;
    v.pr_1.x = 200;
    v.pr_2.x = 420;
    v.pr_3.x = 1000;
    v.pr_4.x = 1400;
    const { doc: next } = executeCommand(doc, 'view.distribute', { viewId: 'view_main', ids: ['pr_1', 'pr_2', 'pr_3', 'pr_4'], axis: 'horizontal' });
    const xs = ['pr_1', 'pr_2', 'pr_3', 'pr_4'].map((id) => next.views.view_main.nodes[id].x);
    expect(xs[0]).toBe(200);
    expect(xs[3]).toBe(1400);
    expect(xs[1] - xs[0]).toBe(400);
    expect(xs[2] - xs[1]).toBe(400);
  });
});

describe('view.placeElements', () => {
  it('shows existing elements on another view at free slots of their bands, as one undo step', () => {
    let s = initialState(doc0());
    s = dispatch(s, 'view.add', { view: { id: 'view_2', name: 'Data', order: 1, nodes: {} } }).state;
    s = dispatch(s, 'view.placeElements', { viewId: 'view_2', ids: ['sys_a', 'sys_b', 'de_calon'] }).state;
    const n = s.doc.views.view_2.nodes;
    expect(Object.keys(n).sort()).toEqual(['de_calon', 'sys_a', 'sys_b']);
    const data = bandLayout(s.doc.views.view_2)[5];
    for (const p of Object.values(n)) expect(p.y).toBeGreaterThanOrEqual(data.top);
    expect(Math.abs(n.sys_a.x - n.sys_b.x)).toBeGreaterThanOrEqual(NODE_WIDTH);
    expect(Object.keys(undo(s).state.doc.views.view_2.nodes)).toEqual([]);
  });

  it('leaves an element that is already shown where it is', () => {
    const doc = doc0();
    const { patches } = executeCommand(doc, 'view.placeElements', { viewId: 'view_main', ids: ['sys_a'] });
    expect(patches).toEqual([]);
  });
});

describe('copyToClip / pasteArgs', () => {
  it('copies the relations among the selected elements a walk over every relation finds, in order, as the model is edited', () => {
    let state = initialState(fromDocumentData(structuredClone(toDocumentData(makeVariedDocument(300, 4)))) as LakarDocument);
    const viewId = Object.keys(state.doc.views)[0];
    for (let step = 0; step < 20; step++) {
      const ids = state.doc.elements.ids();
      const selected = ids.filter((_, i) => (i * 7 + step) % 5 === 0);
      const set = new Set(selected);
      const walked = state.doc.relations.values().filter((r) => set.has(r.source) && set.has(r.target));
      expect(copyToClip(state.doc, viewId, selected).relations).toEqual(walked);
      // edit between copies: remove an element, reconnect or add a relation, undo now and then
      const a = ids[(step * 13) % ids.length];
      const b = ids[(step * 29 + 3) % ids.length];
      if (step % 4 === 0) state = dispatch(state, 'element.remove', { ids: [a] }).state;
      else if (step % 4 === 1) state = dispatch(state, 'relation.add', { relation: { id: `r_new_${step}`, kind: 'association', source: a, target: b } }).state;
      else if (step % 4 === 2) state = undo(state).state;
    }
  });

  it('pastes copies with new ids, the relations among them and shifted positions', () => {
    const app = makeElement('application', { id: 'a', name: 'Sistem' });
    const mod = makeElement('module', { id: 'm', name: 'Modul', parentId: 'a' });
    const sys = makeElement('externalSystem', { id: 's', name: 'Sistem A' });
    const de = makeElement('dataEntity', { id: 'd', name: 'Data' });
    const flow = makeRelation('dataFlow', 'a', 's', { id: 'f', method: 'myGdx', direction: 'both', dataEntityIds: ['d'] } as never);
    const doc = makeDocument([app, mod, sys, de], [flow]);
    const clip = copyToClip(doc, 'view_main', ['a', 'm', 's']);
    expect(clip.relations.map((r) => r.id)).toEqual(['f']);
    let k = 0;
    const { args, ids } = pasteArgs(doc, clip, { viewId: 'view_main', offset: { x: 40, y: 0 }, newId: (p) => `${p}_new${++k}` });
    const next = executeCommand(doc, 'element.addMany', args).doc;
    expect(ids).toHaveLength(3);
    const [a2, m2, s2] = ids;
    expect(next.elements.get(m2)).toMatchObject({ kind: 'module', parentId: a2 });
    const copied = next.relations.values().find((r) => r.source === a2);
    expect(copied).toMatchObject({ kind: 'dataFlow', target: s2, method: 'myGdx', dataEntityIds: ['d'] });
    expect(next.views.view_main.nodes[a2].x).toBe(doc.views.view_main.nodes.a.x + 40);
    expect(next.elements.ids()).toHaveLength(7);
  });

  it('drops a reference to an element deleted since the copy', () => {
    const app = makeElement('application', { id: 'a', name: 'Sistem' });
    const mod = makeElement('module', { id: 'm', name: 'Modul', parentId: 'a' });
    const doc = makeDocument([app, mod]);
    const clip = copyToClip(doc, 'view_main', ['m']);
    const without = executeCommand(doc, 'element.remove', { ids: ['a'] }).doc;
    const { args, ids } = pasteArgs(without, clip, { viewId: 'view_main', offset: { x: 0, y: 0 } });
    const next = executeCommand(without, 'element.addMany', args).doc;
    expect(next.elements.get(ids[0])).not.toHaveProperty('parentId');
  });
});

describe('view.resizeBand', () => {
  it('grows a band and moves the bands below with their nodes, as one undo step', () => {
    let s = initialState(doc0());
    const before = s.doc.views.view_main.nodes;
    const heights = bandLayout(s.doc.views.view_main).map((b) => b.height);
    s = dispatch(s, 'view.resizeBand', { viewId: 'view_main', band: 3, height: 300 }).state;
    const view = s.doc.views.view_main;
    expect(view.bandHeights).toEqual(heights.map((h, i) => (i === 3 ? 300 : h)));
    expect(view.nodes.app_spp.y).toBe(before.app_spp.y + 300 - heights[3]);
    expect(view.nodes.pr_1.y).toBe(before.pr_1.y);
    expect(view.nodes.tg_g2c).toEqual(before.tg_g2c);
    expect(undo(s).state.doc.views.view_main).toEqual(doc0().views.view_main);
  });

  it('keeps the nodes of a shrunk band inside it', () => {
    const doc = doc0();
    const old = bandLayout(doc.views.view_main)[3];
    doc.views.view_main.nodes.pr_1.y = old.top + old.height - 70;
    const { doc: next } = executeCommand(doc, 'view.resizeBand', { viewId: 'view_main', band: 3, height: 90 });
    const band = bandLayout(next.views.view_main)[3];
    expect(next.views.view_main.nodes.pr_1.y + 64).toBeLessThanOrEqual(band.top + band.height);
    expect(next.views.view_main.nodes.app_spp.y).toBe(doc.views.view_main.nodes.app_spp.y - (old.height - 90));
  });

  it('refuses a band too low for a row of nodes', () => {
    expect(() => executeCommand(doc0(), 'view.resizeBand', { viewId: 'view_main', band: 0, height: 20 })).toThrow(CommandError);
  });
});

describe('view.reorder', () => {
  it('puts the views in the given order and refuses a list that leaves one out', () => {
    let s = initialState(doc0());
    s = dispatch(s, 'view.add', { view: { id: 'view_2', name: 'Data', order: 1, nodes: {} } }).state;
    s = dispatch(s, 'view.reorder', { ids: ['view_2', 'view_main'] }).state;
    expect(s.doc.views.view_2.order).toBe(0);
    expect(s.doc.views.view_main.order).toBe(1);
    expect(() => dispatch(s, 'view.reorder', { ids: ['view_2'] })).toThrow(CommandError);
  });
});
