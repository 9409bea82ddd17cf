/**
 * A row removed and added again between two saves (a box hidden and placed again, an item deleted
 * and pasted back with its id, a view removed and added again, undos and redos of such) is listed
 * where the editor lists it when the `.lakar` file is opened again, and when the recovery journal
 * is replayed after a crash: not at its row's old place in the file.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import type { Patch } from 'immer';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { executeCommand } from '../../shared/commands';
import { patchSchema } from '../../shared/ipc/contract';
import type { LakarDocument } from '../../shared/model';
import { hiddenAndPlacedAgain, orderOf, orderStep, runOrderScript, unorderedStart, type OrderEdition } from '../../test/helpers/order-script';
import { createProject, openProject, type LakarProject } from './project';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lakar-readded-order-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The patches as they arrive over IPC (the main process parses every payload with the contract). */
const overIpc = (patches: Patch[]) => patches.map((p) => patchSchema.parse(JSON.parse(JSON.stringify(p)))) as Patch[];

let files = 0;
/** A `.lakar` file holding `start`, opened. */
async function fileEdition(start: LakarDocument): Promise<OrderEdition & { project: () => LakarProject }> {
  const file = path.join(dir, `p${files++}.lakar`);
  const recoveryDir = path.join(dir, 'recovery');
  await createProject(file, start);
  let p = await openProject(file, { recoveryDir });
  return {
    project: () => p,
    apply: (patches) => p.session.apply(overIpc(patches)),
    save: async () => void (await p.session.save()),
    async reopen() {
      await p.session.save();
      p.close({ keepRecovery: false });
      p = await openProject(file, { recoveryDir });
      return p.session.doc;
    },
    async crash() {
      p.close({ keepRecovery: true });
      p = await openProject(file, { recoveryDir });
      p.session.acceptRecovery();
      return p.session.doc;
    },
  };
}

describe('.lakar file: a row removed and added again before a save', () => {
  it('a box hidden and placed again is listed last at reopening, as on screen', async () => {
    const { start, steps, boxesAfter } = hiddenAndPlacedAgain();
    const edition = await fileEdition(start);
    let doc = start;
    for (const [command, args] of steps) {
      const r = executeCommand(doc, command, args);
      await edition.apply(r.patches);
      doc = r.doc;
    }
    expect(Object.keys(doc.views.view_main.nodes)).toEqual(boxesAfter);
    expect(Object.keys((await edition.crash()).views.view_main.nodes)).toEqual(boxesAfter);
    expect(Object.keys((await edition.reopen()).views.view_main.nodes)).toEqual(boxesAfter);
    edition.project().close({ keepRecovery: false });
  });

  it('an element deleted and pasted back with its id, with its relation, is listed last, as on screen', async () => {
    const start = unorderedStart();
    const edition = await fileEdition(start);
    const removed = executeCommand(start, 'element.remove', { ids: ['el_m'] });
    await edition.apply(removed.patches);
    const pasted = executeCommand(removed.doc, 'element.addMany', { elements: [start.elements.get('el_m')], relations: [start.relations.get('rel_b')], viewId: 'view_main' });
    await edition.apply(pasted.patches);
    expect(pasted.doc.elements.ids()).toEqual(['el_z', 'el_a', 'el_q', 'el_c', 'el_b', 'el_m']);
    expect(orderOf(await edition.reopen())).toEqual(orderOf(pasted.doc));
    edition.project().close({ keepRecovery: false });
  });

  it('reopens in the order on screen after any mix of adds, removals, hides, placing again, pastes with the same ids, undos, redos, saves and crashes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(orderStep, { maxLength: 30 }), async (steps) => {
        const start = unorderedStart();
        const edition = await fileEdition(start);
        try {
          await runOrderScript(edition, start, steps);
        } finally {
          edition.project().close({ keepRecovery: false });
        }
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
