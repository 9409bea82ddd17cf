/**
 * Sector portfolio figures (issue 17) on a generated folder of 500 proposals of 200 elements each
 * (100,000 elements, `.lakar.json` files on disk):
 *  - read (the CLI/desktop read path) and analyse (digest with the WoG check, overlap matching,
 *    registry matrix, DPI, flows, summary), together goal ≤ 5 s;
 *  - candidate pairs scored thanks to blocking, against the pairs all-pairs matching would score;
 *  - matching time with blocking against all-pairs on the first 100 projects (all-pairs on all 500
 *    would take minutes);
 *  - re-analysis after one file changed (incremental) against reading and analysing everything again;
 *  - memory: heap and RSS growth while the portfolio is held.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { toLakarJson } from '../shared/interchange/json';
import { digestProject, MATCH_SETTINGS, nameSimilarity, Portfolio, scorePair, type ProjectDigest } from '../shared/portfolio';
import { readPortfolio } from '../electron/store/portfolio-files';
import { AGENCIES_15, buildThemeProject, DUPLICATED_THEMES, LOOK_ALIKE_THEMES, rng, UNIQUE_THEMES } from '../test/helpers/portfolio-generator';
import type { BenchRow } from './run';

const PROJECTS = 500;
const ELEMENTS = 200;

function writeFolder(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lakar-bench-portfolio-'));
  const rand = rng(500);
  const themes = [...DUPLICATED_THEMES, ...LOOK_ALIKE_THEMES, ...UNIQUE_THEMES];
  for (let i = 0; i < PROJECTS; i++) {
    const theme = themes[i % themes.length];
    const options = { file: '', theme, agency: AGENCIES_15[i % AGENCIES_15.length], wording: i % 4, recapture: i % 5 === 0 };
    const filler = ELEMENTS - buildThemeProject({ ...options, rand: rng(i) }).elements.ids().length;
    const doc = buildThemeProject({ ...options, rand, filler });
    fs.writeFileSync(path.join(dir, `${String(i).padStart(3, '0')}-${theme.id}.lakar.json`), toLakarJson(doc));
  }
  return dir;
}

function allPairsScored(digests: ProjectDigest[]): number {
  const items = digests.flatMap((d) => d.items.map((item) => ({ file: d.file, item })));
  let pairs = 0;
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const x = items[i];
      const y = items[j];
      if (x.file === y.file || x.item.kind !== y.item.kind) continue;
      pairs++;
      scorePair(x.item.kind, x.item, y.item, nameSimilarity(x.item.tokens, y.item.tokens), MATCH_SETTINGS);
    }
  }
  return pairs;
}

const mb = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;

/** Bench rows for the sector portfolio. */
export async function run(): Promise<BenchRow[]> {
  const dir = writeFolder();
  try {
    globalThis.gc?.();
    const heap0 = process.memoryUsage();

    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const reads = await readPortfolio([dir]);
    const t1 = performance.now();
    const c1 = process.cpuUsage(c0);
    const portfolio = new Portfolio();
    const digests: ProjectDigest[] = [];
    for (const r of reads) if (r.ok) digests.push(digestProject(r.file, r.doc));
    portfolio.upsertAll(digests);
    const analysis = portfolio.analysis();
    const t2 = performance.now();
    const c2 = process.cpuUsage(c0);
    const cpu = (c: NodeJS.CpuUsage) => Math.round((c.user + c.system) / 1000);
    const heap1 = process.memoryUsage();
    const totalElements = reads.reduce((n, r) => n + (r.ok ? r.doc.elements.ids().length : 0), 0);
    const items = digests.reduce((n, d) => n + d.items.length, 0);
    process.stderr.write(`  portfolio: ${reads.length} files, ${totalElements} elements, ${items} compared items, ${analysis.overlaps.length} overlaps\n`);

    // All-pairs on the first 100 projects against blocking on the same 100.
    const sample = digests.slice(0, 100);
    // CPU time: on a shared machine the wall time of a few seconds is mostly waiting for a core
    const cb0 = process.cpuUsage();
    const blocked = new Portfolio();
    blocked.upsertAll(sample);
    const cb1 = process.cpuUsage(cb0);
    const allPairs = allPairsScored(sample);
    const cb2 = process.cpuUsage(cb0);

    // One file changes: re-read and re-digest it, upsert, re-assemble; baseline: everything again.
    const changed = reads.find((r) => r.ok)!;
    const ci0 = process.cpuUsage();
    const ti0 = performance.now();
    const [again] = await readPortfolio([changed.path]);
    if (again.ok) portfolio.upsert(digestProject(changed.file, again.doc));
    portfolio.analysis();
    const ti1 = performance.now();
    const ci1 = process.cpuUsage(ci0);

    const itemsByKind = new Map<string, number>();
    for (const d of digests) for (const it of d.items) itemsByKind.set(it.kind, (itemsByKind.get(it.kind) ?? 0) + 1);
    const projectsOf = (kind: string) => digests.map((d) => d.items.filter((i) => i.kind === kind).length);
    // Pairs all-pairs matching would score over 500 projects: every pair of same-kind items of different projects.
    let allPairs500 = 0;
    for (const kind of itemsByKind.keys()) {
      const counts = projectsOf(kind);
      const total = counts.reduce((a, b) => a + b, 0);
      allPairs500 += (total * total - counts.reduce((a, b) => a + b * b, 0)) / 2;
    }

    return [
      { name: `read ${PROJECTS} files (${totalElements.toLocaleString('en-US')} elements)`, value: Math.round(t1 - t0), unit: 'ms' },
      { name: 'analyse (digest + WoG check + overlaps + matrix + summary)', value: Math.round(t2 - t1), unit: 'ms' },
      { name: 'read + analyse', value: Math.round(t2 - t0), unit: 'ms', goal: 5000 },
      { name: 'read + analyse, CPU time (wall time includes waiting for a shared core)', value: cpu(c2), unit: 'ms', goal: 5000 },
      { name: 'read, CPU time', value: cpu(c1), unit: 'ms' },
      { name: `candidate pairs scored (${PROJECTS} projects)`, value: portfolio.pairsScored, unit: 'pairs', baseline: { name: 'all-pairs', value: allPairs500 } },
      { name: 'matching 100 projects with blocking, CPU time', value: cpu(cb1), unit: 'ms', baseline: { name: `all-pairs (${allPairs.toLocaleString('en-US')} pairs)`, value: cpu(cb2) - cpu(cb1) } },
      { name: 'one file changed: re-read + incremental re-analysis', value: Math.round((ti1 - ti0) * 10) / 10, unit: 'ms', baseline: { name: 'read + analyse all', value: Math.round(t2 - t0) } },
      { name: 'one file changed, CPU time', value: cpu(ci1), unit: 'ms', baseline: { name: 'read + analyse all', value: cpu(c2) } },
      { name: 'heap held by the read + analysed portfolio', value: mb(heap1.heapUsed - heap0.heapUsed), unit: 'MB' },
      { name: 'RSS growth while reading + analysing', value: mb(heap1.rss - heap0.rss), unit: 'MB' },
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
