/**
 * Screenshots of the canvas benchmark's editor page on the generated 10,000-element view (or
 * `SCREENS_ELEMENTS`), at a few pan positions and zooms, to look at what a planner sees on a
 * large view: the band labels and the minimap. Not a benchmark (nothing is timed); run with
 * `npx tsx bench/canvas/screens.ts <out-dir>`. The generated document is cached in the output
 * folder (laying out 10,000 elements takes tens of seconds).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { build } from 'vite';
import { chromium } from '@playwright/test';
import { bandLayout, type LakarDocumentData } from '../../shared/model';
import { CHROMIUM_ARGS, serve } from '../canvas.bench';
import { benchDocument, graphFile } from './graph';
import { BENCH_CANVAS_DIST } from './vite.config';

const HERE = path.dirname(fileURLToPath(import.meta.url));

async function main(out: string) {
  const elements = Number(process.env.SCREENS_ELEMENTS ?? 10_000);
  fs.mkdirSync(out, { recursive: true });
  await build({ configFile: path.join(HERE, 'vite.config.ts') });
  const cached = path.join(out, graphFile(elements));
  if (!fs.existsSync(cached)) fs.writeFileSync(cached, JSON.stringify(await benchDocument(elements)));
  fs.copyFileSync(cached, path.join(BENCH_CANVAS_DIST, graphFile(elements)));
  const doc = JSON.parse(fs.readFileSync(cached, 'utf8')) as LakarDocumentData;
  const rows = bandLayout(doc.views.view_main);
  process.stdout.write(`bands (top, height): ${rows.map((r) => `${r.band} ${r.top}+${r.height}`).join(', ')}\n`);
  const apps = rows.find((r) => r.band === 'applications')!;
  const infra = rows.find((r) => r.band === 'infrastructure')!;

  const server = await serve(BENCH_CANVAS_DIST);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${base}/editor.html?elements=${elements}`);
    await page.evaluate(() => window.__bench.ready);
    await page.evaluate(() => window.__bench.routed);
    // flow-coordinate point put at the pane's top-left corner, at a zoom
    const shots: [string, number, number, number][] = [
      ['apps-middle-left-z1', 0, apps.top + apps.height / 2, 1],
      ['apps-middle-right-z1', 3000, apps.top + apps.height / 2, 1],
      ['apps-middle-left-z0.4', 0, apps.top + apps.height / 2, 0.4],
      ['apps-top-z0.6', 0, apps.top - 200, 0.6],
      ['infra-middle-z1', 0, infra.top + infra.height / 2, 1],
      ['overview-z0.05', 0, 0, 0.05],
    ];
    for (const [name, x, y, zoom] of shots) {
      await page.evaluate(([x, y, zoom]) => window.__bench.pan({ x: -x * zoom, y: -y * zoom, zoom }, 1, 0, 0), [x, y, zoom] as const);
      await page.waitForTimeout(800);
      await page.screenshot({ path: path.join(out, `${name}.png`) });
    }
    await page.close();
  } finally {
    await browser.close();
    server.close();
  }
}

await main(path.resolve(process.argv[2] ?? '/tmp/lakar-screens'));
