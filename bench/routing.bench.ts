/**
 * LMV layout and routing figures (shared/layout + shared/routing): laying out and routing generated
 * views of 50 / 500 / 3,000 elements (goals: 500 ≤ 1 s, 3,000 ≤ 5 s; in the app this runs in the
 * routing worker, off the UI thread), routing a laid-out 10,000-element view (what the worker does
 * after an edit there; the view is laid out once, outside that timing) and that layout itself (View ›
 * Auto-layout of the whole view, timed once), re-routing a 500-element view after one box moved (goal ≤ 100 ms,
 * what the canvas waits for after a drag), against the same layout drawn with straight lines as
 * before this router (baseline measured in the same run). What the canvas posts to its routing worker
 * per request for a 500-box view of a 100,000-element project, against posting both tables whole, and
 * what View › Auto-layout posts to its worker for the same view, against posting the whole document.
 * Also the crossings of the routed drawing
 * next to the straight-line drawing of the same layout, on the worked example and the generated views,
 * counted on the exported SVG. Run through `npm run bench` (bench/run.ts) or directly with tsx.
 */
import { makeLargeDocument } from '../test/helpers/factories';
import { checkLmv, readLmvSvg, straightLineCrossings } from '../test/helpers/lmv-geometry';
import { pengambilanPekerjaExample } from '../shared/samples/pengambilan-pekerja';
import { layoutViewSync } from '../shared/layout/run';
import { buildDiagram, buildScene } from '../shared/routing';
import { viewToSvg } from '../shared/export/svg';
import type { LakarDocument, View } from '../shared/model/schema';
import { toWire } from '../shared/model/wire';
import { toRouteMessage } from '../renderer/canvas/routing/protocol';
import { toLayoutMessage } from '../renderer/canvas/routing/layoutProtocol';
import type { BenchRow } from './run';

const median = (xs: number[]) => Math.round([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]);

/** Median CPU milliseconds of `runs` runs after one warm-up (the machines are shared: CPU time is what it costs). */
function cpuMs(fn: () => void, runs: number): number {
  fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    fn();
    const used = process.cpuUsage(c);
    out.push((used.user + used.system) / 1000);
  }
  return median(out);
}

/** The drawing before this router: laid out, then one straight line per relation between box centres. */
function straightDrawing(doc: LakarDocument, view: View): number {
  const scene = buildScene(doc, view);
  let n = 0;
  for (const r of doc.relations.values()) {
    const a = scene.byId.get(r.source);
    const b = scene.byId.get(r.target);
    if (a && b) n += Math.hypot(b.x - a.x, b.y - a.y) > 0 ? 1 : 0;
  }
  return n;
}

function laidOut(doc: LakarDocument): View {
  const result = layoutViewSync(doc, doc.views.view_main);
  return { ...doc.views.view_main, nodes: result.nodes, bandHeights: result.bandHeights };
}

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const [n, runs, goal] of [
    [50, 5, undefined],
    [500, 3, 1000],
    [3000, 1, 5000],
  ] as const) {
    const doc = makeLargeDocument(n);
    const value = cpuMs(() => buildDiagram(doc, laidOut(doc), 'ms'), runs);
    const baseline = cpuMs(() => straightDrawing(doc, laidOut(doc)), runs);
    rows.push({ name: `layout + routing, ${n.toLocaleString('en-US')} elements`, value, unit: 'ms', baseline: { name: 'same layout, straight lines', value: baseline }, ...(goal ? { goal } : {}) });
  }

  // what the routing worker does after an edit on a 10,000-element view: route the laid-out view
  // whole (the layout is done once, outside the timing). The baseline is the routing of
  // the 3,000-element view scaled linearly: how far the 10,000 one is from growing linearly (its
  // lines cross about twice as many rows, so it has 6.6 times the channel runs for 3.3 times the boxes)
  // View › Auto-layout of the whole 10,000-element view (the worker's job, once: ~10 s) is timed on
  // the way, against routing the laid-out view once: the layout plans the lines of two placements
  // and draws those of the one it keeps, so it costs about one routing and a plan more
  let layoutMs = 0;
  const routedAlone = (m: number) => {
    const d = makeLargeDocument(m);
    const c = process.cpuUsage();
    const v = laidOut(d);
    const used = process.cpuUsage(c);
    layoutMs = Math.round((used.user + used.system) / 1000);
    return cpuMs(() => buildDiagram(d, v, 'ms'), 1);
  };
  const routed3000 = routedAlone(3000);
  const routed10000 = routedAlone(10_000);
  rows.push({ name: 'routing a laid-out 10,000-element view', value: routed10000, unit: 'ms', baseline: { name: '3,000-element view scaled linearly', value: Math.round((routed3000 * 10) / 3) } });
  rows.push({ name: 'auto-layout of a 10,000-element view (once)', value: layoutMs, unit: 'ms', baseline: { name: 'routing the laid-out view', value: routed10000 } });

  // one box moved on a 500-element view: the canvas re-routes the whole view in its worker
  const doc = makeLargeDocument(500);
  const view = laidOut(doc);
  const id = Object.keys(view.nodes)[137];
  let k = 0;
  const moved = () => ({ ...view, nodes: { ...view.nodes, [id]: { ...view.nodes[id], x: view.nodes[id].x + 40 * (++k % 3) } } });
  const reroute = cpuMs(() => buildDiagram(doc, moved(), 'ms'), 5);
  const relayout = cpuMs(() => buildDiagram(doc, laidOut(doc), 'ms'), 3);
  rows.push({ name: 're-routing after one box moved, 500 elements', value: reroute, unit: 'ms', baseline: { name: 'layout + routing again', value: relayout }, goal: 100 });

  // what the canvas posts to its routing worker per request (structured clone included): a 500-box
  // view of a 100,000-element project, against posting the project's two tables whole as before
  const project = makeLargeDocument(100_000);
  const shown = { ...project.views.view_main, nodes: Object.fromEntries(Object.entries(project.views.view_main.nodes).slice(0, 500)) };
  const request = { id: 1, doc: project, view: shown, lang: 'ms' as const };
  const posted = cpuMs(() => structuredClone(toRouteMessage(request)), 5);
  const postedWhole = cpuMs(() => structuredClone(toWire(request)), 3);
  rows.push({ name: 'route request posted to the worker, 500-box view of a 100,000-element project', value: posted, unit: 'ms', baseline: { name: 'both tables posted whole', value: postedWhole } });
  // View › Auto-layout of a 500-box view: the job posts toWire(start) (renderer/workers/worker-job.ts),
  // which was the whole document and is now the view and what reaches it (layoutProtocol.ts). The
  // view holds the ends of the project's first relations, so its lines travel too, as in a drawn LMV.
  const linked = new Set<string>();
  for (const r of project.relations.values()) {
    if (linked.size >= 500) break;
    linked.add(r.source).add(r.target);
  }
  const drawn = { ...project.views.view_main, nodes: Object.fromEntries([...linked].map((id) => [id, project.views.view_main.nodes[id]])) };
  const layoutRequest = { doc: { ...project, views: { [drawn.id]: drawn } }, viewId: drawn.id };
  const layoutPosted = cpuMs(() => structuredClone(toWire(toLayoutMessage(layoutRequest))), 5);
  const layoutPostedWhole = cpuMs(() => structuredClone(toWire(layoutRequest)), 3);
  rows.push({ name: 'auto-layout request posted to the worker, 500-box view of a 100,000-element project', value: layoutPosted, unit: 'ms', baseline: { name: 'whole document posted', value: layoutPostedWhole } });

  // crossings, counted on the exported SVG; the baseline is the straight-line drawing of the same boxes
  const cases: [string, LakarDocument][] = [['worked example', pengambilanPekerjaExample('2026-01-01T00:00:00.000Z')]];
  for (const m of [50, 200, 500]) {
    const d = makeLargeDocument(m);
    d.views.view_main = laidOut(d);
    cases.push([`${m} elements`, d]);
  }
  for (const [name, d] of cases) {
    const drawn = readLmvSvg(viewToSvg(d, 'view_main'));
    const report = checkLmv(drawn);
    rows.push({ name: `crossings, ${name}`, value: report.crossings, unit: 'crossings', baseline: { name: 'straight lines, same layout', value: straightLineCrossings(drawn) } });
    rows.push({ name: `lines under a box + shared segments, ${name}`, value: report.throughBoxes.length + report.sharedSegments.length, unit: 'findings', goal: 0 });
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  run().then((rows) => console.table(rows.map((r) => ({ name: r.name, value: r.value, baseline: r.baseline?.value }))));
}
