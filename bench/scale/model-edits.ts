/**
 * Adding a handful of items (paste, import) and merging a handful of changes, at 1,000 / 10,000 /
 * 100,000 elements of the varied model (issue 18: an edit costs what it changes), and the first
 * removal after opening with and without the idle preparation (shared/commands/prepare.ts).
 *  - element.addMany of 5 elements and 3 relations on no view, its undo, and the checker's
 *    incremental recheck after each (what the Problems panel does next);
 *  - merge.apply of base and theirs read as from files (their own objects), theirs with 4 changes
 *    and mine with 2 (elements on no view), its undo, and the recheck after each;
 *  - the first removal after opening, unprepared and prepared, and the largest idle part.
 * CPU ms, medians; each row's baseline is the same figure at 1,000 elements (same run).
 */
import { dispatch, initialState, prepareForCommands, undo, type EditorState, type Transition } from '../../shared/commands';
import { fromDocumentData, type LakarDocument, type LakarDocumentData } from '../../shared/model';
import { createChecker } from '../../shared/rules';
import { makeVariedDocument } from '../../test/helpers/varied-model';
import type { BenchRow } from '../run';
import { measure, median } from '../timing';

const REPS = 5;

interface Figures {
  add: number;
  addRecheck: number;
  addUndo: number;
  addUndoRecheck: number;
  merge: number;
  mergeRecheck: number;
  mergeUndo: number;
  mergeUndoRecheck: number;
  firstRemoval: number;
  firstRemovalPrepared: number;
  largestIdlePart: number;
}

/** Read back from JSON, as a document opened from a file. */
const opened = (json: string) => fromDocumentData(JSON.parse(json) as LakarDocumentData) as LakarDocument;

function figures(n: number): Figures {
  const json = JSON.stringify(makeVariedDocument(n, 5));
  const doc = opened(json);
  const shown = new Set(Object.values(doc.views).flatMap((v) => Object.keys(v.nodes)));
  const offView = doc.elements.ids().filter((id) => !shown.has(id));
  const app = doc.elements.values().find((e) => e.kind === 'application')!.id;
  const checker = createChecker();
  checker.check(doc);
  checker.prepareForEdits();
  let state: EditorState = initialState(doc);
  let k = 0;
  /** The command, the recheck, the undo and the recheck after it, `REPS` times: medians. */
  const cycle = (run: () => Transition) => {
    const m = { cmd: [] as number[], recheck: [] as number[], undo: [] as number[], undoRecheck: [] as number[] };
    for (let i = 0; i < REPS; i++) {
      let t!: Transition;
      m.cmd.push(measure(() => (t = run())).cpu);
      m.recheck.push(measure(() => checker.check(t.state.doc, t.patches)).cpu);
      let back!: Transition;
      m.undo.push(measure(() => (back = undo(t.state))).cpu);
      m.undoRecheck.push(measure(() => checker.check(back.state.doc, back.patches)).cpu);
      state = back.state;
    }
    return { cmd: median(m.cmd), recheck: median(m.recheck), undo: median(m.undo), undoRecheck: median(m.undoRecheck) };
  };
  const items = () => {
    const t = `${k++}`;
    return {
      elements: [
        { id: `nA${t}`, kind: 'application', name: `Aplikasi baharu ${t}` },
        { id: `nM${t}`, kind: 'module', name: `Modul ${t}`, parentId: `nA${t}` },
        { id: `nD${t}`, kind: 'dataEntity', name: `Data ${t}` },
        { id: `nS${t}`, kind: 'service', name: `Servis ${t}` },
        { id: `nP${t}`, kind: 'process', name: `Proses ${t}` },
      ],
      relations: [
        { id: `nr1${t}`, kind: 'supports', source: `nA${t}`, target: `nS${t}` },
        { id: `nr2${t}`, kind: 'dataFlow', source: `nA${t}`, target: app, dataEntityIds: [`nD${t}`] },
        { id: `nr3${t}`, kind: 'association', source: `nP${t}`, target: offView[Math.floor(offView.length / 3)] },
      ],
    };
  };
  const add = cycle(() => dispatch(state, 'element.addMany', items()));

  const base = opened(json);
  const theirsData = JSON.parse(json) as LakarDocumentData;
  const at = (share: number) => offView[Math.floor(offView.length * share)];
  theirsData.elements[at(0.2)] = { ...theirsData.elements[at(0.2)], name: 'Nama mereka' };
  theirsData.elements[at(0.5)] = { ...theirsData.elements[at(0.5)], description: 'mereka' };
  const extra = items();
  for (const e of extra.elements) (theirsData.elements as Record<string, unknown>)[e.id] = e;
  const theirs = fromDocumentData(theirsData) as LakarDocument;
  for (const share of [0.7, 0.9]) state = dispatch(state, 'element.update', { id: at(share), patch: { name: `Nama saya ${share}` } }).state;
  checker.check(state.doc);
  const merge = cycle(() => dispatch(state, 'merge.apply', { base, theirs }));

  const removal = (prepare: boolean) => {
    const fresh = opened(json);
    const parts: number[] = [];
    if (prepare) {
      for (let done = false; !done; ) {
        const t0 = performance.now();
        parts.push(measure(() => (done = prepareForCommands(fresh, () => performance.now() < t0 + 10))).cpu);
      }
    }
    const first = measure(() => dispatch(initialState(fresh), 'element.remove', { ids: [at(0.4)] })).cpu;
    return { first, largestPart: parts.length ? Math.max(...parts) : 0 };
  };
  const unprepared = [0, 1, 2].map(() => removal(false).first);
  const prepared = [0, 1, 2].map(() => removal(true));
  return {
    add: add.cmd,
    addRecheck: add.recheck,
    addUndo: add.undo,
    addUndoRecheck: add.undoRecheck,
    merge: merge.cmd,
    mergeRecheck: merge.recheck,
    mergeUndo: merge.undo,
    mergeUndoRecheck: merge.undoRecheck,
    firstRemoval: median(unprepared),
    firstRemovalPrepared: median(prepared.map((p) => p.first)),
    largestIdlePart: median(prepared.map((p) => p.largestPart)),
  };
}

const NAMES: Record<keyof Figures, string> = {
  add: 'add 5 elements and 3 relations (element.addMany, no view)',
  addRecheck: '  the recheck after it',
  addUndo: '  its undo',
  addUndoRecheck: '  the recheck after the undo',
  merge: 'merge.apply of theirs (4 changes) into mine (2), base and theirs as read from files',
  mergeRecheck: '  the recheck after it',
  mergeUndo: '  its undo',
  mergeUndoRecheck: '  the recheck after the undo',
  firstRemoval: 'first removal after opening, not prepared',
  firstRemovalPrepared: '  the same after prepareForCommands in idle time',
  largestIdlePart: '  largest idle part of that preparation (10 ms asked)',
};

export function modelEditRows(sizes: readonly number[]): BenchRow[] {
  const all = sizes.map(figures);
  const label = (n: number) => `${n.toLocaleString('en-US')} elements`;
  return sizes.flatMap((n, i) =>
    (Object.keys(NAMES) as (keyof Figures)[]).map((key) => ({
      name: `${NAMES[key]}, ${label(n)}: CPU time`,
      value: all[i][key],
      unit: 'ms',
      baseline: { name: `same, ${label(sizes[0])}`, value: all[0][key] },
    })),
  );
}
