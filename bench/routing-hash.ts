/**
 * A/B check that a change to the router or the layout draws exactly the same: hashes the auto-layout
 * and the routed diagram (lines, buses, channels, rows, labels, bounds) of the generated 3,000- and
 * 10,000-element views and of ~400 seeded random views (stored positions routed as they are, then
 * laid out and routed again), from the worktree given. Base and new must print the same hashes.
 *
 *   npx tsx bench/routing-hash.ts <worktree> [random views=400] [sizes=3000,10000]
 *
 * The random views are the generator of session 29's review (W): odd sizes, one band or few kinds,
 * children in parents, self-relations, missing ends, parallel copies that make buses, MyGDX hubs.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { drawn, routingModules } from './routing-ab';

/* eslint-disable @typescript-eslint/no-explicit-any -- modules of another worktree, loaded by path */
const root = path.resolve(process.argv[2] ?? '.');
const randomViews = Number(process.argv[3] ?? 400);
const sizes = (process.argv[4] ?? '3000,10000').split(',').filter(Boolean).map(Number);
const { model, bands, kinds, layout, diagram, factories } = await routingModules(root);

const KINDS = ['targetGroup', 'channel', 'service', 'process', 'application', 'module', 'appService', 'platform', 'externalSystem', 'dataEntity', 'site', 'network', 'securityControl'] as const;
const EXTRA: Record<string, object> = { targetGroup: { lifecycle: 'G2C' }, channel: { channelType: 'portalMyGovernment' }, platform: { platformType: 'myDigitalId' }, site: { siteType: 'pdsaJdn' }, network: { networkType: 'ipvpn' }, securityControl: { controlType: 'hsm' } };
const RKINDS = ['uses', 'delivers', 'realizes', 'supports', 'dataFlow', 'accesses', 'hostedOn', 'connects', 'protects', 'usesPlatform'];

function mulberry(seed: number): () => number {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomDocument(seed: number): any {
  const r = mulberry(seed * 7919 + 13);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const sizeMode = r();
  const n = sizeMode < 0.1 ? Math.floor(r() * 3) : sizeMode < 0.85 ? 2 + Math.floor(r() * 30) : 30 + Math.floor(r() * 120);
  const oneBand = r() < 0.15;
  const fewKinds: readonly string[] = oneBand ? [pick(['application', 'site', 'channel', 'module'])] : r() < 0.3 ? [pick(KINDS), pick(KINDS)] : KINDS;
  const els: any[] = [];
  for (let i = 0; i < n; i++) {
    const kind = pick(fewKinds);
    const e: any = { id: `el_${i}`, name: `${kind} ${i}${r() < 0.2 ? ' with a rather long name that wraps over lines' : ''}`, kind, ...(EXTRA[kind] ?? {}) };
    if (kind === 'platform' && r() < 0.3) e.platformType = 'myGdx';
    els.push(e);
  }
  for (const e of els)
    if ((e.kind === 'module' || e.kind === 'appService') && r() < 0.7) {
      const ps = els.filter((p) => p.kind === 'application' || (e.kind === 'appService' && p.kind === 'module'));
      if (ps.length) e.parentId = r() < 0.9 ? pick(ps).id : e.id;
    }
  const rels: any[] = [];
  const m = n === 0 ? 0 : Math.floor(r() * n * 2.5);
  for (let i = 0; i < m; i++) {
    const kind = pick(RKINDS);
    const s = pick(els).id;
    let t = pick(els).id;
    if (r() < 0.05) t = s; // self-relation
    if (r() < 0.05) t = `el_missing_${i}`;
    const rel: any = { id: `rel_${String(i).padStart(3, '0')}`, kind, source: s, target: t };
    if (kind === 'dataFlow') Object.assign(rel, { method: r() < 0.4 ? 'myGdx' : 'api', direction: 'supplies', category: 'berkala' });
    rels.push(rel);
    // parallel copies make buses
    if (r() < 0.1) for (let k = 0; k < 3; k++) rels.push({ ...rel, id: `rel_${String(i).padStart(3, '0')}_${k}`, target: pick(els).id });
  }
  const doc = model.createEmptyDocument('AB', '2026-01-01T00:00:00.000Z');
  doc.elements = model.Table.of(els);
  doc.relations = model.Table.of(rels);
  const view = doc.views.view_main;
  const perBand = new Map<string, number>();
  const posMode = r();
  for (const e of els) {
    if (r() < 0.1) continue; // hidden: not on the view
    const band = kinds.bandOf(e.kind);
    const i = perBand.get(band) ?? 0;
    perBand.set(band, i + 1);
    const slot = bands.defaultSlot(view, band, i);
    if (posMode < 0.3) view.nodes[e.id] = { ...slot, x: Math.round(r() * 800), ...(r() < 0.3 ? { x: 200 } : {}) };
    else view.nodes[e.id] = slot;
  }
  return doc;
}

const short = (h: ReturnType<typeof createHash>) => h.digest('hex').slice(0, 16);
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

const all = createHash('sha256');
for (let seed = 0; seed < randomViews; seed++) {
  const doc = randomDocument(seed);
  const h = createHash('sha256');
  let phase = 'route-stored';
  try {
    const v = doc.views.view_main;
    h.update(drawn(diagram.buildDiagram(doc, v, 'ms')));
    phase = 'layout';
    const res = layout.layoutViewSync(doc, v);
    h.update(JSON.stringify(res));
    phase = 'route-laid';
    h.update(drawn(diagram.buildDiagram(doc, { ...v, nodes: { ...v.nodes, ...res.nodes }, bandHeights: res.bandHeights }, 'ms')));
  } catch (e) {
    h.update(`error ${phase} ${(e as Error).message}`);
  }
  all.update(short(h));
}
if (randomViews > 0) console.log(`random views: ${randomViews} ${all.digest('hex').slice(0, 32)}`);

for (const n of sizes) {
  const doc = factories.makeLargeDocument(n);
  const v = doc.views.view_main;
  let t = cpu();
  const res = layout.layoutViewSync(doc, v);
  const layoutMs = cpu() - t;
  t = cpu();
  const d = diagram.buildDiagram(doc, { ...v, nodes: { ...v.nodes, ...res.nodes }, bandHeights: res.bandHeights }, 'ms');
  const routeMs = cpu() - t;
  const hl = short(createHash('sha256').update(JSON.stringify(res)));
  const hd = short(createHash('sha256').update(drawn(d)));
  console.log(`${n} elements: layout ${hl} diagram ${hd} (cpu: layout ${Math.round(layoutMs)} ms, routing ${Math.round(routeMs)} ms)`);
}
