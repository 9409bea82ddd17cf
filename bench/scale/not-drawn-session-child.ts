/**
 * One child process of an A/B (issue 18): the session's part (apply, validate, journal entry made)
 * of the first move in the varied model's first view as generated (not stored as drawn), and of its
 * undo, the session on its own copy of the document as the main process holds it (read apart from
 * the editor's). Prints CPU ms as JSON:
 * `node --expose-gc --max-semi-space-size=64 --import tsx bench/scale/not-drawn-session-child.ts 100000`
 */
import { dispatch, initialState, prepareForCommands, undo } from '../../shared/commands';
import { fromDocumentData, toDocumentData, type LakarDocument } from '../../shared/model';
import { boxIds } from '../../shared/model/boxes-record';
import { ProjectSession, type StorageAdapter } from '../../shared/store/session';
import { makeVariedDocument } from '../../test/helpers/varied-model';
const gc = () => (globalThis as { gc?: () => void }).gc?.();
const json = JSON.stringify(toDocumentData(fromDocumentData(JSON.parse(JSON.stringify(makeVariedDocument(Number(process.argv[2] ?? 100_000), 5)))) as LakarDocument));
const opened = fromDocumentData(JSON.parse(json)) as LakarDocument;
while (!prepareForCommands(opened, () => true));
const viewId = Object.keys(opened.views)[0];
let journalled = 0;
const adapter: StorageAdapter = {
  async appendJournal(_g, e) {
    journalled += JSON.stringify(e).length;
  },
  async clearJournal() {},
  async writeChanges() {},
};
const session = ProjectSession.open({ doc: fromDocumentData(JSON.parse(json)) as LakarDocument, generation: 1, journal: null }, adapter);
const id = boxIds(opened.views[viewId].nodes)[Math.floor(boxIds(opened.views[viewId].nodes).length / 7)];
const at = opened.views[viewId].nodes[id];
const cpu = async (f: () => Promise<unknown>) => {
  gc();
  const c0 = process.cpuUsage();
  await f();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
};
const moved = dispatch(initialState(opened), 'element.move', { viewId, moves: [{ id, x: at.x + 10, y: at.y }] });
const first = await cpu(() => session.apply(moved.patches));
const undone = undo(moved.state);
const back = await cpu(() => session.apply(undone.patches));
console.log(JSON.stringify({ first, undo: back, journalled }));
