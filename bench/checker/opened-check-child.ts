/**
 * Child process of bench/checker.bench.ts: a process that opens a project and checks it, as a window
 * does when the user opens one: the document's file (JSON text the parent wrote) read, made a
 * document and checked once, with nothing run before it (code cold, the young generation as V8 starts
 * it), then a second document read from the same file and checked (code warm). The parent runs it
 * with and without the V8 flags the app runs with (electron/main/js-flags.ts).
 * Prints one JSON line: for the first (`cold`) and the second (`warm`) document, the CPU and wall ms
 * of reading it and of its check, the main thread's CPU ms of the check (`…MainCpu`: CPU time of
 * the garbage collector's helper threads left out) and the garbage collections during the check.
 * Why a process of its own: varied-check-child.ts makes the model and checks it several times before
 * its first check of a document just read, by which time V8 has grown the young generation to its
 * largest; a window opening a project has not.
 * Usage: tsx bench/checker/opened-check-child.ts <document.json>
 */
import fs from 'node:fs';
import { PerformanceObserver } from 'node:perf_hooks';
import { fromDocumentData, type LakarDocument, type LakarDocumentData } from '../../shared/model';
import { checkDocument } from '../../shared/rules';
import { measure } from '../timing';

const file = process.argv[2];
const collections: number[] = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) collections.push(e.startTime);
}).observe({ entryTypes: ['gc'] });

/** CPU ms of this process's main thread so far (Linux; NaN elsewhere). */
function mainThreadCpu(): number {
  try {
    return Number(fs.readFileSync(`/proc/${process.pid}/task/${process.pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return NaN;
  }
}

const figures: Record<string, number> = {};
const spans: [string, number, number][] = [];
for (const label of ['cold', 'warm']) {
  let doc: LakarDocument | undefined;
  const read = measure(() => (doc = fromDocumentData(JSON.parse(fs.readFileSync(file, 'utf8')) as LakarDocumentData) as LakarDocument));
  const main = mainThreadCpu();
  const start = performance.now();
  let problems = 0;
  const check = measure(() => (problems = checkDocument(doc!).problems.length));
  spans.push([label, start, performance.now()]);
  Object.assign(figures, { [`${label}ReadCpu`]: read.cpu, [`${label}Wall`]: check.wall, [`${label}Cpu`]: check.cpu, [`${label}MainCpu`]: mainThreadCpu() - main, problems });
}
// the observer is told of collections after they end, on a later turn
setTimeout(() => {
  for (const [label, from, to] of spans) figures[`${label}Collections`] = collections.filter((t) => t >= from && t < to).length;
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}, 50);
