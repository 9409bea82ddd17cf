/**
 * Adding and removing one box in a large view (issue 18: an edit costs what it changes). On a view
 * stored as drawn an addition or a removal draws again only the trees it touches, as a move does
 * (shared/commands/normalize.ts `normalizeTrees`); undo and redo keep the view trusted. Measured end
 * to end as the editor and the main process do it (bench/scale/view-moves.ts `editEndToEnd`), in the
 * varied model's first view (91,980 boxes at 100,000 elements), after one move has stored it as drawn.
 * Beside each figure: what immer alone costs to write one node into that view's record of nodes
 * (copying and freezing it), the part of every geometry edit that still grows with the view.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { produceWithPatches } from 'immer';
import { redo, undo } from '../../shared/commands';
import { fromDocumentData, type LakarDocument, type Relation } from '../../shared/model';
import { boxIds, plainBoxes } from '../../shared/model/boxes-record';
import { makeVariedDocument } from '../../test/helpers/varied-model';
import { formatTable, type BenchRow } from '../run';
import { measure, median } from '../timing';
import { editEndToEnd } from './view-moves';

// LAKAR_BENCH_ADDS=n measures fewer rounds (before this change one round at 100,000 elements took seconds)
const ROUNDS = Number(process.env.LAKAR_BENCH_ADDS ?? 9);
const WARM_UP = 2;

const CASES = ['add a module into an application, at a point', 'add a data entity in the next free slot', 'remove a box', 'remove an application with its modules'] as const;
type Case = (typeof CASES)[number];

interface AddFigures {
  boxes: number;
  /** CPU ms per case: the command, its undo, its redo (each end to end). */
  cpu: Record<Case, { edit: number; undo: number; redo: number }>;
  /** CPU ms immer takes to write one node into a plain record of the view's nodes (produceWithPatches on it alone): what every geometry edit paid before the boxes' table. */
  immerNode: number;
}

/** Every id relation `r` names: its ends and the data it carries either way. */
const relationIds = (r: Relation): string[] =>
  r.kind === 'dataFlow' ? [r.source, r.target, ...(r.dataEntityIds ?? []), ...(r.reverse?.dataEntityIds ?? [])] : [r.source, r.target];

async function addsIn(n: number): Promise<AddFigures> {
  const doc = fromDocumentData(JSON.parse(JSON.stringify(makeVariedDocument(n, 5)))) as LakarDocument;
  const [viewId, view] = Object.entries(doc.views)[0];
  const { editor, edit, step } = editEndToEnd(doc);
  const on = (kind: string) => Object.keys(view.nodes).filter((id) => doc.elements.get(id)?.kind === kind);
  const withModules = new Set(on('module').map((id) => (doc.elements.get(id) as { parentId?: string }).parentId));
  // applications with modules on the view: the even ones take a new module, the odd ones are removed
  const apps = on('application').filter((id) => withModules.has(id));
  const hosts = apps.filter((_, j) => j % 2 === 0);
  const removed = apps.filter((_, j) => j % 2 === 1);
  // the model keeps a few relations with a missing end on purpose (for the checker): a removal that
  // rewrites one (a data entity it carries) is refused by the session, so those stay
  const named = new Set(doc.relations.values().filter((r) => !doc.elements.has(r.source) || !doc.elements.has(r.target)).flatMap((r) => relationIds(r)));
  const data = on('dataEntity').filter((id) => !named.has(id));
  const spread = <T>(xs: T[], i: number, salt: number) => xs[Math.floor(((i + 1) * 7919 + salt) % xs.length)];
  // one move stores the generated view as drawn (the first after loading normalises the whole view)
  const first = Object.keys(view.nodes)[0];
  await edit('element.move', { viewId, moves: [{ id: first, x: view.nodes[first].x + 10, y: view.nodes[first].y }] });
  const args = (c: Case, i: number): [string, unknown] => {
    const nodes = editor.state.doc.views[viewId].nodes;
    if (c === CASES[0]) {
      const app = spread(hosts, i, 1);
      return ['element.add', { element: { id: `bench_m${i}`, kind: 'module', name: `Modul ${i}`, parentId: app }, viewId, position: { x: nodes[app].x + 500, y: nodes[app].y + 60 } }];
    }
    if (c === CASES[1]) return ['element.add', { element: { id: `bench_d${i}`, kind: 'dataEntity', name: `Data ${i}` }, viewId }];
    if (c === CASES[2]) return ['element.remove', { ids: [spread(data, i, 2)] }];
    return ['element.remove', { ids: [spread(removed, i, 3)] }];
  };
  const got = new Map(CASES.map((c) => [c, { edit: [] as number[], undo: [] as number[], redo: [] as number[] }]));
  const immer: number[] = [];
  for (let i = 0; i < WARM_UP + ROUNDS; i++) {
    for (const c of CASES) {
      const [id, a] = args(c, i);
      const e = (await edit(id, a)).whole.cpu;
      const u = (await step(undo)).whole.cpu;
      const r = (await step(redo)).whole.cpu;
      if (i < WARM_UP) continue;
      got.get(c)!.edit.push(e);
      got.get(c)!.undo.push(u);
      got.get(c)!.redo.push(r);
    }
    // the floor is immer writing into the view's record of nodes as a plain object, as every geometry
    // edit did before a view's boxes became a table (shared/model/boxes-record.ts): immer cannot write
    // through the table's read-only record, so the plain copy is made first, outside the measure
    const view = editor.state.doc.views[viewId];
    const views = { [viewId]: { ...view, nodes: plainBoxes(view.nodes) } };
    const node = boxIds(view.nodes)[i];
    const m = measure(() => produceWithPatches(views, (d) => void (d[viewId].nodes[node] = { x: 1, y: 1 })));
    if (i >= WARM_UP) immer.push(m.cpu);
  }
  if (editor.journalled() === 0) throw new Error('nothing journalled');
  const cpu = Object.fromEntries(CASES.map((c) => [c, { edit: median(got.get(c)!.edit), undo: median(got.get(c)!.undo), redo: median(got.get(c)!.redo) }])) as AddFigures['cpu'];
  return { boxes: Object.keys(view.nodes).length, cpu, immerNode: median(immer) };
}

/** Rows for adding and removing boxes in the first view of the varied model at each of `sizes`. */
export async function viewAddRows(sizes: readonly number[]): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const n of sizes) {
    const f = await addsIn(n);
    const label = `view of ${f.boxes.toLocaleString('en-US')} boxes (${n.toLocaleString('en-US')}-element varied model)`;
    const floor = { name: 'immer writing one node into a plain record of the view (before the boxes table): CPU time', value: f.immerNode };
    for (const c of CASES) {
      rows.push(
        { name: `${c} end to end, ${label}: CPU time`, value: f.cpu[c].edit, unit: 'ms', baseline: floor },
        { name: `  undo of it: CPU time`, value: f.cpu[c].undo, unit: 'ms', baseline: floor },
        { name: `  redo of it: CPU time`, value: f.cpu[c].redo, unit: 'ms', baseline: floor },
      );
    }
  }
  return rows;
}

// alone: `npx tsx bench/scale/view-adds.ts [sizes…]` (the scale bench runs it at 1k, 10k and 100k)
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const sizes = process.argv.slice(2).map(Number);
  const rows = await viewAddRows(sizes.length ? sizes : [1_000, 10_000, 100_000]);
  console.log(formatTable(rows.map((r) => ({ module: 'scale', ...r, ratio: r.baseline && r.value > 0 ? r.baseline.value / r.value : undefined }))));
}
