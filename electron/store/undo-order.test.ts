/**
 * Delete, then Undo, in a saved project: what the delete removed is back where it stood in the
 * session's document, after reopening with the recovery journal replayed (a crash before saving),
 * and after saving and reopening (the file's rows), as in the editor (shared/model/placed.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Patch } from 'immer';
import { executeCommand } from '../../shared/commands';
import { patchSchema } from '../../shared/ipc/contract';
import type { LakarDocument } from '../../shared/model';
import { makeVariedDocument } from '../../test/helpers/varied-model';
import { createProject, openProject, type LakarProject } from './project';

let dir: string;
let recoveryDir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lakar-undo-order-'));
  recoveryDir = path.join(dir, 'recovery');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** What a user sees the order of: elements, relations, views, and each view's boxes. */
function order(doc: LakarDocument) {
  return {
    elements: doc.elements.ids(),
    relations: doc.relations.ids(),
    views: Object.keys(doc.views),
    boxes: Object.values(doc.views).map((v) => Object.keys(v.nodes)),
  };
}

/** The patches as they arrive over IPC (the main process parses every payload with the contract). */
const overIpc = (patches: Patch[]) => patches.map((p) => patchSchema.parse(JSON.parse(JSON.stringify(p)))) as Patch[];

const start = makeVariedDocument(300, 6);
const [viewId, view] = Object.entries(start.views)[0];
const boxIds = Object.keys(view.nodes);
// items in the middle of every list: elements with their relations and boxes, relations on their own
const removals: [string, unknown][] = [
  ['element.remove', { ids: [boxIds[30], boxIds[12], boxIds[31]] }],
  ['relation.remove', { ids: [start.relations.ids()[20], start.relations.ids()[21]] }],
  ['view.hideElements', { viewId, ids: [boxIds[40]] }],
];

async function project(): Promise<{ file: string; p: LakarProject }> {
  const file = path.join(dir, 'p.lakar');
  await createProject(file, start);
  return { file, p: await openProject(file, { recoveryDir }) };
}

describe('Delete + Undo in a saved project', () => {
  for (const [command, args] of removals) {
    it(`${command}: the journal replayed at reopening, then the saved file, keep the order from before the delete`, async () => {
      const { file, p } = await project();
      const removed = executeCommand(p.session.doc, command, args);
      await p.session.apply(overIpc(removed.patches));
      await p.session.apply(overIpc(removed.inversePatches));
      expect(order(p.session.doc)).toEqual(order(start));
      p.close({ keepRecovery: true }); // gone without saving

      const again = await openProject(file, { recoveryDir });
      expect(again.session.acceptRecovery()).toBe(2);
      expect(order(again.session.doc)).toEqual(order(start));
      await again.session.save();
      again.close({ keepRecovery: false });
      const reread = await openProject(file, { recoveryDir });
      expect(order(reread.session.doc)).toEqual(order(start));
      reread.close({ keepRecovery: false });
    });

    it(`${command}: saved, the file's rows numbered anew (as VACUUM or Save As may), then undone and saved: the order from before the delete`, async () => {
      const { file, p } = await project();
      const removed = executeCommand(p.session.doc, command, args);
      await p.session.apply(overIpc(removed.patches));
      await p.session.save();
      p.close({ keepRecovery: false });
      // no free rowid is left where the rows were: the rows after their place are moved up to make room
      const db = new Database(file);
      for (const table of ['elements', 'relations', 'views', 'view_nodes']) {
        db.exec(`UPDATE ${table} SET rowid = -(SELECT count(*) FROM ${table} AS o WHERE o.rowid <= ${table}.rowid)`);
        db.exec(`UPDATE ${table} SET rowid = -rowid`);
      }
      expect(db.prepare('SELECT max(rowid) - count(*) FROM elements').pluck().get()).toBe(0);
      db.close();
      const again = await openProject(file, { recoveryDir });
      await again.session.apply(overIpc(removed.inversePatches));
      await again.session.save();
      again.close({ keepRecovery: false });
      const reread = await openProject(file, { recoveryDir });
      expect(order(reread.session.doc)).toEqual(order(start));
      reread.close({ keepRecovery: false });
    });

    it(`${command}: saved between the delete and the undo, the file keeps the order from before the delete`, async () => {
      const { file, p } = await project();
      const removed = executeCommand(p.session.doc, command, args);
      await p.session.apply(overIpc(removed.patches));
      await p.session.save();
      await p.session.apply(overIpc(removed.inversePatches));
      await p.session.save();
      p.close({ keepRecovery: false });
      const reread = await openProject(file, { recoveryDir });
      expect(order(reread.session.doc)).toEqual(order(start));
      reread.close({ keepRecovery: false });
    });
  }
});
