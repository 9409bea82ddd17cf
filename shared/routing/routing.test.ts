/**
 * The LMV drawing as a reviewer reads it, checked on the exported SVG itself (test/helpers/lmv-geometry
 * parses the path data and the boxes): no line under a box that is not one of its ends, every box in
 * its band, no two lines on top of each other outside a drawn bundle — on the worked example of
 * 001 §3.3.4, every view of the shared corpus of other EA tools after import, and generated views.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeDocument, makeElement, makeLargeDocument, makeRelation } from '../../test/helpers/factories';
import { checkLmv, readLmvSvg, straightLineCrossings, type DrawnLmv } from '../../test/helpers/lmv-geometry';
import { CORPUS } from '../../test/fixtures/interchange/xmllint';
import { viewToSvg } from '../export/svg';
import { fromArchiCsv, fromOef } from '../interchange';
import { layoutView } from '../layout';
import { sortedViews } from '../model/document';
import type { LakarDocument, Relation } from '../model/schema';
import { pengambilanPekerjaExample } from '../samples/pengambilan-pekerja';
import { buildDiagram } from './diagram';
import { listedInSite } from './protection';

const NOW = '2026-01-01T00:00:00.000Z';

function drawn(doc: LakarDocument, viewId = 'view_main'): DrawnLmv {
  return readLmvSvg(viewToSvg(doc, viewId));
}

function expectClean(d: DrawnLmv, what: string): void {
  const r = checkLmv(d);
  expect(r.throughBoxes, `${what}: lines under boxes`).toEqual([]);
  expect(r.outsideBand, `${what}: boxes outside their band`).toEqual([]);
  expect(r.sharedSegments, `${what}: lines on top of each other`).toEqual([]);
  expect(r.diagonal, `${what}: slanted segments`).toEqual([]);
}

async function laidOut(doc: LakarDocument): Promise<LakarDocument> {
  const result = await layoutView(doc, 'view_main');
  doc.views.view_main = { ...doc.views.view_main, nodes: { ...doc.views.view_main.nodes, ...result.nodes }, bandHeights: result.bandHeights };
  return doc;
}

const box = (d: DrawnLmv, id: string) => d.boxes.find((b) => b.id === id)!;

describe('the LMV drawing of the worked example (001 §3.3.4)', () => {
  const doc = pengambilanPekerjaExample(NOW);
  const d = drawn(doc);

  it('runs no line under a box, keeps every box in its band and no two lines on one another', () => {
    expectClean(d, 'example');
    // every relation with both ends on the view is drawn (a module's link to its own application is
    // not, nor a control protecting a site: the site's box lists it, protection.ts)
    expect(d.lines).toHaveLength(doc.relations.values().filter((r) => !listedInSite(doc, r)).length);
  });

  it('crosses lines far less than straight lines between the same boxes do', () => {
    const { crossings } = checkLmv(d);
    expect(crossings).toBeLessThan(straightLineCrossings(d) / 2);
  });

  it('draws the modules and application services inside the application (Jadual 3-1 label 5)', () => {
    const app = box(d, 'app_spp');
    for (const id of ['mod_user', 'mod_apply', 'mod_report', 'as_role', 'as_apply', 'as_report']) {
      const b = box(d, id);
      expect(b.x >= app.x && b.y >= app.y && b.x + b.w <= app.x + app.w && b.y + b.h <= app.y + app.h, id).toBe(true);
    }
    expect(box(d, 'as_role').parent).toBe('mod_user');
    expect(box(d, 'mod_user').parent).toBe('app_spp');
  });

  it('draws "all to all" as one bus: four target groups × three channels, a network and its sites', () => {
    const uses = d.lines.filter((l) => doc.relations.get(l.relation)!.kind === 'uses');
    expect(uses).toHaveLength(12);
    expect(new Set(uses.map((l) => l.bundle)).size).toBe(1);
    expect(uses[0].bundle).toBeDefined();
    const pdsa = d.lines.filter((l) => l.source === 'net_pdsa');
    expect(new Set(pdsa.map((l) => l.bundle)).size).toBe(1);
    expect(pdsa[0].bundle).toBeDefined();
    // the bus carries the network's speed (Jadual 3-1 label 7) and the legend explains bundles
    const svg = viewToSvg(doc, 'view_main');
    expect(svg).toContain('>10 Gbps<');
    expect(svg).toContain('Berkas: setiap elemen');
  });

  it('draws MyGDX flows through the MyGDX platform box, as one line each', () => {
    for (const id of ['fl_a', 'fl_b']) {
      const line = d.lines.find((l) => l.relation === id)!;
      expect(line.via).toBe('pf_mygdx');
      expect(line.paths).toHaveLength(2);
      const hub = box(d, 'pf_mygdx');
      const onHub = (p: { x: number; y: number }) => p.x >= hub.x - 0.5 && p.x <= hub.x + hub.w + 0.5 && p.y >= hub.y - 0.5 && p.y <= hub.y + hub.h + 0.5;
      expect(onHub(line.paths[0][line.paths[0].length - 1]) && onHub(line.paths[1][0]), id).toBe(true);
    }
    expect(d.lines.find((l) => l.relation === 'fl_xy')!.via).toBeUndefined();
  });

  it('labels flows with method, data and berkala/one-off, and sites with their hardware', () => {
    const svg = viewToSvg(doc, 'view_main');
    // a two-way flow (PQRST ↔ Agensi A) names the data of both directions
    expect(svg).toContain('MyGDX · Maklumat Calon, Keputusan Tapisan Calon · Berkala');
    expect(svg).toContain('SFTP · Maklumat Calon · Berkala');
    expect(svg).toContain('Pelayan aplikasi × 4');
    expect(svg).toContain('Kumpulan Sasar · G2C');
  });
});

describe('the LMV drawing of files from other tools, after import', () => {
  const files = ['archisurance.xml', 'archi-5.0.2-export.xml'];
  for (const file of files) {
    it(`draws every view of ${file} cleanly`, async () => {
      const { doc } = await fromOef(new Uint8Array(readFileSync(join(CORPUS, file))), { now: NOW, fileName: file });
      const views = sortedViews(doc);
      expect(views.length).toBeGreaterThan(0);
      for (const view of views) expectClean(drawn(doc, view.id), `${file} / ${view.name}`);
    });
  }

  it('draws the view of the Archi CSV corpus cleanly', async () => {
    const csv = ['test1-elements.csv', 'test1-relations.csv', 'test1-properties.csv'].map((name) => ({ name, data: new Uint8Array(readFileSync(join(CORPUS, 'archi-csv', name))) }));
    const { doc } = await fromArchiCsv(csv, { now: NOW });
    for (const view of sortedViews(doc)) expectClean(drawn(doc, view.id), `csv / ${view.name}`);
  });
});

describe('the LMV drawing of generated views', () => {
  for (const n of [50, 200, 500]) {
    it(`draws a laid-out view of ${n} elements cleanly`, async () => {
      const doc = await laidOut(makeLargeDocument(n));
      const d = drawn(doc);
      expectClean(d, `${n} elements`);
      expect(d.boxes).toHaveLength(n);
    });
  }
});

describe('every box in its band', () => {
  it('draws a box whose stored position lies in another band inside its own band', () => {
    const doc = pengambilanPekerjaExample(NOW);
    // a target group stored down in the infrastructure band, a site stored above everything
    doc.views.view_main.nodes.tg_g2c = { x: 400, y: 1300 };
    doc.views.view_main.nodes.site_hq = { x: 400, y: -200 };
    const d = drawn(doc);
    expect(checkLmv(d).outsideBand).toEqual([]);
    expect(box(d, 'tg_g2c').band).toBe('users');
  });
});

describe('routing around a box in the way', () => {
  it('takes a line round a box placed between its two ends', () => {
    const a = makeElement('channel', { id: 'a', name: 'Saluran A' });
    const b = makeElement('service', { id: 'b', name: 'Perkhidmatan B' });
    const c = makeElement('service', { id: 'c', name: 'Perkhidmatan C' });
    const rel = makeRelation('delivers', 'a', 'c', { id: 'r' });
    const doc = makeDocument([a, b, c], [rel as Relation]);
    const view = doc.views.view_main;
    // b sits in the same band as c, straight between a and c in x
    view.nodes = { a: { x: 400, y: 200 }, b: { x: 400, y: 380 }, c: { x: 640, y: 380 } };
    const d = drawn(doc);
    expectClean(d, 'detour');
    const diagram = buildDiagram(doc, view, 'ms');
    expect(diagram.routing.lines[0].legs[0].length).toBeGreaterThan(2);
  });

  it('finds a way out of a crowded row where boxes stand above one another', () => {
    const els = [makeElement('process', { id: 'p1', name: 'Proses 1' }), makeElement('process', { id: 'p2', name: 'Proses 2' }), makeElement('application', { id: 'app', name: 'Aplikasi' })];
    const doc = makeDocument(els, [makeRelation('supports', 'app', 'p1', { id: 'r1' }) as Relation]);
    // p2 stands right under p1, closer than a channel: p1's line down has to go round it
    doc.views.view_main.nodes = { p1: { x: 400, y: 530 }, p2: { x: 395, y: 598 }, app: { x: 400, y: 760 } };
    doc.views.view_main.bandHeights = [170, 170, 170, 200, 170, 170, 170];
    expectClean(drawn(doc), 'crowded row');
  });
});
