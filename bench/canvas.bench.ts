/**
 * Canvas speed (issues 3 and 18): the Lakar editor and bare React Flow on the same generated LMV of
 * 3,000 elements / 4,500 relations and of 10,000 elements / 15,000 relations, in headless Chromium,
 * in the same run: first render, and mean/p95 frame time over 60 programmatic pans, with the
 * editor ÷ bare ratio; plus the time to apply one command and re-render. The 10,000-element pages
 * take several seconds each to build and lay out, so they run TEN_K_ROUNDS rounds instead of ROUNDS. Pages are built with Vite from bench/canvas/ (into node_modules/.cache) and served from a
 * local static server.
 */
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { build } from 'vite';
import { chromium, type Browser } from '@playwright/test';
import type { BenchRow } from './run';
import { panViewports, SCENE_NAMES, type ReadyInfo, type Scene, type Viewport } from './canvas/protocol';
import { benchDocument, graphFile, relationsFor, SIZES } from './canvas/graph';
import { BENCH_CANVAS_DIST } from './canvas/vite.config';

const HERE = path.dirname(fileURLToPath(import.meta.url));
/** Headless Chromium flags for the benchmark pages (also used by tree.bench.ts). */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const VIEWPORT = { width: 1440, height: 900 };
const ROUNDS = 3;
/** Rounds at 10,000 elements (each page load lays out the whole view first). */
const TEN_K_ROUNDS = 2;
const PANS = 60;
const WARM_UP_PANS = 10;
/** Screen pixels per pan frame: a brisk drag across the landscape. */
const PAN_DX = 24;
const PAN_DY = 4;
const COMMAND_REPS = 20;

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json' };

/** A static server of `dir` on a free local port (also used by tree.bench.ts). */
export function serve(dir: string): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const file = path.join(dir, path.normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, ''));
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function mean(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const round2 = (n: number) => Math.round(n * 100) / 100;


interface PageRun {
  ready: ReadyInfo;
  /** Editor: ms from the first frame until the routed lines arrived. */
  routedMs?: number;
  frames: Record<Scene, number[]>;
  command?: Record<'rename' | 'move', { commit: number[]; frame: number[]; alone: number[] }>;
}

async function measure(browser: Browser, url: string, viewports: Record<Scene, Viewport>, withCommands: boolean): Promise<PageRun> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await page.goto(url);
    const ready = await page.evaluate(() => window.__bench.ready);
    const routedMs = await page.evaluate(() => window.__bench.routed);
    const frames = {} as Record<Scene, number[]>;
    for (const scene of SCENE_NAMES) {
      const start = viewports[scene];
      await page.evaluate(([v, n, dx, dy]) => window.__bench.pan(v, n, dx, dy), [start, WARM_UP_PANS, PAN_DX, PAN_DY] as const);
      frames[scene] = await page.evaluate(([v, n, dx, dy]) => window.__bench.pan(v, n, dx, dy), [start, PANS, PAN_DX, PAN_DY] as const);
    }
    let command: PageRun['command'];
    if (withCommands) {
      const rename = await page.evaluate((n) => window.__bench.command!('rename', n), COMMAND_REPS);
      const move = await page.evaluate((n) => window.__bench.command!('move', n), COMMAND_REPS);
      command = { rename, move };
    }
    if (errors.length) throw new Error(`${url}: ${errors.join('; ')}`);
    return { ready, routedMs, frames, command };
  } finally {
    await page.close();
  }
}

/** Editor and bare React Flow, alternated, on the generated view of `elements` elements. */
async function measureSize(browser: Browser, base: string, elements: number, viewports: Record<Scene, Viewport>): Promise<BenchRow[]> {
  const editor: PageRun[] = [];
  const bare: PageRun[] = [];
  const panels: PageRun[] = [];
  const small = elements === SIZES[0];
  const query = small ? '' : `elements=${elements}`;
  for (let r = 0; r < (small ? ROUNDS : TEN_K_ROUNDS); r++) {
    // alternate the pages so drift in machine load hits both alike
    const e = await measure(browser, `${base}/editor.html?${query}`, viewports, true);
    editor.push(e);
    const head = VIEWPORT.height - e.ready.pane.height;
    bare.push(await measure(browser, `${base}/bare.html?head=${head}&${query}`, viewports, false));
  }
  // the model tree and inspector beside the canvas: at the first size only
  if (small) panels.push(await measure(browser, `${base}/editor.html?panels=1`, viewports, true));

  const size = `${elements.toLocaleString('en-US')} elements, ${relationsFor(elements).toLocaleString('en-US')} relations`;
  // the first size keeps the figure names of issue 3; the others name their size
  const at = small ? '' : `, ${elements.toLocaleString('en-US')} elements`;
  const pick = (runs: PageRun[], f: (p: PageRun) => number) => round2(median(runs.map(f)));
  const bareName = 'bare React Flow, same graph';
  const cmd = (runs: PageRun[], kind: 'rename' | 'move', part: 'commit' | 'frame' | 'alone') => pick(runs, (p) => mean(p.command![kind][part]));
  const alone = (runs: PageRun[], kind: 'rename' | 'move') => ({ name: 'the command alone (shared/commands, no store or UI)', value: cmd(runs, kind, 'alone') });
  const first = editor[0].ready;
  process.stderr.write(
    `canvas ${elements}: pane ${first.pane.width}×${first.pane.height} (bare ${bare[0].ready.pane.width}×${bare[0].ready.pane.height}), ` +
      `nodes/edges in the DOM at start ${first.nodesInDom}/${first.edgesInDom} (bare ${bare[0].ready.nodesInDom}/${bare[0].ready.edgesInDom})\n`,
  );
  const rows: BenchRow[] = [
    { name: `first render, ${size}`, value: pick(editor, (p) => p.ready.firstRenderMs), unit: 'ms', baseline: { name: bareName, value: pick(bare, (p) => p.ready.firstRenderMs) } },
    // the pans below start once the lines are routed (the worker no longer competes for the CPU)
    { name: `routed lines drawn, after first render${at}`, value: pick(editor, (p) => p.routedMs ?? 0), unit: 'ms' },
  ];
  for (const scene of SCENE_NAMES) {
    const zoom = `zoom ${viewports[scene].zoom}`;
    const edMean = pick(editor, (p) => mean(p.frames[scene]));
    const bareMean = pick(bare, (p) => mean(p.frames[scene]));
    rows.push(
      { name: `pan frame mean, ${PANS} pans at ${zoom}${at}`, value: edMean, unit: 'ms', baseline: { name: bareName, value: bareMean }, goal: 18 },
      { name: `pan frame p95, ${PANS} pans at ${zoom}${at}`, value: pick(editor, (p) => percentile(p.frames[scene], 95)), unit: 'ms', baseline: { name: bareName, value: pick(bare, (p) => percentile(p.frames[scene], 95)) } },
      { name: `pan frame mean at ${zoom}${at}, editor ÷ bare React Flow`, value: round2(edMean / bareMean), unit: '×', goal: 1.1 },
    );
  }
  rows.push(
    { name: `rename one element: command + re-render (JS)${at}`, value: cmd(editor, 'rename', 'commit'), unit: 'ms', baseline: alone(editor, 'rename') },
    { name: `rename one element: to next frame${at}`, value: cmd(editor, 'rename', 'frame'), unit: 'ms' },
    { name: `move one node (drag end): command + re-render (JS)${at}`, value: cmd(editor, 'move', 'commit'), unit: 'ms', baseline: alone(editor, 'move') },
  );
  if (panels.length) rows.push({ name: 'rename one element with model tree + inspector open (JS)', value: cmd(panels, 'rename', 'commit'), unit: 'ms', baseline: alone(panels, 'rename') });
  return rows;
}

/** Run the canvas benchmark. */
export async function run(): Promise<BenchRow[]> {
  await build({ configFile: path.join(HERE, 'canvas', 'vite.config.ts') });
  const server = await serve(BENCH_CANVAS_DIST);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch(fs.existsSync('/usr/bin/chromium') ? { executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS } : { args: CHROMIUM_ARGS });
  try {
    const rows: BenchRow[] = [];
    // BENCH_CANVAS_SIZES=10000 measures one size only (while working on it)
    const only = process.env.BENCH_CANVAS_SIZES?.split(',').map(Number);
    for (const elements of SIZES.filter((n) => !only || only.includes(n))) {
      // generated and laid out once here; both pages load it instead of laying it out on every load
      const doc = await benchDocument(elements);
      fs.writeFileSync(path.join(BENCH_CANVAS_DIST, graphFile(elements)), JSON.stringify(doc));
      rows.push(...(await measureSize(browser, base, elements, panViewports(doc.views.view_main))));
    }
    return rows;
  } finally {
    await browser.close();
    server.close();
  }
}
