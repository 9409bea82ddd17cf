/**
 * A/B of the router on odd shapes the random views rarely make (empty view, one box, only hidden
 * ends, a box with no width, coordinates far out, NaN-free but huge and negative units, a 30k view):
 * prints one hash per shape, base and new must print the same.
 *
 *   npx tsx bench/routing-shapes-hash.ts <worktree> [big=30000]
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { drawn, routingModules } from './routing-ab';

/* eslint-disable @typescript-eslint/no-explicit-any -- modules of another worktree, loaded by path */
const root = path.resolve(process.argv[2] ?? '.');
const big = Number(process.argv[3] ?? 30000);
const { model, bands, kinds, layout, diagram, factories } = await routingModules(root);

const hash = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16);

function docOf(els: any[], rels: any[], place: (e: any, i: number, slot: any) => any | null): any {
  const doc = model.createEmptyDocument('AB', '2026-01-01T00:00:00.000Z');
  doc.elements = model.Table.of(els);
  doc.relations = model.Table.of(rels);
  const view = doc.views.view_main;
  const per = new Map<string, number>();
  els.forEach((e, i) => {
    const band = kinds.bandOf(e.kind);
    const k = per.get(band) ?? 0;
    per.set(band, k + 1);
    const at = place(e, i, bands.defaultSlot(view, band, k));
    if (at) view.nodes[e.id] = at;
  });
  return doc;
}
const app = (i: number) => ({ id: `el_${i}`, name: `App ${i}`, kind: 'application' });
const site = (i: number) => ({ id: `el_${i}`, name: `Site ${i}`, kind: 'site', siteType: 'pdsaJdn' });
const rel = (i: number, s: number, t: number) => ({ id: `rel_${String(i).padStart(4, '0')}`, kind: 'uses', source: `el_${s}`, target: `el_${t}` });
const mixed = Array.from({ length: 24 }, (_, i) => (i % 2 ? app(i) : site(i)));
const mixedRels = Array.from({ length: 40 }, (_, i) => rel(i, (i * 7) % 24, (i * 11 + 3) % 24));

const shapes: [string, () => any][] = [
  ['empty', () => docOf([], [], () => null)],
  ['one box', () => docOf([app(0)], [], (_e, _i, s) => s)],
  ['one box, self relation', () => docOf([app(0)], [rel(0, 0, 0)], (_e, _i, s) => s)],
  ['only hidden ends', () => docOf(mixed, mixedRels, () => null)],
  ['one end hidden each', () => docOf(mixed, mixedRels, (_e, i, s) => (i % 3 ? s : null))],
  ['all at one x', () => docOf(mixed, mixedRels, (_e, _i, s) => ({ ...s, x: 200 }))],
  ['zero width boxes', () => docOf(mixed, mixedRels, (_e, i, s) => ({ ...s, w: i % 2 ? 0 : s.w }))],
  ['far negative x', () => docOf(mixed, mixedRels, (_e, i, s) => ({ ...s, x: -3e9 + i * 500 }))],
  ['past 2^31', () => docOf(mixed, mixedRels, (_e, i, s) => ({ ...s, x: 2 ** 31 + i * 500 }))],
  ['2^32 apart', () => docOf(mixed, mixedRels, (_e, i, s) => ({ ...s, x: (i % 2) * 2 ** 32 + (i >> 1) * 40 }))],
  ['fractional x', () => docOf(mixed, mixedRels, (_e, i, s) => ({ ...s, x: i * 0.37 }))],
];

for (const [name, make] of shapes) {
  const doc = make();
  const v = doc.views.view_main;
  let out: string;
  try {
    const d = diagram.buildDiagram(doc, v, 'ms');
    out = drawn(d);
    try {
      const res = layout.layoutViewSync(doc, v);
      out += JSON.stringify(res) + drawn(diagram.buildDiagram(doc, { ...v, nodes: { ...v.nodes, ...res.nodes }, bandHeights: res.bandHeights }, 'ms'));
    } catch (e) {
      out += `layout error ${(e as Error).message}`;
    }
  } catch (e) {
    out = `error ${(e as Error).message}`;
  }
  console.log(`${name}: ${hash(out)} (${out.length} chars)`);
}
if (big > 0) {
  const doc = factories.makeLargeDocument(big);
  const v = doc.views.view_main;
  const t = process.cpuUsage();
  const d = diagram.buildDiagram(doc, v, 'ms');
  const u = process.cpuUsage(t);
  console.log(`${big} elements as stored: diagram ${hash(drawn(d))} (routing cpu ${Math.round((u.user + u.system) / 1000)} ms)`);
}
