/**
 * Moving one box in a large view (issue 18: an edit costs what it changes). A move redraws the moved
 * box's tree (an application with its modules and services) and stores where it differs; the view
 * was stored as drawn by the move before (shared/commands/normalize.ts `normalizeMoved`). Measured
 * end to end as the editor and the main process do it: the dispatch (command + undo history), then
 * the session applying, validating and journalling the patches (journal entries serialised as the
 * recovery journal writes them, kept in memory). The varied model's first view holds most of its
 * elements (91,980 boxes at 100,000). Baselines: the same move at 1,000 elements, and a rename that
 * keeps the box's height (one element, no geometry) in the same model. An undo of a move is measured the
 * same way (the history applies the inverse patches: shared/model/table-edit.ts applyDocumentPatches).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { dispatch, initialState, prepareForCommands, redo, undo, type EditorState } from '../../shared/commands';
import { fromDocumentData, toDocumentData, type Element, type LakarDocument } from '../../shared/model';
import { boxIds } from '../../shared/model/boxes-record';
import { bandLayout, NODE_WIDTH } from '../../shared/model/bands';
import { CHILD_WIDTH, textHeight } from '../../shared/routing/scene';
import { drawnRunsIn } from '../../shared/commands/drawn-ahead';
import { ProjectSession, type StorageAdapter } from '../../shared/store/session';
import { makeVariedDocument } from '../../test/helpers/varied-model';
import { formatTable, type BenchRow } from '../run';
import { measure, median } from '../timing';

// LAKAR_BENCH_MOVES=n measures fewer moves (a 100,000-element view before this change took seconds per move)
const MOVES = Number(process.env.LAKAR_BENCH_MOVES ?? 21);
const WARM_UP = Math.min(5, Math.ceil(MOVES / 4));

interface MoveFigures {
  boxes: number;
  /** dispatch + session apply + journal entry, per move: wall and CPU ms. */
  move: { wall: number; cpu: number };
  /** the dispatch alone (the editor's part). */
  dispatch: { wall: number; cpu: number };
  /** the first move after loading, which stores the drawn geometry of the whole view. */
  first: { wall: number; cpu: number };
  /** a rename keeping the box's height, end to end. */
  rename: { wall: number; cpu: number };
  /** a move that grows a band (a box resized taller than the second band): every box below moves down. */
  grow: { wall: number; cpu: number };
  /** an undo of a move, end to end (the history's inverse patches applied to the document and in the session). */
  undo: { wall: number; cpu: number };
  /** View › Hide of one box, end to end (changes the view's hidden list, a field beside its boxes). */
  hide: { wall: number; cpu: number };
  /** the first move in the view once saved (stored as drawn) and opened again: without the idle preparation, after it, and its largest part (10 ms asked). */
  reopened: { first: number; prepared: number; largestPart: number };
  /** the first move in the view as generated (not stored as drawn): see `firstMovesNotDrawn`. */
  notDrawn: NotDrawnFigures;
}

interface NotDrawnFigures {
  /** CPU ms end to end (dispatch + session applied and journalled), and of the dispatch alone: the first move after the idle preparation, … */
  prepared: { whole: number; dispatch: number };
  /** … the first move without it, … */
  plain: { whole: number; dispatch: number };
  /** … the undo of that first move (prepared), and the move after that undo, end to end. */
  undo: number;
  afterUndo: number;
  /** a later move (the view stored as drawn by the first), end to end. */
  later: number;
  /** the largest idle part of the preparation (10 ms asked), CPU ms. */
  largestPart: number;
  /** the boxes the first move stores (patches). */
  patches: number;
}

/**
 * The editor and the main process on `doc`: `edit` dispatches a command (or undoes/redoes) and has
 * the session apply, validate and journal its patches (entries serialised as the recovery journal
 * writes them, kept in memory); it gives the whole (wall, CPU ms) and the dispatch alone.
 */
export function editEndToEnd(doc: LakarDocument) {
  let journalled = 0;
  const adapter: StorageAdapter = {
    async appendJournal(_g, entry) {
      journalled += JSON.stringify(entry).length;
    },
    async clearJournal() {},
    async writeChanges() {},
  };
  const session = ProjectSession.open({ doc, generation: 1, journal: null }, adapter);
  const editor = { state: initialState(doc) as EditorState, journalled: () => journalled };
  const step = async (transition: (s: EditorState) => { state: EditorState; patches: Parameters<typeof session.apply>[0] }) => {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    let patches: Parameters<typeof session.apply>[0] = [];
    const before = editor.state.doc;
    const dispatched = measure(() => ({ state: editor.state, patches } = transition(editor.state)));
    // no disk: the adapter only serialises the entry, so this awaits microtasks, never I/O; the runs
    // storing a view as drawn are named as the window names them (journalled as a note)
    await session.apply(patches, undefined, drawnRunsIn(patches, before, editor.state.doc));
    const wall = performance.now() - t0;
    const c = process.cpuUsage(c0);
    return { whole: { wall, cpu: (c.user + c.system) / 1000 }, dispatched };
  };
  const edit = (id: string, args: unknown) => step((s) => dispatch(s, id, args));
  return { editor, edit, step };
}

async function movesIn(n: number): Promise<MoveFigures> {
  const doc = fromDocumentData(JSON.parse(JSON.stringify(makeVariedDocument(n, 5)))) as LakarDocument;
  const [viewId, view] = Object.entries(doc.views)[0];
  const { editor, edit, step } = editEndToEnd(doc);
  // boxes of every kind, the moved ones spread over the view; each moved a little to the right
  const ids = Object.keys(view.nodes);
  const picked = Array.from({ length: WARM_UP + MOVES }, (_, i) => ids[Math.floor((i * 7919) % ids.length)]);
  const moveOf = (id: string, i: number) => ({ viewId, moves: [{ id, x: editor.state.doc.views[viewId].nodes[id].x + 10 + i, y: editor.state.doc.views[viewId].nodes[id].y }] });
  const first = (await edit('element.move', moveOf(picked[0], 0))).whole;
  const moves: { wall: number; cpu: number }[] = [];
  const dispatches: { wall: number; cpu: number }[] = [];
  for (const [i, id] of picked.slice(1).entries()) {
    const m = await edit('element.move', moveOf(id, i));
    if (i < WARM_UP) continue;
    moves.push(m.whole);
    dispatches.push(m.dispatched);
  }
  // the last moves undone, then done again (so the renames below start from the same document)
  const undos: { wall: number; cpu: number }[] = [];
  for (let i = 0; i < Math.min(5, MOVES); i++) undos.push((await step(undo)).whole);
  for (let i = 0; i < Math.min(5, MOVES); i++) await step(redo);
  // applications whose box keeps its height under the short name (a generated name may take two lines)
  const keeps = (e: Element, name: string) => [NODE_WIDTH, CHILD_WIDTH].every((w) => textHeight(e, w) === textHeight({ ...e, name } as Element, w));
  const apps = doc.elements.values().filter((e) => e.kind === 'application' && view.nodes[e.id] && keeps(e, 'y 00'));
  const renames: { wall: number; cpu: number }[] = [];
  for (const [i, e] of apps.slice(0, MOVES).entries()) renames.push((await edit('element.update', { id: e.id, patch: { name: `y ${String(i).padStart(2, '0')}` } })).whole);
  if (editor.journalled() === 0) throw new Error('nothing journalled');
  const med = (xs: { wall: number; cpu: number }[]) => ({ wall: median(xs.map((x) => x.wall)), cpu: median(xs.map((x) => x.cpu)) });
  // channels (the second band) resized taller than their band: the five bands below move down
  const channels = ids.filter((id) => doc.elements.get(id)?.kind === 'channel');
  const grows: { wall: number; cpu: number }[] = [];
  for (let i = 0; i < Math.min(5, MOVES); i++) {
    const id = channels[(i * 7) % channels.length];
    const band = bandLayout(editor.state.doc.views[viewId])[1];
    const at = editor.state.doc.views[viewId].nodes[id];
    grows.push((await edit('element.move', { viewId, moves: [{ id, x: at.x + 3, y: band.top + 10, h: band.height + 20 }] })).whole);
  }
  // boxes hidden (View › Hide), each undone after
  const hides: { wall: number; cpu: number }[] = [];
  for (let i = 0; i < Math.min(5, MOVES); i++) {
    hides.push((await edit('view.hideElements', { viewId, ids: [picked[(i * 3) % picked.length]] })).whole);
    await step(undo);
  }
  return {
    boxes: ids.length,
    move: med(moves),
    dispatch: med(dispatches),
    first,
    rename: med(renames),
    grow: med(grows),
    undo: med(undos),
    hide: med(hides),
    reopened: firstMovesReopened(editor.state.doc, viewId),
    notDrawn: await firstMovesNotDrawn(JSON.stringify(toDocumentData(doc)), viewId),
  };
}

/**
 * The first move in view `viewId` of the document `json` holds, a view not stored as drawn (the
 * generated one: a move stores 46,707 of its 91,980 boxes anew at 100,000 elements), opened afresh
 * each time: after the idle preparation (which makes those boxes ahead, shared/commands/drawn-ahead.ts)
 * and without it, end to end; then its undo, the move after that undo, and a later move. Medians of 3.
 */
async function firstMovesNotDrawn(json: string, viewId: string): Promise<NotDrawnFigures> {
  const once = async (prepare: boolean) => {
    const opened = fromDocumentData(JSON.parse(json)) as LakarDocument;
    const parts: number[] = [];
    for (let done = !prepare; !done; ) {
      const t0 = performance.now();
      parts.push(measure(() => (done = prepareForCommands(opened, () => performance.now() < t0 + 10))).cpu);
    }
    const { editor, edit, step } = editEndToEnd(opened);
    const ids = boxIds(opened.views[viewId].nodes);
    const moveOf = (k: number) => {
      const id = ids[Math.floor((ids.length * k) / 7)];
      const at = editor.state.doc.views[viewId].nodes[id];
      return { viewId, moves: [{ id, x: at.x + 10, y: at.y }] };
    };
    const first = await edit('element.move', moveOf(1));
    const patches = editor.state.past[editor.state.past.length - 1].patches.length;
    const undone = (await step(undo)).whole.cpu;
    const afterUndo = (await edit('element.move', moveOf(2))).whole.cpu;
    const later = (await edit('element.move', moveOf(3))).whole.cpu;
    return { whole: first.whole.cpu, dispatch: first.dispatched.cpu, undo: undone, afterUndo, later, largestPart: Math.max(0, ...parts), patches };
  };
  const prepared: Awaited<ReturnType<typeof once>>[] = [];
  const plain: Awaited<ReturnType<typeof once>>[] = [];
  for (let i = 0; i < 3; i++) {
    prepared.push(await once(true));
    plain.push(await once(false));
  }
  const med = (xs: Awaited<ReturnType<typeof once>>[], f: (x: Awaited<ReturnType<typeof once>>) => number) => median(xs.map(f));
  return {
    prepared: { whole: med(prepared, (x) => x.whole), dispatch: med(prepared, (x) => x.dispatch) },
    plain: { whole: med(plain, (x) => x.whole), dispatch: med(plain, (x) => x.dispatch) },
    undo: med(prepared, (x) => x.undo),
    afterUndo: med(prepared, (x) => x.afterUndo),
    later: med(prepared, (x) => x.later),
    largestPart: med(prepared, (x) => x.largestPart),
    patches: med(prepared, (x) => x.patches),
  };
}

/**
 * The first move in view `viewId` of `doc` (stored as drawn by the moves before) saved and opened
 * again, without and after the idle preparation that finds the view stored as drawn
 * (prepareForCommands; the editor runs it in idle time after opening), in CPU ms, medians of 3.
 */
function firstMovesReopened(doc: LakarDocument, viewId: string): MoveFigures['reopened'] {
  const json = JSON.stringify(toDocumentData(doc));
  const once = (prepare: boolean) => {
    const opened = fromDocumentData(JSON.parse(json)) as LakarDocument;
    const parts: number[] = [];
    for (let done = !prepare; !done; ) {
      const t0 = performance.now();
      parts.push(measure(() => (done = prepareForCommands(opened, () => performance.now() < t0 + 10))).cpu);
    }
    const ids = boxIds(opened.views[viewId].nodes);
    const id = ids[Math.floor(ids.length / 3)];
    const at = opened.views[viewId].nodes[id];
    const first = measure(() => dispatch(initialState(opened), 'element.move', { viewId, moves: [{ id, x: at.x + 10, y: at.y }] })).cpu;
    return { first, largestPart: Math.max(0, ...parts) };
  };
  const plain = [0, 1, 2].map(() => once(false));
  const prepared = [0, 1, 2].map(() => once(true));
  return { first: median(plain.map((x) => x.first)), prepared: median(prepared.map((x) => x.first)), largestPart: median(prepared.map((x) => x.largestPart)) };
}

/** Rows for moves in the first view of the varied model at each of `sizes` (the first is the baseline). */
export async function viewMoveRows(sizes: readonly number[]): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  let base: MoveFigures | undefined;
  for (const n of sizes) {
    const f = await movesIn(n);
    base ??= f;
    const label = `view of ${f.boxes.toLocaleString('en-US')} boxes (${n.toLocaleString('en-US')}-element varied model)`;
    const baseLabel = `same, view of ${base.boxes.toLocaleString('en-US')} boxes`;
    rows.push(
      { name: `move one box end to end (dispatch → session applied and journalled), ${label}`, value: f.move.wall, unit: 'ms', baseline: { name: baseLabel, value: base.move.wall } },
      { name: `  the same: CPU time`, value: f.move.cpu, unit: 'ms', baseline: { name: `${baseLabel}: CPU time`, value: base.move.cpu } },
      { name: `  of which the dispatch (command + undo history): CPU time`, value: f.dispatch.cpu, unit: 'ms', baseline: { name: 'rename keeping the height, end to end: CPU time', value: f.rename.cpu } },
      { name: `  first move after loading (stores the drawn geometry of the whole view): CPU time`, value: f.first.cpu, unit: 'ms', baseline: { name: 'a later move: CPU time', value: f.move.cpu } },
      { name: `  a move growing a band (the boxes of the bands below stored lower): CPU time`, value: f.grow.cpu, unit: 'ms', baseline: { name: 'a later move: CPU time', value: f.move.cpu } },
      { name: `  undo of a move, end to end: CPU time`, value: f.undo.cpu, unit: 'ms', baseline: { name: `${baseLabel}: undo, CPU time`, value: base.undo.cpu } },
      { name: `  View › Hide of one box, end to end: CPU time`, value: f.hide.cpu, unit: 'ms', baseline: { name: `${baseLabel}: hide, CPU time`, value: base.hide.cpu } },
      { name: `  first move once saved and opened again, after the idle preparation (dispatch): CPU time`, value: f.reopened.prepared, unit: 'ms', baseline: { name: 'without it (draws the whole view): CPU time', value: f.reopened.first } },
      { name: `  largest idle part of that preparation (10 ms asked): CPU time`, value: f.reopened.largestPart, unit: 'ms' },
      {
        name: `  first move in the view as generated (not stored as drawn: ${f.notDrawn.patches.toLocaleString('en-US')} patches), after the idle preparation, end to end: CPU time`,
        value: f.notDrawn.prepared.whole,
        unit: 'ms',
        baseline: { name: 'a later move, end to end: CPU time', value: f.notDrawn.later },
      },
      { name: `    of which the dispatch: CPU time`, value: f.notDrawn.prepared.dispatch, unit: 'ms', baseline: { name: 'without the preparation (draws the whole view): CPU time', value: f.notDrawn.plain.dispatch } },
      { name: `    the same without the preparation, end to end: CPU time`, value: f.notDrawn.plain.whole, unit: 'ms', baseline: { name: 'after it: CPU time', value: f.notDrawn.prepared.whole } },
      { name: `    its undo, end to end: CPU time`, value: f.notDrawn.undo, unit: 'ms', baseline: { name: 'a later move: CPU time', value: f.notDrawn.later } },
      { name: `    the move after that undo, end to end: CPU time`, value: f.notDrawn.afterUndo, unit: 'ms', baseline: { name: 'a later move: CPU time', value: f.notDrawn.later } },
      { name: `    largest idle part of that preparation (10 ms asked): CPU time`, value: f.notDrawn.largestPart, unit: 'ms' },
    );
  }
  return rows;
}

// alone: `npx tsx bench/scale/view-moves.ts [sizes…]` (the scale bench runs it at 1k, 10k and 100k)
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const sizes = process.argv.slice(2).map(Number);
  const rows = await viewMoveRows(sizes.length ? sizes : [1_000, 10_000, 100_000]);
  console.log(formatTable(rows.map((r) => ({ module: 'scale', ...r, ratio: r.baseline && r.value > 0 ? r.baseline.value / r.value : undefined }))));
}
