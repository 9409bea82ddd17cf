/**
 * Routing is planned (sides, channels, passages) and then drawn (exact x, tracks); auto-layout reads
 * the crowding of its first placement from the plan alone and draws only the placement it keeps
 * (layout/run.ts). On random small views — empty, one box, one band, boxes inside boxes, boxes
 * piled on one another, lines to boxes not on the view, to themselves, through the MyGDX hub, on
 * buses — drawing must not change what the plan said, and a plan must draw the same lines whenever
 * and however often it is drawn.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createEmptyDocument, Table, type Element, type LakarDocument, type Relation, type View } from '../model';
import { defaultSlot } from '../model/bands';
import { bandOf } from '../model/kinds';
import { planChannels } from '../layout/reserve';
import { lineRequests } from './diagram';
import { drawRoutes, planRoutes, routeScene, type Routing } from './router';
import { buildScene } from './scene';
import { placedInRows } from '../../test/helpers/placed-rows';

const KINDS = ['targetGroup', 'channel', 'service', 'process', 'application', 'module', 'appService', 'platform', 'externalSystem', 'dataEntity', 'site', 'network', 'securityControl'] as const;
const EXTRA: Partial<Record<(typeof KINDS)[number], object>> = {
  targetGroup: { lifecycle: 'G2C' },
  channel: { channelType: 'portalMyGovernment' },
  platform: { platformType: 'myDigitalId' },
  site: { siteType: 'pdsaJdn' },
  network: { networkType: 'ipvpn' },
  securityControl: { controlType: 'hsm' },
};
const RELATION_KINDS = ['uses', 'delivers', 'realizes', 'supports', 'dataFlow', 'accesses', 'hostedOn', 'connects', 'protects', 'usesPlatform'] as const;

const viewArb = fc.record({
  kinds: fc.constantFrom([...KINDS], ['application', 'module', 'appService'] as const, ['site'] as const, ['channel', 'service'] as const),
  elements: fc.array(fc.record({ kind: fc.nat(12), parent: fc.option(fc.nat()), hidden: fc.nat(9), x: fc.option(fc.integer({ min: 0, max: 900 })), myGdx: fc.boolean() }), { maxLength: 40 }),
  relations: fc.array(fc.record({ kind: fc.constantFrom(...RELATION_KINDS), s: fc.nat(), t: fc.nat(), myGdx: fc.boolean(), fan: fc.nat(4) }), { maxLength: 70 }),
});

type GeneratedView = typeof viewArb extends fc.Arbitrary<infer T> ? T : never;

/** The document of a generated view: ends picked modulo the elements, one past them a box not in the document. */
function documentOf(g: GeneratedView): LakarDocument {
  const n = g.elements.length;
  const elements = g.elements.map((e, i) => {
    const kind = g.kinds[e.kind % g.kinds.length];
    const el: Record<string, unknown> = { id: `el_${i}`, name: `${kind} ${i}`, kind, ...EXTRA[kind] };
    if (kind === 'platform' && e.myGdx) el.platformType = 'myGdx';
    if ((kind === 'module' || kind === 'appService') && e.parent !== null) el.parentId = `el_${e.parent % n}`;
    return el as unknown as Element;
  });
  const end = (k: number) => `el_${k % (n + 1)}`;
  const relations: Relation[] = [];
  g.relations.forEach((r, i) => {
    // a fan of one kind from one box makes a bus
    for (let f = 0; f <= r.fan; f++) {
      const rel: Record<string, unknown> = { id: `rel_${i}_${f}`, kind: r.kind, source: end(r.s), target: end(r.t + f) };
      if (r.kind === 'dataFlow') Object.assign(rel, { method: r.myGdx ? 'myGdx' : 'api', direction: 'supplies', category: 'berkala' });
      relations.push(rel as unknown as Relation);
    }
  });
  const doc = createEmptyDocument('Ujian', '2026-01-01T00:00:00.000Z');
  doc.elements = Table.of(elements);
  doc.relations = Table.of(relations);
  const view = doc.views.view_main;
  const perBand = new Map<string, number>();
  g.elements.forEach((e, i) => {
    if (e.hidden === 0) return;
    const band = bandOf(elements[i].kind);
    const k = perBand.get(band) ?? 0;
    perBand.set(band, k + 1);
    const slot = defaultSlot(view, band, k);
    view.nodes[elements[i].id] = e.x === null ? slot : { ...slot, x: e.x };
  });
  return doc;
}

const drawing = (r: Routing) => JSON.stringify({ lines: r.lines.map((l) => [l.relation.id, l.legs]), buses: r.buses.map((b) => [b.bundle.id, b.y, b.x0, b.x1]), channels: r.channels, rows: r.rows });

function views(doc: LakarDocument): [string, View][] {
  return [
    ['as stored', doc.views.view_main],
    ['placed', placedInRows(doc)],
  ];
}

describe('a routing plan and its drawing', () => {
  it('draws the same lines however often it is drawn, and after another plan of the scene was drawn', () => {
    fc.assert(
      fc.property(viewArb, (g) => {
        const doc = documentOf(g);
        for (const [what, view] of views(doc)) {
          const scene = buildScene(doc, view);
          const requests = lineRequests(doc, scene);
          const once = drawing(routeScene(scene, requests));
          const plan = planRoutes(scene, requests);
          if (!plan) continue;
          const other = planRoutes(scene, requests)!;
          expect(drawing(drawRoutes(other)), what).toBe(once);
          expect(drawing(drawRoutes(plan)), what).toBe(once);
          expect(drawing(drawRoutes(plan)), `${what}, drawn again`).toBe(once);
        }
      }),
      { numRuns: 60, seed: 29 },
    );
  });

  it('leaves every row as crowded as planned, so auto-layout widens the gaps as if it had drawn the lines', () => {
    fc.assert(
      fc.property(viewArb, (g) => {
        const doc = documentOf(g);
        for (const [what, view] of views(doc)) {
          const scene = buildScene(doc, view);
          const plan = planRoutes(scene, lineRequests(doc, scene));
          const rows = JSON.stringify(plan?.rows ?? []);
          expect(JSON.stringify(plan ? drawRoutes(plan).rows : []), what).toBe(rows);
          const channels = planChannels(doc, view);
          const room = channels.reserve();
          expect(room.crowding, what).toBe(channels.crowding);
          expect(channels.reserve(), `${what}, room made again`).toEqual(room);
        }
      }),
      { numRuns: 60, seed: 29 },
    );
  });
});

/** The router as a process that never routed before: a fresh copy of its modules (no buffer or number kept from any earlier routing). */
async function freshRouter(): Promise<typeof import('./router')> {
  vi.resetModules();
  return import('./router');
}

describe('routings interleaved', () => {
  it('draws each view as a router that never routed anything else, whatever plans of other views were made, drawn or dropped between', async () => {
    await fc.assert(
      fc.asyncProperty(viewArb, viewArb, fc.nat(99), async (ga, gb, move) => {
        const [da, db] = [documentOf(ga), documentOf(gb)];
        const va = placedInRows(da);
        // A again with a box moved: a view after an edit, routed whole as the worker does
        const first = Object.keys(va.nodes)[0];
        const moved = first ? { ...va, nodes: { ...va.nodes, [first]: { ...va.nodes[first], x: va.nodes[first].x + move * 7 - 300 } } } : va;
        const scenes = [
          ['A', da, va],
          ['B stored', db, db.views.view_main],
          ['A moved', da, moved],
          ['B', db, placedInRows(db)],
        ] as const;
        const fresh = await freshRouter();
        expect(fresh.routeScene).not.toBe(routeScene);
        const want = scenes.map(([, doc, view]) => {
          const scene = buildScene(doc, view);
          return drawing(fresh.routeScene(scene, lineRequests(doc, scene)));
        });
        const plans = scenes.map(([, doc, view]) => {
          const scene = buildScene(doc, view);
          return planRoutes(scene, lineRequests(doc, scene));
        });
        // drawn out of order, twice, with whole routings of the same views between
        for (const k of [1, 0, 3, 2, 0, 1]) {
          const plan = plans[k];
          if (plan) expect(drawing(drawRoutes(plan)), scenes[k][0]).toBe(want[k]);
          const [, doc, view] = scenes[(k + 1) % 4];
          const scene = buildScene(doc, view);
          expect(drawing(routeScene(scene, lineRequests(doc, scene))), scenes[(k + 1) % 4][0]).toBe(want[(k + 1) % 4]);
        }
      }),
      { numRuns: 40, seed: 30 },
    );
  });
});
