/**
 * `npm run bench`: runs every `bench/*.bench.ts` module (or those whose name contains an argument,
 * e.g. `npm run bench -- store`), prints each figure with the ratio to the baseline measured in the
 * same run, and writes bench/results.json. Figures are reported, never asserted.
 * A module exports `run(): Promise<BenchRow[]>`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** One measured figure. */
export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  /** The same work done the simple way, measured in the same run. */
  baseline?: { name: string; value: number };
  /** Upper bound the value should stay under, in `unit` (shown, never enforced). */
  goal?: number;
}

interface Result extends BenchRow {
  module: string;
  /** baseline ÷ value: how many times less time (or space) than the baseline. */
  ratio?: number;
}

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));

function fmt(n: number): string {
  if (Number.isInteger(n)) return n.toLocaleString('en-US');
  return n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2);
}

/** The result rows as an aligned text table. */
export function formatTable(results: Result[]): string {
  const head = ['benchmark', 'value', 'baseline', 'baseline ÷ value', 'goal'];
  const rows = results.map((r) => [
    `${r.module}: ${r.name}`,
    `${fmt(r.value)} ${r.unit}`,
    r.baseline ? `${fmt(r.baseline.value)} ${r.unit} (${r.baseline.name})` : '',
    r.ratio !== undefined ? `× ${fmt(r.ratio)}` : '',
    r.goal !== undefined ? `≤ ${fmt(r.goal)} ${r.value <= r.goal ? 'met' : 'NOT MET'}` : '',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 1 || i === 3 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

async function main(filters: string[]): Promise<void> {
  const files = fs
    .readdirSync(BENCH_DIR)
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
    .sort();
  const results: Result[] = [];
  for (const file of files) {
    const module = file.replace(/\.bench\.ts$/, '');
    process.stderr.write(`running ${file}…\n`);
    const mod = (await import(pathToFileURL(path.join(BENCH_DIR, file)).href)) as { run?: () => Promise<BenchRow[]> };
    if (typeof mod.run !== 'function') throw new Error(`${file} does not export run()`);
    for (const row of await mod.run()) {
      const ratio = row.baseline && row.value > 0 ? row.baseline.value / row.value : undefined;
      results.push({ module, ...row, ratio });
    }
  }
  console.log(formatTable(results));
  const out = {
    generatedAt: new Date().toISOString(),
    machine: { node: process.version, platform: `${process.platform} ${process.arch}`, cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? '' },
    results,
  };
  fs.writeFileSync(path.join(BENCH_DIR, 'results.json'), `${JSON.stringify(out, null, 2)}\n`);
  process.stderr.write(`wrote ${path.relative(process.cwd(), path.join(BENCH_DIR, 'results.json'))}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
