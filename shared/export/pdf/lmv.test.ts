import { describe, expect, it } from 'vitest';
import { makeElement, makeLargeDocument, makeDocument, makeRelation } from '../../../test/helpers/factories';
import { BAND_HEADER_WIDTH } from '../../model/bands';
import { pengambilanPekerjaExample } from '../../samples/pengambilan-pekerja';
import { listedInSite } from '../../routing/protection';
import { compactGeometry, diagramGeometry, MIN_READABLE_SCALE, planTiles } from './lmv';
import { PT } from './theme';

/** Figure area of the Kertas Cadangan's first A3 landscape LMV page in mm (under its heading). */
const A3 = { w: 378, h: 214 };

describe('diagramGeometry', () => {
  it('places every element of the view, children inside their application, and routes every relation', () => {
    const doc = pengambilanPekerjaExample();
    const geom = diagramGeometry(doc, doc.views.view_main, 'ms');
    expect(geom.nodes).toHaveLength(doc.elements.ids().length);
    expect(geom.nodes.find((n) => n.id === 'mod_user')!.parent).toBe('app_spp');
    // all but the controls protecting a site, which the site's box lists (shared/routing/protection.ts)
    expect(geom.routing.lines.map((l) => l.relation.id).sort()).toEqual(doc.relations.values().filter((r) => !listedInSite(doc, r)).map((r) => r.id).sort());
    for (const line of geom.routing.lines) for (const leg of line.legs) for (let i = 1; i < leg.length; i++) expect(leg[i].x === leg[i - 1].x || leg[i].y === leg[i - 1].y, line.relation.id).toBe(true);
  });

  it('draws parallel flows between the same two nodes side by side, their labels apart', () => {
    const app = makeElement('application');
    const sys = makeElement('externalSystem');
    const methods = ['myGdx', 'api', 'sftp', 'webService'] as const;
    const doc = makeDocument([app, sys], methods.map((method) => makeRelation('dataFlow', app.id, sys.id, { method })));
    const geom = diagramGeometry(doc, doc.views.view_main, 'ms');
    const starts = geom.routing.lines.map((l) => l.legs[0][0]);
    expect(new Set(starts.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`)).size).toBe(methods.length);
    const boxes = geom.labels;
    expect(boxes).toHaveLength(methods.length);
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        const apart = Math.abs(a.x - b.x) >= (a.w + b.w) / 2 || Math.abs(a.y - b.y) >= (a.h + b.h) / 2;
        expect(apart, `${a.text} / ${b.text}`).toBe(true);
      }
  });

  it('skips relations whose ends are not on the view', () => {
    const a = makeElement('application');
    const b = makeElement('externalSystem');
    const doc = makeDocument([a, b], [makeRelation('dataFlow', a.id, b.id)]);
    delete doc.views.view_main.nodes[b.id];
    expect(diagramGeometry(doc, doc.views.view_main, 'ms').routing.lines).toHaveLength(0);
  });
});

describe('planTiles', () => {
  it('prints no text smaller than 6 pt', () => {
    expect(MIN_READABLE_SCALE * 11).toBeGreaterThanOrEqual(6 * PT - 1e-9);
  });

  it('fits the §3.3.4 example on one A3 page at a readable scale', () => {
    const doc = pengambilanPekerjaExample();
    // as the paper plans it (diagram-pages.ts): the bands' empty space taken out when the view would tile
    const geom = diagramGeometry(doc, doc.views.view_main, 'ms');
    const roomy = planTiles(geom, A3.w, A3.h);
    const plan = roomy.tiles.length > 1 ? planTiles(compactGeometry(doc, geom, 'ms'), A3.w, A3.h) : roomy;
    expect(plan.tiles).toHaveLength(1);
    expect(plan.scale).toBeGreaterThanOrEqual(MIN_READABLE_SCALE);
  });

  it('splits a very wide view into readable tiles that cover it without cutting through nodes', () => {
    const doc = makeLargeDocument(500);
    const geom = diagramGeometry(doc, doc.views.view_main, 'ms');
    const plan = planTiles(geom, A3.w, A3.h);
    expect(plan.tiles.length).toBeGreaterThan(1);
    expect(plan.scale).toBeGreaterThanOrEqual(MIN_READABLE_SCALE);
    for (const t of plan.tiles) expect((BAND_HEADER_WIDTH + t.x1 - t.x0) * plan.scale).toBeLessThanOrEqual(A3.w + 0.01);
    expect(plan.tiles[0].x0).toBe(geom.bounds.x0);
    expect(plan.tiles[plan.tiles.length - 1].x1).toBe(geom.bounds.x1);
    for (const n of geom.nodes) {
      if (n.depth > 0) continue;
      const whole = plan.tiles.some((t) => n.x >= t.x0 && n.x + n.w <= t.x1 && n.y >= t.y0 && n.y + n.h <= t.y1);
      expect(whole, n.element.name).toBe(true);
    }
  });
});
