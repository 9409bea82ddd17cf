import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { executeCommand } from '../../shared/commands';
import { createEmptyDocument } from '../../shared/model';
import { makeDocument, makeElement } from '../../test/helpers/factories';
import { journalFileForDraft, journalFileForProject, listDraftJournals } from './journal';
import { createProject, LakarProject, newDraftProject, openDraftProject, openProject, readProjectDocument, saveAs } from './project';

let dir: string;
let recoveryDir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lakar-rec-'));
  recoveryDir = path.join(dir, 'recovery');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function edit(p: LakarProject, id: string, args: unknown) {
  const r = executeCommand(p.session.doc, id, args);
  await p.session.apply(r.patches);
  return r.doc;
}

async function projectFile(name = 'p.lakar') {
  const file = path.join(dir, name);
  await createProject(file, makeDocument([makeElement('application', { id: 'el_a', name: 'A' })]));
  return file;
}

describe('recovery journal of a saved project', () => {
  it('journals one row per edit in a separate WAL database', async () => {
    const file = await projectFile();
    const p = await openProject(file, { recoveryDir });
    await edit(p, 'element.update', { id: 'el_a', patch: { name: 'A1' } });
    await edit(p, 'element.update', { id: 'el_a', patch: { name: 'A2' } });
    const journalFile = journalFileForProject(recoveryDir, file);
    const db = new Database(journalFile, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.prepare('SELECT seq FROM entries ORDER BY seq').pluck().all()).toEqual([1, 2]);
    db.close();
    p.close({ keepRecovery: true });
  });

  it('offers unsaved edits at the next open and restores them when accepted', async () => {
    const file = await projectFile();
    const p = await openProject(file, { recoveryDir });
    await edit(p, 'element.update', { id: 'el_a', patch: { name: 'Belum disimpan' } });
    const expected = await edit(p, 'project.updateMeta', { patch: { title: 'Tajuk baharu' } });
    p.close({ keepRecovery: true }); // the window went away without saving

    const again = await openProject(file, { recoveryDir });
    expect(again.session.doc.elements.get('el_a')!.name).toBe('A');
    expect(again.session.recovery?.edits).toBe(2);
    expect(again.session.acceptRecovery()).toBe(2);
    expect(again.session.doc).toEqual(expected);
    expect(again.session.dirty).toBe(true);
    // further edits continue the same journal, and a save makes them permanent
    await edit(again, 'element.update', { id: 'el_a', patch: { name: 'Akhir' } });
    await again.session.save();
    again.close({ keepRecovery: true });
    const reread = await openProject(file, { recoveryDir });
    expect(reread.session.recovery).toBeUndefined();
    expect(reread.session.doc.elements.get('el_a')!.name).toBe('Akhir');
    expect(reread.session.doc.meta.title).toBe('Tajuk baharu');
    reread.close({ keepRecovery: false });
  });

  it('forgets the edits when declined or when the project is closed on purpose', async () => {
    const file = await projectFile();
    const p = await openProject(file, { recoveryDir });
    await edit(p, 'element.update', { id: 'el_a', patch: { name: 'X' } });
    p.close({ keepRecovery: true });
    const again = await openProject(file, { recoveryDir });
    await again.session.discardRecovery();
    again.close({ keepRecovery: true });
    const third = await openProject(file, { recoveryDir });
    expect(third.session.recovery).toBeUndefined();
    await edit(third, 'element.update', { id: 'el_a', patch: { name: 'Y' } });
    third.close({ keepRecovery: false });
    expect(fs.existsSync(journalFileForProject(recoveryDir, file))).toBe(false);
    const fourth = await openProject(file, { recoveryDir });
    expect(fourth.session.recovery).toBeUndefined();
    fourth.close({ keepRecovery: false });
  });

  it('ignores a journal older than the last save', async () => {
    const file = await projectFile();
    const p = await openProject(file, { recoveryDir });
    await edit(p, 'element.update', { id: 'el_a', patch: { name: 'Disimpan' } });
    // a crash after the rows were written but before the journal was cleared
    p.adapter.clearJournal = () => Promise.reject(new Error('crash'));
    await expect(p.session.save()).rejects.toThrow('crash');
    p.close({ keepRecovery: true });
    const again = await openProject(file, { recoveryDir });
    expect(again.session.doc.elements.get('el_a')!.name).toBe('Disimpan');
    expect(again.session.recovery).toBeUndefined();
    again.close({ keepRecovery: false });
  });

  it('ignores a journal left by another file that had the same name', async () => {
    const file = await projectFile();
    const p = await openProject(file, { recoveryDir });
    await edit(p, 'element.update', { id: 'el_a', patch: { name: 'Fail lama' } });
    p.close({ keepRecovery: true });
    fs.rmSync(file);
    await createProject(file, makeDocument([makeElement('application', { id: 'el_a', name: 'Fail baharu' })]));
    const fresh = await openProject(file, { recoveryDir });
    expect(fresh.session.recovery).toBeUndefined();
    expect(fresh.session.doc.elements.get('el_a')!.name).toBe('Fail baharu');
    fresh.close({ keepRecovery: false });
  });

  it('sets an unreadable journal aside instead of failing to open the project', async () => {
    const file = await projectFile();
    fs.mkdirSync(recoveryDir, { recursive: true });
    fs.writeFileSync(journalFileForProject(recoveryDir, file), 'rosak');
    const p = await openProject(file, { recoveryDir });
    expect(p.session.recovery).toBeUndefined();
    await edit(p, 'element.update', { id: 'el_a', patch: { name: 'Z' } });
    p.close({ keepRecovery: true });
    expect(fs.readdirSync(recoveryDir).some((n) => n.includes('.unreadable-'))).toBe(true);
    const again = await openProject(file, { recoveryDir });
    expect(again.session.recovery?.edits).toBe(1);
    again.close({ keepRecovery: false });
  });
});

describe('never-saved projects', () => {
  it('creates no journal until the first edit', () => {
    const p = newDraftProject(createEmptyDocument('Draf'), { recoveryDir, draftId: 'd1' });
    expect(p.session.dirty).toBe(true);
    expect(fs.existsSync(journalFileForDraft(recoveryDir, 'd1'))).toBe(false);
    p.close({ keepRecovery: false });
  });

  it('recovers a draft after a crash, then saves it under a name and drops the draft journal', async () => {
    const start = createEmptyDocument('', '2026-01-01T00:00:00.000Z');
    const p = newDraftProject(start, { recoveryDir, draftId: 'd2' });
    await edit(p, 'project.updateMeta', { patch: { title: 'Draf Pertama' } });
    const expected = await edit(p, 'element.add', { element: makeElement('service', { id: 'el_s', name: 'Servis' }), viewId: 'view_main' });
    p.close({ keepRecovery: true });

    const drafts = listDraftJournals(recoveryDir);
    expect(drafts.map((d) => [d.draftId, d.edits])).toEqual([['d2', 2]]);
    const back = openDraftProject('d2', { recoveryDir });
    expect(back.path).toBeNull();
    expect(back.session.doc).toEqual(start);
    expect(back.session.recovery?.edits).toBe(2);
    back.session.acceptRecovery();
    expect(back.session.doc).toEqual(expected);

    const file = path.join(dir, 'draf.lakar');
    const { project } = await saveAs(back, file, { recoveryDir });
    expect(project.path).toBe(file);
    expect(project.draftId).toBeNull();
    expect((await readProjectDocument(file)).doc).toEqual(expected);
    expect(listDraftJournals(recoveryDir)).toEqual([]);
    expect(fs.existsSync(journalFileForDraft(recoveryDir, 'd2'))).toBe(false);
    project.close({ keepRecovery: false });
  });

  it('reports a draft that is gone', () => {
    expect(() => openDraftProject('tiada', { recoveryDir })).toThrow(expect.objectContaining({ code: 'notFound' }));
  });
});
