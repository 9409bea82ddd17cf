import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fromDocumentData, toDocumentData, type LakarDocument, type LakarDocumentData } from '../../shared/model';
import { makeLargeDocument } from '../../test/helpers/factories';
import { makeVariedDocument } from '../../test/helpers/varied-model';
import { journalFileForProject, listDraftJournals } from './journal';
import { createProject, openDraftProject, openProject, readProjectDocument } from './project';
import { recoverIntoCopy } from './recover-copy';

const CHILD = path.join(import.meta.dirname, '__fixtures__', 'crash-child.ts');

let dir: string;
let recoveryDir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lakar-crash-'));
  recoveryDir = path.join(dir, 'recovery');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const sha = (f: string) => crypto.createHash('sha256').update(fs.readFileSync(f)).digest('hex');

/** What the child wrote before it was killed: its edit count and the document (as JSON, tables as records). */
function readExpected(file: string): { edits: number; doc: LakarDocument } {
  const written = JSON.parse(fs.readFileSync(file, 'utf8')) as { edits: number; doc: LakarDocumentData };
  return { edits: written.edits, doc: fromDocumentData(written.doc) as LakarDocument };
}

/** Run the crash child until it prints `marker`, call `atMarker`, then SIGKILL it. */
function runUntil(args: string[], marker: string, atMarker: () => void = () => undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`child never reached ${marker}: ${out} ${err}`));
    }, 60_000);
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes(marker)) {
        try {
          atMarker();
        } catch (e) {
          reject(e);
        }
        child.kill('SIGKILL');
      }
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL' && out.includes(marker)) resolve();
      else reject(new Error(`child exited with ${code ?? signal}: ${out} ${err}`));
    });
  });
}

describe('crash safety (child process killed with SIGKILL)', () => {
  it('keeps the last saved state when killed in the middle of a big save transaction', async () => {
    const file = path.join(dir, 'besar.lakar');
    const saved = makeLargeDocument(2000, 1);
    await createProject(file, saved);
    const before = sha(file);
    const replacement = makeLargeDocument(3000, 7);
    replacement.meta.title = 'Belum selesai disimpan';
    const replacementFile = path.join(dir, 'replacement.json');
    fs.writeFileSync(replacementFile, JSON.stringify(replacement));

    let hotJournal = false;
    let fileTouched = false;
    await runUntil(['save', file, recoveryDir, replacementFile], 'IN_TRANSACTION', () => {
      hotJournal = fs.existsSync(`${file}-journal`);
      fileTouched = sha(file) !== before;
    });
    // the kill really landed mid-transaction, with changed pages already in the .lakar file
    expect(hotJournal).toBe(true);
    expect(fileTouched).toBe(true);

    // opening for editing would roll the journal back in place: the user is asked instead
    const touched = sha(file);
    const journal = sha(`${file}-journal`);
    await expect(openProject(file, { recoveryDir })).rejects.toMatchObject({ code: 'interruptedSave' });
    // reading (CLI info/check/export) gives the last saved state, through a private copy
    const read = await readProjectDocument(file);
    expect(read.doc).toEqual(saved);
    expect(read.notes).toEqual(['interruptedSave']);
    expect([sha(file), sha(`${file}-journal`)]).toEqual([touched, journal]);

    // the user's answer: restore into a copy; the original and its journal stay as they are
    const copy = path.join(dir, 'besar-dipulihkan.lakar');
    const p = await recoverIntoCopy(file, copy, { recoveryDir });
    expect([sha(file), sha(`${file}-journal`)]).toEqual([touched, journal]);
    expect(fs.readdirSync(dir).sort()).toEqual(['besar-dipulihkan.lakar', 'besar.lakar', 'besar.lakar-journal', 'recovery', 'replacement.json']);
    const db = new Database(copy, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
    expect(p.session.doc).toEqual(saved);
    // the edit that was being saved is still in the recovery journal, now the copy's: nothing is lost
    expect(p.session.recovery?.edits).toBe(1);
    p.session.acceptRecovery();
    expect(p.session.doc).toEqual(replacement);
    await p.session.save();
    p.close({ keepRecovery: false });
    expect((await readProjectDocument(copy)).doc).toEqual(replacement);
  });

  it('offers exactly the journalled edits after a kill without saving, and restores them', async () => {
    const file = path.join(dir, 'edit.lakar');
    const saved = makeLargeDocument(500, 3);
    await createProject(file, saved);
    const before = sha(file);
    const expectedFile = path.join(dir, 'expected.json');
    await runUntil(['edit', file, recoveryDir, expectedFile], 'JOURNALLED');
    const expected = readExpected(expectedFile);

    expect(sha(file)).toBe(before);
    const p = await openProject(file, { recoveryDir });
    expect(p.session.doc).toEqual(saved);
    expect(p.session.recovery?.edits).toBe(expected.edits);
    expect(p.session.acceptRecovery()).toBe(expected.edits);
    expect(p.session.doc).toEqual(expected.doc);
    await p.session.save();
    p.close({ keepRecovery: false });
    expect((await readProjectDocument(file)).doc).toEqual(expected.doc);
  });

  it('recovers the first move in a view not stored as drawn, journalled as a note, after a kill', async () => {
    const file = path.join(dir, 'dijana.lakar');
    // a generated model: its views are not stored as drawn, so the first move stores one whole
    const data = structuredClone(toDocumentData(makeVariedDocument(1500, 4)));
    // a file holds no relation with a dangling end (the generator makes a few)
    for (const [id, r] of Object.entries(data.relations)) if (!data.elements[r.source] || !data.elements[r.target]) delete data.relations[id];
    const saved = fromDocumentData(data) as LakarDocument;
    await createProject(file, saved);
    const expectedFile = path.join(dir, 'expected.json');
    await runUntil(['drawn', file, recoveryDir, expectedFile], 'JOURNALLED');
    const expected = readExpected(expectedFile);
    const { moved } = JSON.parse(fs.readFileSync(expectedFile, 'utf8')) as { moved: { viewId: string; id: string; layout: unknown } };

    // the journal holds the note and the move's own patches, not the view's boxes
    const journal = new Database(journalFileForProject(recoveryDir, file), { readonly: true });
    const rows = journal.prepare('SELECT length(patches) AS bytes, drawn FROM entries').all() as { bytes: number; drawn: string | null }[];
    journal.close();
    expect(rows).toHaveLength(1);
    expect(rows[0].drawn).not.toBeNull();
    expect(rows[0].bytes).toBeLessThan(3_000);

    const p = await openProject(file, { recoveryDir });
    expect(p.session.doc).toEqual(saved);
    expect(p.session.acceptRecovery()).toBe(1);
    expect(p.session.redrawnOnRecovery).toBe(0);
    // the view is as drawn, the move is there: the document the user had, byte for byte
    expect(JSON.stringify(toDocumentData(p.session.doc))).toBe(JSON.stringify(toDocumentData(expected.doc)));
    expect(p.session.doc.views[moved.viewId].nodes[moved.id]).toEqual(moved.layout);
    await p.session.save();
    p.close({ keepRecovery: false });
    expect(JSON.stringify(toDocumentData((await readProjectDocument(file)).doc))).toBe(JSON.stringify(toDocumentData(expected.doc)));
  });

  it('recovers a never-saved project after a kill', async () => {
    const expectedFile = path.join(dir, 'draft.json');
    await runUntil(['draft', 'd_ranap', recoveryDir, expectedFile], 'JOURNALLED');
    const expected = readExpected(expectedFile);
    expect(listDraftJournals(recoveryDir).map((d) => [d.draftId, d.edits])).toEqual([['d_ranap', 2]]);
    const p = openDraftProject('d_ranap', { recoveryDir });
    expect(p.session.recovery?.edits).toBe(2);
    p.session.acceptRecovery();
    expect(p.session.doc).toEqual(expected.doc);
    p.close({ keepRecovery: false });
  });
});
