import { describe, expect, it } from 'vitest';
import { executeCommand } from '../../shared/commands';
import { NODE_HEIGHT, NODE_WIDTH } from '../../shared/model';
import { pengambilanPekerjaExample } from '../../shared/samples/pengambilan-pekerja';
import { readFileSync } from 'node:fs';
import { FlowModelBuilder, edgeDescription, edgeHandles, handlesFor, HANDLE_SIZE, labelPosition } from './flowModel';

const NONE = new Set<string>();
const example = () => pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');

describe('FlowModelBuilder.nodes', () => {
  it('gives every placed element a node of known size, so React Flow never measures it', () => {
    const doc = example();
    const nodes = new FlowModelBuilder().nodes(doc, doc.views.view_main, NONE, 'ms');
    expect(nodes).toHaveLength(Object.keys(doc.views.view_main.nodes).length);
    const portal = nodes.find((n) => n.id === 'ch_portal')!;
    expect(portal).toMatchObject({ type: 'lmv', width: NODE_WIDTH, height: NODE_HEIGHT, measured: { width: NODE_WIDTH, height: NODE_HEIGHT } });
    expect(portal.handles?.map((h) => h.id)).toEqual(['t', 'b']);
    // the application is a parent node as big as the modules drawn inside it (Jadual 3-1 label 5)
    const app = nodes.find((n) => n.id === 'app_spp')!;
    expect(app.ariaLabel).toContain('Sistem Pengambilan Pekerja');
    expect(app.data.isParent).toBe(true);
    expect(app.width).toBeGreaterThan(NODE_WIDTH);
    expect(app.measured).toEqual({ width: app.width, height: app.height });
    const mod = nodes.find((n) => n.id === 'mod_user')!;
    expect(mod.parentId).toBe('app_spp');
    expect(mod.position.x >= 0 && mod.position.y >= 0 && mod.position.x + mod.width! <= app.width! && mod.position.y + mod.height! <= app.height!).toBe(true);
    expect(nodes.indexOf(app)).toBeLessThan(nodes.indexOf(mod));
    const service = nodes.find((n) => n.id === 'as_role')!;
    expect(service.parentId).toBe('mod_user');
  });

  it('hands back the same node objects for elements an edit did not touch', () => {
    const doc = example();
    const builder = new FlowModelBuilder();
    const before = builder.nodes(doc, doc.views.view_main, NONE, 'ms');
    const next = executeCommand(doc, 'element.update', { id: 'sys_a', patch: { name: 'Sistem A Baharu' } }).doc;
    const after = builder.nodes(next, next.views.view_main, NONE, 'ms');
    const changed = after.filter((n, i) => n !== before[i]).map((n) => n.id);
    expect(changed).toEqual(['sys_a']);
    expect(after.find((n) => n.id === 'sys_a')!.data.name).toBe('Sistem A Baharu');
  });

  it('keeps the node data when an element only moved or got selected', () => {
    const doc = example();
    const builder = new FlowModelBuilder();
    const before = builder.nodes(doc, doc.views.view_main, NONE, 'ms').find((n) => n.id === 'pr_1')!;
    const moved = executeCommand(doc, 'element.move', { viewId: 'view_main', moves: [{ id: 'pr_1', x: 900, y: before.position.y }] }).doc;
    const after = builder.nodes(moved, moved.views.view_main, new Set(['pr_1']), 'ms').find((n) => n.id === 'pr_1')!;
    expect(after).not.toBe(before);
    expect(after.position.x).toBe(900);
    expect(after.selected).toBe(true);
    expect(after.data).toBe(before.data);
  });

  it('shows a site the speeds of its networks, and follows a network’s new speed without touching other nodes', () => {
    const doc = example();
    const builder = new FlowModelBuilder();
    const before = builder.nodes(doc, doc.views.view_main, NONE, 'ms');
    const site = (nodes: typeof before) => nodes.find((n) => n.id === 'site_pdsa')!;
    expect(site(before).data.facts.facts).toContain('MyGov*Net.PDSA 10 Gbps');
    const next = executeCommand(doc, 'element.update', { id: 'net_pdsa', patch: { speedMbps: 1000 } }).doc;
    const after = builder.nodes(next, next.views.view_main, NONE, 'ms');
    expect(site(after).data.facts.facts).toContain('MyGov*Net.PDSA 1 Gbps');
    expect(after.find((n) => n.id === 'site_hq')!.data).toBe(before.find((n) => n.id === 'site_hq')!.data);
    // a network connected later shows up too
    const linked = executeCommand(next, 'relation.add', { relation: { id: 'rel_new', kind: 'connects', source: 'net_ipvpn', target: 'site_pdsa' } }).doc;
    expect(site(builder.nodes(linked, linked.views.view_main, NONE, 'ms')).data.facts.facts).toContain('IPVPN 100 Mbps');
  });


  it('lists a site’s protecting controls in its box, as the paper’s LMV does, and draws no edge for them (001 Jadual 3-1 label 7)', () => {
    const doc = example();
    const builder = new FlowModelBuilder();
    const lines = (d: typeof doc) => builder.nodes(d, d.views.view_main, NONE, 'ms').find((n) => n.id === 'site_onsite')!.data.lines;
    expect(lines(doc)?.at(-1)).toBe('Dilindungi oleh: HSM, SIEM, DLP');
    const protects = doc.relations.values().filter((r) => r.kind === 'protects').map((r) => r.id);
    expect(builder.edges(doc, doc.views.view_main, NONE, 'ms').filter((e) => protects.includes(e.id))).toEqual([]);
    // a control removed from On-site leaves its list
    const dropped = executeCommand(doc, 'relation.remove', { ids: doc.relations.values().filter((r) => r.kind === 'protects' && r.source === 'sec_dlp' && r.target === 'site_onsite').map((r) => r.id) }).doc;
    expect(lines(dropped)?.at(-1)).toBe('Dilindungi oleh: HSM, SIEM');
  });
  it('re-labels nodes when the language changes', () => {
    const doc = example();
    const builder = new FlowModelBuilder();
    const ms = builder.nodes(doc, doc.views.view_main, NONE, 'ms').find((n) => n.id === 'site_pdsa')!;
    const en = builder.nodes(doc, doc.views.view_main, NONE, 'en').find((n) => n.id === 'site_pdsa')!;
    expect(ms.data.facts.kindLabel).toBe('Lokasi');
    expect(en.data.facts.kindLabel).toBe('Site');
  });
});

describe('FlowModelBuilder.edges', () => {
  it('draws a data flow with its method on the line and arrowheads where the data goes', () => {
    const doc = example();
    const edges = new FlowModelBuilder().edges(doc, doc.views.view_main, NONE, 'ms');
    const byId = new Map(edges.map((e) => [e.id, e]));
    expect(byId.get('fl_xy')!.data).toMatchObject({ label: 'SFTP →', arrowStart: false, arrowEnd: true, isFlow: true });
    expect(byId.get('fl_a')!.data).toMatchObject({ label: 'MyGDX ⇄', arrowStart: true, arrowEnd: true });
    expect(byId.get('fl_d')!.data!.stroke.dash).toBeDefined();
    expect(byId.get('fl_a')!.data!.stroke.color).not.toBe(byId.get('fl_yz')!.data!.stroke.color);
    expect(edgeDescription(byId.get('fl_a')!.data!, 'Sistem Pengambilan Pekerja', 'Sistem A')).toBe('aliran data, Sistem Pengambilan Pekerja → Sistem A, MyGDX, Dua hala');
  });

  it('leaves out relations with an end that is not on the view', () => {
    const doc = example();
    const view = { ...doc.views.view_main, nodes: { ...doc.views.view_main.nodes } };
    delete view.nodes.sys_a;
    const ids = new FlowModelBuilder().edges(doc, view, NONE, 'ms').map((e) => e.id);
    expect(ids).not.toContain('fl_a');
    expect(ids).toContain('fl_b');
  });

  it('puts the labels of a hub’s flows near the other ends', () => {
    expect(labelPosition(6, 1)).toBeGreaterThan(0.5);
    expect(labelPosition(1, 6)).toBeLessThan(0.5);
    const doc = example();
    const flow = new FlowModelBuilder().edges(doc, doc.views.view_main, NONE, 'ms').find((e) => e.id === 'fl_xy')!;
    expect(flow.data!.labelAt).toBeGreaterThan(0.5);
  });
});

describe('FlowModelBuilder, unchanged results', () => {
  it('hands back the same edge array when a node only moved along its row', () => {
    const doc = example();
    const builder = new FlowModelBuilder();
    const before = builder.edges(doc, doc.views.view_main, NONE, 'ms');
    const n = doc.views.view_main.nodes.sys_a;
    const moved = executeCommand(doc, 'element.move', { viewId: 'view_main', moves: [{ id: 'sys_a', x: n.x + 400, y: n.y }] }).doc;
    expect(builder.edges(moved, moved.views.view_main, NONE, 'ms')).toBe(before);
  });

  it('redraws only the moved node’s edges when it moves to another row', () => {
    const doc = example();
    const builder = new FlowModelBuilder();
    const before = builder.edges(doc, doc.views.view_main, NONE, 'ms');
    const v = doc.views.view_main;
    // far above every other node: its lines now leave from its bottom handle
    const view = { ...v, nodes: { ...v.nodes, sys_a: { ...v.nodes.sys_a, y: -2000 } } };
    const after = builder.edges(doc, view, NONE, 'ms');
    const changed = after.filter((e, i) => e !== before[i]);
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.every((e) => e.source === 'sys_a' || e.target === 'sys_a')).toBe(true);
    expect(after.find((e) => e.id === 'fl_a')).toMatchObject(after.find((e) => e.id === 'fl_a')!.source === 'sys_a' ? { sourceHandle: 'b' } : { targetHandle: 'b' });
    // the same result as building from scratch
    expect(new FlowModelBuilder().edges(doc, view, NONE, 'ms')).toEqual(after);
  });

  it('hands back the same edge array when an element is renamed (no re-index of thousands of edges)', () => {
    const doc = example();
    const builder = new FlowModelBuilder();
    const before = builder.edges(doc, doc.views.view_main, NONE, 'ms');
    const renamed = executeCommand(doc, 'element.update', { id: 'sys_a', patch: { name: 'Sistem A Baharu' } }).doc;
    expect(builder.edges(renamed, renamed.views.view_main, NONE, 'ms')).toBe(before);
    // a changed relation is still seen
    const changed = executeCommand(renamed, 'flow.setMethod', { id: 'fl_a', method: 'api' }).doc;
    const after = builder.edges(changed, changed.views.view_main, NONE, 'ms');
    expect(after.find((e) => e.id === 'fl_a')!.data!.label).toMatch(/^API/);
  });

  it('hands back the same node array when only a relation got selected', () => {
    const doc = example();
    const builder = new FlowModelBuilder();
    const before = builder.nodes(doc, doc.views.view_main, NONE, 'ms');
    expect(builder.nodes(doc, doc.views.view_main, NONE, 'ms')).toBe(before);
    const edges = builder.edges(doc, doc.views.view_main, NONE, 'ms');
    const selected = builder.edges(doc, doc.views.view_main, new Set(['fl_a']), 'ms');
    expect(selected).not.toBe(edges);
    expect(selected.filter((e, i) => e !== edges[i]).map((e) => e.id)).toEqual(['fl_a']);
  });
});

describe('edgeHandles', () => {
  it('joins the facing edges of nodes in different rows, and hangs links within a row below', () => {
    expect(edgeHandles({ x: 0, y: 0 }, { x: 0, y: 300 })).toEqual({ sourceHandle: 'b', targetHandle: 't' });
    expect(edgeHandles({ x: 0, y: 300 }, { x: 0, y: 0 })).toEqual({ sourceHandle: 't', targetHandle: 'b' });
    expect(edgeHandles({ x: 0, y: 100 }, { x: 400, y: 110 })).toEqual({ sourceHandle: 'b', targetHandle: 'b' });
  });
});

describe('handlesFor', () => {
  it('places the handles where the canvas draws them, so measuring a node never moves its lines', () => {
    // React Flow measures each node as it scrolls into view; a different box would shift (and redraw) its edges
    const css = readFileSync(new URL('./nodes.css', import.meta.url), 'utf8');
    const rule = css.slice(css.indexOf('.react-flow__handle.lmv-handle {'));
    const px = (prop: string) => Number(new RegExp(`\\n\\s*${prop}:\\s*(\\d+)px`).exec(rule)![1]);
    expect(px('width')).toBe(HANDLE_SIZE);
    expect(px('height')).toBe(HANDLE_SIZE);
    const [top, bottom] = handlesFor(170, 64);
    expect(top).toMatchObject({ x: 85 - HANDLE_SIZE / 2, y: -HANDLE_SIZE / 2, width: HANDLE_SIZE, height: HANDLE_SIZE });
    expect(bottom).toMatchObject({ x: 85 - HANDLE_SIZE / 2, y: 64 - HANDLE_SIZE / 2 });
  });
});

describe('labels of relations other than data flows', () => {
  it('carry the relation’s kind, or its own label when it has one', () => {
    const doc = example();
    const edges = new FlowModelBuilder().edges(doc, doc.views.view_main, NONE, 'ms');
    const supports = edges.find((e) => doc.relations.get(e.id)!.kind === 'supports')!;
    expect(supports.data).toMatchObject({ label: 'menyokong', kindLabel: true });
    const labelled = executeCommand(doc, 'relation.update', { id: supports.id, patch: { label: 'Modul utama' } }).doc;
    const again = new FlowModelBuilder().edges(labelled, labelled.views.view_main, NONE, 'en').find((e) => e.id === supports.id)!;
    expect(again.data).toMatchObject({ label: 'Modul utama', kindLabel: false });
  });
});
