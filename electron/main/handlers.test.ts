import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { executeCommand } from '../../shared/commands';
import type { FileKind, IpcCallContext } from '../../shared/ipc/contract';
import { UserError } from '../../shared/ipc/errors';
import type { LakarDocument } from '../../shared/model';
import { makeDocument, makeElement } from '../../test/helpers/factories';
import Database from 'better-sqlite3';
import { journalFileForProject } from '../store/journal';
import { createProject, readProjectDocument } from '../store/project';
import { createDesktopHandlers, DRAFT_REF_PREFIX, type DesktopHandlers } from './handlers';
import { interruptedSaveCopy } from '../../test/helpers/interrupted';

let userDataDir: string;
let work: string;
const apps: DesktopHandlers[] = [];
const win1: IpcCallContext = { windowId: 1 };
const win2: IpcCallContext = { windowId: 2 };

/** Scripted native dialogs: each call takes the next answer and is recorded. */
function fakeDialogs() {
  const picks: (string | null)[] = [];
  const saves: (string | null)[] = [];
  const answers: boolean[] = [];
  const calls: { dialog: string; kinds?: FileKind[]; kind?: FileKind; suggestedName?: string; reason?: string; fileName?: string }[] = [];
  return {
    picks,
    saves,
    answers,
    calls,
    dialogs: {
      async pickFile(kinds: FileKind[]) {
        calls.push({ dialog: 'pick', kinds });
        return picks.shift() ?? null;
      },
      async pickFiles(kinds: FileKind[]) {
        calls.push({ dialog: 'pickMany', kinds });
        const pick = picks.shift();
        return pick ? pick.split('\n') : null;
      },
      async chooseSavePath(kind: FileKind, suggestedName: string) {
        calls.push({ dialog: 'save', kind, suggestedName });
        return saves.shift() ?? null;
      },
      async askRecoverIntoCopy(reason: string, fileName: string) {
        calls.push({ dialog: 'askCopy', reason, fileName });
        return answers.shift() ?? false;
      },
    },
  };
}

/** One run of the app (a restart makes a new one over the same user-data folder). */
function startApp() {
  const d = fakeDialogs();
  const api = createDesktopHandlers({ userDataDir, dialogs: d.dialogs, now: () => new Date('2026-03-01T10:00:00.000Z') });
  apps.push(api);
  return { api, ...d };
}

async function edit(api: DesktopHandlers, handle: string, doc: LakarDocument, id: string, args: unknown, ctx = win1) {
  const r = executeCommand(doc, id, args);
  await api['project:apply']({ handle, patches: r.patches as never }, ctx);
  return r.doc;
}

const sha = (f: string) => crypto.createHash('sha256').update(fs.readFileSync(f)).digest('hex');

beforeEach(() => {
  userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lakar-ud-'));
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'lakar-work-'));
});
afterEach(async () => {
  for (const a of apps.splice(0)) await a.dispose();
  fs.rmSync(userDataDir, { recursive: true, force: true });
  fs.rmSync(work, { recursive: true, force: true });
});

describe('desktop handlers: projects', () => {
  it('asks for a path on the first save of a new project, then saves in place', async () => {
    const { api, saves, calls } = startApp();
    const opened = await api['project:new']({}, win1);
    expect(opened).toMatchObject({ ref: null, dirty: true, displayName: '' });
    let doc = await edit(api, opened.handle, opened.doc, 'project.updateMeta', { patch: { title: 'Sistem Cuti: Fasa 1' } });
    const file = path.join(work, 'cuti.lakar');
    saves.push(file);
    const first = await api['project:save']({ handle: opened.handle }, win1);
    expect(calls).toEqual([{ dialog: 'save', kind: 'lakar', suggestedName: 'Sistem Cuti- Fasa 1.lakar' }]);
    expect(first).toMatchObject({ ref: file, displayName: 'cuti.lakar' });

    doc = await edit(api, opened.handle, doc, 'element.add', { element: makeElement('application', { id: 'el_app', name: 'eCuti' }), viewId: 'view_main' });
    const second = await api['project:save']({ handle: opened.handle }, win1);
    expect(calls).toHaveLength(1);
    expect(second.rowsWritten).toBe(2); // the element and its node on the view
    expect((await readProjectDocument(file)).doc).toEqual(doc);
    expect((await api['project:recent']({}, win1)).map((r) => r.ref)).toEqual([file]);
  });

  it('keeps an unsaved new project open when the user cancels its first save', async () => {
    const { api } = startApp();
    const opened = await api['project:new']({}, win1);
    await expect(api['project:save']({ handle: opened.handle }, win1)).rejects.toMatchObject({ key: 'error.cancelled' });
    await expect(api['project:apply']({ handle: opened.handle, patches: [{ op: 'replace', path: ['meta', 'title'], value: 'Masih di sini' }] }, win1)).resolves.toEqual({
      ok: true,
    });
  });

  it('opens through the file dialog and returns null when it is cancelled', async () => {
    const file = path.join(work, 'a.lakar');
    await createProject(file, makeDocument([], [], 'Projek A'));
    const { api, picks, calls } = startApp();
    expect(await api['project:open']({}, win1)).toBeNull();
    picks.push(file);
    const opened = await api['project:open']({}, win1);
    expect(calls.map((c) => c.kinds)).toEqual([['lakar'], ['lakar']]);
    expect(opened).toMatchObject({ ref: file, displayName: 'a.lakar', dirty: false });
    expect(opened?.doc.meta.title).toBe('Projek A');
  });

  it('refuses a file that is not a Lakar project with a UserError and leaves it as it was', async () => {
    const file = path.join(work, 'bukan.lakar');
    fs.writeFileSync(file, 'hello');
    const { api } = startApp();
    const err = await api['project:open']({ ref: file }, win1).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect(err).toMatchObject({ key: 'store.notSqlite', params: { file: 'bukan.lakar' } });
    expect(fs.readFileSync(file, 'utf8')).toBe('hello');
    expect(await api['project:recent']({}, win1)).toEqual([]);
  });

  it('drops a project deleted since from Open Recent when it cannot be found, keeping the others', async () => {
    const gone = path.join(work, 'hilang.lakar');
    const kept = path.join(work, 'kekal.lakar');
    await createProject(gone, makeDocument([], [], 'Hilang'));
    await createProject(kept, makeDocument([], [], 'Kekal'));
    const { api } = startApp();
    for (const f of [gone, kept]) await api['project:close']({ handle: (await api['project:open']({ ref: f }, win1))!.handle }, win1);
    expect((await api['project:recent']({}, win1)).map((r) => r.ref)).toEqual([kept, gone]);
    fs.rmSync(gone);
    await expect(api['project:open']({ ref: gone }, win1)).rejects.toMatchObject({ key: 'store.notFound', params: { file: 'hilang.lakar' } });
    expect((await api['project:recent']({}, win1)).map((r) => r.ref)).toEqual([kept]);
  });

  it('offers unsaved edits after the app was killed and restores them on request', async () => {
    const file = path.join(work, 'r.lakar');
    await createProject(file, makeDocument([makeElement('service', { id: 'el_s', name: 'Asal' })]));
    const first = startApp();
    const opened = (await first.api['project:open']({ ref: file }, win1))!;
    const expected = await edit(first.api, opened.handle, opened.doc, 'element.update', { id: 'el_s', patch: { name: 'Suntingan' } });
    await first.api.closeWindow(1); // the window died without closing the project

    const second = startApp();
    const again = (await second.api['project:open']({ ref: file }, win1))!;
    expect(again.doc.elements.get('el_s')!.name).toBe('Asal');
    expect(again.recovery).toEqual({ edits: 1, lastEditAt: '2026-03-01T10:00:00.000Z' });
    const restored = await second.api['project:resolveRecovery']({ handle: again.handle, accept: true }, win1);
    expect(restored.doc).toEqual(expected);
    expect(restored.dirty).toBe(true);
    expect(restored.recovery).toBeUndefined();
  });

  it('tells the window when recovered edits no longer applied', async () => {
    const file = path.join(work, 'r2.lakar');
    await createProject(file, makeDocument([makeElement('service', { id: 'el_s', name: 'Asal' })]));
    const first = startApp();
    const opened = (await first.api['project:open']({ ref: file }, win1))!;
    const one = await edit(first.api, opened.handle, opened.doc, 'element.update', { id: 'el_s', patch: { name: 'Satu' } });
    await edit(first.api, opened.handle, one, 'element.update', { id: 'el_s', patch: { name: 'Dua' } });
    await first.api.closeWindow(1);
    // the second entry damaged: its note names a view the document does not have
    const journal = new Database(journalFileForProject(path.join(userDataDir, 'recovery'), file));
    journal.prepare('UPDATE entries SET drawn = ? WHERE seq = 2').run(JSON.stringify([{ viewId: 'view_hilang', at: 0, count: 1, hash: '1:0' }]));
    journal.close();

    const second = startApp();
    const again = (await second.api['project:open']({ ref: file }, win1))!;
    const restored = await second.api['project:resolveRecovery']({ handle: again.handle, accept: true }, win1);
    expect(restored.doc).toEqual(one);
    expect(restored.restored).toEqual({ skipped: 1, redrawn: 0 });
  });

  it('does not offer edits again after the user closed the project without saving', async () => {
    const file = path.join(work, 'c.lakar');
    await createProject(file, makeDocument());
    const { api } = startApp();
    const opened = (await api['project:open']({ ref: file }, win1))!;
    await edit(api, opened.handle, opened.doc, 'project.updateMeta', { patch: { author: 'Ali' } });
    await api['project:close']({ handle: opened.handle }, win1);
    const reopened = (await startApp().api['project:open']({ ref: file }, win1))!;
    expect(reopened.recovery).toBeUndefined();
    expect(reopened.doc.meta.author).toBeUndefined();
  });

  it('drops recovered edits when declined', async () => {
    const file = path.join(work, 'd.lakar');
    await createProject(file, makeDocument());
    const first = startApp();
    const opened = (await first.api['project:open']({ ref: file }, win1))!;
    await edit(first.api, opened.handle, opened.doc, 'project.updateMeta', { patch: { author: 'Ali' } });
    await first.api.dispose();
    const second = startApp();
    const again = (await second.api['project:open']({ ref: file }, win1))!;
    const declined = await second.api['project:resolveRecovery']({ handle: again.handle, accept: false }, win1);
    expect(declined.doc.meta.author).toBeUndefined();
    await second.api.dispose();
    expect((await startApp().api['project:open']({ ref: file }, win1))?.recovery).toBeUndefined();
  });

  it('lists a never-saved project left by a crash first in Open Recent and recovers it', async () => {
    const older = path.join(work, 'lama.lakar');
    await createProject(older, makeDocument());
    const first = startApp();
    await first.api['project:open']({ ref: older }, win1);
    const draft = await first.api['project:new']({}, win1);
    const expected = await edit(first.api, draft.handle, draft.doc, 'project.updateMeta', { patch: { title: 'Draf' } });
    expect((await first.api['project:recent']({}, win1)).map((r) => r.ref)).toEqual([older]); // open drafts are not listed
    await first.api.dispose();

    const second = startApp();
    const recent = await second.api['project:recent']({}, win1);
    expect(recent[0]).toMatchObject({ displayName: 'Projek tanpa tajuk (belum disimpan)', openedAt: '2026-03-01T10:00:00.000Z' });
    expect(recent[0].ref.startsWith(DRAFT_REF_PREFIX)).toBe(true);
    expect(recent[1].ref).toBe(older);
    await second.api['settings:set']({ language: 'en' }, win1);
    expect((await second.api['project:recent']({}, win1))[0].displayName).toBe('Untitled project (never saved)');

    const back = (await second.api['project:open']({ ref: recent[0].ref }, win1))!;
    expect(back.ref).toBeNull();
    expect(back.recovery?.edits).toBe(1);
    const restored = await second.api['project:resolveRecovery']({ handle: back.handle, accept: true }, win1);
    expect(restored.doc).toEqual(expected);
    const file = path.join(work, 'draf.lakar');
    second.saves.push(file);
    await second.api['project:save']({ handle: back.handle }, win1);
    expect((await readProjectDocument(file)).doc).toEqual(expected);
    expect((await second.api['project:recent']({}, win1)).map((r) => r.ref)).toEqual([file, older]);
  });

  it('saves a copy with Save As and leaves the original at its last save', async () => {
    const file = path.join(work, 'asal.lakar');
    await createProject(file, makeDocument([], [], 'Asal'));
    const original = sha(file);
    const { api, saves, calls } = startApp();
    const opened = (await api['project:open']({ ref: file }, win1))!;
    const doc = await edit(api, opened.handle, opened.doc, 'project.updateMeta', { patch: { title: 'Salinan' } });
    expect(await api['project:saveAs']({ handle: opened.handle }, win1)).toBeNull();
    const copy = path.join(work, 'salinan.lakar');
    saves.push(copy);
    const result = await api['project:saveAs']({ handle: opened.handle }, win1);
    expect(calls.map((c) => c.suggestedName)).toEqual(['asal.lakar', 'asal.lakar']);
    expect(result).toMatchObject({ ref: copy, displayName: 'salinan.lakar' });
    expect(sha(file)).toBe(original);
    await edit(api, opened.handle, doc, 'project.updateMeta', { patch: { author: 'Siti' } });
    await api['project:save']({ handle: opened.handle }, win1);
    expect((await readProjectDocument(copy)).doc.meta).toMatchObject({ title: 'Salinan', author: 'Siti' });
    expect(sha(file)).toBe(original);
  });

  it('writes a Save As copy only where the user chose in the dialog, never to a path sent by the page', async () => {
    const victim = path.join(work, 'nota.txt');
    fs.writeFileSync(victim, 'jangan ganti saya');
    const { api, calls } = startApp();
    const opened = await api['project:new']({}, win1);
    await expect(api['project:saveAs']({ handle: opened.handle, ref: victim }, win1)).rejects.toMatchObject({ key: 'error.badRequest' });
    expect(fs.readFileSync(victim, 'utf8')).toBe('jangan ganti saya');
    expect(calls).toEqual([]);
  });

  it('keeps each window to its own projects: another window cannot edit, save or close them', async () => {
    const file = path.join(work, 'milik.lakar');
    await createProject(file, makeDocument([], [], 'Milik Tetingkap 1'));
    const original = sha(file);
    const { api } = startApp();
    const mine = (await api['project:open']({ ref: file }, win1))!;
    const r = executeCommand(mine.doc, 'project.updateMeta', { patch: { title: 'Diubah oleh tetingkap 2' } });
    await expect(api['project:apply']({ handle: mine.handle, patches: r.patches as never }, win2)).rejects.toMatchObject({ key: 'error.projectNotOpen' });
    await expect(api['project:save']({ handle: mine.handle }, win2)).rejects.toMatchObject({ key: 'error.projectNotOpen' });
    await expect(api['project:replace']({ handle: mine.handle, doc: makeDocument() }, win2)).rejects.toMatchObject({ key: 'error.projectNotOpen' });
    await expect(api['project:resolveRecovery']({ handle: mine.handle, accept: false }, win2)).rejects.toMatchObject({ key: 'error.projectNotOpen' });
    await api['project:close']({ handle: mine.handle }, win2);
    expect(api.openProjects()).toEqual([{ handle: mine.handle, windowId: 1, ref: file }]);
    await edit(api, mine.handle, mine.doc, 'project.updateMeta', { patch: { author: 'Ali' } });
    expect(sha(file)).toBe(original);
  });

  it('refuses a project already open in another window, and lets the same window reopen it', async () => {
    const file = path.join(work, 'kongsi.lakar');
    await createProject(file, makeDocument());
    const { api } = startApp();
    const a = (await api['project:open']({ ref: file }, win1))!;
    await expect(api['project:open']({ ref: file }, win2)).rejects.toMatchObject({ key: 'store.alreadyOpen' });
    await edit(api, a.handle, a.doc, 'project.updateMeta', { patch: { author: 'Ali' } });
    // window 1 reloaded and lost its handle: reopening offers its unsaved edit
    const b = (await api['project:open']({ ref: file }, win1))!;
    expect(b.handle).not.toBe(a.handle);
    expect(b.recovery?.edits).toBe(1);
    await expect(api['project:apply']({ handle: a.handle, patches: [] }, win1)).rejects.toMatchObject({ key: 'error.projectNotOpen' });
    expect(api.openProjects()).toEqual([{ handle: b.handle, windowId: 1, ref: file }]);
  });

  it('rejects an edit that would make the model invalid and keeps the project as it was', async () => {
    const file = path.join(work, 'v.lakar');
    await createProject(file, makeDocument());
    const { api } = startApp();
    const opened = (await api['project:open']({ ref: file }, win1))!;
    const err = await api['project:apply']({ handle: opened.handle, patches: [{ op: 'add', path: ['meta', 'costs'], value: [{ component: 'Lesen', amount: -5 }] }] }, win1).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect(err).toMatchObject({ key: 'change.invalid', params: { where: 'meta' } });
    await api.dispose();
    expect((await startApp().api['project:open']({ ref: file }, win1))?.recovery).toBeUndefined();
  });

  it('runs edits and saves in order even when they are not awaited one by one', async () => {
    const file = path.join(work, 'urutan.lakar');
    await createProject(file, makeDocument([makeElement('service', { id: 'el_s', name: 'S0' })]));
    const { api } = startApp();
    const opened = (await api['project:open']({ ref: file }, win1))!;
    let doc = opened.doc;
    const calls: Promise<unknown>[] = [];
    for (let i = 1; i <= 5; i++) {
      const r = executeCommand(doc, 'element.update', { id: 'el_s', patch: { name: `S${i}` } });
      doc = r.doc;
      calls.push(api['project:apply']({ handle: opened.handle, patches: r.patches as never }, win1));
      if (i === 3) calls.push(api['project:save']({ handle: opened.handle }, win1));
    }
    await Promise.all(calls);
    expect((await readProjectDocument(file)).doc.elements.get('el_s')!.name).toBe('S3');
    await api.closeWindow(1);
    const again = (await startApp().api['project:open']({ ref: file }, win1))!;
    expect(again.recovery?.edits).toBe(2);
  });

  it('replaces the whole document of an open project', async () => {
    const { api, saves } = startApp();
    const opened = await api['project:new']({}, win1);
    const imported = makeDocument([makeElement('platform', { id: 'el_p', name: 'MyGDX', platformType: 'myGdx' })], [], 'Diimport');
    await api['project:replace']({ handle: opened.handle, doc: imported }, win1);
    const file = path.join(work, 'import.lakar');
    saves.push(file);
    await api['project:save']({ handle: opened.handle }, win1);
    expect((await readProjectDocument(file)).doc).toEqual(imported);
  });
});

describe('desktop handlers: a project whose last save was interrupted', () => {
  async function interrupted(): Promise<{ file: string; saved: LakarDocument }> {
    const saved = makeDocument([makeElement('application', { id: 'el_a', name: 'Sistem A' }), makeElement('dataEntity', { id: 'el_b', name: 'Rekod B' })], [], 'Disimpan');
    const source = path.join(work, 'sumber.lakar');
    await createProject(source, saved);
    const file = path.join(work, 'projek.lakar');
    interruptedSaveCopy(source, file);
    fs.rmSync(source);
    return { file, saved };
  }

  it('asks before anything changes; declining opens nothing and leaves file and journal as they were', async () => {
    const { file } = await interrupted();
    const before = [sha(file), sha(`${file}-journal`)];
    const { api, calls, answers } = startApp();
    answers.push(false);
    expect(await api['project:open']({ ref: file }, win1)).toBeNull();
    expect(calls).toEqual([{ dialog: 'askCopy', reason: 'interruptedSave', fileName: 'projek.lakar' }]);
    expect([sha(file), sha(`${file}-journal`)]).toEqual(before);
  });

  it('restores the last saved state into the copy the user names and opens it there', async () => {
    const { file, saved } = await interrupted();
    const before = [sha(file), sha(`${file}-journal`)];
    const { api, calls, answers, saves } = startApp();
    answers.push(true);
    const copy = path.join(work, 'pulih.lakar');
    saves.push(copy);
    const opened = await api['project:open']({ ref: file }, win1);
    expect(calls.map((c) => [c.dialog, c.suggestedName])).toEqual([
      ['askCopy', undefined],
      ['save', 'projek-dipulihkan.lakar'],
    ]);
    expect(opened).toMatchObject({ ref: copy, displayName: 'pulih.lakar', dirty: false });
    expect(opened!.doc).toEqual(saved);
    expect([sha(file), sha(`${file}-journal`)]).toEqual(before);
    expect((await api['project:recent']({}, win1)).map((r) => r.ref)).toContain(copy);
  });
});

describe('desktop handlers: temporary files at start', () => {
  it('removes those a killed write left beside recent projects and in the user-data folder', async () => {
    const { api } = startApp();
    const file = path.join(work, 'baru.lakar');
    await createProject(file, makeDocument([], [], 'Baru'));
    await api['project:open']({ ref: file }, win1);
    await api.dispose();
    const dead = 2 ** 22 + 12345; // above Linux's pid_max default: no process has it
    const leftovers = [path.join(work, `.eksport.pdf.${dead}-00c0ffee.lakar-tmp`), path.join(userDataDir, `.settings.json.${dead}-00c0ffee.lakar-tmp`)];
    for (const f of leftovers) fs.writeFileSync(f, 'separuh');
    startApp();
    expect(leftovers.map((f) => fs.existsSync(f))).toEqual([false, false]);
  });
});
