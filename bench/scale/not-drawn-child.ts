/**
 * One child process of an A/B (issue 18): the first move in the varied model's first view, as
 * generated (not stored as drawn), after the idle preparation, end to end as ./view-moves.ts
 * measures it; its undo, redo and undo again; the move after that undo; a later move. Prints the CPU
 * ms as JSON. Run it alternately from two worktrees (base, new, base, …):
 * `node --expose-gc --max-semi-space-size=64 --import tsx bench/scale/not-drawn-child.ts 100000`
 * (with --expose-gc a collection runs before each step, so where a major collection lands does not
 * decide which step pays for it).
 */
import { prepareForCommands, redo, undo } from '../../shared/commands';
import { fromDocumentData, toDocumentData, type LakarDocument } from '../../shared/model';
import { boxIds } from '../../shared/model/boxes-record';
import { makeVariedDocument } from '../../test/helpers/varied-model';
import { editEndToEnd } from './view-moves';

const n = Number(process.argv[2] ?? 100_000);
const json = JSON.stringify(toDocumentData(fromDocumentData(JSON.parse(JSON.stringify(makeVariedDocument(n, 5)))) as LakarDocument));
const opened = fromDocumentData(JSON.parse(json)) as LakarDocument;
const viewId = Object.keys(opened.views)[0];
while (!prepareForCommands(opened, () => true));
const { editor, edit, step } = editEndToEnd(opened);
const ids = boxIds(opened.views[viewId].nodes);
const moveOf = (k: number) => {
  const id = ids[Math.floor((ids.length * k) / 7)];
  const at = editor.state.doc.views[viewId].nodes[id];
  return { viewId, moves: [{ id, x: at.x + 10, y: at.y }] };
};
const gc = () => (globalThis as { gc?: () => void }).gc?.();
gc();
// the journal's bytes (entries serialised as the recovery journal writes them) of the first move and its undo
let bytes = editor.journalled();
const first = await edit('element.move', moveOf(1));
const firstBytes = editor.journalled() - bytes;
const patches = editor.state.past[editor.state.past.length - 1].patches.length;
gc();
bytes = editor.journalled();
const undone = await step(undo);
const undoBytes = editor.journalled() - bytes;
gc();
const redone = await step(redo);
gc();
const undone2 = await step(undo);
gc();
const afterUndo = await edit('element.move', moveOf(2));
gc();
const later = await edit('element.move', moveOf(3));
console.log(JSON.stringify({ patches, firstBytes, undoBytes, first: first.whole.cpu, firstDispatch: first.dispatched.cpu, undo: undone.whole.cpu, undoDispatch: undone.dispatched.cpu, redo: redone.whole.cpu, undo2: undone2.whole.cpu, afterUndo: afterUndo.whole.cpu, afterUndoDispatch: afterUndo.dispatched.cpu, later: later.whole.cpu }));
