import { describe, expect, it } from 'vitest';
import { ProjectSession, type JournalEntry, type StorageAdapter } from './session';
import type { RowChanges } from './changes';
import { createEmptyDocument } from '../model';
import { executeCommand } from '../commands';
import { makeVariedDocument } from '../../test/helpers/varied-model';

/** An in-memory adapter that records what the session asks of a store. */
function memoryAdapter() {
  const journal: JournalEntry[] = [];
  const writes: { changes: RowChanges; generation: number }[] = [];
  let base = 0;
  const adapter: StorageAdapter = {
    async appendJournal(_g, entry) {
      journal.push(entry);
    },
    async clearJournal(g) {
      journal.length = 0;
      base = g;
    },
    async writeChanges(changes, generation) {
      writes.push({ changes, generation });
    },
  };
  return { adapter, journal, writes, base: () => base };
}

const app = { id: 'el_app', kind: 'application', name: 'Sistem A' };

describe('ProjectSession', () => {
  it('journals each applied change and saves only the changed rows', async () => {
    const m = memoryAdapter();
    const doc0 = executeCommand(createEmptyDocument(), 'element.add', { element: app, viewId: 'view_main' }).doc;
    const s = ProjectSession.open({ doc: doc0, generation: 1, journal: null }, m.adapter);
    const { patches } = executeCommand(s.doc, 'element.update', { id: 'el_app', patch: { name: 'Sistem B' } });
    await s.apply(patches);
    expect(m.journal).toHaveLength(1);
    expect(s.dirty).toBe(true);
    const rows = await s.save();
    expect(rows).toBe(1);
    expect(m.writes[0].changes.upsertElements.map((e) => e.name)).toEqual(['Sistem B']);
    expect(m.writes[0].generation).toBe(2);
    expect(m.journal).toHaveLength(0);
    expect(s.dirty).toBe(false);
  });

  it('rejects a patch that makes an element invalid and keeps the document', async () => {
    const m = memoryAdapter();
    const doc0 = executeCommand(createEmptyDocument(), 'element.add', { element: app }).doc;
    const s = ProjectSession.open({ doc: doc0, generation: 1, journal: null }, m.adapter);
    await expect(s.apply([{ op: 'replace', path: ['elements', 'el_app', 'name'], value: '' }])).rejects.toThrow('change.invalid');
    expect(s.doc.elements.get('el_app')!.name).toBe('Sistem A');
    expect(m.journal).toHaveLength(0);
  });

  it('checks the nodes a patch moves on a view: takes a valid position, refuses a bad one or a bad id, keeping the document', async () => {
    const m = memoryAdapter();
    const doc0 = executeCommand(createEmptyDocument(), 'element.add', { element: app, viewId: 'view_main' }).doc;
    const s = ProjectSession.open({ doc: doc0, generation: 1, journal: null }, m.adapter);
    const at = doc0.views.view_main.nodes.el_app;
    const { patches } = executeCommand(doc0, 'element.move', { viewId: 'view_main', moves: [{ id: 'el_app', x: at.x + 40, y: at.y }] });
    await s.apply(patches);
    expect(s.doc.views.view_main.nodes.el_app.x).toBe(at.x + 40);
    const bad = [
      { op: 'replace' as const, path: ['views', 'view_main', 'nodes', 'el_app'], value: { x: 10, y: 20, w: -5 } },
      { op: 'replace' as const, path: ['views', 'view_main', 'nodes', 'el_app', 'x'], value: Number.NaN },
      { op: 'replace' as const, path: ['views', 'view_main', 'nodes', 'el_app'], value: null },
      { op: 'add' as const, path: ['views', 'view_main', 'nodes', 'valueOf'], value: { x: 10, y: 20 } },
    ];
    for (const p of bad) await expect(s.apply([p])).rejects.toThrow('change.invalid');
    expect(s.doc.views.view_main.nodes).toEqual({ el_app: { ...at, x: at.x + 40 } });
    expect(m.journal).toHaveLength(1);
  });

  it('checks every box of a large batch (the first move in a view not stored as drawn writes most of the view): one bad box or id anywhere refuses the whole batch', async () => {
    const m = memoryAdapter();
    const doc0 = makeVariedDocument(600, 2);
    const [viewId, view] = Object.entries(doc0.views)[0];
    const s = ProjectSession.open({ doc: doc0, generation: 1, journal: null }, m.adapter);
    const ids = Object.keys(view.nodes);
    const moves = ids.map((id) => ({ op: 'replace' as const, path: ['views', viewId, 'nodes', id], value: { ...view.nodes[id], x: view.nodes[id].x + 10 } }));
    const bads = [
      { ...moves[0], value: { x: 1, y: 2, w: 0 } },
      { ...moves[0], value: { x: 1, y: Number.POSITIVE_INFINITY } },
      { ...moves[0], value: { x: '1', y: 2 } },
      { op: 'add' as const, path: ['views', viewId, 'nodes', 'constructor'], value: { x: 1, y: 2 } },
      { op: 'add' as const, path: ['views', viewId, 'nodes', 'x'.repeat(201)], value: { x: 1, y: 2 } },
      { op: 'replace' as const, path: ['views', viewId, 'nodes', ids[3], 'h'], value: 100_001 },
    ];
    for (const [i, bad] of bads.entries()) {
      const batch = [...moves.slice(0, 200), bad, ...moves.slice(200)];
      await expect(s.apply(batch), String(i)).rejects.toThrow('change.invalid');
    }
    expect(JSON.stringify(s.doc.views[viewId].nodes)).toBe(JSON.stringify(view.nodes));
    expect(m.journal).toHaveLength(0);
    // a bad box written first, then a good one over it: the box as it ends is what counts
    await s.apply([bads[0], ...moves]);
    // the same batch without a bad box is taken whole
    await s.apply(moves);
    expect(s.doc.views[viewId].nodes[ids[5]].x).toBe(view.nodes[ids[5]].x + 10);
    expect(m.journal).toHaveLength(2);
  });

  it("checks a view's changed fields, and a node changed beside them: takes a hide, refuses a bad hidden list, name, band heights or node, keeping the view", async () => {
    const m = memoryAdapter();
    let doc0 = executeCommand(createEmptyDocument(), 'element.add', { element: app, viewId: 'view_main' }).doc;
    doc0 = executeCommand(doc0, 'element.add', { element: { id: 'el_b', kind: 'application', name: 'Sistem B' }, viewId: 'view_main' }).doc;
    const s = ProjectSession.open({ doc: doc0, generation: 1, journal: null }, m.adapter);
    const { patches } = executeCommand(doc0, 'view.hideElements', { viewId: 'view_main', ids: ['el_b'] });
    await s.apply(patches);
    expect(s.doc.views.view_main.hidden).toEqual(['el_b']);
    expect(Object.keys(s.doc.views.view_main.nodes)).toEqual(['el_app']);
    const plain = (v: unknown) => JSON.parse(JSON.stringify(v)) as unknown;
    const kept = plain(s.doc.views.view_main);
    const bad = [
      [{ op: 'replace' as const, path: ['views', 'view_main', 'hidden'], value: ['el_b', '__proto__'] }],
      [{ op: 'replace' as const, path: ['views', 'view_main', 'hidden'], value: 'el_b' }],
      [{ op: 'replace' as const, path: ['views', 'view_main', 'name'], value: '' }],
      [{ op: 'add' as const, path: ['views', 'view_main', 'bandHeights'], value: [1, 2, 3] }],
      // a field and a node in one change: the node is still checked
      [
        { op: 'replace' as const, path: ['views', 'view_main', 'name'], value: 'Paparan baharu' },
        { op: 'replace' as const, path: ['views', 'view_main', 'nodes', 'el_app', 'w'], value: -1 },
      ],
    ];
    for (const [i, p] of bad.entries()) await expect(s.apply(p), String(i)).rejects.toThrow('change.invalid');
    expect(plain(s.doc.views.view_main)).toEqual(kept);
    expect(m.journal).toHaveLength(1);
  });

  it('takes a whole valid document (an import) and refuses one with a single bad item deep inside, keeping the document', async () => {
    const m = memoryAdapter();
    const doc0 = executeCommand(createEmptyDocument(), 'element.add', { element: app }).doc;
    const s = ProjectSession.open({ doc: doc0, generation: 1, journal: null }, m.adapter);
    const imported = makeVariedDocument(400, 3);
    const badRelation = imported.relations.ids()[250];
    const bad = [
      { ...imported, elements: imported.elements.set('el_300', { ...imported.elements.get('el_300')!, name: '' }) },
      { ...imported, relations: imported.relations.set(badRelation, { ...imported.relations.get(badRelation)!, kind: 'knows' } as never) },
      { ...imported, elements: imported.elements.set('el_301', { ...imported.elements.get('el_301')!, kind: 'robot' } as never) },
    ];
    for (const doc of bad) await expect(s.replace(doc)).rejects.toThrow('change.invalid');
    expect(s.doc).toEqual(doc0);
    expect(m.journal).toHaveLength(0);
    await s.replace(imported);
    expect(s.doc).toEqual(imported);
    expect(m.journal).toHaveLength(1);
  });

  it('offers a journal of the current generation as recovery and ignores a stale one', async () => {
    const m = memoryAdapter();
    const doc0 = createEmptyDocument();
    const { patches } = executeCommand(doc0, 'element.add', { element: app });
    const entries = [{ seq: 1, at: '2026-01-01T00:00:00Z', patches }];
    const fresh = ProjectSession.open({ doc: doc0, generation: 3, journal: { baseGeneration: 3, entries } }, m.adapter);
    expect(fresh.recovery?.edits).toBe(1);
    expect(fresh.acceptRecovery()).toBe(1);
    expect(fresh.doc.elements.get('el_app')).toBeDefined();
    const stale = ProjectSession.open({ doc: doc0, generation: 4, journal: { baseGeneration: 3, entries } }, m.adapter);
    expect(stale.recovery).toBeUndefined();
  });

  it('refuses to save while recovered edits wait for an answer, so they are not dropped; saves them once accepted', async () => {
    const m = memoryAdapter();
    const doc0 = createEmptyDocument();
    const { patches } = executeCommand(doc0, 'element.add', { element: app, viewId: 'view_main' });
    const s = ProjectSession.open({ doc: doc0, generation: 2, journal: { baseGeneration: 2, entries: [{ seq: 1, at: '2026-01-01T00:00:00Z', patches }] } }, m.adapter);
    await expect(s.save()).rejects.toMatchObject({ key: 'recovery.pending' });
    expect(m.writes).toEqual([]);
    expect(m.base()).toBe(0); // the journal was not cleared
    expect(s.recovery?.edits).toBe(1);
    s.acceptRecovery();
    await s.save();
    expect(m.writes.map((w) => [w.generation, w.changes.upsertElements.map((e) => e.name)])).toEqual([[3, ['Sistem A']]]);
  });

  it('writes every row on the first save of a never-saved project', async () => {
    const m = memoryAdapter();
    const doc0 = executeCommand(createEmptyDocument(), 'element.add', { element: app, viewId: 'view_main' }).doc;
    const s = ProjectSession.open({ doc: doc0, generation: 0, journal: null }, m.adapter, { neverSaved: true });
    expect(s.dirty).toBe(true);
    await s.save();
    expect(m.writes[0].changes.full).toBe(true);
    expect(m.writes[0].changes.upsertElements).toHaveLength(1);
  });

  it('keeps an edit made while a save is writing, and saves it next time', async () => {
    const m = memoryAdapter();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const slow: StorageAdapter = { ...m.adapter, writeChanges: async (c, g) => { await gate; await m.adapter.writeChanges(c, g); } };
    const doc0 = executeCommand(createEmptyDocument(), 'element.add', { element: app }).doc;
    const s = ProjectSession.open({ doc: doc0, generation: 1, journal: null }, slow);
    await s.apply(executeCommand(s.doc, 'element.update', { id: 'el_app', patch: { name: 'Sistem B' } }).patches);
    const saving = s.save();
    const editing = s.apply(executeCommand(s.doc, 'element.update', { id: 'el_app', patch: { name: 'Sistem C' } }).patches);
    release();
    await Promise.all([saving, editing]);
    expect(s.dirty).toBe(true);
    expect(m.journal).toHaveLength(1);
    await s.save();
    expect(m.writes[1].changes.upsertElements.map((e) => e.name)).toEqual(['Sistem C']);
  });

  it('a document handed out stays as it was while later edits apply (edits write only into the session\'s own copies)', async () => {
    const m = memoryAdapter();
    const doc0 = executeCommand(createEmptyDocument(), 'element.add', { element: app, viewId: 'view_main' }).doc;
    const s = ProjectSession.open({ doc: doc0, generation: 1, journal: null }, m.adapter);
    const rename = (name: string) => executeCommand(s.doc, 'element.update', { id: 'el_app', patch: { name } }).patches;
    await s.apply(rename('Sistem B'));
    const handedOut = s.doc;
    await s.apply(rename('Sistem C'));
    await s.apply(rename('Sistem D'));
    expect(handedOut.elements.get('el_app')!.name).toBe('Sistem B');
    expect(doc0.elements.get('el_app')!.name).toBe('Sistem A');
    expect(s.doc.elements.get('el_app')!.name).toBe('Sistem D');
  });

  it('refuses a patch whose path leads nowhere as an invalid change, keeping the document and the journal', async () => {
    const m = memoryAdapter();
    const doc0 = executeCommand(createEmptyDocument(), 'element.add', { element: app }).doc;
    const s = ProjectSession.open({ doc: doc0, generation: 1, journal: null }, m.adapter);
    const patches = [
      { op: 'replace' as const, path: ['elements', 'el_app', 'name'], value: 'Sistem B' },
      { op: 'replace' as const, path: ['elements', 'el_gone', 'name'], value: 'x' },
    ];
    await expect(s.apply(patches)).rejects.toThrow('change.invalid');
    expect(s.doc.elements.get('el_app')!.name).toBe('Sistem A');
    expect(m.journal).toHaveLength(0);
    expect(s.dirty).toBe(false);
  });
  it('opened on a document a command made (boxes kept in a table), applies a move and saves the moved box', async () => {
    const m = memoryAdapter();
    const added = executeCommand(createEmptyDocument(), 'element.add', { element: app, viewId: 'view_main' }).doc;
    const at = added.views.view_main.nodes.el_app;
    const moved = executeCommand(added, 'element.move', { viewId: 'view_main', moves: [{ id: 'el_app', x: at.x + 200, y: at.y }] }).doc;
    const s = ProjectSession.open({ doc: moved, generation: 1, journal: null }, m.adapter);
    const { patches } = executeCommand(moved, 'element.move', { viewId: 'view_main', moves: [{ id: 'el_app', x: at.x + 400, y: at.y }] });
    await s.apply(patches);
    expect(s.doc.views.view_main.nodes.el_app.x).toBe(at.x + 400);
    // the document it was opened with keeps its box where it was
    expect(moved.views.view_main.nodes.el_app.x).toBe(at.x + 200);
    expect(await s.save()).toBe(1);
  });
});
