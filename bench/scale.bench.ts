/**
 * Scale figures of issue 18, on generated models (test/helpers/factories, ~1.5 relations per element):
 *  - one edit end to end — the editor's dispatch (command + undo history) and the session applying,
 *    validating and journalling it to the real recovery journal — at 1,000, 10,000 and 100,000
 *    elements; the baseline is the same edit at 1,000 elements (goal: 100k within 1.5× of 1k), and
 *    the in-memory part is shown apart so it is clear what grows with the model;
 *  - persisting one edit (journal + save one row) against rewriting the whole 100k document as JSON;
 *  - open (median of three, against reading the same rows raw without any check), sending the opened
 *    document to the window (against sending it with its tables as records, as before), full check, save
 *    one edit (against the same save at 1,000 elements, and the disk's fsync latency it is made of)
 *    and memory of a 100,000-element project;
 *  - a rename that changes a box's height in a large view (the varied model at 10,000 and 100,000
 *    elements), against a rename that keeps it (bench/scale/view-edits.ts);
 *  - removing one element, and undoing it, at 1,000, 10,000 and 100,000 elements (bench/scale/removals.ts);
 *  - adding and merging a handful of items with the recheck after each, and the first removal after
 *    opening with and without the idle preparation, at the same sizes (bench/scale/model-edits.ts);
 *  - moving one box in a view of 1k / 10k / 100k boxes end to end, against the same at 1,000 elements
 *    and a rename keeping the height (bench/scale/view-moves.ts);
 *  - adding and removing one box in the same views, with their undo and redo, against what immer alone
 *    takes to write one node into the view (bench/scale/view-adds.ts);
 *  - removing one element drawn on such a view and its undo, end to end with the canvas drawn again,
 *    against the same at 1,000 elements (bench/scale/canvas-removals.ts);
 *  - the Kertas Cadangan of 10,000 and 50,000 elements, each in a child process so its peak RSS is
 *    its own, against a plain jsPDF text dump of the same model in another child.
 * Medians of several runs after a warm-up; CPU time next to wall time where the machine is shared.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { dispatch, initialState, type EditorState } from '../shared/commands';
import { checkDocument } from '../shared/rules';
import { checkAnew } from './checker/fresh-tables';
import { fromDocumentData, fromWire, toDocumentData, toWire } from '../shared/model/wire';
import { makeLargeDocument } from '../test/helpers/factories';
import { writeFileAtomic } from '../electron/store/files';
import { createProject, openProject } from '../electron/store/project';
import type { BenchRow } from './run';
import { measure, median, time } from './timing';
import { viewEditRows } from './scale/view-edits';
import { removalRows } from './scale/removals';
import { canvasRemovalRows } from './scale/canvas-removals';
import { viewMoveRows } from './scale/view-moves';
import { viewAddRows } from './scale/view-adds';
import { modelEditRows } from './scale/model-edits';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SIZES = [1_000, 10_000, 100_000];
const EDITS = 15;
// edits made before measuring: the first creates the journal database, the rest let the JIT settle (at
// 1,000 elements an edit costs well under a millisecond once compiled, several before)
const WARM_UP = 10;

const fmtN = (n: number) => n.toLocaleString('en-US');

interface EditFigures {
  /** dispatch + session apply + journal, per edit. */
  endToEnd: number;
  /** CPU time of the same (the machine may be shared: wall time then includes waiting for a core). */
  endToEndCpu: number;
  /** dispatch + session apply (immer in the editor, the session's own copy in place, validation), no disk. */
  inMemory: number;
  /** the session's part of it: apply in place + validate, no disk. */
  sessionApply: number;
  /** journal + save of one edit (the disk work). */
  persist: number;
  /** save alone: one changed row in one transaction, then the journal cleared. */
  save: number;
  /** CPU time of the same. */
  saveCpu: number;
}

/** Rename `EDITS` elements spread over the model, one edit at a time, as the editor would. */
async function measureEdits(file: string, dir: string, n: number): Promise<EditFigures & { project: Awaited<ReturnType<typeof openProject>> }> {
  const project = await openProject(file, { recoveryDir: path.join(dir, 'recovery') });
  const adapter = project.adapter;
  let diskMs = 0;
  let diskCpuMs = 0;
  for (const method of ['appendJournal', 'writeChanges', 'clearJournal'] as const) {
    const original = adapter[method].bind(adapter) as (...args: never[]) => Promise<void>;
    (adapter as unknown as Record<string, unknown>)[method] = async (...args: never[]) => {
      const t = performance.now();
      const cpu = process.cpuUsage();
      await original(...args);
      const used = process.cpuUsage(cpu);
      diskMs += performance.now() - t;
      diskCpuMs += (used.user + used.system) / 1000;
    };
  }
  let state: EditorState = initialState(project.session.doc);
  const endToEnd: number[] = [];
  const endToEndCpu: number[] = [];
  const inMemory: number[] = [];
  const persist: number[] = [];
  const save: number[] = [];
  const saveCpu: number[] = [];
  const sessionApply: number[] = [];
  for (let i = 0; i < WARM_UP + EDITS; i++) {
    const id = `el_${(i * 7919) % n}`;
    diskMs = 0;
    const cpu = process.cpuUsage();
    let applyMs = 0;
    const total = await time(async () => {
      const { state: next, patches } = dispatch(state, 'element.update', { id, patch: { name: `Nama ${i}` } });
      state = next;
      applyMs = await time(() => project.session.apply(patches));
    });
    const used = process.cpuUsage(cpu);
    const journalMs = diskMs;
    diskMs = 0;
    diskCpuMs = 0;
    await project.session.save();
    if (i < WARM_UP) continue;
    endToEnd.push(total);
    endToEndCpu.push((used.user + used.system) / 1000);
    inMemory.push(total - journalMs);
    sessionApply.push(applyMs - journalMs);
    persist.push(journalMs + diskMs);
    save.push(diskMs);
    saveCpu.push(diskCpuMs);
  }
  return { endToEnd: median(endToEnd), endToEndCpu: median(endToEndCpu), inMemory: median(inMemory), sessionApply: median(sessionApply), persist: median(persist), save: median(save), saveCpu: median(saveCpu), project };
}

interface ChildFigures {
  ms: number;
  cpuMs: number;
  peakRssMb: number;
  modelRssMb: number;
  bytes: number;
}

/** Build the paper (or the text dump) of an `n`-element model in a child process. */
function paperInChild(n: number, mode: 'paper' | 'dump'): ChildFigures | { error: string } {
  try {
    const out = execFileSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench/scale/paper-child.ts'), String(n), mode], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 1 << 20,
    });
    return JSON.parse(out.trim().split('\n').pop()!) as ChildFigures;
  } catch (e) {
    const err = e as { status?: number; stderr?: string };
    return { error: `exit ${err.status ?? '?'}: ${(err.stderr ?? String(e)).trim().split('\n').slice(-1)[0]}` };
  }
}

/**
 * The baseline of opening: every row of `file` read with better-sqlite3 and its JSON parsed, without
 * any check or validation (what opening cannot do with less). Wall and CPU ms.
 */
function readRowsRaw(file: string): { wall: number; cpu: number } {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return measure(() => {
      for (const query of ['SELECT * FROM meta', ...['elements', 'relations', 'views'].map((t) => `SELECT * FROM ${t} ORDER BY rowid`)]) {
        for (const row of db.prepare(query).raw().iterate() as Iterable<unknown[]>) JSON.parse(row[row.length - 1] as string);
      }
      for (const row of db.prepare('SELECT * FROM view_nodes ORDER BY rowid').iterate()) void row;
    });
  } finally {
    db.close();
  }
}

/** Opening `file` again `runs` times: wall and CPU ms of each. */
async function reopen(file: string, recoveryDir: string, runs: number): Promise<{ wall: number[]; cpu: number[] }> {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const project = await openProject(file, { recoveryDir });
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    project.close({ keepRecovery: false });
  }
  return { wall, cpu };
}

/** The disk's latency: a 4 KB write made durable (fsync), as each step of a save's commit is. */
function syncedWrite(dir: string): number {
  const file = path.join(dir, 'fsync-probe');
  const block = Buffer.alloc(4096, 1);
  const runs: number[] = [];
  for (let i = 0; i < 11; i++) {
    const t = performance.now();
    const fd = fs.openSync(file, 'w');
    fs.writeSync(fd, block);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    runs.push(performance.now() - t);
  }
  fs.rmSync(file, { force: true });
  return median(runs);
}

/** Bench rows for the scale of issue 18. */
export async function run(): Promise<BenchRow[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lakar-scale-'));
  const rows: BenchRow[] = [];
  const say = (r: BenchRow) => {
    rows.push(r);
    process.stderr.write(`  scale: ${r.name}: ${r.value.toFixed(2)} ${r.unit}\n`);
  };
  try {
    const edits = new Map<number, EditFigures>();
    for (const n of SIZES) {
      const doc = makeLargeDocument(n);
      const file = path.join(dir, `model-${n}.lakar`);
      await createProject(file, doc);
      const heapBefore = process.memoryUsage().heapUsed;
      let project: Awaited<ReturnType<typeof openProject>> | undefined;
      const openCpu = process.cpuUsage();
      const openMs = await time(async () => (project = await openProject(file, { recoveryDir: path.join(dir, 'recovery') })));
      const openUsed = process.cpuUsage(openCpu);
      const openCpuMs = (openUsed.user + openUsed.system) / 1000;
      const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
      project!.close({ keepRecovery: false });
      // at the largest size, the median of this open and two more: one open varies by seconds on a shared machine
      const again = n === SIZES[SIZES.length - 1] ? await reopen(file, path.join(dir, 'recovery'), 2) : { wall: [], cpu: [] };
      const open = { wall: median([openMs, ...again.wall]), cpu: median([openCpuMs, ...again.cpu]) };
      const figures = await measureEdits(file, dir, n);
      edits.set(n, figures);
      const base = edits.get(SIZES[0])!;
      const label = fmtN(n);
      say({ name: `one edit end to end (dispatch → journalled), ${label} elements`, value: figures.endToEnd, unit: 'ms', baseline: { name: `same edit, ${fmtN(SIZES[0])} elements`, value: base.endToEnd }, goal: n === SIZES[SIZES.length - 1] ? base.endToEnd * 1.5 : undefined });
      say({ name: `one edit end to end, ${label} elements: CPU time`, value: figures.endToEndCpu, unit: 'ms', baseline: { name: `same, ${fmtN(SIZES[0])} elements`, value: base.endToEndCpu }, goal: n === SIZES[SIZES.length - 1] ? base.endToEndCpu * 1.5 : undefined });
      say({ name: `  of which in memory (dispatch + session apply), ${label} elements`, value: figures.inMemory, unit: 'ms', baseline: { name: `same, ${fmtN(SIZES[0])} elements`, value: base.inMemory } });
      say({ name: `  of which the session's apply (in place, validated; the main process), ${label} elements`, value: figures.sessionApply, unit: 'ms', baseline: { name: `same, ${fmtN(SIZES[0])} elements`, value: base.sessionApply } });

      if (n === SIZES[SIZES.length - 1]) {
        const session = figures.project.session;
        const jsonFile = path.join(dir, 'model.json');
        const json: number[] = [];
        for (let i = 0; i < 4; i++) json.push(await time(() => writeFileAtomic(jsonFile, JSON.stringify(session.doc))));
        const jsonMs = median(json.slice(1));
        say({ name: `persist one edit (journal + save 1 row), ${label} elements`, value: figures.persist, unit: 'ms', baseline: { name: 'whole document as JSON, atomic write', value: jsonMs }, goal: jsonMs / 20 });
        const raws = [readRowsRaw(file), readRowsRaw(file), readRowsRaw(file)];
        const raw = { wall: median(raws.map((r) => r.wall)), cpu: median(raws.map((r) => r.cpu)) };
        say({ name: `open project, ${label} elements (schema, pages and key indexes, load, validate)`, value: open.wall, unit: 'ms', baseline: { name: 'the same rows read and JSON-parsed, no check', value: raw.wall }, goal: 3000 });
        say({ name: `open project, ${label} elements: CPU time`, value: open.cpu, unit: 'ms', baseline: { name: 'raw read: CPU time', value: raw.cpu } });
        say({ name: `heap growth on opening the ${label}-element project (approx., no forced GC)`, value: Math.round(heapMb), unit: 'MB' });
        // what opening costs on top in the app: the document sent to the window (IPC clones it)
        const doc = session.doc;
        const sends = [0, 1, 2].map(() => measure(() => fromWire(structuredClone(toWire({ doc })))));
        const asRecords = [0, 1].map(() => measure(() => fromDocumentData(structuredClone(toDocumentData(doc)))));
        say({ name: `opened ${label}-element document sent to the window (tables as data, structured clone, tables again)`, value: median(sends.map((m) => m.wall)), unit: 'ms', baseline: { name: 'the same with tables as records (before)', value: median(asRecords.map((m) => m.wall)) } });
        say({ name: `  the same: CPU time`, value: median(sends.map((m) => m.cpu)), unit: 'ms', baseline: { name: 'as records: CPU time', value: median(asRecords.map((m) => m.cpu)) } });
        checkDocument(session.doc);
        // as if no check had seen the tables, as after opening or an edit (checker/fresh-tables.ts)
        const checks = [0, 1, 2].map(() => measure(() => checkAnew(session.doc)));
        const stringify = measure(() => JSON.stringify(session.doc));
        say({ name: `full check, ${label} elements`, value: median(checks.map((m) => m.wall)), unit: 'ms', baseline: { name: 'JSON.stringify of the same model', value: stringify.wall }, goal: 500 });
        say({ name: `full check, ${label} elements: CPU time`, value: median(checks.map((m) => m.cpu)), unit: 'ms', baseline: { name: 'JSON.stringify: CPU time', value: stringify.cpu }, goal: 500 });
        say({ name: `save one edit (1 row, one transaction), ${label} elements`, value: figures.save, unit: 'ms', baseline: { name: `same, ${fmtN(SIZES[0])} elements`, value: base.save }, goal: 5 });
        say({ name: `save one edit, ${label} elements: CPU time`, value: figures.saveCpu, unit: 'ms', baseline: { name: `same, ${fmtN(SIZES[0])} elements`, value: base.saveCpu } });
        say({ name: 'disk latency: one 4 KB write + fsync (a save commits with 4: journal, folder, journal header, file)', value: syncedWrite(dir), unit: 'ms' });
      }
      figures.project.close({ keepRecovery: false });
    }

    // LAKAR_BENCH_SCALE_NO_PAPER=1 leaves out the Kertas Cadangan rows (minutes of child processes) while iterating on the others
    for (const n of process.env.LAKAR_BENCH_SCALE_NO_PAPER === '1' ? [] : [10_000, 50_000]) {
      const paper = paperInChild(n, 'paper');
      const dump = paperInChild(n, 'dump');
      const label = fmtN(n);
      if ('error' in paper || 'error' in dump) {
        process.stderr.write(`  scale: Kertas Cadangan ${label}: ${'error' in paper ? paper.error : ''} ${'error' in dump ? dump.error : ''}\n`);
        say({ name: `Kertas Cadangan, ${label} elements: FAILED (${'error' in paper ? paper.error : 'dump failed'})`, value: -1, unit: 'ms' });
        continue;
      }
      say({ name: `Kertas Cadangan, ${label} elements: time`, value: Math.round(paper.ms), unit: 'ms', baseline: { name: 'plain jsPDF text dump of the same model', value: Math.round(dump.ms) }, goal: n === 10_000 ? 20_000 : undefined });
      say({ name: `Kertas Cadangan, ${label} elements: CPU time`, value: Math.round(paper.cpuMs), unit: 'ms', baseline: { name: 'text dump: CPU time', value: Math.round(dump.cpuMs) }, goal: n === 10_000 ? 20_000 : undefined });
      say({ name: `Kertas Cadangan, ${label} elements: peak RSS (child process)`, value: Math.round(paper.peakRssMb), unit: 'MB', baseline: { name: 'text dump: peak RSS', value: Math.round(dump.peakRssMb) }, goal: n === 10_000 ? 1024 : undefined });
      say({ name: `Kertas Cadangan, ${label} elements: size`, value: Math.round(paper.bytes / 1024), unit: 'KB', baseline: { name: 'text dump', value: Math.round(dump.bytes / 1024) } });
    }
    // renames in a large view: a box whose height changes against one whose height stays
    for (const n of [10_000, 100_000]) for (const r of viewEditRows(n)) say(r);
    // removals: relations and modules found from an index, not by walking the model
    for (const r of removalRows(SIZES)) say(r);
    // adding and merging a handful of items, with the recheck after; the first removal prepared in idle time or not
    for (const r of modelEditRows(SIZES)) say(r);
    // moves of one box in a large view, against the same at 1,000 elements and a rename keeping the height
    for (const r of await viewMoveRows(SIZES)) say(r);
    // adding and removing one box in the same views, against immer writing one node there
    for (const r of await viewAddRows(SIZES)) say(r);
    // removing one element drawn on that view with the canvas drawn again, against the same at 1,000 elements
    for (const r of await canvasRemovalRows(SIZES)) say(r);
    return rows;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
