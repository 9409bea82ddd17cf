import { describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { DBCore, DBCoreMutateRequest } from 'dexie';
import { dispatch, executeCommand, initialState } from '../../../shared/commands';
import { drawnRunsIn } from '../../../shared/commands/drawn-ahead';
import { fromDocumentData, fromWire, toDocumentData, toWire, type LakarDocument } from '../../../shared/model';
import { boxIds } from '../../../shared/model/boxes-record';
import { makeVariedDocument } from '../../../test/helpers/varied-model';
import { makeDocument, makeElement } from '../../../test/helpers/factories';
import { ProjectSession } from '../../../shared/store/session';
import { LakarDb } from './db';
import { createBrowserApi, type BrowserApi, type BrowserUi } from './browser-api';
import { DexieAdapter, loadStoredProject } from './dexie-adapter';
import { memoryStore, type KeyValueStore } from './settings';
import { memoryLocks, type ProjectLocks } from './locks';

/** One browser profile: an IndexedDB factory plus localStorage; each `tab()` is a page load. */
function browserProfile() {
  const indexedDB = new IDBFactory();
  const local = memoryStore();
  const locks = memoryLocks();
  const names: string[] = [];
  const ui: BrowserUi = {
    chooseProject: async (list) => list[0]?.ref ?? null,
    askProjectName: async () => names.shift() ?? null,
  };
  const open: (() => void)[] = [];
  /** A new tab of the profile (the others stay open and keep their project locks). */
  function tab(tabStore: KeyValueStore = memoryStore()) {
    const db = new LakarDb('lakar', { indexedDB, IDBKeyRange });
    const writes = recordWrites(db); // middleware must be in place before the database opens
    const mine: (() => void)[] = [];
    const tabLocks: ProjectLocks = {
      acquire: async (id) => {
        const release = await locks.acquire(id);
        if (release) mine.push(release);
        return release;
      },
    };
    open.push(() => mine.splice(0).forEach((release) => release()));
    return { api: createBrowserApi({ db, ui, settingsStore: local, tabStore, locks: tabLocks }), db, tabStore, writes };
  }
  /** Reload: every open tab goes away (the browser drops its locks), then the page loads again. */
  function reload(tabStore?: KeyValueStore) {
    open.splice(0).forEach((unload) => unload());
    return tab(tabStore);
  }
  return { tab, reload, names, indexedDB, local };
}

/** Run a command on the open document and send its patches, as the editor store does. */
async function edit(api: BrowserApi, handle: string, doc: Parameters<typeof executeCommand>[0], id: string, args: unknown) {
  const r = executeCommand(doc, id, args);
  await api['project:apply']({ handle, patches: r.patches as never });
  return r.doc;
}

/** Record every write (table, operation, number of rows) that reaches IndexedDB. */
function recordWrites(db: LakarDb) {
  const writes: { table: string; type: DBCoreMutateRequest['type']; rows: number }[] = [];
  db.use({
    stack: 'dbcore',
    name: 'recordWrites',
    create(down: DBCore): DBCore {
      return {
        ...down,
        table(name) {
          const t = down.table(name);
          return {
            ...t,
            mutate(req) {
              const rows = req.type === 'add' || req.type === 'put' ? req.values.length : req.type === 'delete' ? req.keys.length : 1;
              writes.push({ table: name, type: req.type, rows });
              return t.mutate(req);
            },
          };
        },
      };
    },
  });
  return writes;
}

describe('browser LakarApi', () => {
  it('keeps a saved project across a reload with its metadata and elements', async () => {
    const p = browserProfile();
    const { api } = p.tab();
    const opened = await api['project:new']({});
    expect(opened.ref).toBeNull();
    let doc = await edit(api, opened.handle, opened.doc, 'project.updateMeta', { patch: { title: 'Sistem Cuti', sector: 'ekonomi', costs: [{ component: 'Lesen', costType: 'opex', amount: 1200 }] } });
    doc = await edit(api, opened.handle, doc, 'element.add', { element: makeElement('application', { id: 'el_app', name: 'eCuti' }), viewId: 'view_main' });
    p.names.push('Projek Cuti');
    const saved = await api['project:saveAs']({ handle: opened.handle });
    expect(saved?.displayName).toBe('Projek Cuti');

    const reloaded = p.reload().api;
    const reopened = await reloaded['project:open']({ ref: saved!.ref });
    expect(reopened?.displayName).toBe('Projek Cuti');
    expect(reopened?.doc).toEqual(doc);
    expect(reopened?.dirty).toBe(false);
    expect(reopened?.recovery).toBeUndefined();
    expect((await reloaded['project:recent']({})).map((r) => r.displayName)).toEqual(['Projek Cuti']);
  });

  it('writes only the changed element row and the project head on an incremental save', async () => {
    const p = browserProfile();
    const { api, db, writes } = p.tab();
    const a = makeElement('application', { id: 'el_a', name: 'A' });
    const b = makeElement('application', { id: 'el_b', name: 'B' });
    const c = makeElement('dataEntity', { id: 'el_c', name: 'C' });
    const opened = await api['project:new']({});
    await api['project:replace']({ handle: opened.handle, doc: makeDocument([a, b, c]) });
    p.names.push('Tiga');
    await api['project:saveAs']({ handle: opened.handle });

    writes.length = 0;
    await edit(api, opened.handle, makeDocument([a, b, c]), 'element.update', { id: 'el_b', patch: { name: 'B2' } });
    const journalWrites = writes.splice(0).filter((w) => w.table === 'elements');
    expect(journalWrites).toEqual([]); // an edit touches only the journal, never the saved rows

    const result = await api['project:save']({ handle: opened.handle });
    expect(result.rowsWritten).toBe(1);
    const projectWrites = writes.filter((w) => ['projects', 'elements', 'relations', 'views', 'view_nodes'].includes(w.table));
    expect(projectWrites).toEqual([
      { table: 'projects', type: 'put', rows: 1 },
      { table: 'elements', type: 'put', rows: 1 },
    ]);
    const stored = await loadStoredProject(db, result.ref);
    expect(stored?.doc.elements.get('el_b')!.name).toBe('B2');
    expect(stored?.doc.elements.get('el_a')!.name).toBe('A');
    expect(stored?.generation).toBe(2);
  });

  it('offers unsaved edits after a reload and restores them when accepted', async () => {
    const p = browserProfile();
    const { api } = p.tab();
    const opened = await api['project:new']({});
    p.names.push('Projek R');
    const saved = await api['project:saveAs']({ handle: opened.handle });
    await edit(api, opened.handle, opened.doc, 'project.updateMeta', { patch: { objectives: 'Objektif belum disimpan' } });
    // the tab is reloaded without saving or closing

    const again = p.reload().api;
    const reopened = await again['project:open']({ ref: saved!.ref });
    expect(reopened?.doc.meta.objectives).toBeUndefined();
    expect(reopened?.recovery?.edits).toBe(1);
    const restored = await again['project:resolveRecovery']({ handle: reopened!.handle, accept: true });
    expect(restored.doc.meta.objectives).toBe('Objektif belum disimpan');
    expect(restored.dirty).toBe(true);
    expect(restored.recovery).toBeUndefined();
  });

  it('journals the first move in a view not stored as drawn as a note, and restores it after a reload', async () => {
    const p = browserProfile();
    const { api, db } = p.tab();
    const opened = await api['project:new']({});
    // a generated model (its views not stored as drawn), without the dangling relations a project cannot hold
    const data = toDocumentData(makeVariedDocument(600, 4));
    for (const [id, r] of Object.entries(data.relations)) if (!data.elements[r.source] || !data.elements[r.target]) delete data.relations[id];
    const generated = fromDocumentData(structuredClone(data)) as LakarDocument;
    await api['project:replace']({ handle: opened.handle, doc: toWire(generated) as never });
    p.names.push('Projek Dijana');
    const saved = await api['project:saveAs']({ handle: opened.handle });
    const viewId = Object.keys(generated.views)[0];
    const id = boxIds(generated.views[viewId].nodes)[100];
    const at = generated.views[viewId].nodes[id];
    // as the editor sends it: the patches and the runs that store the view as drawn
    const moved = dispatch(initialState(generated), 'element.move', { viewId, moves: [{ id, x: at.x + 40, y: at.y + 7 }] });
    const drawn = drawnRunsIn(moved.patches, generated, moved.state.doc);
    expect(drawn).toHaveLength(1);
    await api['project:apply']({ handle: opened.handle, patches: moved.patches as never, drawn });
    const rows = await db.journal.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0].drawn).toHaveLength(1);
    expect(rows[0].patches.length).toBeLessThan(moved.patches.length / 10);

    const again = p.reload().api;
    const reopened = await again['project:open']({ ref: saved!.ref });
    expect(reopened?.recovery?.edits).toBe(1);
    const restored = await again['project:resolveRecovery']({ handle: reopened!.handle, accept: true });
    const back = toDocumentData(fromWire(restored.doc as never) as LakarDocument);
    const want = toDocumentData(moved.state.doc);
    // the views byte for byte (the store keeps items' fields in its schema's order, so the rest as equal)
    expect(JSON.stringify(back.views)).toBe(JSON.stringify(want.views));
    expect(back).toEqual(want);
  });

  it('drops the unsaved edits when the user declines recovery', async () => {
    const p = browserProfile();
    const { api } = p.tab();
    const opened = await api['project:new']({});
    p.names.push('Projek D');
    const saved = await api['project:saveAs']({ handle: opened.handle });
    await edit(api, opened.handle, opened.doc, 'project.updateMeta', { patch: { author: 'Aminah' } });

    const second = p.reload().api;
    const reopened = await second['project:open']({ ref: saved!.ref });
    const declined = await second['project:resolveRecovery']({ handle: reopened!.handle, accept: false });
    expect(declined.doc.meta.author).toBeUndefined();
    const third = await p.reload().api['project:open']({ ref: saved!.ref });
    expect(third?.recovery).toBeUndefined();
  });

  it('ignores a journal left by a save that crashed after writing the rows', async () => {
    const p = browserProfile();
    const { api, db } = p.tab();
    const opened = await api['project:new']({});
    p.names.push('Projek S');
    const saved = await api['project:saveAs']({ handle: opened.handle });
    await api['project:close']({ handle: opened.handle });

    const loaded = await loadStoredProject(db, saved!.ref);
    const adapter = new DexieAdapter(db, saved!.ref, 'Projek S');
    const session = ProjectSession.open(loaded!, adapter);
    await session.apply(executeCommand(session.doc, 'project.updateMeta', { patch: { version: '2.0' } }).patches);
    adapter.clearJournal = () => Promise.reject(new Error('crash before the journal was cleared'));
    await expect(session.save()).rejects.toThrow('crash');

    const reopened = await p.reload().api['project:open']({ ref: saved!.ref });
    expect(reopened?.doc.meta.version).toBe('2.0');
    expect(reopened?.recovery).toBeUndefined();
  });

  it('recovers a never-saved project after a reload of the same tab', async () => {
    const p = browserProfile();
    const tabStore = memoryStore();
    const { api } = p.tab(tabStore);
    const opened = await api['project:new']({});
    await edit(api, opened.handle, opened.doc, 'project.updateMeta', { patch: { title: 'Draf Pertama' } });

    const reloaded = p.reload(tabStore).api;
    const reopened = await reloaded.reopenAfterReload();
    expect(reopened?.ref).toBeNull();
    expect(reopened?.recovery?.edits).toBe(1);
    const restored = await reloaded['project:resolveRecovery']({ handle: reopened!.handle, accept: true });
    expect(restored.doc.meta.title).toBe('Draf Pertama');
    // another tab lists the draft for opening; the tab that has it open does not
    const drafts = await p.tab().api.listProjects();
    expect(drafts.map((s) => [s.title, s.draft])).toEqual([['Draf Pertama', true]]);
    expect(await reloaded.listProjects()).toEqual([]);

    p.names.push('Draf Disimpan');
    const saved = await reloaded['project:saveAs']({ handle: reopened!.handle });
    expect(saved?.ref).toBe(drafts[0].ref);
    expect((await reloaded.listProjects()).map((s) => [s.displayName, s.draft])).toEqual([['Draf Disimpan', false]]);
  });

  it('lists a draft under its latest title after a whole document was replaced and edited (journal read back)', async () => {
    const p = browserProfile();
    const tabStore = memoryStore();
    const { api } = p.tab(tabStore);
    const opened = await api['project:new']({});
    const a = makeElement('application', { id: 'el_a', name: 'A' });
    const replaced = makeDocument([a]);
    await api['project:replace']({ handle: opened.handle, doc: replaced });
    const renamed = await edit(api, opened.handle, replaced, 'element.update', { id: 'el_a', patch: { name: 'A2' } });
    await edit(api, opened.handle, renamed, 'project.updateMeta', { patch: { title: 'Draf Selepas Ganti' } });
    p.reload(tabStore);
    const drafts = await p.tab().api.listProjects();
    expect(drafts.map((s) => [s.title, s.draft])).toEqual([['Draf Selepas Ganti', true]]);
  });

  it('does not offer edits again after the user closed the project without saving', async () => {
    const p = browserProfile();
    const { api } = p.tab();
    const opened = await api['project:new']({});
    p.names.push('Projek T');
    const saved = await api['project:saveAs']({ handle: opened.handle });
    await edit(api, opened.handle, opened.doc, 'project.updateMeta', { patch: { author: 'Ali' } });
    await api['project:close']({ handle: opened.handle });
    const reopened = await api['project:open']({ ref: saved!.ref });
    expect(reopened?.recovery).toBeUndefined();
    expect(reopened?.doc.meta.author).toBeUndefined();
  });

  it('saves a copy under a new name and leaves the original at its last save', async () => {
    const p = browserProfile();
    const { api } = p.tab();
    const opened = await api['project:new']({});
    p.names.push('Asal');
    const original = await api['project:saveAs']({ handle: opened.handle });
    await edit(api, opened.handle, opened.doc, 'project.updateMeta', { patch: { title: 'Salinan' } });
    p.names.push('Salinan');
    const copy = await api['project:saveAs']({ handle: opened.handle });
    expect(copy?.ref).not.toBe(original?.ref);

    const fresh = p.reload().api;
    const a = await fresh['project:open']({ ref: original!.ref });
    const b = await fresh['project:open']({ ref: copy!.ref });
    expect(a?.doc.meta.title).toBe('');
    expect(a?.recovery).toBeUndefined();
    expect(b?.doc.meta.title).toBe('Salinan');
  });

  it('returns null and keeps the project unsaved when the user cancels Save As', async () => {
    const p = browserProfile();
    const { api } = p.tab();
    const opened = await api['project:new']({});
    expect(await api['project:saveAs']({ handle: opened.handle })).toBeNull();
    expect(await api.listProjects()).toEqual([]);
  });

  it('rejects an edit that would make the document invalid and keeps the journal clean', async () => {
    const p = browserProfile();
    const { api, db } = p.tab();
    const opened = await api['project:new']({});
    await expect(api['project:apply']({ handle: opened.handle, patches: [{ op: 'add', path: ['meta', 'costs'], value: [{ component: 'Lesen', amount: -5 }] }] })).rejects.toMatchObject({
      key: 'change.invalid',
    });
    expect(await db.journal.count()).toBe(0);
  });

  it('reports a damaged stored project with a clear key and does not touch it', async () => {
    const p = browserProfile();
    const { api, db } = p.tab();
    const opened = await api['project:new']({});
    p.names.push('Rosak');
    const saved = await api['project:saveAs']({ handle: opened.handle });
    await db.views.put({ projectId: saved!.ref, id: 'view_bad', row: { id: 'view_bad', name: '', order: -1 } });
    await expect(p.reload().api['project:open']({ ref: saved!.ref })).rejects.toMatchObject({ key: 'browser.projectCorrupt' });
    expect(await db.views.get([saved!.ref, 'view_bad'])).toBeDefined();
  });

  it('opens a project stored by a Lakar of schema version 1 and writes it at version 2 on the next save', async () => {
    const p = browserProfile();
    const { api, db } = p.tab();
    const opened = await api['project:new']({});
    p.names.push('Lama');
    const saved = await api['project:saveAs']({ handle: opened.handle });
    await api['project:close']({ handle: opened.handle });
    // what Lakar 0.1.0 stored: schemaVersion 1 and the single estimatedCost
    const head = (await db.projects.get(saved!.ref))!;
    const v1Meta = { ...head.meta, estimatedCost: 750_000 } as unknown as typeof head.meta;
    await db.projects.put({ ...head, schemaVersion: 1, meta: v1Meta });

    const reloaded = p.reload();
    const reopened = await reloaded.api['project:open']({ ref: saved!.ref });
    expect(reopened?.doc.schemaVersion).toBe(2);
    expect(reopened?.doc.meta.costs).toEqual([{ component: 'Anggaran kos keseluruhan', amount: 750_000 }]);
    const doc = await edit(reloaded.api, reopened!.handle, reopened!.doc, 'element.add', { element: makeElement('application', { id: 'el_x', name: 'X' }), viewId: 'view_main' });
    await reloaded.api['project:save']({ handle: reopened!.handle });
    const row = (await reloaded.db.projects.get(saved!.ref))!;
    expect(row.schemaVersion).toBe(2);
    expect(row.meta.costs).toEqual([{ component: 'Anggaran kos keseluruhan', amount: 750_000 }]);
    expect('estimatedCost' in row.meta).toBe(false);
    expect((await loadStoredProject(reloaded.db, saved!.ref))?.doc).toEqual(doc);
  });

  it('recovers a never-saved project journalled by a Lakar of schema version 1', async () => {
    const p = browserProfile();
    const { db } = p.tab();
    // as stored: data, its tables as records (IndexedDB clones what it keeps)
    const v1Doc = { ...toDocumentData(makeDocument([makeElement('application', { id: 'el_a', name: 'A' })])), schemaVersion: 1 };
    (v1Doc.meta as Record<string, unknown>).estimatedCost = 10;
    await db.journals.put({ projectId: 'draft_v1', baseGeneration: 0, draft: { doc: v1Doc as never, displayName: 'Draf lama' }, updatedAt: '2026-01-01T00:00:00.000Z' });
    const stored = await loadStoredProject(db, 'draft_v1');
    expect(stored?.doc.schemaVersion).toBe(2);
    expect(stored?.doc.meta.costs).toEqual([{ component: 'Anggaran kos keseluruhan', amount: 10 }]);
    expect(stored?.doc.elements.get('el_a')!.name).toBe('A');
  });

  it('refuses to open a project another tab has open, until that tab closes it', async () => {
    const p = browserProfile();
    const first = p.tab().api;
    const opened = await first['project:new']({});
    p.names.push('Dikongsi');
    const saved = await first['project:saveAs']({ handle: opened.handle });

    const second = p.tab().api;
    await expect(second['project:open']({ ref: saved!.ref })).rejects.toMatchObject({ key: 'browser.projectOpenElsewhere', params: { name: 'Dikongsi' } });
    const again = await first['project:open']({ ref: saved!.ref }); // the same tab may open it twice
    await first['project:close']({ handle: again!.handle });
    await expect(second['project:open']({ ref: saved!.ref })).rejects.toMatchObject({ key: 'browser.projectOpenElsewhere' });
    await first['project:close']({ handle: opened.handle });
    expect((await second['project:open']({ ref: saved!.ref }))?.displayName).toBe('Dikongsi');
  });

  it('persists settings and rejects out-of-range values', async () => {
    const p = browserProfile();
    const { api } = p.tab();
    expect((await api['settings:get']({})).language).toBe('ms');
    await api['settings:set']({ language: 'en', autosave: true });
    expect(await p.tab().api['settings:get']({})).toMatchObject({ language: 'en', autosave: true, autosaveIntervalSec: 60 });
    await expect(api['settings:set']({ autosaveIntervalSec: 1 })).rejects.toMatchObject({ key: 'error.badRequest' });
  });
});
