/**
 * Browsers without File System Access (Firefox, Safari): projects stay in IndexedDB, a `.lakar` comes
 * in by upload and goes out by download; the backup zip's files and the facts the backup reminders
 * read. The `.lakar` engine runs in-process on SQLite's wasm build, IndexedDB is fake-indexeddb.
 */
import init from '@sqlite.org/sqlite-wasm';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeAll, describe, expect, it } from 'vitest';
import { executeCommand } from '../../../shared/commands';
import { makeDocument, makeElement } from '../../../test/helpers/factories';
import { createEngine, type LakarFileEngine } from '../../lakar-file/engine';
import { createBrowserApi, OPEN_FILE_CHOICE, type BrowserApi } from './browser-api';
import { LakarDb } from './db';
import { memoryFiles } from './file-access-double';
import { memoryFileHandles } from './file-handles';
import { memoryStore } from './settings';

let engine: LakarFileEngine;
beforeAll(async () => {
  engine = createEngine(await init());
});

const stamp = { fileId: 'desktop', appVersion: '0.1.0', savedAt: '2026-02-01T10:00:00.000Z' };

function setup(uploads: { name: string; data: Uint8Array<ArrayBuffer> }[] = [], names: string[] = []) {
  const db = new LakarDb('lakar', { indexedDB: new IDBFactory(), IDBKeyRange });
  const api = createBrowserApi({
    db,
    ui: { chooseProject: async () => OPEN_FILE_CHOICE, askProjectName: async () => names.shift() ?? null },
    settingsStore: memoryStore(),
    tabStore: memoryStore(),
    // the browser has no File System Access
    files: memoryFiles(false),
    fileHandles: memoryFileHandles(),
    engine: () => engine,
    pickFile: async () => uploads.shift() ?? null,
    appVersion: '0.1.0',
  });
  return { api, db };
}

async function edit(api: BrowserApi, handle: string, doc: Parameters<typeof executeCommand>[0], id: string, args: unknown) {
  const r = executeCommand(doc, id, args);
  await api['project:apply']({ handle, patches: r.patches as never });
  return r.doc;
}

describe('a browser without File System Access', () => {
  it('uploads a .lakar into browser storage under the file name, and downloads the project back as a .lakar', async () => {
    const doc = makeDocument([makeElement('application', { id: 'el_app', name: 'Sistem Cuti' })], [], 'Cuti');
    const { bytes } = await engine.create({ doc, stamp });
    const { api } = setup([{ name: 'cuti.lakar', data: bytes.slice() as Uint8Array<ArrayBuffer> }]);
    expect(api.storage).toEqual({ realFiles: false, singleFile: false });

    const opened = await api['project:open']({});
    expect(opened).toMatchObject({ displayName: 'cuti', ref: expect.stringMatching(/^prj_/) });
    expect(opened!.doc).toEqual(doc);
    expect((await api.listProjects()).map((p) => p.displayName)).toEqual(['cuti']);
    // the upload is its own file copy: nothing to remind about at close
    expect(await api.needsCopyAtClose(opened!.handle)).toBe(false);

    const changed = await edit(api, opened!.handle, opened!.doc, 'element.update', { id: 'el_app', patch: { name: 'Sistem Cuti 2' } });
    await api['project:save']({ handle: opened!.handle });
    // saved only in the browser now: the close reminder offers a copy
    expect(await api.needsCopyAtClose(opened!.handle)).toBe(true);

    const copy = await api.lakarCopy(opened!.handle);
    expect(copy.name).toBe('cuti.lakar');
    expect((await engine.open({ name: copy.name, bytes: copy.data })).doc).toEqual(changed);
    expect(await api.needsCopyAtClose(opened!.handle)).toBe(false);
  });

  it('refuses a .lakar from a newer Lakar at upload with the desktop message, storing nothing', async () => {
    const { bytes } = await engine.create({ doc: makeDocument([], [], 'Baharu'), stamp });
    const newer = bytes.slice() as Uint8Array<ArrayBuffer>;
    new DataView(newer.buffer).setUint32(60, 99); // PRAGMA user_version
    const { api, db } = setup([{ name: 'baharu.lakar', data: newer }]);
    await expect(api['project:open']({})).rejects.toMatchObject({ key: 'store.tooNew', params: { file: 'baharu.lakar', version: 99 } });
    expect(await db.projects.count()).toBe(0);
  });
});

describe('the backup of every project kept in the browser', () => {
  it('gives one .lakar per project, distinct names for equal ones, each the saved project, and counts them as copied', async () => {
    const names = ['Permit', 'Permit', 'Lesen/2026'];
    const { api } = setup([], names);
    const docs = [];
    for (const title of ['Permit A', 'Permit B', 'Lesen']) {
      const opened = await api['project:new']({});
      docs.push(await edit(api, opened.handle, opened.doc, 'project.updateMeta', { patch: { title } }));
      await api['project:saveAs']({ handle: opened.handle });
      await api['project:close']({ handle: opened.handle });
    }
    expect((await api.storedProjectFacts()).every((f) => f.browserOnlySince !== null)).toBe(true);

    const files = await api.backupStoredProjects();
    expect(files.map((f) => f.name).sort()).toEqual(['Lesen 2026.lakar', 'Permit (2).lakar', 'Permit.lakar']);
    const titles = await Promise.all(files.map(async (f) => (await engine.open({ name: f.name, bytes: f.data })).doc.meta.title));
    expect(titles.sort()).toEqual(['Lesen', 'Permit A', 'Permit B']);
    expect((await api.storedProjectFacts()).every((f) => f.browserOnlySince === null)).toBe(true);
  });
});
