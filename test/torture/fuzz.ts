/**
 * Fuzz harness (issue 13): mutated `.lakar`, `.lakar.json`, OEF and Archi CSV inputs and `.ulasan`
 * review files fed to every importer, in a worker process the harness restarts after a hang or an abort.
 *   npm run torture:fuzz                 1,000 cases (a few of them also through the real `lakar` CLI)
 *   npm run torture:fuzz -- --long       10,000 cases, heavy mutations (tens of thousands of items)
 *   npm run torture:fuzz -- --ci         the slice CI runs: 300 cases, 2 through the CLI
 *   options: --cases N  --seed S  --cli-every N  --timeout-ms N  --heavy (long-run sizes)  --keep
 * Each case must be accepted (a valid, consistent document that exports again) or refused with a
 * message in Malay and English; the input's folder must be byte-identical afterwards (side files
 * included, nothing created); no temporary file may be left; the `lakar` CLI must end with exit 0,
 * 1 or 2 and a message, never a stack trace or a V8 abort. Exit code 1 when any check failed.
 */
import { fork, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import { toArchiCsv, toOef } from '../../shared/interchange';
import { toLakarJson } from '../../shared/interchange/json';
import { pengambilanPekerjaExample } from '../../shared/samples/pengambilan-pekerja';
import { createProject } from '../../electron/store/project';
import { createReview, executeReviewCommand, serializeReview } from '../../shared/review';
import { canonicalJson, sha256Text } from '../../shared/review/hash';
import { makeLargeDocument } from '../helpers/factories';
import { bundle, fingerprint, fingerprintDiff, flag, numberFlag, Random, ROOT, scratch, seconds, Tally, tempFilesIn } from './common';
import { byteMutation, lakarCase, textMutation, useHeavyMutations, type Case, type Format } from './fuzz-mutate';
import type { RunRequest, RunResult } from './fuzz-runner';

const long = flag('long') !== undefined;
// the slice `npm test` runs in CI: small enough for its time budget, the same checks
const ci = flag('ci') !== undefined;
const cases = numberFlag('cases', long ? 10_000 : ci ? 300 : 1000);
const seed = numberFlag('seed', 13);
const cliEvery = numberFlag('cli-every', long ? 100 : ci ? 150 : 200);
const timeoutMs = numberFlag('timeout-ms', 180_000);
const rnd = new Random(seed);
useHeavyMutations(long || flag('heavy') !== undefined);
const tally = new Tally();
const work = scratch('fuzz');
const enc = new TextEncoder();

/** The unmutated inputs: Lakar's own exports of two models, and the interchange fixtures. */
async function seeds(): Promise<{ lakar: string[]; json: Uint8Array[]; oef: Uint8Array[]; csv: Record<string, Uint8Array>[]; ulasan: Uint8Array[] }> {
  const docs = [pengambilanPekerjaExample('2026-01-01T00:00:00.000Z'), makeLargeDocument(120, 7)];
  const lakar: string[] = [];
  for (const [i, doc] of docs.entries()) {
    const file = path.join(work, `seed-${i}.lakar`);
    await createProject(file, doc);
    lakar.push(file);
  }
  const fixtures = path.join(ROOT, 'test', 'fixtures');
  const oef = [
    ...docs.map((d) => enc.encode(toOef(d))),
    ...['interchange/every-type.xml', 'interchange/sparx-ea-windows-1252.xml', 'interchange/visual-paradigm.xml', 'hostile/proto-element.xml'].map((f) => new Uint8Array(fs.readFileSync(path.join(fixtures, f)))),
  ];
  const csv: Record<string, Uint8Array>[] = docs.map((d) => {
    const t = toArchiCsv(d);
    return { 'elements.csv': enc.encode(t.elements), 'relations.csv': enc.encode(t.relations), 'properties.csv': enc.encode(t.properties) };
  });
  csv.push(Object.fromEntries(['elements.csv', 'relations.csv', 'properties.csv'].map((n) => [n, new Uint8Array(fs.readFileSync(path.join(fixtures, 'hostile', 'proto-csv', n)))])));
  // a JDN reviewer's file of the worked example with a comment on an element and one on a view area
  const at = '2026-01-01T00:00:00.000Z';
  const reviewer = { role: 'reviewer' as const, name: 'Penyemak', at };
  let review = createReview({ doc: docs[0], reviewer: { name: 'Penyemak', body: 'bppd' }, projectName: 'contoh.lakar', generation: 1, at });
  review = executeReviewCommand(review, 'review.comment.add', { id: 'k1', anchor: { kind: 'element', id: 'app_spp', name: 'SPP', elementKind: 'application' }, heading: 'pengurusanPusatData', severity: 'perluTindakan', text: 'Nyatakan kapasiti.' }, reviewer).review;
  review = executeReviewCommand(review, 'review.comment.add', { id: 'k2', anchor: { kind: 'view', viewId: 'view_main', name: 'LMV', x: 10, y: 20 }, heading: 'pengurusanPusatData', severity: 'makluman', text: 'Kawasan ini.' }, reviewer).review;
  const ulasan = [enc.encode(serializeReview(review))];
  return { lakar, json: [...docs.map((d) => enc.encode(toLakarJson(d))), new Uint8Array(fs.readFileSync(path.join(fixtures, 'hostile', 'proto-element.lakar.json')))], oef, csv, ulasan };
}

/**
 * A mutated review file, its checksum mostly recomputed (anyone can: it is not a signature) so the
 * mutation reaches the validation behind it instead of stopping at "changed outside Lakar".
 */
function ulasanCase(data: Uint8Array): Case {
  const m = rnd.chance(0.7) ? textMutation('json', data, rnd) : byteMutation(data, rnd);
  let bytes = m.data;
  let mutation = `ulasan:${m.mutation}`;
  if (rnd.chance(0.8)) {
    try {
      const raw = JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
      if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
        raw.checksum = sha256Text(canonicalJson({ format: raw.format, formatVersion: raw.formatVersion, review: raw.review }));
        bytes = enc.encode(JSON.stringify(raw));
        mutation += '+resealed';
      }
    } catch {
      // not JSON any more: fed as it is
    }
  }
  return { format: 'ulasan', mutation, files: { 'semakan.ulasan': bytes }, entry: 'semakan.ulasan' };
}

/** A new case: a format, a seed of it, a mutation (text-level mostly, bytes otherwise). */
function makeCase(s: Awaited<ReturnType<typeof seeds>>): Case {
  const format = rnd.pick<Format>(['lakar', 'lakar', 'json', 'oef', 'oef', 'csv', 'zip', 'ulasan']);
  if (format === 'lakar') return lakarCase(rnd.pick(s.lakar), rnd);
  if (format === 'ulasan') return ulasanCase(rnd.pick(s.ulasan));
  if (format === 'csv' || format === 'zip') {
    const triple = { ...rnd.pick(s.csv) };
    const target = rnd.pick(Object.keys(triple));
    const m = rnd.chance(0.6) ? textMutation('csv', triple[target], rnd) : byteMutation(triple[target], rnd);
    triple[target] = m.data;
    if (format === 'zip') {
      const zip = zipSync(Object.fromEntries(Object.entries(triple).map(([n, d]) => [n, d])));
      const z = rnd.chance(0.3) ? byteMutation(zip, rnd) : { data: zip, mutation: '' };
      return { format, mutation: `zip:${m.mutation}${z.mutation ? `+${z.mutation}` : ''}`, files: { 'model.zip': z.data }, entry: 'model.zip' };
    }
    return { format, mutation: `csv:${target}:${m.mutation}`, files: triple, entry: 'elements.csv' };
  }
  const data = rnd.pick(format === 'json' ? s.json : s.oef);
  const m = rnd.chance(0.6) ? textMutation(format, data, rnd) : byteMutation(data, rnd);
  const entry = format === 'json' ? 'model.lakar.json' : 'model.xml';
  return { format, mutation: m.mutation, files: { [entry]: m.data }, entry };
}

/** The worker process, restarted after a hang or an abort. */
class Runner {
  private child: ChildProcess | null = null;
  constructor(private readonly script: string) {}

  private async start(): Promise<ChildProcess> {
    const child = fork(this.script, [], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    child.stderr?.resume();
    await new Promise<void>((resolve, reject) => {
      child.once('message', () => resolve());
      child.once('exit', (code) => reject(new Error(`runner exited at start (${code})`)));
    });
    this.child = child;
    return child;
  }

  /** Run `req`; null result with a reason when the worker hung or died. */
  async run(req: RunRequest): Promise<RunResult | { died: string }> {
    const child = this.child ?? (await this.start());
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        this.child = null;
        resolve({ died: `no answer in ${timeoutMs} ms` });
      }, timeoutMs);
      const onExit = (code: number | null, signal: string | null) => {
        clearTimeout(timer);
        this.child = null;
        resolve({ died: `worker ended (${signal ?? code})` });
      };
      child.once('exit', onExit);
      child.once('message', (m: RunResult) => {
        clearTimeout(timer);
        child.off('exit', onExit);
        resolve(m);
      });
      child.send(req);
    });
  }

  stop(): void {
    this.child?.kill('SIGKILL');
  }
}

/** The same input through the real CLI: exit 0, 1 or 2, and on 2 a message, never a trace or an abort. */
function throughCli(dir: string, c: Case): void {
  const args = c.format === 'csv' ? ['info', '.'] : c.format === 'ulasan' ? ['review', 'show', c.entry] : ['info', c.entry];
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'lakar.mjs'), ...args], { cwd: dir, encoding: 'utf8', timeout: timeoutMs });
  tally.add('cli runs');
  if (r.status === null || ![0, 1, 2].includes(r.status)) tally.add('FAIL cli ended abnormally', `${c.mutation}: ${r.signal ?? r.status}`);
  else if (r.status === 2 && !/^(Ralat|Error): /.test(r.stderr)) tally.add('FAIL cli refusal without a message', `${c.mutation}: ${r.stderr.slice(0, 120)}`);
  if (/\n\s+at |FATAL ERROR|ralat dalaman|internal error/.test(r.stderr)) tally.add('FAIL cli internal error or trace', `${c.mutation}: ${r.stderr.slice(0, 200)}`);
}

async function main(): Promise<void> {
  const start = Date.now();
  console.log(`fuzz harness: ${cases} cases, seed ${seed}, CLI every ${cliEvery} cases, work folder ${work}`);
  const runner = new Runner(await bundle(path.join(ROOT, 'test/torture/fuzz-runner.ts')));
  const s = await seeds();
  const slowest: { ms: number; mutation: string }[] = [];
  const phase = { make: 0, run: 0, check: 0 };
  for (let i = 1; i <= cases; i++) {
    let t = Date.now();
    const c = makeCase(s);
    phase.make += Date.now() - t;
    t = Date.now();
    const dir = path.join(work, `case-${i}`);
    fs.mkdirSync(dir);
    for (const [name, data] of Object.entries(c.files)) fs.writeFileSync(path.join(dir, name), data);
    const before = fingerprint(dir);
    const result = await runner.run({ dir, format: c.format, entry: c.entry, scratch: path.join(work, `scratch-${i}`) });
    phase.run += Date.now() - t;
    t = Date.now();
    const label = `${c.format} ${c.mutation}`;
    if ('died' in result) {
      tally.add('FAIL worker hung or aborted', `case ${i} ${label}: ${result.died}`);
    } else {
      tally.add(`${c.format} ${result.outcome}`);
      if (result.outcome === 'unexpected') tally.add('FAIL unexpected error (no message)', `case ${i} ${label}: ${result.detail}`);
      for (const f of result.failures) tally.add('FAIL check of an accepted document or a refusal', `case ${i} ${label}: ${f}`);
      slowest.push({ ms: result.ms, mutation: label });
      slowest.sort((a, b) => b.ms - a.ms).splice(5);
      if (result.ms > 10_000) tally.add('cases slower than 10 s', `${label}: ${result.ms} ms`);
    }
    if (cliEvery > 0 && i % cliEvery === 0) throughCli(dir, c);
    const changed = fingerprintDiff(before, fingerprint(dir));
    if (changed.length > 0) tally.add('FAIL input or side files changed', `case ${i} ${label}: ${changed.join(', ')}`);
    const temps = tempFilesIn(dir);
    if (temps.length > 0) tally.add('FAIL temporary files left', `case ${i}: ${temps.join(', ')}`);
    if (!flag('keep')) fs.rmSync(dir, { recursive: true, force: true });
    phase.check += Date.now() - t;
    if (i % 250 === 0) console.log(`  ${i}/${cases} cases (${seconds(start)} s)`);
  }
  runner.stop();
  tally.print(`fuzz harness results (${cases} cases, ${seconds(start)} s):`);
  console.log(`  time making cases ${(phase.make / 1000).toFixed(0)} s, running them ${(phase.run / 1000).toFixed(0)} s, checking folders and the CLI ${(phase.check / 1000).toFixed(0)} s`);
  console.log(`  slowest: ${slowest.map((x) => `${x.ms} ms (${x.mutation})`).join('; ')}`);
  const failures = [...tally.counts.keys()].filter((k) => k.startsWith('FAIL')).reduce((n, k) => n + tally.get(k), 0);
  console.log(`\n${failures === 0 ? 'OK' : 'FAILED'}: ${failures} failed checks; 0 expected for: unexpected errors, hangs or aborts, inputs or side files changed, temporary files left.`);
  if (!flag('keep')) fs.rmSync(work, { recursive: true, force: true });
  process.exitCode = failures === 0 ? 0 : 1;
}

await main();
