import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch, executeCommand, initialState, redo, undo, type EditorState, type Transition } from '../../shared/commands';
import { SCHEMA_VERSION, Table } from '../../shared/model';
import { pengambilanPekerjaExample } from '../../shared/samples/pengambilan-pekerja';
import { makeDocument, makeElement, makeLargeDocument, makeRelation } from '../../test/helpers/factories';
import { LAKAR_APPLICATION_ID } from './format';
import { createProject, LakarProject, openProject, readProjectDocument, saveAs } from './project';

let dir: string;
let recoveryDir: string;
const open: LakarProject[] = [];

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lakar-store-'));
  recoveryDir = path.join(dir, 'recovery');
});
afterEach(() => {
  for (const p of open.splice(0)) {
    try {
      p.close({ keepRecovery: false });
    } catch {
      // already closed by the test
    }
  }
  fs.rmSync(dir, { recursive: true, force: true });
});

async function openIt(file: string): Promise<LakarProject> {
  const p = await openProject(file, { recoveryDir });
  open.push(p);
  return p;
}

function sha(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** Apply one command to the open project as the UI does (patches through the session). */
async function edit(p: LakarProject, id: string, args: unknown) {
  const r = executeCommand(p.session.doc, id, args);
  await p.session.apply(r.patches);
  return r.doc;
}

describe('createProject / openProject', () => {
  it('round-trips the 001 §3.3.4 example exactly', async () => {
    const file = path.join(dir, 'contoh.lakar');
    const doc = pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');
    await createProject(file, doc);
    const p = await openIt(file);
    expect(p.session.doc).toEqual(doc);
    expect(p.session.dirty).toBe(false);
    expect(p.session.recovery).toBeUndefined();
    expect((await readProjectDocument(file)).doc).toEqual(doc);
  });

  it('round-trips a large generated model with node sizes and band heights', async () => {
    const file = path.join(dir, 'besar.lakar');
    const doc = makeLargeDocument(300);
    doc.views.view_main.nodes.el_0 = { x: 10, y: 20, w: 180, h: 64 };
    doc.views.view_main.bandHeights = [100, 100, 100, 100, 100, 100, 100];
    doc.views.view_2 = { id: 'view_2', name: 'Data', order: 1, nodes: { el_7: { x: 1, y: 2 } } };
    await createProject(file, doc);
    expect((await readProjectDocument(file)).doc).toEqual(doc);
  });

  it('marks the file with the Lakar application id and schema version in rollback-journal mode', async () => {
    const file = path.join(dir, 'id.lakar');
    await createProject(file, makeDocument());
    const db = new Database(file, { readonly: true });
    expect(db.pragma('application_id', { simple: true })).toBe(LAKAR_APPLICATION_ID);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
    db.close();
    await openIt(file);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });

  it('refuses to replace an existing file unless asked to', async () => {
    const file = path.join(dir, 'ada.lakar');
    await createProject(file, makeDocument([], [], 'Pertama'));
    await expect(createProject(file, makeDocument([], [], 'Kedua'))).rejects.toMatchObject({ key: 'store.exists' });
    expect((await readProjectDocument(file)).doc.meta.title).toBe('Pertama');
    await createProject(file, makeDocument([], [], 'Kedua'), { overwrite: true });
    expect((await readProjectDocument(file)).doc.meta.title).toBe('Kedua');
  });
});

describe('saving', () => {
  it('journals edits without touching the file, then saves only the changed row', async () => {
    const file = path.join(dir, 'inc.lakar');
    await createProject(file, makeLargeDocument(200));
    const p = await openIt(file);
    const before = sha(file);
    const rowsBefore = new Database(file, { readonly: true }).prepare('SELECT id, data FROM elements WHERE id != ?').all('el_5');

    await edit(p, 'element.update', { id: 'el_5', patch: { name: 'Nama Baharu' } });
    expect(sha(file)).toBe(before);

    const rows = await p.session.save();
    expect(rows).toBe(1);
    // one element row plus the save's bookkeeping (generation, app version, saved-at)
    expect(p.adapter.lastSaveRowsChanged).toBe(4);
    const db = new Database(file, { readonly: true });
    expect(db.prepare('SELECT name FROM elements WHERE id = ?').pluck().get('el_5')).toBe('Nama Baharu');
    expect(db.prepare('SELECT id, data FROM elements WHERE id != ?').all('el_5')).toEqual(rowsBefore);
    db.close();
    expect((await readProjectDocument(file)).generation).toBe(2);
  });

  it('writes one node row for a move and removes dependent rows with an element', async () => {
    const file = path.join(dir, 'move.lakar');
    const app = makeElement('application', { id: 'el_app' });
    const ext = makeElement('externalSystem', { id: 'el_ext' });
    const other = makeElement('dataEntity', { id: 'el_data' });
    await createProject(file, makeDocument([app, ext, other], [makeRelation('dataFlow', 'el_app', 'el_ext', { id: 'rel_1' })]));
    const p = await openIt(file);

    await edit(p, 'element.move', { viewId: 'view_main', moves: [{ id: 'el_data', x: 500, y: 610 }] });
    await p.session.save();
    expect(p.adapter.lastSaveRowsChanged).toBe(4);

    const expected = await edit(p, 'element.remove', { ids: ['el_app'] });
    await p.session.save();
    const reread = (await readProjectDocument(file)).doc;
    expect(reread).toEqual(expected);
    expect(reread.relations).toEqual(Table.empty());
    expect(reread.views.view_main.nodes.el_app).toBeUndefined();
    expect(reread.views.view_main.nodes.el_data.x).toBe(500);
  });

  it('keeps every box of a large view through moves, a band resized, a removal, undo and redo, saved and reopened', async () => {
    const file = path.join(dir, 'paparan-besar.lakar');
    await createProject(file, makeLargeDocument(1000));
    const p = await openIt(file);
    let state: EditorState = initialState(p.session.doc);
    const step = async (t: Transition) => {
      state = t.state;
      await p.session.apply(t.patches);
    };
    const [viewId, view] = Object.entries(state.doc.views)[0];
    const ids = Object.keys(view.nodes);
    const moved = (id: string, dx: number) => ({ viewId, moves: [{ id, x: view.nodes[id].x + dx, y: view.nodes[id].y }] });
    await step(dispatch(state, 'element.move', moved(ids[3], 40)));
    await step(dispatch(state, 'element.move', moved(ids[600], 25)));
    await step(dispatch(state, 'view.resizeBand', { viewId, band: 2, height: 420 }));
    await step(dispatch(state, 'element.remove', { ids: [ids[100]] }));
    await step(undo(state));
    await step(undo(state));
    await step(redo(state));
    await step(redo(state));
    await p.session.save();
    const reread = (await readProjectDocument(file)).doc;
    expect(reread).toEqual(state.doc);
    // every box but the removed one (a box put back by undo comes back in its row's place, as before)
    expect(Object.keys(reread.views[viewId].nodes).sort()).toEqual(ids.filter((id) => id !== ids[100]).sort());
    expect(reread.views[viewId].nodes[ids[600]].x).toBe(view.nodes[ids[600]].x + 25);
  });

  it('rewrites every row after the whole document is replaced', async () => {
    const file = path.join(dir, 'ganti.lakar');
    await createProject(file, makeLargeDocument(50));
    const p = await openIt(file);
    const replacement = pengambilanPekerjaExample('2026-02-02T00:00:00.000Z');
    await p.session.replace(replacement);
    await p.session.save();
    expect((await readProjectDocument(file)).doc).toEqual(replacement);
  });

  it('keeps the last saved state and the edits when a save fails', async () => {
    const file = path.join(dir, 'gagal.lakar');
    await createProject(file, makeDocument([makeElement('service', { id: 'el_s', name: 'Asal' })]));
    const p = await openIt(file);
    await edit(p, 'element.update', { id: 'el_s', patch: { name: 'Baharu' } });
    p.database!.exec('CREATE TEMP TRIGGER fail_save BEFORE UPDATE ON elements BEGIN SELECT RAISE(ABORT, \'disk full\'); END;');
    await expect(p.session.save()).rejects.toMatchObject({ key: 'store.saveFailed', params: { file: 'gagal.lakar' } });
    expect(p.session.dirty).toBe(true);
    expect((await readProjectDocument(file)).doc.elements.get('el_s')!.name).toBe('Asal');
    p.database!.exec('DROP TRIGGER fail_save');
    await p.session.save();
    expect((await readProjectDocument(file)).doc.elements.get('el_s')!.name).toBe('Baharu');
  });
});

describe('saving a file that changed on disk', () => {
  it('refuses to save into a file that was deleted or replaced since it was opened', async () => {
    const file = path.join(dir, 'hilang.lakar');
    await createProject(file, makeDocument([makeElement('service', { id: 'el_s', name: 'Asal' })]));
    const p = await openIt(file);
    await edit(p, 'element.update', { id: 'el_s', patch: { name: 'Baharu' } });
    fs.renameSync(file, path.join(dir, 'dipindah.lakar'));
    await createProject(file, makeDocument([], [], 'Fail lain'));
    await expect(p.session.save()).rejects.toMatchObject({ key: 'store.fileGone', params: { file: 'hilang.lakar' } });
    expect((await readProjectDocument(file)).doc.meta.title).toBe('Fail lain');
    fs.rmSync(file);
    await expect(p.session.save()).rejects.toMatchObject({ key: 'store.fileGone' });
    // the edits are still there for Save As
    const { project } = await saveAs(p, path.join(dir, 'selamat.lakar'), { recoveryDir });
    open.push(project);
    expect((await readProjectDocument(path.join(dir, 'selamat.lakar'))).doc.elements.get('el_s')!.name).toBe('Baharu');
  });
});

describe('saveAs', () => {
  it('writes a complete copy, continues there and leaves the original at its last save', async () => {
    const file = path.join(dir, 'asal.lakar');
    await createProject(file, makeDocument([], [], 'Asal'));
    const original = sha(file);
    const p = await openIt(file);
    await edit(p, 'project.updateMeta', { patch: { title: 'Salinan' } });

    const copyPath = path.join(dir, 'salinan.lakar');
    const { project: copy, rowsWritten } = await saveAs(p, copyPath, { recoveryDir });
    open.push(copy);
    expect(rowsWritten).toBeGreaterThan(0);
    expect(copy.path).toBe(copyPath);
    expect(copy.session.dirty).toBe(false);
    expect(sha(file)).toBe(original);
    expect((await readProjectDocument(copyPath)).doc.meta.title).toBe('Salinan');

    await edit(copy, 'project.updateMeta', { patch: { author: 'Aminah' } });
    await copy.session.save();
    expect((await readProjectDocument(copyPath)).doc.meta.author).toBe('Aminah');
    expect(sha(file)).toBe(original);
    expect(fs.readdirSync(dir).filter((n) => n.includes('.lakar-tmp'))).toEqual([]);
  });

  it('replaces an existing target only with the finished copy', async () => {
    const target = path.join(dir, 'sasaran.lakar');
    await createProject(target, makeDocument([], [], 'Lama'));
    const source = path.join(dir, 'sumber.lakar');
    await createProject(source, makeLargeDocument(100));
    const p = await openIt(source);
    const { project } = await saveAs(p, target, { recoveryDir });
    open.push(project);
    expect((await readProjectDocument(target)).doc.meta.title).toBe('Model 100');
  });

  it('leaves the source untouched and no temporary file when the target folder does not exist', async () => {
    const file = path.join(dir, 'sumber.lakar');
    await createProject(file, makeDocument());
    const original = sha(file);
    const p = await openIt(file);
    await edit(p, 'project.updateMeta', { patch: { title: 'X' } });
    await expect(saveAs(p, path.join(dir, 'tiada', 'x.lakar'), { recoveryDir })).rejects.toMatchObject({ key: 'store.folderMissing', params: { file: 'x.lakar', folder: path.join(dir, 'tiada') } });
    expect(sha(file)).toBe(original);
    expect(p.session.doc.meta.title).toBe('X');
    expect(fs.readdirSync(dir).filter((n) => n.includes('.lakar-tmp'))).toEqual([]);
  });

  it('is a plain save when the target is the project itself', async () => {
    const file = path.join(dir, 'sendiri.lakar');
    await createProject(file, makeDocument());
    const p = await openIt(file);
    await edit(p, 'project.updateMeta', { patch: { title: 'Sama' } });
    const r = await saveAs(p, file, { recoveryDir });
    expect(r.project).toBe(p);
    expect(r.rowsWritten).toBe(1);
    expect((await readProjectDocument(file)).doc.meta.title).toBe('Sama');
  });
});

describe('key order', () => {
  it('gives back elements and view nodes in the document’s order, also after edits', async () => {
    const file = path.join(dir, 'urutan.lakar');
    const z = makeElement('service', { id: 'el_z' });
    const a = makeElement('service', { id: 'el_a' });
    const m = makeElement('service', { id: 'el_m' });
    await createProject(file, makeDocument([z, a, m]));
    const p = await openIt(file);
    await edit(p, 'element.move', { viewId: 'view_main', moves: [{ id: 'el_a', x: 900, y: 300 }] });
    const expected = await edit(p, 'element.update', { id: 'el_z', patch: { name: 'Z2' } });
    await p.session.save();
    const read = (await readProjectDocument(file)).doc;
    expect(read.elements.ids()).toEqual(expected.elements.ids());
    expect(Object.keys(read.views.view_main.nodes)).toEqual(['el_z', 'el_a', 'el_m']);
  });
});
