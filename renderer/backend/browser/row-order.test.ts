/**
 * The browser edition keeps the document's order of elements, relations, views and boxes across a
 * save and reopening (row-order.ts): before, rows came back by their random ids.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { Dexie } from 'dexie';
import { executeCommand } from '../../../shared/commands';
import { applyDocumentPatches, type LakarDocument } from '../../../shared/model';
import { makeDocument, makeElement, makeRelation } from '../../../test/helpers/factories';
import { hiddenAndPlacedAgain, orderStep, runOrderScript, unorderedStart, type OrderEdition } from '../../../test/helpers/order-script';
import { LakarDb } from './db';
import { createBrowserApi } from './browser-api';
import { memoryStore } from './settings';
import { memoryLocks } from './locks';

/** A browser profile; `tab()` is a page load (the previous one closed). */
function profile() {
  const indexedDB = new IDBFactory();
  const local = memoryStore();
  let db: LakarDb | null = null;
  return {
    indexedDB,
    tab() {
      db?.close();
      db = new LakarDb('lakar', { indexedDB, IDBKeyRange });
      const api = createBrowserApi({ db, ui: { chooseProject: async () => null, askProjectName: async () => 'Projek' }, settingsStore: local, tabStore: memoryStore(), locks: memoryLocks() });
      return { api, db };
    },
  };
}

type Api = ReturnType<ReturnType<typeof profile>['tab']>['api'];

/** Send `patches` (a command's, or their inverse: an undo) to the open project; the document after them. */
async function send(api: Api, handle: string, doc: LakarDocument, patches: Parameters<typeof applyDocumentPatches>[1]) {
  await api['project:apply']({ handle, patches: patches as never });
  return applyDocumentPatches(doc, patches);
}

async function run(api: Api, handle: string, doc: LakarDocument, command: string, args: unknown) {
  const r = executeCommand(doc, command, args);
  await api['project:apply']({ handle, patches: r.patches as never });
  return r;
}

/** What a user sees the order of: elements, relations, views and each view's boxes. */
function order(doc: LakarDocument) {
  return {
    elements: doc.elements.ids(),
    relations: doc.relations.ids(),
    views: Object.keys(doc.views),
    boxes: Object.fromEntries(Object.entries(doc.views).map(([id, v]) => [id, Object.keys(v.nodes)])),
  };
}

/** Elements made in an order unlike their ids' (z, m, a, q …), relations and a second view likewise. */
function unorderedDocument(extra: string[] = []): LakarDocument {
  const ids = ['el_z', 'el_m', 'el_a', 'el_q', ...extra];
  const doc = makeDocument(
    ids.map((id) => makeElement('application', { id, name: id })),
    [makeRelation('dataFlow', 'el_z', 'el_m', { id: 'rel_y' }), makeRelation('dataFlow', 'el_m', 'el_a', { id: 'rel_b' }), makeRelation('dataFlow', 'el_a', 'el_q', { id: 'rel_k' })],
  );
  const main = doc.views.view_main;
  doc.views = { view_main: main, view_b: { ...main, id: 'view_b', name: 'Kedua', order: 1, nodes: { el_q: main.nodes.el_q, el_z: main.nodes.el_z } } };
  return doc;
}

async function savedProject(doc: LakarDocument) {
  const p = profile();
  const { api } = p.tab();
  const opened = await api['project:new']({});
  await api['project:replace']({ handle: opened.handle, doc });
  const saved = await api['project:saveAs']({ handle: opened.handle });
  return { p, api, handle: opened.handle, ref: saved!.ref };
}

async function reopened(p: ReturnType<typeof profile>, ref: string) {
  const opened = await p.tab().api['project:open']({ ref });
  return opened!.doc;
}

describe('browser edition: order of rows across save and reopening', () => {
  it('lists elements, relations, views and boxes in the order they were made, not by id', async () => {
    const doc = unorderedDocument();
    const { p, ref } = await savedProject(doc);
    const back = await reopened(p, ref);
    expect(order(back)).toEqual(order(doc));
    expect(back.elements.ids()).toEqual(['el_z', 'el_m', 'el_a', 'el_q']);
  });

  it('lists an element added after the save last, and one edited where it was', async () => {
    let doc = unorderedDocument();
    const { p, api, handle, ref } = await savedProject(doc);
    doc = (await run(api, handle, doc, 'element.add', { element: makeElement('application', { id: 'el_0', name: 'Baharu' }), viewId: 'view_main' })).doc;
    doc = (await run(api, handle, doc, 'element.update', { id: 'el_m', patch: { name: 'M2' } })).doc;
    await api['project:save']({ handle });
    const back = await reopened(p, ref);
    expect(back.elements.ids()).toEqual(['el_z', 'el_m', 'el_a', 'el_q', 'el_0']);
    expect(order(back)).toEqual(order(doc));
    expect(back.elements.get('el_m')!.name).toBe('M2');
  });

  it('puts an element deleted by a save and brought back by Undo in its place, with its box and relations', async () => {
    const start = unorderedDocument();
    const { p, api, handle, ref } = await savedProject(start);
    const removed = await run(api, handle, start, 'element.remove', { ids: ['el_m'] });
    await api['project:save']({ handle });
    const undone = await send(api, handle, removed.doc, removed.inversePatches);
    expect(order(undone)).toEqual(order(start));
    await api['project:save']({ handle });
    expect(order(await reopened(p, ref))).toEqual(order(start));
  });

  it('keeps the order when many items are put back one below the other in the same gap', async () => {
    // each put back goes halfway between its neighbours: after ~50 halvings there is no number left and the rows are numbered again
    const many = Array.from({ length: 60 }, (_, i) => `el_x${String(i).padStart(2, '0')}`);
    const start = unorderedDocument(many);
    const { p, api, handle, ref } = await savedProject(start);
    const removed = await run(api, handle, start, 'element.remove', { ids: many.slice(0, 59) });
    await api['project:save']({ handle });
    await send(api, handle, removed.doc, removed.inversePatches);
    await api['project:save']({ handle });
    expect(order(await reopened(p, ref))).toEqual(order(start));
  });

  it('opens a database written before the order was stored (version 1), and keeps working in it', async () => {
    const doc = unorderedDocument();
    const { p: written, ref } = await savedProject(doc);
    const { db } = written.tab();
    const rows = {
      projects: await db.projects.toArray(),
      elements: await db.elements.toArray(),
      relations: await db.relations.toArray(),
      views: await db.views.toArray(),
      view_nodes: await db.view_nodes.toArray(),
    };
    db.close();
    // the same project in a database as Lakar wrote it before version 2: rows without an order number
    const p = profile();
    const old = new Dexie('lakar', { indexedDB: p.indexedDB, IDBKeyRange });
    old.version(1).stores({
      projects: 'id, name, openedAt',
      elements: '[projectId+id], projectId',
      relations: '[projectId+id], projectId',
      views: '[projectId+id], projectId',
      view_nodes: '[projectId+viewId+elementId], projectId, [projectId+viewId]',
      journals: 'projectId',
      journal: '[projectId+seq], projectId',
    });
    const withoutSeq = (list: { seq?: number }[]) => list.map(({ seq: _seq, ...row }) => row);
    await old.table('projects').bulkPut(rows.projects);
    for (const t of ['elements', 'relations', 'views', 'view_nodes'] as const) await old.table(t).bulkPut(withoutSeq(rows[t]));
    old.close();

    const { api, db: upgraded } = p.tab();
    const opened = (await api['project:open']({ ref }))!;
    // nothing tells the old rows' order: they come in the order they came before (by id), all of them
    expect(opened.doc.elements.ids()).toEqual(['el_a', 'el_m', 'el_q', 'el_z']);
    expect(opened.doc.relations.ids()).toEqual(['rel_b', 'rel_k', 'rel_y']);
    expect((await upgraded.elements.toArray()).every((r) => typeof r.seq === 'number')).toBe(true);
    const added = await run(api, opened.handle, opened.doc, 'element.add', { element: makeElement('application', { id: 'el_0', name: 'Baharu' }), viewId: 'view_main' });
    await api['project:save']({ handle: opened.handle });
    const back = await reopened(p, ref);
    expect(back.elements.ids()).toEqual(['el_a', 'el_m', 'el_q', 'el_z', 'el_0']);
    expect(order(back)).toEqual(order(added.doc));
  });

  it('reopens in the order on screen after any mix of adds, removes, hides, placing back, undos, redos and saves, another project beside it untouched', async () => {
    type Patches = Parameters<typeof applyDocumentPatches>[1];
    const step = fc.record({ kind: fc.constantFrom('add', 'remove', 'remove', 'hide', 'place', 'undo', 'undo', 'redo', 'save', 'reopen'), n: fc.nat(1000) });
    let made = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 30 }), async (steps) => {
        const p = profile();
        let api = p.tab().api;
        const otherDoc = makeDocument(['el_y', 'el_d', 'el_k'].map((id) => makeElement('application', { id, name: id })), []);
        const other = await api['project:new']({});
        await api['project:replace']({ handle: other.handle, doc: otherDoc });
        const otherRef = (await api['project:saveAs']({ handle: other.handle }))!.ref;
        let doc = unorderedDocument(['el_c', 'el_b']);
        const opened = await api['project:new']({});
        let handle = opened.handle;
        await api['project:replace']({ handle, doc });
        const ref = (await api['project:saveAs']({ handle }))!.ref;
        const done: { forward: Patches; inverse: Patches }[] = [];
        const undone: typeof done = [];
        const command = async (name: string, args: unknown) => {
          let r;
          try {
            r = executeCommand(doc, name, args);
          } catch {
            return; // not applicable to this document (nothing to place)
          }
          doc = (await send(api, handle, doc, r.patches)) as LakarDocument;
          done.push({ forward: r.patches, inverse: r.inversePatches });
          undone.length = 0;
        };
        for (const { kind, n } of steps) {
          const ids = doc.elements.ids();
          const boxes = Object.keys(doc.views.view_main.nodes);
          const some = (list: readonly string[], most: number) => list.slice(n % list.length, (n % list.length) + 1 + (n % most));
          if (kind === 'add') await command('element.add', { element: makeElement('application', { id: `el_n${made++}`, name: 'Baharu' }), viewId: 'view_main' });
          else if (kind === 'remove' && ids.length) await command('element.remove', { ids: some(ids, 3) });
          else if (kind === 'hide' && boxes.length) await command('view.hideElements', { viewId: 'view_main', ids: some(boxes, 2) });
          else if (kind === 'place') {
            const hidden = ids.filter((id) => !boxes.includes(id));
            if (hidden.length) await command('view.layout', { viewId: 'view_main', nodes: { [hidden[n % hidden.length]]: { x: 40 + (n % 300), y: 40 } } });
          } else if (kind === 'undo' && done.length) {
            const last = done.pop()!;
            doc = (await send(api, handle, doc, last.inverse)) as LakarDocument;
            undone.push(last);
          } else if (kind === 'redo' && undone.length) {
            const last = undone.pop()!;
            doc = (await send(api, handle, doc, last.forward)) as LakarDocument;
            done.push(last);
          } else if (kind === 'save') await api['project:save']({ handle });
          else if (kind === 'reopen') {
            await api['project:save']({ handle });
            api = p.tab().api;
            const back = (await api['project:open']({ ref }))!;
            expect(order(back.doc)).toEqual(order(doc));
            [handle, doc, done.length, undone.length] = [back.handle, back.doc, 0, 0];
          }
        }
        await api['project:save']({ handle });
        expect(order(await reopened(p, ref))).toEqual(order(doc));
        expect(order(await reopened(p, otherRef))).toEqual(order(otherDoc));
      }),
      { numRuns: 40 },
    );
  }, 60_000);

  it('lists a box hidden and placed again before a save last, as on screen, after a reload and after a crash', async () => {
    const { start, steps, boxesAfter } = hiddenAndPlacedAgain();
    const edition = await storedEdition(start);
    let doc = start;
    for (const [command, args] of steps) {
      const r = executeCommand(doc, command, args);
      await edition.apply(r.patches);
      doc = r.doc;
    }
    expect(Object.keys(doc.views.view_main.nodes)).toEqual(boxesAfter);
    expect(Object.keys((await edition.crash()).views.view_main.nodes)).toEqual(boxesAfter);
    expect(Object.keys((await edition.reopen()).views.view_main.nodes)).toEqual(boxesAfter);
  });

  it('reopens in the order on screen after any mix of removals and additions of the same ids (pastes, views removed and added, hides and placing again), undos, redos, saves and crashes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(orderStep, { maxLength: 30 }), async (steps) => {
        const start = unorderedStart();
        await runOrderScript(await storedEdition(start), start, steps);
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});

/** A project of the browser edition holding `start`, saved under a name; reloading the page opens it again. */
async function storedEdition(start: LakarDocument): Promise<OrderEdition> {
  const { p, api: first, handle: made, ref } = await savedProject(start);
  let api = first;
  let handle = made;
  return {
    apply: async (patches) => void (await api['project:apply']({ handle, patches: patches as never })),
    save: async () => void (await api['project:save']({ handle })),
    async reopen() {
      await api['project:save']({ handle });
      api = p.tab().api;
      const back = (await api['project:open']({ ref }))!;
      handle = back.handle;
      return back.doc;
    },
    async crash() {
      // the page is gone without saving: the next load offers the journalled edits
      api = p.tab().api;
      const back = (await api['project:open']({ ref }))!;
      handle = back.handle;
      return back.recovery ? (await api['project:resolveRecovery']({ handle, accept: true })).doc : back.doc;
    },
  };
}
