/**
 * Renames in a large view (issue 18: an edit costs what it changes). A rename that changes how many
 * lines a box's name takes changes the box's height: the band may grow or shrink and boxes move, so
 * the command normalises the view (shared/commands/normalize.ts). The baseline is a rename that keeps
 * the height, which touches one element and no geometry. The varied model's first view holds most of
 * its elements (91,980 boxes at 100,000).
 */
import { dispatch, initialState, type EditorState } from '../../shared/commands';
import { fromDocumentData, type LakarDocument } from '../../shared/model';
import { makeVariedDocument } from '../../test/helpers/varied-model';
import type { BenchRow } from '../run';
import { measure, median } from '../timing';

const RENAMED = 8;
/** Three lines in a box of the default width; the short names take one. */
const LONG = 'sistem pengurusan maklumat bersepadu permohonan lesen';

export function viewEditRows(n: number): BenchRow[] {
  const doc = fromDocumentData(JSON.parse(JSON.stringify(makeVariedDocument(n, 5)))) as LakarDocument;
  const view = Object.values(doc.views)[0];
  const apps = doc.elements.values().filter((e) => e.kind === 'application' && view.nodes[e.id]).slice(0, RENAMED + 1).map((e) => e.id);
  let state: EditorState = initialState(doc);
  const rename = (id: string, name: string) => measure(() => (state = dispatch(state, 'element.update', { id, patch: { name } }).state));
  // the generated view was never normalised: the first height change stores the drawn geometry of every box
  const first = rename(apps[0], LONG);
  const resized: { wall: number; cpu: number }[] = [];
  const same: { wall: number; cpu: number }[] = [];
  for (const [i, id] of apps.slice(1).entries()) {
    resized.push(rename(id, LONG)); // grows
    resized.push(rename(id, `x ${i}`)); // shrinks back to one line
    same.push(rename(id, `y ${i}`)); // one line to one line
  }
  const boxes = Object.keys(view.nodes).length.toLocaleString('en-US');
  const label = `${n.toLocaleString('en-US')}-element varied model, view of ${boxes} boxes`;
  const sameWall = median(same.map((m) => m.wall));
  const sameCpu = median(same.map((m) => m.cpu));
  return [
    { name: `rename that changes a box's height, ${label}`, value: median(resized.map((m) => m.wall)), unit: 'ms', baseline: { name: 'rename keeping the height', value: sameWall } },
    { name: `  the same: CPU time`, value: median(resized.map((m) => m.cpu)), unit: 'ms', baseline: { name: 'rename keeping the height: CPU time', value: sameCpu } },
    { name: `  first such rename after loading (normalises the whole view): CPU time`, value: first.cpu, unit: 'ms', baseline: { name: 'rename keeping the height: CPU time', value: sameCpu } },
  ];
}
