/**
 * One child process of an A/B (issue 18): the session's part (apply, validate, journal entry made)
 * of the first move in the varied model's first view as generated (not stored as drawn), and of its
 * undo, the session on its own copy of the document as the main process holds it (read apart from
 * the editor's). Prints CPU ms as JSON:
 * `node --expose-gc --max-semi-space-size=64 --import tsx bench/scale/not-drawn-session-child.ts 100000 [sqlite]`
 * Without `sqlite` the journal's part is the entry's JSON (as the recovery journal writes it); with it,
 * the entries go to a real recovery journal (electron/store/journal.ts: its write and sync are measured).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Patch } from 'immer';
import { RecoveryJournal } from '../../electron/store/journal';
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
const entrySizes: number[] = [];
const journal = process.argv[3] === 'sqlite' ? new RecoveryJournal(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'lakar-nd-')), 'j.journal.sqlite'), { fileId: 'f' }) : null;
const adapter: StorageAdapter = {
  async appendJournal(g, e) {
    if (journal) journal.append(g, e);
    else entrySizes.push(JSON.stringify(e).length);
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
// the runs storing a view as drawn, named by the window (a note in the journal; earlier Lakars have none)
const { drawnRunsIn } = (await import('../../shared/commands/drawn-ahead')) as { drawnRunsIn?: (p: Patch[], before: LakarDocument, after: LakarDocument) => unknown };
const runsIn = (patches: Patch[], before: LakarDocument, after: LakarDocument) => drawnRunsIn?.(patches, before, after) as Parameters<typeof session.apply>[2];
const moved = dispatch(initialState(opened), 'element.move', { viewId, moves: [{ id, x: at.x + 10, y: at.y }] });
const runs = runsIn(moved.patches, opened, moved.state.doc);
const first = await cpu(() => session.apply(moved.patches, undefined, runs));
const undone = undo(moved.state);
const backRuns = runsIn(undone.patches, moved.state.doc, undone.state.doc);
const back = await cpu(() => session.apply(undone.patches, undefined, backRuns));
const [firstBytes, undoBytes] = journal ? journal.read()!.entries.map((e) => JSON.stringify(e).length) : entrySizes;
console.log(JSON.stringify({ first, undo: back, firstBytes, undoBytes }));
