/**
 * One child process of an A/B of the router: routes the laid-out n-element generated view (what the
 * routing worker does after an edit there) `runs` times and prints the CPU milliseconds of each, or
 * times View › Auto-layout of it with `layout`. The layout is made once and kept in bench/tmp/, so
 * children of two worktrees route the same boxes. Bundle it before timing or profiling (tsx puts
 * each module on one line in --cpu-prof and costs time of its own):
 *
 *   npx esbuild bench/routing-child.ts --bundle --platform=node --format=esm --outfile=/tmp/new.mjs
 *   node /tmp/new.mjs 10000 2          # alternate with the other worktree's bundle, ≥ 3 pairs
 *
 * Check that both draw the same with bench/routing-hash.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeLargeDocument } from '../test/helpers/factories';
import { layoutViewSync, type LayoutResult } from '../shared/layout/run';
import { buildDiagram } from '../shared/routing/diagram';

const n = Number(process.argv[2] ?? 10_000);
const runs = Number(process.argv[3] ?? 1);
const mode = process.argv[4] ?? 'route';
const doc = makeLargeDocument(n);
const view = doc.views.view_main;
const cpu = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};
const times: number[] = [];
if (mode === 'layout') {
  for (let i = 0; i < runs; i++) {
    const t = cpu();
    layoutViewSync(doc, view);
    times.push(Math.round(cpu() - t));
  }
} else {
  // the bundle may live anywhere: the cache is found from the working directory's bench/tmp
  const dir = fs.existsSync(path.resolve('bench')) ? path.resolve('bench/tmp') : path.join(path.dirname(fileURLToPath(import.meta.url)), 'tmp');
  const cache = path.join(dir, `laid-out-${n}.json`);
  let laid: LayoutResult;
  if (fs.existsSync(cache)) laid = JSON.parse(fs.readFileSync(cache, 'utf8')) as LayoutResult;
  else {
    laid = layoutViewSync(doc, view);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(cache, JSON.stringify(laid));
  }
  const laidOut = { ...view, nodes: { ...view.nodes, ...laid.nodes }, bandHeights: laid.bandHeights };
  for (let i = 0; i < runs; i++) {
    const t = cpu();
    buildDiagram(doc, laidOut, 'ms');
    times.push(Math.round(cpu() - t));
  }
}
console.log(JSON.stringify({ n, mode, cpu: times }));
