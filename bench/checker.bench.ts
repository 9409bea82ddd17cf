/**
 * Checker figures for a generated 10,000-element model (about 15,000 relations):
 *  - a full check (every rule, fresh indexes), goal ≤ 50 ms;
 *  - a recheck after one edit, goal ≤ 2 ms, with the edit's immer patches (what the editor has) and
 *    without them (the checker then diffs the two documents by reference); the baseline is a full
 *    check of the same edited model, the simple way to stay up to date;
 *  - a recheck after dragging one node (a view-only change);
 *  - the first recheck after a full check, which also indexes the full check's problems by anchor
 *    (the Problems panel does that in idle time beforehand: `prepareForEdits`).
 * At 100,000 elements (issue 18: full check ≤ 500 ms, one-edit recheck ≤ 2 ms), wall and CPU time:
 *  - a full check of the uniform model, against ten times the 10,000-element figure of the same run
 *    (what a check that grows linearly would cost), and of a model varied in every attribute the
 *    rules read (test/helpers/varied-model: module trees, hub sites, classified data, second view;
 *    read back from JSON as from a file), which is where rules that walk a tree or a list per item
 *    used to show; that one in child processes, with the V8 flags the app and the CLI run with
 *    (electron/main/js-flags.ts) against Node's defaults, and with its ids made as long as the app
 *    makes them, against the generator's short ones (which JSON.parse shares: a relation's ends are
 *    then the element's own id string, never so in a saved project), and the window's copy of it
 *    (its wire form through structured clone, as the opened document reaches the window) against
 *    the document read from its file; and opened in a process that has run nothing before, as a
 *    window opening a project is (bench/checker/opened-check-child.ts: the document's file read, made
 *    a document and checked, code cold and the young generation as V8 starts it, then a second copy),
 *    with the app's flags against Node's defaults;
 *  - a recheck after one edit, against a full check of the edited model;
 *  - the first edit of each kind after the full check, against later edits of the same kinds;
 *  - the canvas's markers after that recheck (renderer/problems/findingsIndex: the report's changes
 *    applied), against counting every finding again.
 * `LAKAR_BENCH_CHECKER_100K=0` skips the 100,000-element rows while iterating.
 * Edits rename one element of each kind in turn. Medians after a warm-up; CPU time is shown too,
 * because on a shared machine wall time includes waiting for a core, and JSON.stringify of the same
 * model is timed as a yardstick for comparing machines.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JS_FLAGS } from '../electron/main/js-flags';
import { executeCommand } from '../shared/commands';
import type { LakarDocument } from '../shared/model';
import { checkDocument, createChecker, type CheckReport } from '../shared/rules';
import { ElementMarkers, findingsByElement } from '../renderer/problems/findingsIndex';
import { makeLargeDocument } from '../test/helpers/factories';
import { makeVariedDocument } from '../test/helpers/varied-model';
import { withAppLengthIds } from './checker/app-ids';
import { checkAnew } from './checker/fresh-tables';
import type { BenchRow } from './run';
import { measure, median } from './timing';

const ELEMENTS = 10_000;

/** One element id of each kind, for edits spread over the model. */
function samplesByKind(doc: LakarDocument): string[] {
  const seen = new Map<string, string>();
  for (const e of doc.elements.values()) if (!seen.has(e.kind)) seen.set(e.kind, e.id);
  return [...seen.values()];
}

/** Bench rows for the WoG checker. */
export async function run(): Promise<BenchRow[]> {
  let doc = makeLargeDocument(ELEMENTS);
  const problems = checkDocument(doc).problems.length; // warm-up
  checkDocument(doc);

  // as if no check had seen the tables, as after opening or an edit (checker/fresh-tables.ts)
  const full = [0, 1, 2, 3, 4, 5, 6].map(() => measure(() => checkAnew(doc)));
  const fullWall = median(full.map((m) => m.wall));
  // calibration: a well-known whole-model operation, to scale the figures to another machine
  const stringify = median([0, 1, 2, 3, 4].map(() => measure(() => JSON.stringify(doc)).wall));
  const fullCpu = median(full.map((m) => m.cpu));

  const targets = samplesByKind(doc);
  const withPatches: { wall: number; cpu: number }[] = [];
  const byDiff: { wall: number; cpu: number }[] = [];
  const fullAfterEdit: number[] = [];
  for (const mode of ['patches', 'diff'] as const) {
    const checker = createChecker();
    checker.check(doc);
    for (let round = 0; round < 3; round++) {
      for (const id of targets) {
        const { doc: next, patches } = executeCommand(doc, 'element.update', { id, patch: { name: `${mode} ${round} ${id}` } });
        const m = measure(() => checker.check(next, mode === 'patches' ? patches : undefined));
        if (round > 0) (mode === 'patches' ? withPatches : byDiff).push(m);
        doc = next;
      }
    }
    if (mode === 'patches') fullAfterEdit.push(measure(() => checkDocument(doc)).wall);
  }

  const checker = createChecker();
  checker.check(doc);
  const moves: number[] = [];
  const nodeIds = Object.keys(doc.views.view_main.nodes);
  for (let i = 0; i < 12; i++) {
    const id = nodeIds[(i * 211) % nodeIds.length];
    const at = doc.views.view_main.nodes[id];
    const { doc: next, patches } = executeCommand(doc, 'element.move', { viewId: 'view_main', moves: [{ id, x: at.x + 10, y: at.y }] });
    const m = measure(() => checker.check(next, patches));
    if (i > 1) moves.push(m.wall);
    doc = next;
  }

  const firstEdits: number[] = [];
  for (let i = 0; i < 7; i++) {
    const fresh = createChecker();
    fresh.check(doc);
    const id = targets[i % targets.length];
    const { doc: next, patches } = executeCommand(doc, 'element.update', { id, patch: { name: `first ${i} ${id}` } });
    firstEdits.push(measure(() => fresh.check(next, patches)).wall);
    doc = next;
  }

  const baseline = { name: 'full check of the edited model', value: median([...fullAfterEdit, fullWall]) };
  const rows: BenchRow[] = [
    { name: `full check, ${ELEMENTS.toLocaleString('en-US')} elements (${problems} problems)`, value: fullWall, unit: 'ms', goal: 50 },
    { name: 'full check (CPU time)', value: fullCpu, unit: 'ms', goal: 50 },
    { name: 'calibration: JSON.stringify of the same model', value: stringify, unit: 'ms' },
    { name: 'recheck after one edit, with patches', value: median(withPatches.map((m) => m.wall)), unit: 'ms', baseline, goal: 2 },
    { name: 'recheck after one edit, with patches (CPU time)', value: median(withPatches.map((m) => m.cpu)), unit: 'ms', goal: 2 },
    { name: 'recheck after one edit, by document diff', value: median(byDiff.map((m) => m.wall)), unit: 'ms', baseline },
    { name: 'recheck after moving one node', value: median(moves), unit: 'ms', baseline, goal: 2 },
    { name: 'first recheck after a full check, not prepared', value: median(firstEdits), unit: 'ms', baseline },
  ];
  if (process.env.LAKAR_BENCH_CHECKER_100K !== '0') rows.push(...large(fullWall, fullCpu));
  for (const r of rows) process.stderr.write(`  checker: ${r.name}: ${r.value.toFixed(2)} ${r.unit}${r.goal !== undefined ? ` (goal ≤ ${r.goal})` : ''}\n`);
  return rows;
}

const LARGE = 100_000;

/** Median wall and CPU time of `runs` full checks of `doc`'s shape after a warm-up, each as if no check had seen its tables. */
function fullChecks(doc: LakarDocument, runs: number): { wall: number; cpu: number; problems: number } {
  const problems = checkDocument(doc).problems.length;
  const m = Array.from({ length: runs }, () => measure(() => checkAnew(doc)));
  return { wall: median(m.map((x) => x.wall)), cpu: median(m.map((x) => x.cpu)), problems };
}

interface Figures {
  wall: number;
  cpu: number;
  problems: number;
  /** Checking the same tables again: the checker keeps their numbering (varied-check-child.ts). */
  sameTablesCpu: number;
  /** With renames: rechecks after renaming one element (varied-check-child.ts). */
  renameCpu?: number;
  renameSlowestKindCpu?: number;
  renameSlowestKind?: string;
  /** The first check of a document just read (varied-check-child.ts). */
  firstWall: number;
  firstCpu: number;
  /** With window-copy: that document's sending and arrival (varied-check-child.ts). */
  sendCpu?: number;
  arriveCpu?: number;
}

/** Full checks of the 100,000-element varied model in a child process started with `flags` (bench/checker/varied-check-child.ts). */
function variedChecksInChild(flags: string[], options: ('renames' | 'app-ids' | 'window-copy')[] = []): Figures {
  const child = path.join(path.dirname(fileURLToPath(import.meta.url)), 'checker', 'varied-check-child.ts');
  const out = execFileSync(process.execPath, [...flags, '--import', 'tsx', child, String(LARGE), '3', ...options], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  return JSON.parse(out.trim().split('\n').pop()!) as Figures;
}

/** What bench/checker/opened-check-child.ts prints. */
interface OpenedFigures {
  coldCpu: number;
  coldMainCpu: number;
  coldCollections: number;
  warmCpu: number;
  warmMainCpu: number;
  warmCollections: number;
  problems: number;
}

/** The varied model opened from its file (`file`) in a process of its own started with `flags` (bench/checker/opened-check-child.ts). */
function openedInChild(flags: string[], file: string): OpenedFigures {
  const child = path.join(path.dirname(fileURLToPath(import.meta.url)), 'checker', 'opened-check-child.ts');
  const out = execFileSync(process.execPath, [...flags, '--import', 'tsx', child, file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  return JSON.parse(out.trim().split('\n').pop()!) as OpenedFigures;
}

/** The 100,000-element rows: full checks and the one-edit recheck, with their baselines. */
function large(fullWall10k: number, fullCpu10k: number): BenchRow[] {
  const label = LARGE.toLocaleString('en-US');
  let doc = makeLargeDocument(LARGE);
  const uniform = fullChecks(doc, 5);
  const linearWall = { name: `10 × the ${ELEMENTS.toLocaleString('en-US')}-element full check`, value: 10 * fullWall10k };
  const linearCpu = { name: `10 × the ${ELEMENTS.toLocaleString('en-US')}-element full check (CPU)`, value: 10 * fullCpu10k };

  const targets = samplesByKind(doc);
  const checker = createChecker();
  checker.check(doc);
  checker.prepareForEdits();
  const edits: { wall: number; cpu: number }[] = [];
  // round 0 edits each kind for the first time since the full check: what an index made only on
  // an edit (issue 18: a kind's map by id, 8–21 ms at this size) costs shows there
  const firstEdits: { wall: number; cpu: number }[] = [];
  // the canvas's markers after each recheck: kept up to date from the report's changes, against
  // counting every finding again (what the canvas did before issue 18)
  const markers = new ElementMarkers();
  markers.update(checker.check(doc), doc.relations);
  const markerUpdates: { wall: number; cpu: number }[] = [];
  const markerRecounts: { wall: number; cpu: number }[] = [];
  for (let round = 0; round < 3; round++) {
    for (const id of targets) {
      const { doc: next, patches } = executeCommand(doc, 'element.update', { id, patch: { name: `large ${round} ${id}` } });
      let report: CheckReport | undefined;
      const m = measure(() => (report = checker.check(next, patches)));
      const updated = measure(() => markers.update(report!, next.relations));
      const recounted = measure(() => findingsByElement(report!, next.relations));
      if (round > 0) {
        edits.push(m);
        markerUpdates.push(updated);
        markerRecounts.push(recounted);
      } else firstEdits.push(m);
      doc = next;
    }
  }
  const fullEdited = measure(() => checkDocument(doc));

  // in child processes: as the app and the CLI run it (their V8 flags) and under Node's defaults, alternately
  const appFlags: Figures[] = [];
  const nodeDefaults: Figures[] = [];
  // and with ids as long as the app makes them: the generator's are short enough that JSON.parse shares them (varied-check-child.ts)
  const appIds: Figures[] = [];
  // and the window's copy, the check a user waits for in the app
  const windowCopies: Figures[] = [];
  // and opened in a process that has run nothing before (a window opening a project), with app-length ids
  const openedApp: OpenedFigures[] = [];
  const openedDefaults: OpenedFigures[] = [];
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'lakar-bench-')), 'varied.json');
  fs.writeFileSync(file, withAppLengthIds(JSON.stringify(makeVariedDocument(LARGE, 5))));
  const appFlagList = JS_FLAGS.split(' ');
  for (let round = 0; round < 2; round++) {
    appFlags.push(variedChecksInChild(appFlagList, round === 0 ? ['renames'] : []));
    nodeDefaults.push(variedChecksInChild([]));
    appIds.push(variedChecksInChild(appFlagList, ['app-ids']));
    windowCopies.push(variedChecksInChild(appFlagList, ['window-copy']));
    openedApp.push(openedInChild(appFlagList, file));
    openedDefaults.push(openedInChild([], file));
  }
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
  const openedMedian = (runs: OpenedFigures[], key: keyof OpenedFigures) => median(runs.map((f) => f[key]));
  const varied = { wall: median(appFlags.map((f) => f.wall)), cpu: median(appFlags.map((f) => f.cpu)), problems: appFlags[0].problems };
  const defaults = { wall: median(nodeDefaults.map((f) => f.wall)), cpu: median(nodeDefaults.map((f) => f.cpu)) };
  return [
    { name: `full check, ${label} elements (${uniform.problems} problems)`, value: uniform.wall, unit: 'ms', baseline: linearWall, goal: 500 },
    { name: `full check, ${label} elements (CPU time)`, value: uniform.cpu, unit: 'ms', baseline: linearCpu, goal: 500 },
    { name: `full check, ${label}-element varied model (${varied.problems} problems), as the app runs it`, value: varied.wall, unit: 'ms', baseline: { name: "the same under Node's default V8 flags", value: defaults.wall }, goal: 500 },
    { name: `full check, ${label}-element varied model, as the app runs it (CPU time)`, value: varied.cpu, unit: 'ms', baseline: { name: "the same under Node's default V8 flags (CPU)", value: defaults.cpu }, goal: 500 },
    { name: `full check of the same ${label}-element varied model's tables again (a catalogue change, an export), as the app runs it (CPU time)`, value: median(appFlags.map((f) => f.sameTablesCpu)), unit: 'ms', baseline: { name: 'a check of tables not checked before (CPU)', value: varied.cpu } },
    { name: `first full check of the ${label}-element varied model just read (opening), as the app runs it (CPU time)`, value: median(appFlags.map((f) => f.firstCpu)), unit: 'ms', baseline: { name: 'later full checks of the same document (CPU)', value: varied.cpu }, goal: 500 },
    { name: `full check, ${label}-element varied model with ids as long as the app's, as the app runs it (CPU time)`, value: median(appIds.map((f) => f.cpu)), unit: 'ms', baseline: { name: "the same with the generator's short ids (CPU)", value: varied.cpu }, goal: 500 },
    { name: `full check of the window's copy of the ${label}-element varied model (sent as it is opened), as the app runs it (CPU time)`, value: median(windowCopies.map((f) => f.cpu)), unit: 'ms', baseline: { name: 'the same document as read from its file (CPU)', value: varied.cpu }, goal: 500 },
    { name: `first full check of the window's copy of the ${label}-element varied model (CPU time)`, value: median(windowCopies.map((f) => f.firstCpu)), unit: 'ms', baseline: { name: 'the first check of the document as read from its file (CPU)', value: median(appFlags.map((f) => f.firstCpu)) }, goal: 500 },
    { name: `the opened ${label}-element varied model sent to the window, made a document there and checked (CPU time)`, value: median(windowCopies.map((f) => f.sendCpu! + f.arriveCpu! + f.firstCpu)), unit: 'ms', baseline: { name: 'its first check alone, as read from its file (CPU)', value: median(appFlags.map((f) => f.firstCpu)) } },
    { name: `first full check of the ${label}-element varied model (app-length ids) in a process that just opened it, as the app runs it (CPU time)`, value: openedMedian(openedApp, 'coldCpu'), unit: 'ms', baseline: { name: "the same under Node's default V8 flags (CPU)", value: openedMedian(openedDefaults, 'coldCpu') }, goal: 500 },
    { name: `that first check in a process that just opened the model, its main thread's CPU time (the garbage collector's helper threads left out)`, value: openedMedian(openedApp, 'coldMainCpu'), unit: 'ms', baseline: { name: "the same under Node's default V8 flags", value: openedMedian(openedDefaults, 'coldMainCpu') } },
    { name: `garbage collections during that first check in a process that just opened the model`, value: openedMedian(openedApp, 'coldCollections'), unit: 'collections', baseline: { name: "under Node's default V8 flags", value: openedMedian(openedDefaults, 'coldCollections') } },
    { name: `first full check of a second copy of the model read in that process (CPU time)`, value: openedMedian(openedApp, 'warmCpu'), unit: 'ms', baseline: { name: "the same under Node's default V8 flags (CPU)", value: openedMedian(openedDefaults, 'warmCpu') }, goal: 500 },
    { name: `recheck after one edit, ${label} elements, with patches`, value: median(edits.map((m) => m.wall)), unit: 'ms', baseline: { name: 'full check of the edited model', value: fullEdited.wall }, goal: 2 },
    // renames on the varied model, whose applications head trees of modules (a part's top application is named in findings)
    { name: `recheck after renaming one element, ${label}-element varied model (CPU time)`, value: appFlags[0].renameCpu!, unit: 'ms', baseline: { name: 'full check of the varied model (CPU)', value: varied.cpu }, goal: 2 },
    { name: `recheck after renaming one element of the slowest kind (${appFlags[0].renameSlowestKind}), varied model (CPU time)`, value: appFlags[0].renameSlowestKindCpu!, unit: 'ms', baseline: { name: 'full check of the varied model (CPU)', value: varied.cpu } },
    { name: `recheck after one edit, ${label} elements (CPU time)`, value: median(edits.map((m) => m.cpu)), unit: 'ms', baseline: { name: 'full check of the edited model (CPU)', value: fullEdited.cpu }, goal: 2 },
    { name: `first edit of a kind after a full check, ${label} elements (CPU time)`, value: median(firstEdits.map((m) => m.cpu)), unit: 'ms', baseline: { name: 'a later edit of the same kind (CPU)', value: median(edits.map((m) => m.cpu)) }, goal: 2 },
    { name: `slowest first edit of a kind, ${label} elements (CPU time)`, value: Math.max(...firstEdits.map((m) => m.cpu)), unit: 'ms', baseline: { name: 'the slowest later edit (CPU)', value: Math.max(...edits.map((m) => m.cpu)) } },
    { name: `canvas markers after that recheck, ${label} elements (CPU time)`, value: median(markerUpdates.map((m) => m.cpu)), unit: 'ms', baseline: { name: 'counting every finding again (CPU)', value: median(markerRecounts.map((m) => m.cpu)) } },
  ];
}
