/**
 * Where a pan frame's time goes, editor against bare React Flow: records a Chromium trace of the
 * same pans the benchmark runs and prints the main-thread and raster time per event name. A tool
 * for finding what to fix, not a benchmark: `npx tsx bench/canvas/profile.ts [detail|overview] [page query]`.
 * Build the pages first (`npx tsx bench/run.ts canvas` does; BENCH_MINIFY=0 keeps names); PROFILE_ELEMENTS=10000
 * profiles the 10,000-element view (the graph the bench run wrote).
 */
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium } from '@playwright/test';
import type { LakarDocumentData } from '../../shared/model';
import { ELEMENTS, graphFile } from './graph';
import { panViewports } from './protocol';
import { BENCH_CANVAS_DIST } from './vite.config';

/** The benchmark's pan step (PROFILE_DX, PROFILE_DY change it). */
const DX = Number(process.env.PROFILE_DX ?? 24);
const DY = Number(process.env.PROFILE_DY ?? 4);
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'cc', 'v8.execute', 'toplevel'];

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time: less disturbed than wall time by other work on a shared machine. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

function serve(dir: string): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const file = path.join(dir, new URL(req.url ?? '/', 'http://x').pathname);
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : 'text/html' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Self (CPU) time per event name on each thread of the page, from complete ('X') events. */
function selfTimes(events: TraceEvent[]): Map<string, Map<string, number>> {
  const threads = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args?.name ?? '?');
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    if (e.ph !== 'X' || !e.dur) continue;
    const t = threads.get(`${e.pid}:${e.tid}`) ?? '?';
    if (/^(Chrome_|IOThread|StackSampling|PerfettoTrace|DevTools)/.test(t)) continue;
    const list = byThread.get(t) ?? [];
    list.push(e);
    byThread.set(t, list);
  }
  const out = new Map<string, Map<string, number>>();
  for (const [thread, list] of byThread) {
    list.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
    const self = new Map<string, number>();
    const stack: TraceEvent[] = [];
    for (const e of list) {
      while (stack.length && stack[stack.length - 1].ts + stack[stack.length - 1].dur! <= e.ts) stack.pop();
      const parent = stack[stack.length - 1];
      if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - (e.tdur ?? e.dur!));
      self.set(e.name, (self.get(e.name) ?? 0) + (e.tdur ?? e.dur!));
      stack.push(e);
    }
    out.set(thread, self);
  }
  return out;
}

/** One line per page (ms of CPU per frame): main thread, its JS and Paint, and raster; details with PROFILE_VERBOSE=1. */
function summarise(events: TraceEvent[], frames: number): string {
  const times = selfTimes(events);
  const ms = (us: number | undefined) => ((us ?? 0) / 1000 / frames).toFixed(1);
  const sum = (m: Map<string, number> | undefined) => [...(m ?? new Map<string, number>()).values()].reduce((a, b) => a + b, 0);
  const main = times.get('CrRendererMain');
  const raster = times.get('ThreadPoolForegroundWorker');
  const js = (main?.get('FunctionCall') ?? 0) + (main?.get('RunMicrotasks') ?? 0) + (main?.get('v8.run') ?? 0);
  const line = `  CPU per frame: main ${ms(sum(main))} (JS ${ms(js)}, Paint ${ms(main?.get('Paint'))}, layerize ${ms(main?.get('PaintArtifactCompositor::Update'))}, layout ${ms(main?.get('LocalFrameView::performLayout'))}, style ${ms(main?.get('Document::recalcStyle'))}), raster ${ms(sum(raster))}, compositor ${ms(sum(times.get('Compositor')))}, display compositor ${ms(sum(times.get('VizCompositorThread')))}`;
  if (!process.env.PROFILE_VERBOSE) return line;
  const lines = [line];
  for (const [thread, self] of times) {
    lines.push(`  ${thread}: ${ms(sum(self))}`);
    for (const [name, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 14)) if (us / 1000 / frames > 0.05) lines.push(`    ${ms(us).padStart(6)}  ${name}`);
  }
  return lines.join('\n');
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time per function (name and line) of a sampled profile. */
function summariseProfile(profile: CpuProfile, frames: number): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (id: number) => {
    const f = byId.get(id)!.callFrame;
    return `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
  };
  // PROFILE_JS=2 (or more): name each function with that many callers
  const depth = Math.max(1, Number(process.env.PROFILE_JS) || 1);
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const chain = [name(id)];
    for (let p = parent.get(id), d = 1; p !== undefined && d < depth; p = parent.get(p), d++) chain.push(name(p));
    const key = chain.join(' ← ');
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  return [...self]
    .filter(([k]) => !k.startsWith('(idle)') && !k.startsWith('(program)'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 30)
    .map(([k, us]) => `  ${(us / 1000 / frames).toFixed(2).padStart(6)}  ${k}`)
    .join('\n');
}

async function main() {
  // a pan scene (detail, overview) or a command (rename, move: 20 repetitions, editor only)
  const arg = process.argv[2] ?? 'detail';
  const command = arg === 'rename' || arg === 'move' ? arg : null;
  const scene = (command ? 'detail' : arg) as 'detail' | 'overview';
  const elements = Number(process.env.PROFILE_ELEMENTS ?? ELEMENTS);
  const doc = JSON.parse(fs.readFileSync(path.join(BENCH_CANVAS_DIST, graphFile(elements)), 'utf8')) as LakarDocumentData;
  const query = [`elements=${elements}`, process.argv[3]].filter(Boolean).join('&');
  const server = await serve(BENCH_CANVAS_DIST);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch(fs.existsSync('/usr/bin/chromium') ? { executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS } : { args: CHROMIUM_ARGS });
  // PROFILE_REPS: how many edits (20 unless set; with PROFILE_ROUTED=1 each waits for the worker's lines)
  const frames = command ? Number(process.env.PROFILE_REPS ?? 20) : 60;
  try {
    for (const name of (process.env.PROFILE_PAGES ?? 'editor,bare').split(',')) {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await page.goto(`${base}/${name}.html?head=70&${query}`);
      await page.evaluate(() => window.__bench.ready);
      // as the benchmark: pans once the routing worker's lines have arrived
      await page.evaluate(() => window.__bench.routed);
      // PROFILE_CSS: a style sheet added to both pages, to try what a CSS change would save
      if (process.env.PROFILE_CSS) await page.addStyleTag({ content: process.env.PROFILE_CSS });
      const v = { ...panViewports(doc.views.view_main)[scene], ...(process.env.PROFILE_ZOOM ? { zoom: Number(process.env.PROFILE_ZOOM) } : {}) };
      await page.evaluate(([start, dx, dy]) => window.__bench.pan(start, 10, dx, dy), [v, DX, DY] as const);
      // PROFILE_EVAL: a script run in the page after the warm-up pans, to try what a DOM change would save
      if (process.env.PROFILE_EVAL) await page.evaluate(process.env.PROFILE_EVAL);
      // PROFILE_ROUTED=1: each edit waits for its routed lines, so the trace holds the routing's main-thread work (posting the view, taking in the lines)
      const routed = process.env.PROFILE_ROUTED === '1';
      const work = () =>
        command
          ? page.evaluate(([kind, r, n]) => window.__bench.command!(kind, n, { routed: r }), [command as 'rename' | 'move', routed, frames] as const).then((res) => {
              if (res.routed) console.log(`  edit to its routed lines: median ${[...res.routed].sort((a, b) => a - b)[res.routed.length >> 1].toFixed(0)} ms`);
              return res.commit;
            })
          : page.evaluate(([start, dx, dy]) => window.__bench.pan(start, 60, dx, dy), [v, DX, DY] as const);
      if (process.env.PROFILE_JS) {
        // PROFILE_JS=1: a sampled JavaScript profile instead of the trace, self time per function
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
        await cdp.send('Profiler.start');
        const times = await work();
        const { profile } = await cdp.send('Profiler.stop');
        console.log(`${name} (${command ?? scene}): mean ${(times.reduce((a, b) => a + b, 0) / times.length).toFixed(1)} ms`);
        console.log(summariseProfile(profile as CpuProfile, frames));
      } else {
        // PROFILE_CATEGORIES adds trace categories (e.g. disabled-by-default-devtools.timeline.invalidationTracking)
        await browser.startTracing(page, { categories: [...CATEGORIES, ...(process.env.PROFILE_CATEGORIES?.split(',') ?? [])] });
        const times = await work();
        const raw = await browser.stopTracing();
        // PROFILE_DUMP=dir keeps the raw trace (open it in DevTools' Performance panel)
        if (process.env.PROFILE_DUMP) fs.writeFileSync(path.join(process.env.PROFILE_DUMP, `${name}-${scene}.json`), raw);
        const trace = JSON.parse(raw.toString()) as { traceEvents: TraceEvent[] };
        const mean = times.reduce((a, b) => a + b, 0) / times.length;
        console.log(`${name} (${command ?? scene}): mean ${mean.toFixed(1)} ms`);
        console.log(summarise(trace.traceEvents, frames));
      }
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
}

void main();
