import { describe, expect, it } from 'vitest';
import { bandLayout, bandOf, BANDS, DEFAULT_BAND_HEIGHT, NODE_HEIGHT, NODE_WIDTH, type LakarDocument, type NodeLayout } from '../model';
import { executeCommand } from '../commands';
import { pengambilanPekerjaExample } from '../samples/pengambilan-pekerja';
import { makeDocument, makeElement, makeLargeDocument, makeRelation } from '../../test/helpers/factories';
import { countCrossings, freeSlot, initialRows, layoutGraph, layoutView, LAYOUT_MIN_BAND, orderByBarycenter, type BandRows, type LayoutGraph } from './index';
import { nesting } from '../routing/scene';

/** Rows of a laid-out view read back from positions (per band, rows by y, nodes by x), as indices into `graph`. */
function rowsFromPositions(graph: LayoutGraph, nodes: Record<string, NodeLayout>): BandRows {
  const rows: BandRows = Array.from({ length: 7 }, () => []);
  for (let band = 0; band < 7; band++) {
    const idx = graph.nodes.map((n, i) => ({ p: nodes[n.id], i })).filter(({ i }) => graph.nodes[i].band === band);
    for (const y of [...new Set(idx.map(({ p }) => p.y))].sort((a, b) => a - b)) {
      rows[band].push(idx.filter(({ p }) => p.y === y).sort((a, b) => a.p.x - b.p.x).map(({ i }) => i));
    }
  }
  return rows;
}

function expectInBands(doc: LakarDocument, nodes: Record<string, NodeLayout>, bandHeights: number[]) {
  const bands = bandLayout({ bandHeights });
  for (const [id, p] of Object.entries(nodes)) {
    const band = bands[BANDS.indexOf(bandOf(doc.elements.get(id)!.kind))];
    expect(p.y, id).toBeGreaterThanOrEqual(band.top);
    expect(p.y + (p.h ?? NODE_HEIGHT), id).toBeLessThanOrEqual(band.top + band.height);
  }
}

/** Pairs of top-level boxes that overlap (a module drawn inside its application is not an overlap). */
function overlaps(nodes: Record<string, NodeLayout>, doc?: LakarDocument): [string, string][] {
  const nested = doc ? nesting(doc, { nodes }).parentOf : new Map();
  const list = Object.entries(nodes).filter(([id]) => !nested.has(id));
  const out: [string, string][] = [];
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const [a, p] = list[i];
      const [b, q] = list[j];
      const w = (n: NodeLayout) => n.w ?? NODE_WIDTH;
      const h = (n: NodeLayout) => n.h ?? NODE_HEIGHT;
      if (p.x < q.x + w(q) && q.x < p.x + w(p) && p.y < q.y + h(q) && q.y < p.y + h(p)) out.push([a, b]);
    }
  }
  return out;
}

/** Four channels each delivering the service "opposite" it: the initial order crosses every link. */
function crossedDocument(): LakarDocument {
  const channels = [1, 2, 3, 4].map((i) => makeElement('channel', { id: `ch${i}`, name: `Saluran ${i}` }));
  const services = [1, 2, 3, 4].map((i) => makeElement('service', { id: `sv${i}`, name: `Perkhidmatan ${i}` }));
  const rels = [1, 2, 3, 4].map((i) => makeRelation('delivers', `ch${i}`, `sv${5 - i}`, { id: `r${i}` }));
  return makeDocument([...channels, ...services], rels);
}

describe('layoutView', () => {
  it('keeps every node of the worked example inside its band and removes overlaps', async () => {
    const doc = pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');
    // pile every node onto the same spot of its band
    for (const id of Object.keys(doc.views.view_main.nodes)) doc.views.view_main.nodes[id] = { x: 300, y: doc.views.view_main.nodes[id].y };
    expect(overlaps(doc.views.view_main.nodes, doc).length).toBeGreaterThan(0);
    const { nodes, bandHeights } = await layoutView(doc, 'view_main');
    expect(Object.keys(nodes).sort()).toEqual(Object.keys(doc.views.view_main.nodes).sort());
    expectInBands(doc, nodes, bandHeights);
    expect(overlaps(nodes, doc)).toEqual([]);
  });

  it('untangles crossing links with elkjs and with the barycenter fallback', async () => {
    const doc = crossedDocument();
    const graph = layoutGraph(doc, doc.views.view_main);
    expect(countCrossings(graph, rowsFromPositions(graph, doc.views.view_main.nodes))).toBe(6);
    for (const engine of ['elk', 'barycenter'] as const) {
      const { nodes } = await layoutView(doc, 'view_main', { engine });
      expect(countCrossings(graph, rowsFromPositions(graph, nodes)), engine).toBe(0);
    }
  });

  it('grows a band that holds more rows than fit in the default height, and wraps long rows', async () => {
    const processes = Array.from({ length: 30 }, (_, i) => makeElement('process', { id: `p${i}`, name: `Proses ${i}` }));
    const doc = makeDocument(processes);
    const { nodes, bandHeights } = await layoutView(doc, 'view_main', { rowLimit: 10 });
    expect(new Set(Object.values(nodes).map((n) => n.y)).size).toBe(3);
    expect(bandHeights[3]).toBeGreaterThan(DEFAULT_BAND_HEIGHT);
    // empty bands stay compact, so the drawing fits the page
    expect(bandHeights.filter((_, i) => i !== 3)).toEqual([LAYOUT_MIN_BAND, LAYOUT_MIN_BAND, LAYOUT_MIN_BAND, LAYOUT_MIN_BAND, LAYOUT_MIN_BAND, LAYOUT_MIN_BAND]);
    expectInBands(doc, nodes, bandHeights);
    expect(overlaps(nodes)).toEqual([]);
  });

  it('wraps a large view so that linked nodes of different bands stay above each other', async () => {
    // 120 applications in ten groups of twelve, each group fed by one of ten systems
    const apps = Array.from({ length: 120 }, (_, i) => makeElement('application', { id: `a${i}`, name: `Aplikasi ${i}` }));
    const systems = Array.from({ length: 10 }, (_, i) => makeElement('externalSystem', { id: `s${i}`, name: `Sistem ${i}` }));
    const flows = apps.map((a, i) => makeRelation('dataFlow', `s${Math.floor(i / 12)}`, a.id, { id: `f${i}`, method: 'api' } as never));
    const doc = makeDocument([...apps, ...systems], flows);
    const { nodes } = await layoutView(doc, 'view_main', { engine: 'barycenter', rowLimit: 12 });
    const sideways = flows.map((f) => Math.abs(nodes[f.source].x - nodes[f.target].x));
    // within about a column of each other (row by row wrapping would put them up to a whole width apart)
    expect(Math.max(...sideways)).toBeLessThan(2 * NODE_WIDTH);
    expect(sideways.reduce((a, b) => a + b, 0) / sideways.length).toBeLessThan(NODE_WIDTH);
    expect(overlaps(nodes)).toEqual([]);
  });

  // routing the lines to make room for them is part of the layout: seconds on a shared, loaded machine
  it('lays out a 3,000-element model with the fallback, keeping bands and removing overlaps', { timeout: 180_000 }, async () => {
    const doc = makeLargeDocument(3000);
    const told: number[] = [];
    const { nodes, bandHeights } = await layoutView(doc, 'view_main', { onProgress: (f) => told.push(f) });
    // the progress bar of View › Auto-layout only moves forward and ends full
    expect(told.length).toBeGreaterThanOrEqual(3);
    expect(told.every((f, i) => f > 0 && f <= 1 && (i === 0 || f > told[i - 1]))).toBe(true);
    expect(told.at(-1)).toBe(1);
    expect(Object.keys(nodes)).toHaveLength(3000);
    expectInBands(doc, nodes, bandHeights);
    // overlap check on a sorted sweep would be faster; rows make it enough to compare neighbours
    const sorted = Object.values(nodes).sort((a, b) => a.y - b.y || a.x - b.x);
    for (let i = 1; i < sorted.length; i++) {
      const [p, q] = [sorted[i - 1], sorted[i]];
      if (p.y === q.y) expect(q.x).toBeGreaterThanOrEqual(p.x + NODE_WIDTH);
      else expect(q.y).toBeGreaterThanOrEqual(p.y + NODE_HEIGHT);
    }
  });

  it('orders a large model with fewer crossings than its initial order', () => {
    const doc = makeLargeDocument(600);
    const graph = layoutGraph(doc, doc.views.view_main);
    const before = countCrossings(graph, initialRows(graph));
    const after = countCrossings(graph, orderByBarycenter(graph));
    expect(after).toBeLessThan(before * 0.8);
  });

  it('keeps processes in their sequence and modules inside their application', async () => {
    const doc = pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');
    // scramble: processes in reverse x order, modules far from the application
    ['pr_4', 'pr_3', 'pr_2', 'pr_1'].forEach((id, i) => (doc.views.view_main.nodes[id].x = 200 + i * 200));
    for (const id of ['mod_user', 'mod_apply', 'mod_report', 'as_role', 'as_apply', 'as_report']) doc.views.view_main.nodes[id] = { x: 3000, y: 700 };
    for (const engine of ['elk', 'barycenter'] as const) {
      const { nodes } = await layoutView(doc, 'view_main', { engine });
      const xs = ['pr_1', 'pr_2', 'pr_3', 'pr_4'].map((id) => nodes[id].x);
      expect(xs, engine).toEqual([...xs].sort((a, b) => a - b));
      const app = nodes.app_spp;
      for (const id of ['mod_user', 'mod_apply', 'mod_report', 'as_role', 'as_apply', 'as_report']) {
        const n = nodes[id];
        expect(n.x >= app.x && n.y >= app.y && n.x + (n.w ?? 0) <= app.x + app.w! && n.y + (n.h ?? 0) <= app.y + app.h!, `${engine}: ${id} inside`).toBe(true);
      }
    }
  });

  it('produces arguments the view.layout command accepts, and keeps custom node sizes', async () => {
    const doc = pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');
    doc.views.view_main.nodes.pf_mydid = { ...doc.views.view_main.nodes.pf_mydid, w: 260, h: 90 };
    const result = await layoutView(doc, 'view_main');
    const next = executeCommand(doc, 'view.layout', { viewId: 'view_main', ...result }).doc;
    expect(next.views.view_main.bandHeights).toEqual(result.bandHeights);
    expect(next.views.view_main.nodes.pf_mydid).toMatchObject({ w: 260, h: 90 });
    expect(overlaps(next.views.view_main.nodes, next)).toEqual([]);
  });
});

describe('freeSlot', () => {
  it('puts a new node right of the nodes already in its band', () => {
    const doc = pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');
    const view = doc.views.view_main;
    const slot = freeSlot(doc, view, 'channels');
    const rightmost = Math.max(...['ch_counter', 'ch_portal', 'ch_app'].map((id) => view.nodes[id].x));
    expect(slot.x).toBeGreaterThan(rightmost + NODE_WIDTH - 1);
    expect(overlaps({ ...view.nodes, new: slot }, doc)).toEqual([]);
  });
});
