/**
 * Model tree speed at scale (issue 18): the windowed tree (renderer/tree) on generated projects of
 * 1,000 and 100,000 elements, and the tree as it was before windowing (bench/canvas/treeBefore.tsx)
 * on the same 100,000, in headless Chromium, in the same run: first render, a search keystroke (the
 * first one at once and 2 s after the first frame, the tree folding search text when idle, and a
 * later one), and one rename until the tree shows it (also next to the store's dispatch alone). Wall
 * time from the event to the painted frame, and the page's main-thread CPU time (Chrome's ThreadTime
 * metric) per operation. Uses the canvas bench's pages build and server.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { build } from 'vite';
import { chromium, type Browser, type Page } from '@playwright/test';
import type { BenchRow } from './run';
import { CHROMIUM_ARGS, serve } from './canvas.bench';
import { BENCH_CANVAS_DIST } from './canvas/vite.config';
import { median } from './timing';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const LARGE = 100_000;
const SMALL = 1_000;
/** Page loads per tree and size (first render is measured once per load; 2: one searches at once, one after a pause). */
const LOADS = 2;
const SEARCHES = 4;
/** The pause before the second load's first search. */
const PAUSE_MS = 2000;
const RENAMES = 3;
/** One keystroke's query: it matches only the last generated element. */
const QUERY = 'zamrud';
const LAST_NAME = 'Zamrud Terakhir';

interface Sample {
  wall: number;
  cpu: number;
}
interface TreeRun {
  first: Sample[];
  rowsInDom: number;
  /** Per load: the first search (cold), then later ones. */
  search: Sample[][];
  rename: Sample[];
  /** The store's synchronous dispatch of the same renames (document, history, listeners), wall ms. */
  dispatch: number[];
}

/** The page's main-thread CPU time so far, in ms (Chrome's ThreadTime metric, one session per page: enabling resets it). */
async function cpuClock(page: Page): Promise<() => Promise<number>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  return async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const get = (name: string) => metrics.find((m) => m.name === name)?.value;
    return (get('ThreadTime') ?? get('TaskDuration') ?? 0) * 1000;
  };
}

async function sample(cpu: () => Promise<number>, op: () => Promise<number>): Promise<Sample> {
  const c0 = await cpu();
  const wall = await op();
  return { wall, cpu: (await cpu()) - c0 };
}

/** `pauseMs`: how long after the first frame the first search starts (the tree folds search text when idle). */
async function measureTree(browser: Browser, url: string, into: TreeRun, pauseMs: number): Promise<void> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    const cpu = await cpuClock(page);
    await page.goto(url);
    const ready = await page.evaluate(() => window.__treeBench.ready);
    // the page's CPU before its first frame includes building the document: wall time only
    into.first.push({ wall: ready.firstRenderMs, cpu: NaN });
    into.rowsInDom = ready.rowsInDom;
    if (pauseMs) await page.waitForTimeout(pauseMs);
    const searches: Sample[] = [];
    for (let i = 0; i < SEARCHES; i++) {
      searches.push(await sample(cpu, () => page.evaluate(([q, name]) => window.__treeBench.search(q, name, 1).then((t) => t[0]), [QUERY, LAST_NAME] as const)));
      await page.evaluate(() => window.__treeBench.clear());
    }
    into.search.push(searches);
    for (let i = 0; i < RENAMES; i++) {
      let dispatched = 0;
      into.rename.push(
        await sample(cpu, async () => {
          const r = await page.evaluate(() => window.__treeBench.rename(1));
          dispatched = r.dispatched[0];
          return r.shown[0];
        }),
      );
      into.dispatch.push(dispatched);
    }
    if (errors.length) throw new Error(`${url}: ${errors.join('; ')}`);
  } finally {
    await page.close();
  }
}

const round2 = (n: number) => Math.round(n * 100) / 100;
const med = (xs: Sample[], part: keyof Sample) => round2(median(xs.map((x) => x[part])));

/** Run the model tree benchmark. */
export async function run(): Promise<BenchRow[]> {
  await build({ configFile: path.join(HERE, 'canvas', 'vite.config.ts') });
  const server = await serve(BENCH_CANVAS_DIST);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/tree.html`;
  const browser = await chromium.launch(fs.existsSync('/usr/bin/chromium') ? { executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS } : { args: CHROMIUM_ARGS });
  const fresh = (): TreeRun => ({ first: [], rowsInDom: 0, search: [], rename: [], dispatch: [] });
  const small = fresh();
  const large = fresh();
  const before = fresh();
  try {
    for (let r = 0; r < LOADS; r++) {
      // alternate the pages so drift in machine load hits each alike
      // the first load searches at once, the second after a pause a user would take
      const pause = r === 0 ? 0 : PAUSE_MS;
      await measureTree(browser, `${base}?n=${SMALL}`, small, pause);
      await measureTree(browser, `${base}?n=${LARGE}`, large, pause);
      await measureTree(browser, `${base}?n=${LARGE}&impl=before`, before, pause);
    }
  } finally {
    await browser.close();
    server.close();
  }
  process.stderr.write(`tree: element rows in the DOM at first render: ${SMALL} elements ${small.rowsInDom}, ${LARGE} elements ${large.rowsInDom} (before windowing ${before.rowsInDom})\n`);
  const atOnce = (t: TreeRun) => [t.search[0][0]];
  const afterPause = (t: TreeRun) => t.search.slice(1).map((s) => s[0]);
  const warm = (t: TreeRun) => t.search.flatMap((s) => s.slice(1));
  const figures: [string, (t: TreeRun) => Sample[]][] = [
    ['first render', (t) => t.first],
    ['first search keystroke right after the tree is drawn', atOnce],
    [`first search keystroke ${PAUSE_MS / 1000} s after the tree is drawn`, afterPause],
    ['later search keystroke', warm],
    ['rename one element until the tree shows it', (t) => t.rename],
  ];
  const rows: BenchRow[] = [];
  const big = LARGE.toLocaleString('en-US');
  const sameSmall = `same tree, ${SMALL.toLocaleString('en-US')} elements`;
  const old = 'the tree before windowing, same 100,000';
  for (const [what, pick] of figures) {
    rows.push({ name: `${what}, ${big} elements`, value: med(pick(large), 'wall'), unit: 'ms', baseline: { name: sameSmall, value: med(pick(small), 'wall') } });
    rows.push({ name: `${what}, ${big} elements`, value: med(pick(large), 'wall'), unit: 'ms', baseline: { name: old, value: med(pick(before), 'wall') } });
    if (what !== 'first render') rows.push({ name: `${what}, ${big} elements, main-thread CPU`, value: med(pick(large), 'cpu'), unit: 'ms', baseline: { name: old, value: med(pick(before), 'cpu') } });
  }
  rows.push({ name: `rename one element until the tree shows it, ${big} elements`, value: med(large.rename, 'wall'), unit: 'ms', baseline: { name: "the store's dispatch alone, same renames", value: round2(median(large.dispatch)) } });
  return rows;
}
