/**
 * Child process: File › Merge from… at 100,000 elements as the window meets it (issue 18). The open
 * project is the window's copy of the varied model (its wire form through structured clone, as IPC
 * sends it) with one element renamed by the user; the common ancestor and their copy (two elements
 * changed) are picked in turn. Each copy arrives as the reply of `project:peek` does (deserialized,
 * its tables made where the code has no steps, left in their wire form where it has: `arrive`), then
 * is checked beside the project (`check`): in one piece where the code has no steps, else in slices
 * as the panel runs them (renderer/compare/slices.ts).
 * Prints one JSON line of CPU ms: per copy the arrival, the check's CPU, its longest piece without a
 * turn of the event loop (what the user feels as a frozen window: wall ms, and CPU ms, the figure
 * to compare on a loaded machine) and its slice count.
 * With `prep`, the project's idle preparation (prepareForCommands) is done before the picks; without
 * it, the picks come before it finished (its boxes not yet frozen).
 * With `apply`, also the CPU ms of merge.apply with the two checked copies, as the panel's Merge runs it (twice).
 * Usage: tsx bench/scale/merge-pick-child.ts <elements> [prep] [apply]
 */
import v8 from 'node:v8';
import { fromDocumentData, fromWire, toWire, type LakarDocument, type LakarDocumentData } from '../../shared/model';
import { dispatch, initialState, prepareForCommands } from '../../shared/commands';
import * as reusing from '../../shared/model/parse-reusing';
import { makeVariedDocument } from '../../test/helpers/varied-model';
import { withAppLengthIds } from '../checker/app-ids';
import { measure } from '../timing';

const n = Number(process.argv[2] ?? 100_000);
const prep = process.argv.includes('prep');
const text = withAppLengthIds(JSON.stringify(makeVariedDocument(n, 5)));
const readFile = (t: string) => fromDocumentData(JSON.parse(t) as LakarDocumentData) as LakarDocument;
const send = (d: LakarDocument) => v8.serialize(toWire(d));
const theirsData = JSON.parse(text) as LakarDocumentData;
const ids = Object.keys(theirsData.elements);
const [a, b] = [ids[Math.floor(ids.length * 0.2)], ids[Math.floor(ids.length * 0.5)]];
theirsData.elements[a] = { ...theirsData.elements[a], name: 'Nama mereka' };
theirsData.elements[b] = { ...theirsData.elements[b], description: 'mereka' };
let open = fromWire(v8.deserialize(send(readFile(text)))) as LakarDocument;
open = dispatch(initialState(open), 'element.update', { id: ids[Math.floor(ids.length * 0.7)], patch: { name: 'Nama saya' } }).state.doc;
if (prep) prepareForCommands(open);
const messages = { base: send(readFile(text)), theirs: send(readFile(JSON.stringify(theirsData))) };

type Stepped = typeof reusing & { parseDocumentReusingSteps?: (v: unknown, valid: LakarDocument, checked?: LakarDocument) => Generator<void, { data?: LakarDocument }, unknown> };
const steps = (reusing as Stepped).parseDocumentReusingSteps;
const stepped = steps !== undefined;

/** The check of `copy` beside the project: CPU ms, longest piece (wall ms), slices, the checked copy. */
async function check(copy: LakarDocument, checked?: LakarDocument): Promise<{ cpu: number; longest: number; longestCpu: number; slices: number; doc: LakarDocument }> {
  const c0 = process.cpuUsage();
  if (!steps) {
    const t0 = performance.now();
    const doc = reusing.parseDocumentReusing(copy, open, checked).data!;
    const longest = performance.now() - t0;
    const c = process.cpuUsage(c0);
    return { cpu: (c.user + c.system) / 1000, longest, longestCpu: (c.user + c.system) / 1000, slices: 1, doc };
  }
  const { runInSlices } = await import('../../renderer/compare/slices');
  let longest = 0;
  let longestCpu = 0;
  let slices = 0;
  let start = -1;
  let startCpu = process.cpuUsage();
  const clock = () => {
    const t = performance.now();
    if (start < 0) [start, startCpu] = [t, process.cpuUsage()];
    return t;
  };
  const endSlice = () => {
    const c = process.cpuUsage(startCpu);
    longest = Math.max(longest, performance.now() - start);
    longestCpu = Math.max(longestCpu, (c.user + c.system) / 1000);
    start = -1;
    slices++;
  };
  const result = await runInSlices(steps(copy, open, checked), { now: clock, onSlice: endSlice });
  endSlice();
  const c = process.cpuUsage(c0);
  return { cpu: (c.user + c.system) / 1000, longest, longestCpu, slices, doc: result!.data! };
}

const out: Record<string, number | boolean> = { sliced: !!steps, prep };
let base: LakarDocument | undefined;
let checkedTheirs: LakarDocument | undefined;
for (const which of ['base', 'theirs'] as const) {
  let copy!: LakarDocument;
  // the code with steps leaves the reply's tables in their wire form (shared/ipc/page-api.ts); before, they were made tables
  out[`${which}Arrive`] = measure(() => (copy = (stepped ? v8.deserialize(messages[which]) : fromWire(v8.deserialize(messages[which]))) as LakarDocument)).cpu;
  const r = await check(copy, base);
  Object.assign(out, { [`${which}CheckCpu`]: r.cpu, [`${which}Longest`]: r.longest, [`${which}LongestCpu`]: r.longestCpu, [`${which}Slices`]: r.slices });
  if (which === 'base') base = r.doc;
  else checkedTheirs = r.doc;
}
// then the merge the panel applies (merge.apply takes the checked tables and views as they are)
if (process.argv.includes('apply')) {
  const picked = { base: base!, theirs: checkedTheirs! };
  out.applyCpu = measure(() => dispatch(initialState(open), 'merge.apply', picked)).cpu;
  out.applyAgainCpu = measure(() => dispatch(initialState(open), 'merge.apply', picked)).cpu;
}
process.stdout.write(`${JSON.stringify(out)}\n`);
