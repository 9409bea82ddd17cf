/**
 * The browser backend with real files (File System Access through the memoryFiles double, the
 * `.lakar` engine in-process on SQLite's wasm build, IndexedDB from fake-indexeddb).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import init from '@sqlite.org/sqlite-wasm';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { Dexie } from 'dexie';
import { beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { executeCommand } from '../../../shared/commands';
import { parseSqliteHeader } from '../../../shared/lakar-file/header';
import { SCHEMA_VERSION } from '../../../shared/model';
import { V1_COST_COMPONENT } from '../../../shared/model/upgrade';
import { createReview, serializeReview } from '../../../shared/review';
import { pengambilanPekerjaExample } from '../../../shared/samples/pengambilan-pekerja';
import { makeDocument, makeElement, makeLargeDocument } from '../../../test/helpers/factories';
import { hiddenAndPlacedAgain } from '../../../test/helpers/order-script';
import { createEngine, type LakarFileEngine } from '../../lakar-file/engine';
import { WasmDatabase } from '../../lakar-file/wasm-driver';
import { createBrowserApi, OPEN_FILE_CHOICE, SAVE_TO_FILE_CHOICE, type BrowserApi } from './browser-api';
import { LakarDb } from './db';
import { memoryFiles, type MemoryFiles } from './file-access-double';
import { memoryFileHandles } from './file-handles';
import { memoryStore } from './settings';

let sqlite3: Awaited<ReturnType<typeof init>>;
let engine: LakarFileEngine;
beforeAll(async () => {
  sqlite3 = await init();
  engine = createEngine(sqlite3);
});

function setup(options: { singleFile?: boolean; files?: MemoryFiles } = {}) {
  const indexedDB = new IDBFactory();
  const files = options.files ?? memoryFiles();
  const handles = memoryFileHandles();
  const local = memoryStore();
  const tabStore = memoryStore();
  const db = new LakarDb('lakar', { indexedDB, IDBKeyRange });
  const api = createBrowserApi({
    db,
    ui: { chooseProject: async () => OPEN_FILE_CHOICE, askProjectName: async () => SAVE_TO_FILE_CHOICE },
    settingsStore: local,
    tabStore,
    files,
    fileHandles: handles,
    engine: () => engine,
    singleFile: options.singleFile,
    appVersion: '0.1.0',
  });
  return { api, files, db, tabStore, indexedDB };
}

async function edit(api: BrowserApi, handle: string, doc: Parameters<typeof executeCommand>[0], id: string, args: unknown) {
  const r = executeCommand(doc, id, args);
  await api['project:apply']({ handle, patches: r.patches as never });
  return r.doc;
}

/** Rows of every table of the browser's project store. */
async function storedRows(db: LakarDb) {
  const counts: Record<string, number> = {};
  for (const t of db.tables) counts[t.name] = await t.count();
  return counts;
}

describe('projects in real .lakar files', () => {
  it('saves a new project as a .lakar file, then writes only the changed pages of an edit', async () => {
    const { api, files } = setup();
    const opened = await api['project:new']({});
    let doc = await edit(api, opened.handle, opened.doc, 'element.add', { element: makeElement('application', { id: 'el_app', name: 'Sistem A' }) });
    files.nextSave.push('/kerja/projek.lakar');
    const first = await api['project:saveAs']({ handle: opened.handle });
    expect(first).toMatchObject({ displayName: 'projek.lakar', ref: expect.stringMatching(/^file:/) });
    const created = files.files.get('/kerja/projek.lakar')!;
    expect(parseSqliteHeader(created)?.applicationId).toBe(0x4c4b4152);

    doc = await edit(api, opened.handle, doc, 'element.update', { id: 'el_app', patch: { name: 'Sistem B' } });
    const saved = await api['project:save']({ handle: opened.handle });
    expect(saved.rowsWritten).toBe(1);
    const last = files.writes.at(-1)!;
    expect(last.bytes).toBeLessThan(created.length);
    const reread = await engine.open({ name: 'projek.lakar', bytes: files.files.get('/kerja/projek.lakar')! });
    expect(reread.doc.elements.get('el_app')!.name).toBe('Sistem B');
    expect(reread.doc).toEqual(doc);
  });

  it('reopens a closed file from Open Recent, asking for permission again when the browser wants it', async () => {
    const { api, files } = setup();
    const opened = await api['project:new']({});
    await edit(api, opened.handle, opened.doc, 'project.updateMeta', { patch: { title: 'Sistem Cuti' } });
    files.nextSave.push('/kerja/cuti.lakar');
    const saved = await api['project:saveAs']({ handle: opened.handle });
    await api['project:close']({ handle: opened.handle });
    const recent = await api['project:recent']({});
    expect(recent.map((r) => r.displayName)).toEqual(['cuti.lakar']);

    files.permission.set('/kerja/cuti.lakar', 'prompt');
    files.permission.set('/kerja/cuti.lakar#answer', 'denied');
    await expect(api['project:open']({ ref: saved!.ref })).rejects.toMatchObject({ key: 'lakarFile.permissionDenied' });
    files.permission.set('/kerja/cuti.lakar', 'prompt');
    files.permission.set('/kerja/cuti.lakar#answer', 'granted');
    const again = await api['project:open']({ ref: saved!.ref });
    expect(again?.doc.meta.title).toBe('Sistem Cuti');
    expect(files.asked).toEqual(['/kerja/cuti.lakar', '/kerja/cuti.lakar']);
  });

  it('lists a box hidden and placed again before a save where the screen does (last) when the file is opened again', async () => {
    const { api, files } = setup();
    const { start, steps, boxesAfter } = hiddenAndPlacedAgain();
    const opened = await api['project:new']({});
    await api['project:replace']({ handle: opened.handle, doc: start });
    files.nextSave.push('/kerja/kotak.lakar');
    const saved = await api['project:saveAs']({ handle: opened.handle });
    let doc = start;
    for (const [command, args] of steps) doc = await edit(api, opened.handle, doc, command, args);
    expect(Object.keys(doc.views.view_main.nodes)).toEqual(boxesAfter);
    await api['project:save']({ handle: opened.handle });
    await api['project:close']({ handle: opened.handle });
    const again = await api['project:open']({ ref: saved!.ref });
    expect(Object.keys(again!.doc.views.view_main.nodes)).toEqual(boxesAfter);
  });

  it('offers the journalled edits of a file back after a reload, and clears them on save', async () => {
    const files = memoryFiles();
    const first = setup({ files });
    const opened = await first.api['project:new']({});
    files.nextSave.push('/kerja/a.lakar');
    await first.api['project:saveAs']({ handle: opened.handle });
    await edit(first.api, opened.handle, opened.doc, 'project.updateMeta', { patch: { title: 'Belum disimpan' } });
    const before = files.files.get('/kerja/a.lakar')!.slice();

    // a second page on the same browser profile: same IndexedDB, the file picked again
    const reopenedDb = first.db;
    const api2 = createBrowserApi({
      db: reopenedDb,
      ui: { chooseProject: async () => OPEN_FILE_CHOICE, askProjectName: async () => null },
      settingsStore: memoryStore(),
      tabStore: memoryStore(),
      files,
      fileHandles: memoryFileHandles(),
      engine: () => engine,
      appVersion: '0.1.0',
    });
    files.nextOpen.push('/kerja/a.lakar');
    const back = await api2['project:open']({});
    expect(back?.recovery?.edits).toBe(1);
    expect(files.files.get('/kerja/a.lakar')).toEqual(before);
    const accepted = await api2['project:resolveRecovery']({ handle: back!.handle, accept: true });
    expect(accepted.doc.meta.title).toBe('Belum disimpan');
    await api2['project:save']({ handle: back!.handle });
    expect(await reopenedDb.journal.count()).toBe(0);
  });

  it('opens a .lakar of schema 1 brought up to date, and saves it only under a new name, leaving the original as the older Lakar wrote it', async () => {
    const { api, files } = setup();
    const original = new Uint8Array(readFileSync(path.resolve(import.meta.dirname, '../../../test/fixtures/schema-v1/contoh-v1.lakar')));
    files.files.set('/kerja/contoh-v1.lakar', original.slice());
    files.nextOpen.push('/kerja/contoh-v1.lakar');
    const opened = await api['project:open']({});
    expect(opened?.doc.meta.costs).toEqual([{ component: V1_COST_COMPONENT, amount: 5_000_000 }]);
    // no ref: the app's Save asks where to save, as the desktop keeps a .v1 backup before migrating
    expect(opened?.ref).toBeNull();
    await expect(api['project:save']({ handle: opened!.handle })).rejects.toMatchObject({ key: 'browser.needsName' });
    files.nextSave.push('/kerja/contoh-v2.lakar');
    const saved = await api['project:saveAs']({ handle: opened!.handle });
    expect(saved?.ref).toMatch(/^file:/);
    expect(files.files.get('/kerja/contoh-v1.lakar')).toEqual(original);
    const upgraded = await engine.open({ name: 'contoh-v2.lakar', bytes: files.files.get('/kerja/contoh-v2.lakar')! });
    expect(upgraded.fileVersion).toBe(SCHEMA_VERSION);
    expect(upgraded.doc).toEqual(opened!.doc);
  });

  it('refuses a received .lakar carrying a trigger with the desktop message: nothing opened or stored, its bytes untouched', async () => {
    const { api, files, db } = setup();
    // a good file, then a trigger added by another SQLite tool (here the wasm build itself)
    const good = (await engine.create({ doc: makeLargeDocument(20), stamp: { fileId: 'f-kiriman', appVersion: '0.1.0', savedAt: '2026-01-01T00:00:00.000Z' } })).bytes;
    const tool = WasmDatabase.fromBytes(sqlite3, good);
    tool.exec('CREATE TRIGGER wipe AFTER UPDATE ON meta BEGIN DELETE FROM elements; END;');
    const hostile = tool.export();
    tool.close();
    files.files.set('/terima/kiriman.lakar', hostile.slice());
    const storedBefore = await storedRows(db);
    files.nextOpen.push('/terima/kiriman.lakar');
    await expect(api['project:open']({})).rejects.toMatchObject({ key: 'store.foreignObjects', params: { file: 'kiriman.lakar', objects: 'trigger “wipe”' } });
    expect(files.files.get('/terima/kiriman.lakar')).toEqual(hostile);
    expect(files.writes).toEqual([]);
    expect(await api['project:recent']({})).toEqual([]);
    expect(await storedRows(db)).toEqual(storedBefore);
  });

  it('refuses to save over a file someone else changed since it was read, leaving it as they wrote it', async () => {
    const { api, files } = setup();
    const opened = await api['project:new']({});
    files.nextSave.push('/kerja/b.lakar');
    await api['project:saveAs']({ handle: opened.handle });
    await edit(api, opened.handle, opened.doc, 'project.updateMeta', { patch: { title: 'Saya' } });
    const theirs = (await engine.create({ doc: makeDocument([], [], 'Mereka'), stamp: { fileId: 'x', appVersion: '0.1.0', savedAt: '2026-01-01T00:00:00.000Z' } })).bytes;
    await files.writeWhole(files.handle('/kerja/b.lakar'), theirs);
    await expect(api['project:save']({ handle: opened.handle })).rejects.toMatchObject({ key: 'store.fileGone' });
    expect(files.files.get('/kerja/b.lakar')).toEqual(theirs);
  });

  it('single-file edition: after save and close, origin storage holds nothing of the project', async () => {
    const { api, files, db } = setup({ singleFile: true });
    const opened = await api['project:new']({});
    const doc = makeLargeDocument(50);
    await api['project:replace']({ handle: opened.handle, doc });
    expect((await storedRows(db)).journal).toBeGreaterThan(0);
    files.nextSave.push('/usb/sulit.lakar');
    await api['project:saveAs']({ handle: opened.handle });
    await api['project:close']({ handle: opened.handle });
    const rows = await storedRows(db);
    expect(Object.values(rows).every((n) => n === 0)).toBe(true);
    expect(files.files.has('/usb/sulit.lakar')).toBe(true);
  });

  it('single-file edition: a review (which quotes the proposal) is kept in the page only, never in origin storage', async () => {
    const { api, indexedDB } = setup({ singleFile: true });
    // the default stores would land in this factory: it stands for the origin's IndexedDB
    const before = { ...Dexie.dependencies };
    Dexie.dependencies.indexedDB = indexedDB;
    Dexie.dependencies.IDBKeyRange = IDBKeyRange;
    onTestFinished(() => void Object.assign(Dexie.dependencies, before));
    const text = serializeReview(createReview({ doc: pengambilanPekerjaExample('2026-01-01T00:00:00.000Z'), reviewer: { name: 'Puan Aminah', body: 'bppd' }, at: '2026-02-01T00:00:00.000Z' }));
    const saved = await api['review:save']({ suggestedName: 'ulasan-sulit', text });
    expect(saved).toMatchObject({ name: 'ulasan-sulit' });
    // reopened in the same page
    expect(await api['review:open']({ ref: saved!.ref })).toMatchObject({ ref: saved!.ref, text });
    const databases = (await indexedDB.databases()).map((d) => d.name);
    expect(databases).not.toContain('lakar-reviews');
  });
});
