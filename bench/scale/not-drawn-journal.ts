/**
 * The recovery journal's part of the first move in a view not stored as drawn (issue 18), at 100,000
 * elements: appending the whole batch (46,709 box patches, as before the note) against the note
 * (shared/store/drawn-record.ts: the ids it stores kept for an undo's note, the batch's runs checked
 * and hashed, the entry appended), each into a real recovery journal (SQLite, synced), 5 times in one
 * process on a document as the main process loads it. Prints CPU and wall ms, sorted:
 * `node --expose-gc --max-semi-space-size=64 --import tsx bench/scale/not-drawn-journal.ts`
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RecoveryJournal } from '../../electron/store/journal';
import { dispatch, initialState, prepareForCommands } from '../../shared/commands';
import { drawnRunsIn } from '../../shared/commands/drawn-ahead';
import { fromDocumentData, toDocumentData, type LakarDocument } from '../../shared/model';
import { boxIds } from '../../shared/model/boxes-record';
import { compactBatch, noteOf } from '../../shared/store/drawn-record';
import { makeVariedDocument } from '../../test/helpers/varied-model';
const json = JSON.stringify(toDocumentData(fromDocumentData(JSON.parse(JSON.stringify(makeVariedDocument(100000, 5)))) as LakarDocument));
const opened = fromDocumentData(JSON.parse(json)) as LakarDocument;
while (!prepareForCommands(opened, () => true));
const viewId = Object.keys(opened.views)[0];
const ids = boxIds(opened.views[viewId].nodes);
const id = ids[Math.floor(ids.length / 7)];
const at = opened.views[viewId].nodes[id];
const moved = dispatch(initialState(opened), 'element.move', { viewId, moves: [{ id, x: at.x + 10, y: at.y }] });
const patches = structuredClone(moved.patches);
const runs = drawnRunsIn(moved.patches, opened, moved.state.doc);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lakar-jm-'));
const cpu = (f: () => void) => { const c0 = process.cpuUsage(); const t0 = performance.now(); f(); const c = process.cpuUsage(c0); return [(c.user + c.system) / 1000, performance.now() - t0]; };
const full: number[][] = [], compact: number[][] = [];
for (let i = 0; i < 5; i++) {
  const j1 = new RecoveryJournal(path.join(dir, `a${i}.journal.sqlite`), { fileId: 'f' });
  j1.append(1, { seq: 1, at: 'x', patches: [] });
  (globalThis as { gc?: () => void }).gc?.();
  full.push(cpu(() => j1.append(1, { seq: 2, at: 'x', patches })));
  j1.close();
  const j2 = new RecoveryJournal(path.join(dir, `b${i}.journal.sqlite`), { fileId: 'f' });
  j2.append(1, { seq: 1, at: 'x', patches: [] });
  (globalThis as { gc?: () => void }).gc?.();
  let c: ReturnType<typeof compactBatch> = { patches: [] };
  const fresh = fromDocumentData(JSON.parse(json)) as LakarDocument;
  const h = cpu(() => noteOf(fresh.views[viewId].nodes, patches, runs[0], 2));
  const k = cpu(() => { c = compactBatch(patches, runs); });
  const a = cpu(() => j2.append(1, { seq: 2, at: 'x', patches: c.patches, drawn: c.drawn }));
  console.log('note', h[0].toFixed(1), 'compact', k[0].toFixed(1), 'append', a[0].toFixed(1), a[1].toFixed(1));
  compact.push([h[0] + k[0] + a[0], h[1] + k[1] + a[1]]);
  j2.close();
}
const med = (xs: number[][], k: number) => xs.map((x) => x[k]).sort((a, b) => a - b);
console.log('full entry cpu', med(full, 0).map((x) => x.toFixed(0)).join(' '), 'wall', med(full, 1).map((x) => x.toFixed(0)).join(' '));
console.log('note (hashes + compact + append) cpu', med(compact, 0).map((x) => x.toFixed(0)).join(' '), 'wall', med(compact, 1).map((x) => x.toFixed(0)).join(' '));
fs.rmSync(dir, { recursive: true, force: true });
