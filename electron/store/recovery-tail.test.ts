/**
 * A recovery stops at the first journal entry that no longer applies (a damaged row, a note of a
 * view stored as drawn naming a view it cannot find): what applied before it is kept. The entries
 * from it on must leave the journal then, or the next edits, numbered after the last one applied,
 * meet them: they failed to be journalled ("UNIQUE constraint failed"), and the next recovery stopped
 * at the same entry again, losing them.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { executeCommand } from '../../shared/commands';
import type { LakarDocument } from '../../shared/model';
import { makeDocument, makeElement } from '../../test/helpers/factories';
import { journalFileForProject } from './journal';
import { createProject, openProject, type LakarProject } from './project';

let dir: string;
let recoveryDir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lakar-tail-'));
  recoveryDir = path.join(dir, 'recovery');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function rename(p: LakarProject, doc: LakarDocument, name: string): Promise<LakarDocument> {
  const r = executeCommand(doc, 'element.update', { id: 'el_a', patch: { name } });
  await p.session.apply(r.patches);
  return r.doc;
}

describe('a recovery that stops at an entry that no longer applies', () => {
  it('journals the next edits and offers them after the next crash', async () => {
    const file = path.join(dir, 'p.lakar');
    await createProject(file, makeDocument([makeElement('application', { id: 'el_a', name: 'A' })]));
    let p = await openProject(file, { recoveryDir });
    let doc = p.session.doc;
    for (const name of ['Satu', 'Dua', 'Tiga']) doc = await rename(p, doc, name);
    p.close({ keepRecovery: true });
    // the second entry's note names a view the document does not have
    const db = new Database(journalFileForProject(recoveryDir, file));
    db.prepare('UPDATE entries SET drawn = ? WHERE seq = 2').run(JSON.stringify([{ viewId: 'view_hilang', at: 0, count: 1, hash: '1:0' }]));
    db.close();

    p = await openProject(file, { recoveryDir });
    expect(p.session.acceptRecovery()).toBe(1);
    // (the window is told: project:resolveRecovery's `restored`)
    expect(p.session.skippedOnRecovery).toBe(2);
    expect(p.session.doc.elements.get('el_a')?.name).toBe('Satu');
    // the user goes on: each edit is journalled
    doc = await rename(p, p.session.doc, 'Selepas');
    doc = await rename(p, doc, 'Selepas lagi');
    p.close({ keepRecovery: true });

    const again = await openProject(file, { recoveryDir });
    expect(again.session.recovery?.edits).toBe(3);
    expect(again.session.acceptRecovery()).toBe(3);
    expect(again.session.doc).toEqual(doc);
    again.close({ keepRecovery: false });
  });
});
