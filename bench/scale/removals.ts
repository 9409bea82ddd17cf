/**
 * Removing elements (issue 18: an edit costs what it changes). A removal takes the element's
 * relations and frees its modules; they are found from an index that follows the tables' edits
 * (shared/model/table-index.ts), built at the first removal after loading. Measured on the varied
 * model, elements on no view (a removal from a view also redraws it: a cost of the view's size).
 * The baseline is the same figure at 1,000 elements.
 */
import { dispatch, initialState, undo, type EditorState } from '../../shared/commands';
import { fromDocumentData, type LakarDocument } from '../../shared/model';
import { makeVariedDocument } from '../../test/helpers/varied-model';
import type { BenchRow } from '../run';
import { measure, median } from '../timing';

const REMOVALS = 9;

interface RemovalFigures {
  first: number;
  remove: number;
  undo: number;
}

function removals(n: number): RemovalFigures {
  const doc = fromDocumentData(JSON.parse(JSON.stringify(makeVariedDocument(n, 5)))) as LakarDocument;
  const shown = new Set(Object.values(doc.views).flatMap((v) => Object.keys(v.nodes)));
  const candidates = doc.elements.ids().filter((id) => !shown.has(id));
  const step = Math.floor(candidates.length / (REMOVALS + 2));
  const ids = Array.from({ length: REMOVALS + 1 }, (_, i) => candidates[(i + 1) * step]);
  let state: EditorState = initialState(doc);
  const remove = (id: string) => measure(() => (state = dispatch(state, 'element.remove', { ids: [id] }).state));
  const first = remove(ids[0]);
  const removed = ids.slice(1).map(remove);
  const undone = ids.slice(1).map(() => measure(() => (state = undo(state).state)));
  return { first: first.cpu, remove: median(removed.map((m) => m.cpu)), undo: median(undone.map((m) => m.cpu)) };
}

export function removalRows(sizes: readonly number[]): BenchRow[] {
  const figures = sizes.map(removals);
  const base = figures[0];
  const label = (n: number) => `${n.toLocaleString('en-US')} elements`;
  const baseName = (what: string) => `${what}, ${label(sizes[0])}`;
  return sizes.flatMap((n, i) => [
    { name: `remove one element (its relations, its modules freed), ${label(n)}: CPU time`, value: figures[i].remove, unit: 'ms', baseline: { name: baseName('same'), value: base.remove } },
    { name: `  undo of it, ${label(n)}: CPU time`, value: figures[i].undo, unit: 'ms', baseline: { name: baseName('same'), value: base.undo } },
    { name: `  first removal after loading (builds the index), ${label(n)}: CPU time`, value: figures[i].first, unit: 'ms', baseline: { name: baseName('same'), value: base.first } },
  ]);
}
