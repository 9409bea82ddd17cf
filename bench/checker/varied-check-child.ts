/**
 * Child process of bench/checker.bench.ts: full checks of the 100,000-element varied model
 * (test/helpers/varied-model, read back from JSON as from a file), in a process of its own so the
 * parent can run it with and without the V8 flags the app runs with (electron/main/js-flags.ts).
 * Prints one JSON line: median wall and CPU ms of `runs` checks after a warm-up, each as if no check
 * had seen the tables (fresh-tables.ts: as opening or an edit meets them), the median CPU ms of
 * checking the same tables again (`sameTablesCpu`: the checker keeps their numbering), the problem count,
 * and the wall and CPU ms of the first check of a second document read the same way (`firstWall`,
 * `firstCpu`: what opening a project waits for).
 * With `renames`, also rechecks after renaming one element (three of each kind, in turn), the way
 * the editor does after a full check: the median CPU ms of all of them (`renameCpu`) and the median
 * of the slowest kind (`renameSlowestKindCpu`, and which kind), and the median of each kind
 * (`renameKindCpu`: the first kinds renamed run the recheck's code before it is optimised).
 * With `app-ids`, the model's element ids are as long as the app makes them (`withAppLengthIds`).
 * With `window-copy`, each document is the window's copy of the one read: its wire form through
 * structured clone, as IPC sends the opened document to the window (shared/model/wire.ts); the
 * second document's CPU ms in the main process (wire form, serialized: `sendCpu`) and in the window
 * (deserialized, made a document: `arriveCpu`) are given too: with `firstCpu`, the whole path from
 * the opened document to its check done. V8's serializer is what structured clone runs on either side.
 * Usage: tsx bench/checker/varied-check-child.ts <elements> <runs> [renames] [app-ids] [window-copy]
 */
import v8 from 'node:v8';
import { fromDocumentData, fromWire, toWire, type LakarDocument, type LakarDocumentData } from '../../shared/model';
import { executeCommand } from '../../shared/commands';
import { checkDocument, createChecker } from '../../shared/rules';
import { makeVariedDocument } from '../../test/helpers/varied-model';
import { measure, median } from '../timing';
import { withAppLengthIds } from './app-ids';
import { checkAnew } from './fresh-tables';

const n = Number(process.argv[2]);
const runs = Number(process.argv[3]);
const options = process.argv.slice(4);
// read back from JSON, as a document arrives from a file: the generator's ids end up as V8 "thin"
// strings (pointers to the interned copy), which make every Map lookup by id several times slower
// than in a document read from disk, and would measure the generator rather than the checker
const generated = JSON.stringify(makeVariedDocument(n, 5));
const text = options.includes('app-ids') ? withAppLengthIds(generated) : generated;
const readFile = () => fromDocumentData(JSON.parse(text) as LakarDocumentData) as LakarDocument;
const sending: { sendCpu?: number; arriveCpu?: number } = {};
const read = options.includes('window-copy') ? readWindowCopy : readFile;
const doc = read();
const problems = checkDocument(doc).problems.length;
// each warm run checks `doc` as if no check had seen its tables (fresh-tables.ts); checking it again, the case
// of unchanged tables, is reported apart as `sameTablesCpu`
const m = Array.from({ length: runs }, () => measure(() => checkAnew(doc)));
const same = Array.from({ length: runs }, () => measure(() => checkDocument(doc)));
const figures: Record<string, number | string | Record<string, number>> = {
  wall: median(m.map((x) => x.wall)),
  cpu: median(m.map((x) => x.cpu)),
  problems,
  sameTablesCpu: median(same.map((x) => x.cpu)),
};
if (options.includes('renames')) Object.assign(figures, renames(doc));
// the check a user waits for on opening: the first one of a document just read (the code warmed up
// on another), which the runs above leave out as a warm-up
const fresh = read();
const first = measure(() => checkDocument(fresh));
Object.assign(figures, { firstWall: first.wall, firstCpu: first.cpu }, sending);
process.stdout.write(`${JSON.stringify(figures)}\n`);

/** The document read, as the window gets it when it is opened: its wire form through structured clone, made a document again. */
function readWindowCopy(): LakarDocument {
  const opened = readFile();
  let message: Buffer | undefined;
  let doc: LakarDocument | undefined;
  sending.sendCpu = measure(() => (message = v8.serialize(toWire(opened)))).cpu;
  sending.arriveCpu = measure(() => (doc = fromWire(v8.deserialize(message!)) as LakarDocument)).cpu;
  return doc!;
}

/** Rechecks after renaming three elements of each kind in turn (see the module comment). */
function renames(start: LakarDocument) {
  let current = start;
  const checker = createChecker();
  checker.check(current);
  checker.prepareForEdits();
  const byKind = new Map<string, string[]>();
  for (const e of current.elements.values()) {
    const ids = byKind.get(e.kind) ?? [];
    if (ids.length < 3) byKind.set(e.kind, [...ids, e.id]);
  }
  const all: number[] = [];
  const perKind: Record<string, number> = {};
  let slowest = { kind: '', cpu: -1 };
  for (const [kind, ids] of byKind) {
    const times = ids.map((id, i) => {
      const { doc: next, patches } = executeCommand(current, 'element.update', { id, patch: { name: `Nama baharu ${i} ${id}` } });
      const t = measure(() => checker.check(next, patches)).cpu;
      current = next;
      return t;
    });
    all.push(...times);
    perKind[kind] = median(times);
    if (median(times) > slowest.cpu) slowest = { kind, cpu: median(times) };
  }
  return { renameCpu: median(all), renameSlowestKindCpu: slowest.cpu, renameSlowestKind: slowest.kind, renameKindCpu: perKind };
}
