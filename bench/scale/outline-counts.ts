/**
 * What the outline's grid of box counts (renderer/canvas/parts/outlineMode.ts) costs the canvas per
 * edit of a large view: made whole from every box (as FlowCanvas did on every scene until session
 * 27) against updated from the boxes the edit drew again (`sceneBoxCounts`). Measured on the varied
 * model's first view (91,980 boxes at 100,000 elements) after renames and moves, both on the same
 * scenes, in turn. Run: `node --import tsx bench/scale/outline-counts.ts [elements] [edits]`.
 */
import { executeCommand } from '../../shared/commands';
import { fromDocumentData, type LakarDocument } from '../../shared/model';
import { boxIds } from '../../shared/model/boxes-record';
import { makeVariedDocument } from '../../test/helpers/varied-model';
import { FlowModelBuilder } from '../../renderer/canvas/flowModel';
import { boxCounts, sceneBoxCounts } from '../../renderer/canvas/parts/outlineMode';
import { median } from '../timing';

const n = Number(process.argv[2] ?? 100_000);
const edits = Number(process.argv[3] ?? 21);
let doc = fromDocumentData(JSON.parse(JSON.stringify(makeVariedDocument(n, 5)))) as LakarDocument;
const viewId = Object.keys(doc.views)[0];
const ids = boxIds(doc.views[viewId].nodes);
const move = (d: LakarDocument, id: string, dx: number) => executeCommand(d, 'element.move', { viewId, moves: [{ id, x: d.views[viewId].nodes[id].x + dx, y: d.views[viewId].nodes[id].y }] }).doc;
// one move stores the generated view as drawn
doc = move(doc, ids[0], 10);
const builder = new FlowModelBuilder();
const first = builder.scene(doc, doc.views[viewId]);
sceneBoxCounts(first, null);
const ms = (fn: () => unknown) => {
  const t = performance.now();
  fn();
  return performance.now() - t;
};
const whole: number[] = [];
const updated: number[] = [];
for (let i = 0; i < edits; i++) {
  const id = ids[Math.floor(((i + 1) * ids.length) / (edits + 2))];
  const el = doc.elements.get(id);
  if (!el || el.kind === 'securityControl') continue;
  doc = i % 2 ? move(doc, id, 20) : executeCommand(doc, 'element.update', { id, patch: { name: `${el.name.slice(0, -1)}${i % 10}` } }).doc;
  const scene = builder.scene(doc, doc.views[viewId]);
  const changes = builder.changesTo(scene);
  // the older way first on odd edits, the newer first on even ones
  if (i % 2) whole.push(ms(() => boxCounts(scene.nodes)));
  updated.push(ms(() => sceneBoxCounts(scene, changes)));
  if (!(i % 2)) whole.push(ms(() => boxCounts(scene.nodes)));
  if (!changes) console.log(`edit ${i}: scene built whole`);
}
const f = (v: number[]) => `median ${median(v).toFixed(3)} ms (min ${Math.min(...v).toFixed(3)}, max ${Math.max(...v).toFixed(3)})`;
console.log(`${first.nodes.length} boxes, ${whole.length} edits`);
console.log(`grid made whole per edit:   ${f(whole.slice(1))}`);
console.log(`grid updated per edit:      ${f(updated.slice(1))}`);
