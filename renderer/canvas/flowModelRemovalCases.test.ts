/**
 * What a user sees on the canvas after removing or hiding what is drawn in the Pengambilan Pekerja
 * example, drawn from the canvas before (flowModel.ts, flowEdges.ts, shared/routing/sceneUpdate.ts):
 * the same as a canvas opened afresh, with the boxes and lines the edit did not touch handed back as
 * they were. Cases: an element on two views, an application with its modules and their lines, a
 * module whose service then stands on its own, a network and a control listed in sites' boxes, and
 * the removed element selected.
 */
import { describe, expect, it } from 'vitest';
import { dispatch, initialState, redo, undo, type EditorState } from '../../shared/commands';
import { fromDocumentData, toDocumentData, type LakarDocument } from '../../shared/model';
import { plainBoxes } from '../../shared/model/boxes-record';
import { pengambilanPekerjaExample } from '../../shared/samples/pengambilan-pekerja';
import { FlowModelBuilder, type LmvEdge, type LmvNode } from './flowModel';

const NONE: ReadonlySet<string> = new Set();

/** The canvas of `viewId` drawn by `builder` (kept between edits) and by a fresh one; both must agree. */
function drawn(builder: FlowModelBuilder, doc: LakarDocument, viewId: string, elements = NONE, relations = NONE): { nodes: LmvNode[]; edges: LmvEdge[] } {
  const view = doc.views[viewId];
  const out = { nodes: builder.nodes(doc, view, elements, 'ms'), edges: builder.edges(doc, view, relations, 'ms') };
  const fresh = new FlowModelBuilder();
  expect(out.nodes).toEqual(fresh.nodes(doc, view, elements, 'ms'));
  expect(out.edges).toEqual(fresh.edges(doc, view, relations, 'ms'));
  return out;
}

/** The example with a second view showing the application, its modules and services, and two sites. */
function twoViews(): LakarDocument {
  const data = toDocumentData(pengambilanPekerjaExample('2026-01-01T00:00:00.000Z'));
  const main = data.views.view_main;
  const nodes = plainBoxes(main.nodes);
  const shown = ['app_spp', 'mod_user', 'mod_apply', 'mod_report', 'as_role', 'as_apply', 'as_report', 'site_pdsa', 'site_hq'];
  data.views.view_two = { ...main, id: 'view_two', name: 'Aplikasi', order: 1, nodes: Object.fromEntries(shown.map((id) => [id, nodes[id]])) };
  return fromDocumentData(JSON.parse(JSON.stringify(data))) as LakarDocument;
}

const nodeOf = (nodes: LmvNode[], id: string) => nodes.find((n) => n.id === id);
const kept = (before: { id: string }[], after: { id: string }[], ids: (id: string) => boolean) => {
  const was = new Map(before.map((x) => [x.id, x]));
  return after.filter((x) => ids(x.id)).every((x) => was.get(x.id) === x);
};

describe('the canvas after a removal, drawn from the canvas before', () => {
  it('takes an application off both views that show it, with its lines; its modules stand on their own; undo and redo give the same canvases back', () => {
    let state: EditorState = initialState(twoViews());
    const builders = { view_main: new FlowModelBuilder(), view_two: new FlowModelBuilder() };
    const before = Object.fromEntries(Object.entries(builders).map(([v, b]) => [v, drawn(b, state.doc, v)]));
    const linesOfApp = before.view_main.edges.filter((e) => e.source === 'app_spp' || e.target === 'app_spp');
    expect(linesOfApp.length).toBeGreaterThan(3);
    state = dispatch(state, 'element.remove', { ids: ['app_spp'] }).state;
    for (const [viewId, builder] of Object.entries(builders)) {
      const after = drawn(builder, state.doc, viewId);
      expect(nodeOf(after.nodes, 'app_spp')).toBeUndefined();
      expect(nodeOf(after.nodes, 'mod_user')!.parentId).toBeUndefined();
      expect(after.edges.some((e) => e.source === 'app_spp' || e.target === 'app_spp')).toBe(false);
      // lines of other elements are the same objects
      expect(kept(before[viewId].edges, after.edges, () => true)).toBe(true);
    }
    state = undo(state).state;
    for (const [viewId, builder] of Object.entries(builders)) {
      const after = drawn(builder, state.doc, viewId);
      expect(nodeOf(after.nodes, 'mod_user')!.parentId).toBe('app_spp');
      expect(after.edges.map((e) => e.id)).toEqual(before[viewId].edges.map((e) => e.id));
    }
    state = redo(state).state;
    for (const [viewId, builder] of Object.entries(builders)) drawn(builder, state.doc, viewId);
  });

  it('draws a line from a service to its application once the module holding it is hidden', () => {
    let state: EditorState = initialState(pengambilanPekerjaExample('2026-01-01T00:00:00.000Z'));
    state = dispatch(state, 'relation.add', { relation: { id: 'rel_role_app', kind: 'association', source: 'as_role', target: 'app_spp' } }).state;
    const builder = new FlowModelBuilder();
    expect(drawn(builder, state.doc, 'view_main').edges.some((e) => e.id === 'rel_role_app')).toBe(false);
    state = dispatch(state, 'view.hideElements', { viewId: 'view_main', ids: ['mod_user'] }).state;
    expect(drawn(builder, state.doc, 'view_main').edges.some((e) => e.id === 'rel_role_app')).toBe(true);
    state = undo(state).state;
    expect(drawn(builder, state.doc, 'view_main').edges.some((e) => e.id === 'rel_role_app')).toBe(false);
  });

  it('lists a network no more in the boxes of the sites it connected, and a control no more in those it protected', () => {
    let state: EditorState = initialState(pengambilanPekerjaExample('2026-01-01T00:00:00.000Z'));
    const builder = new FlowModelBuilder();
    const facts = (nodes: LmvNode[], id: string) => JSON.stringify(nodeOf(nodes, id)!.data);
    const first = drawn(builder, state.doc, 'view_main');
    const connects = state.doc.relations.values().find((r) => r.kind === 'connects' && r.source === 'net_pcn' && r.target === 'site_hq')!;
    state = dispatch(state, 'relation.remove', { ids: [connects.id] }).state;
    const unlinked = drawn(builder, state.doc, 'view_main');
    expect(facts(unlinked.nodes, 'site_hq')).not.toEqual(facts(first.nodes, 'site_hq'));
    expect(kept(first.nodes, unlinked.nodes, (id) => id !== 'site_hq')).toBe(true);
    const hsm = state.doc.elements.get('sec_hsm')!.name;
    const sites = ['site_pdsa', 'site_cfa', 'site_drc', 'site_onsite'];
    for (const site of sites) expect(nodeOf(unlinked.nodes, site)!.data.lines!.join(' ')).toContain(hsm);
    state = dispatch(state, 'element.remove', { ids: ['sec_hsm'] }).state;
    const unprotected = drawn(builder, state.doc, 'view_main');
    for (const site of sites) expect(nodeOf(unprotected.nodes, site)!.data.lines!.join(' ')).not.toContain(hsm);
    state = undo(undo(state).state).state;
    expect(drawn(builder, state.doc, 'view_main').nodes.map((n) => n.data)).toEqual(first.nodes.map((n) => n.data));
  });

  it('draws what a fresh canvas draws when the removed element and one of its lines were selected', () => {
    let state: EditorState = initialState(pengambilanPekerjaExample('2026-01-01T00:00:00.000Z'));
    const builder = new FlowModelBuilder();
    const line = state.doc.relations.values().find((r) => r.source === 'sys_a' || r.target === 'sys_a')!;
    drawn(builder, state.doc, 'view_main', new Set(['sys_a']), new Set([line.id]));
    state = dispatch(state, 'element.remove', { ids: ['sys_a'] }).state;
    // the selection as the canvas had it at the removal, then cleared
    const stale = drawn(builder, state.doc, 'view_main', new Set(['sys_a']), new Set([line.id]));
    expect(stale.edges.some((e) => e.id === line.id)).toBe(false);
    drawn(builder, state.doc, 'view_main');
    state = undo(state).state;
    const back = drawn(builder, state.doc, 'view_main', new Set(['sys_a']), new Set([line.id]));
    expect(nodeOf(back.nodes, 'sys_a')!.selected).toBe(true);
    expect(back.edges.find((e) => e.id === line.id)!.selected).toBe(true);
  });
});
