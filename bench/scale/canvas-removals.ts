/**
 * Removing one element drawn on a large view, as the user waits for it (issue 18: an edit costs what
 * it changes): the editor's dispatch and the session applying and journalling it
 * (bench/scale/view-moves.ts `editEndToEnd`), then the canvas drawing the view again — the scene,
 * the boxes and the lines React Flow is given (renderer/canvas/flowModel.ts, flowEdges.ts,
 * shared/routing/sceneUpdate.ts). Measured in the varied model's first view (922 boxes at 1,000
 * elements, 91,980 at 100,000) after one move has stored it as drawn, with the removed element
 * selected, as when a user selects a box and presses Delete; then its undo. The baseline is the same
 * figure at the first size. Before session 26 the canvas drew the whole scene and walked every
 * relation after a removal: ~2.6 s of CPU at 91,980 boxes against ~1.6 ms for the command.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { undo } from '../../shared/commands';
import { fromDocumentData, type LakarDocument } from '../../shared/model';
import { boxIds } from '../../shared/model/boxes-record';
import { makeVariedDocument } from '../../test/helpers/varied-model';
import { FlowModelBuilder } from '../../renderer/canvas/flowModel';
import { formatTable, type BenchRow } from '../run';
import { measure, median } from '../timing';
import { editEndToEnd } from './view-moves';

const REMOVALS = Number(process.env.LAKAR_BENCH_CANVAS_REMOVALS ?? 7);

interface CanvasRemovalFigures {
  boxes: number;
  /** CPU ms: the command end to end, and the canvas drawn again after it; the same for its undo. */
  remove: { command: number; canvas: number };
  undo: { command: number; canvas: number };
}

async function removalsIn(n: number): Promise<CanvasRemovalFigures> {
  const doc = fromDocumentData(JSON.parse(JSON.stringify(makeVariedDocument(n, 5)))) as LakarDocument;
  const [viewId, view] = Object.entries(doc.views)[0];
  const ids = boxIds(view.nodes);
  const { editor, edit, step } = editEndToEnd(doc);
  // one move stores the generated view as drawn (the first after loading normalises the whole view)
  await edit('element.move', { viewId, moves: [{ id: ids[0], x: view.nodes[ids[0]].x + 10, y: view.nodes[ids[0]].y }] });
  const builder = new FlowModelBuilder();
  const none: ReadonlySet<string> = new Set();
  const draw = (selected: ReadonlySet<string>) =>
    measure(() => {
      const d = editor.state.doc;
      const v = d.views[viewId];
      builder.nodes(d, v, selected, 'ms');
      builder.edges(d, v, none, 'ms');
    }).cpu;
  draw(none);
  const got = { removeCommand: [] as number[], removeCanvas: [] as number[], undoCommand: [] as number[], undoCanvas: [] as number[] };
  for (let i = 0; i <= REMOVALS; i++) {
    // elements of every kind, spread over the view; the first round warms up
    const id = ids[Math.floor(((i + 1) * ids.length) / (REMOVALS + 2))];
    const selected = new Set([id]);
    draw(selected);
    const removed = (await edit('element.remove', { ids: [id] })).whole.cpu;
    const removedCanvas = draw(none);
    const undone = (await step(undo)).whole.cpu;
    const undoneCanvas = draw(selected);
    if (i === 0) continue;
    got.removeCommand.push(removed);
    got.removeCanvas.push(removedCanvas);
    got.undoCommand.push(undone);
    got.undoCanvas.push(undoneCanvas);
  }
  return {
    boxes: ids.length,
    remove: { command: median(got.removeCommand), canvas: median(got.removeCanvas) },
    undo: { command: median(got.undoCommand), canvas: median(got.undoCanvas) },
  };
}

/** Rows for one removal of an element drawn on the first view of the varied model at each of `sizes` (the first is the baseline). */
export async function canvasRemovalRows(sizes: readonly number[]): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  let base: CanvasRemovalFigures | undefined;
  for (const n of sizes) {
    const f = await removalsIn(n);
    base ??= f;
    const label = `view of ${f.boxes.toLocaleString('en-US')} boxes (${n.toLocaleString('en-US')}-element varied model)`;
    const same = (what: string) => `same at ${base!.boxes.toLocaleString('en-US')} boxes${what}`;
    rows.push(
      { name: `remove one element drawn on the view, end to end and the canvas drawn again, ${label}: CPU time`, value: f.remove.command + f.remove.canvas, unit: 'ms', baseline: { name: same(''), value: base.remove.command + base.remove.canvas } },
      { name: `  of which the canvas (scene, boxes, lines): CPU time`, value: f.remove.canvas, unit: 'ms', baseline: { name: same(': the canvas'), value: base.remove.canvas } },
      { name: `  undo of it, end to end and the canvas: CPU time`, value: f.undo.command + f.undo.canvas, unit: 'ms', baseline: { name: same(': undo'), value: base.undo.command + base.undo.canvas } },
    );
  }
  return rows;
}

// alone: `npx tsx bench/scale/canvas-removals.ts [sizes…]` (the scale bench runs it at 1k, 10k and 100k)
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const sizes = process.argv.slice(2).map(Number);
  const rows = await canvasRemovalRows(sizes.length ? sizes : [1_000, 10_000, 100_000]);
  console.log(formatTable(rows.map((r) => ({ module: 'scale', ...r, ratio: r.baseline && r.value > 0 ? r.baseline.value / r.value : undefined }))));
}
