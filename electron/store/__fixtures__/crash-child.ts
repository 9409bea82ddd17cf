/**
 * Child process for the crash tests (crash.test.ts): opens a project, gets half-way through work,
 * tells the parent on stdout and then blocks so the parent can SIGKILL it at exactly that point.
 *   save <file> <recoveryDir> <replacement.json>  block inside a big save transaction
 *   edit <file> <recoveryDir> <expected.json>     journal edits, write the expected document, block
 *   draft <draftId> <recoveryDir> <expected.json>  the same for a never-saved project
 *   drawn <file> <recoveryDir> <expected.json>    journal the first move in a view not stored as drawn
 *                                                 (its note, shared/store/drawn-record.ts), write the
 *                                                 expected document, block
 */
import fs from 'node:fs';
import { dispatch, executeCommand, initialState } from '../../../shared/commands';
import { drawnRunsIn } from '../../../shared/commands/drawn-ahead';
import { boxIds } from '../../../shared/model/boxes-record';
import type { LakarDocument, LakarDocumentData } from '../../../shared/model';
import { createEmptyDocument, fromDocumentData } from '../../../shared/model';
import { newDraftProject, openProject } from '../project';

function block(): never {
  // a synchronous wait: the event loop and SQLite stay exactly where they are until the kill
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 120_000);
  process.exit(3);
}

async function main() {
  const [mode, file, recoveryDir, extra] = process.argv.slice(2);
  if (mode === 'draft') {
    const draft = newDraftProject(createEmptyDocument('', '2026-01-01T00:00:00.000Z'), { recoveryDir, draftId: file });
    let doc = draft.session.doc;
    for (const [id, args] of [
      ['project.updateMeta', { patch: { title: 'Draf yang ranap' } }],
      ['element.add', { element: { id: 'el_app', kind: 'application', name: 'eCuti' }, viewId: 'view_main' }],
    ] as [string, unknown][]) {
      const r = executeCommand(doc, id, args);
      await draft.session.apply(r.patches);
      doc = r.doc;
    }
    fs.writeFileSync(extra, JSON.stringify({ edits: 2, doc }));
    fs.writeSync(1, 'JOURNALLED\n');
    block();
  }
  const project = await openProject(file, { recoveryDir });
  const session = project.session;
  if (mode === 'save') {
    // JSON holds the tables as records
    const replacement = fromDocumentData(JSON.parse(fs.readFileSync(extra, 'utf8')) as LakarDocumentData) as LakarDocument;
    await session.replace(replacement);
    const db = project.database!;
    // a small page cache makes SQLite spill changed pages into the .lakar file mid-transaction
    db.pragma('cache_size = 20');
    let inserted = 0;
    db.function('crash_point', () => {
      inserted += 1;
      if (inserted === 1500) {
        fs.writeSync(1, 'IN_TRANSACTION\n');
        block();
      }
      return 0;
    });
    db.exec('CREATE TEMP TRIGGER crash_after_inserts AFTER INSERT ON main.elements BEGIN SELECT crash_point(); END;');
    await session.save();
    fs.writeSync(1, 'SAVED\n');
    return;
  }
  if (mode === 'drawn') {
    // as the window does it: the command's patches with the runs that store the view as drawn
    const doc = session.doc;
    const viewId = Object.keys(doc.views)[0];
    const ids = boxIds(doc.views[viewId].nodes);
    const id = ids[Math.floor(ids.length / 3)];
    const at = doc.views[viewId].nodes[id];
    const moved = dispatch(initialState(doc), 'element.move', { viewId, moves: [{ id, x: at.x + 40, y: at.y + 7 }] });
    await session.apply(moved.patches, undefined, drawnRunsIn(moved.patches, doc));
    fs.writeFileSync(extra, JSON.stringify({ edits: 1, doc: moved.state.doc, moved: { viewId, id, layout: moved.state.doc.views[viewId].nodes[id] } }));
    fs.writeSync(1, 'JOURNALLED\n');
    block();
  }
  if (mode === 'edit') {
    let doc = session.doc;
    const ids = doc.elements.ids().slice(0, 3);
    const steps: [string, unknown][] = [
      ['project.updateMeta', { patch: { title: 'Suntingan belum disimpan', objectives: 'Objektif selepas ranap' } }],
      ...ids.map((id, i): [string, unknown] => ['element.update', { id, patch: { name: `Nama ${i}` } }]),
      ['element.move', { viewId: 'view_main', moves: [{ id: ids[0], x: 777, y: doc.views.view_main.nodes[ids[0]].y }] }],
      ['element.remove', { ids: [ids[2]] }],
    ];
    for (const [id, args] of steps) {
      const r = executeCommand(doc, id, args);
      await session.apply(r.patches);
      doc = r.doc;
    }
    fs.writeFileSync(extra, JSON.stringify({ edits: steps.length, doc }));
    fs.writeSync(1, 'JOURNALLED\n');
    block();
  }
  throw new Error(`unknown mode ${mode}`);
}

main().catch((e: unknown) => {
  fs.writeSync(2, `${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(2);
});
