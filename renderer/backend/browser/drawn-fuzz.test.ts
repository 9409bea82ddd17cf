/**
 * Random sessions of edits on views not stored as drawn in the browser edition: the journal rows
 * keep the notes of views stored as drawn (shared/store/drawn-record.ts); after a reload at a random
 * point the recovered document must be the one the user had.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { executeCommand, initialState, prepareForCommands } from '../../../shared/commands';
import { drawnRunsIn } from '../../../shared/commands/drawn-ahead';
import { fromDocumentData, fromWire, toDocumentData, toWire, type LakarDocument } from '../../../shared/model';
import { generated, randomEdit } from '../../../test/helpers/drawn-session';
import { rng } from '../../../test/helpers/portfolio-generator';
import { createBrowserApi, type BrowserApi } from './browser-api';
import { LakarDb } from './db';
import { memoryLocks } from './locks';
import { memoryStore } from './settings';

/** The document as the window has it (the store keeps items' fields in its schema's order: compared as data). */
const data = (doc: LakarDocument) => toDocumentData(doc);
const copyOf = (doc: LakarDocument) => fromDocumentData(structuredClone(toDocumentData(doc))) as LakarDocument;

function profile() {
  const indexedDB = new IDBFactory();
  const local = memoryStore();
  const names: string[] = [];
  const release: (() => void)[] = [];
  const locks = memoryLocks();
  const tab = (): BrowserApi => {
    release.splice(0).forEach((r) => r());
    const db = new LakarDb('lakar', { indexedDB, IDBKeyRange });
    return createBrowserApi({
      db,
      ui: { chooseProject: async (list) => list[0]?.ref ?? null, askProjectName: async () => names.shift() ?? null },
      settingsStore: local,
      tabStore: memoryStore(),
      locks: {
        acquire: async (id) => {
          const r = await locks.acquire(id);
          if (r) release.push(r);
          return r;
        },
      },
    });
  };
  return { tab, names, indexedDB };
}

async function session(seed: number, steps: number) {
  const rand = rng(seed);
  const p = profile();
  let api = p.tab();
  const opened = await api['project:new']({});
  await api['project:replace']({ handle: opened.handle, doc: toWire(generated(80 + Math.floor(rand() * 200), seed)) as never });
  p.names.push(`Projek ${seed}`);
  const ref = (await api['project:saveAs']({ handle: opened.handle }))!.ref;
  // the project as the window gets it when opened
  const first = (await api['project:open']({ ref }))!;
  let handle = first.handle;
  let state = initialState(copyOf(fromWire(first.doc as never) as LakarDocument));
  const counter = { n: 0 };
  const log: string[] = [];
  let notes = 0;
  const crash = async () => {
    log.push('reload');
    api = p.tab();
    const again = await api['project:open']({ ref });
    handle = again!.handle;
    const doc = again!.recovery ? (await api['project:resolveRecovery']({ handle, accept: true })).doc : again!.doc;
    const back = fromWire(doc as never) as LakarDocument;
    expect(JSON.stringify(data(back).views), log.join('\n')).toBe(JSON.stringify(data(state.doc).views));
    expect(data(back), log.join('\n')).toEqual(data(state.doc));
    state = initialState(copyOf(back));
  };
  for (let i = 0; i < steps; i++) {
    const r = rand();
    if (r < 0.08) {
      log.push('save');
      await api['project:save']({ handle });
    } else if (r < 0.16) {
      await crash();
    } else if (r < 0.22) {
      let budget = Math.floor(rand() * 4);
      prepareForCommands(state.doc, () => budget-- > 0);
    } else {
      const t = randomEdit(state, rand, counter, log);
      if (!t || t.patches.length === 0) continue;
      const drawn = drawnRunsIn(t.patches, state.doc, t.state.doc);
      if (drawn.length) notes++;
      await api['project:apply'](drawn.length ? { handle, patches: toWire(t.patches) as never, drawn } : { handle, patches: toWire(t.patches) as never });
      state = t.state;
    }
  }
  await crash();
  return notes;
}

describe('recovery of views stored as drawn (random sessions, IndexedDB journal)', () => {
  const seeds = Number(process.env.DRAWN_FUZZ_SEEDS ?? 4);
  const from = Number(process.env.DRAWN_FUZZ_FROM ?? 1);
  for (let seed = from; seed < from + seeds; seed++) {
    it(`seed ${seed}`, async () => {
      const notes = await session(seed, Number(process.env.DRAWN_FUZZ_STEPS ?? 30));
      if (process.env.DRAWN_FUZZ_SEEDS) console.log(`seed ${seed}: ${notes} notes`);
    }, 120_000);
  }
});

describe('a recovery that stops at an entry that no longer applies (IndexedDB journal)', () => {
  it('journals the next edits in place of the entries from it on, and offers them after a reload', async () => {
    const p = profile();
    let api = p.tab();
    const opened = await api['project:new']({});
    p.names.push('Projek Ekor');
    const ref = (await api['project:saveAs']({ handle: opened.handle }))!.ref;
    let project = (await api['project:open']({ ref }))!;
    let doc = fromWire(project.doc as never) as LakarDocument;
    const rename = async (title: string) => {
      const r = executeCommand(doc, 'project.updateMeta', { patch: { title } });
      await api['project:apply']({ handle: project.handle, patches: toWire(r.patches) as never });
      doc = r.doc;
    };
    for (const title of ['Satu', 'Dua', 'Tiga', 'Empat']) await rename(title);
    // the second entry's note names a view the document does not have
    const db = new LakarDb('lakar', { indexedDB: p.indexedDB, IDBKeyRange });
    const rows = await db.journal.toArray();
    await db.journal.put({ ...rows[1], drawn: [{ viewId: 'view_hilang', at: 0, count: 1, hash: '1:0' }] });
    db.close();

    api = p.tab();
    project = (await api['project:open']({ ref }))!;
    expect(project.recovery?.edits).toBe(4);
    const answer = await api['project:resolveRecovery']({ handle: project.handle, accept: true });
    // the user is told that three edits did not come back
    expect(answer.restored).toEqual({ skipped: 3, redrawn: 0 });
    doc = fromWire(answer.doc as never) as LakarDocument;
    expect(doc.meta.title).toBe('Satu');
    await rename('Selepas');
    await rename('Selepas lagi');

    api = p.tab();
    project = (await api['project:open']({ ref }))!;
    expect(project.recovery?.edits).toBe(3);
    const whole = await api['project:resolveRecovery']({ handle: project.handle, accept: true });
    expect(whole.restored).toBeUndefined();
    const back = fromWire(whole.doc as never) as LakarDocument;
    expect(back.meta.title).toBe('Selepas lagi');
    expect(toDocumentData(back)).toEqual(toDocumentData(doc));
  });
});

describe('a recovery whose view stored as drawn this Lakar draws otherwise', () => {
  it('tells the user', async () => {
    const p = profile();
    let api = p.tab();
    const opened = await api['project:new']({});
    await api['project:replace']({ handle: opened.handle, doc: toWire(generated(150, 3)) as never });
    p.names.push('Projek Lukis');
    const ref = (await api['project:saveAs']({ handle: opened.handle }))!.ref;
    let project = (await api['project:open']({ ref }))!;
    const state = initialState(copyOf(fromWire(project.doc as never) as LakarDocument));
    const viewId = Object.keys(state.doc.views).sort()[0];
    const t = randomEdit(state, () => 0.01, { n: 0 }, []);
    const drawn = drawnRunsIn(t!.patches, state.doc, t!.state.doc);
    expect(drawn).toEqual([expect.objectContaining({ viewId })]);
    await api['project:apply']({ handle: project.handle, patches: toWire(t!.patches) as never, drawn });
    // as if another Lakar had drawn the view when the note was written
    const db = new LakarDb('lakar', { indexedDB: p.indexedDB, IDBKeyRange });
    const [row] = await db.journal.toArray();
    await db.journal.put({ ...row, drawn: [{ ...row.drawn![0], hash: '1:0000000000000000' }] });
    db.close();

    api = p.tab();
    project = (await api['project:open']({ ref }))!;
    const answer = await api['project:resolveRecovery']({ handle: project.handle, accept: true });
    expect(answer.restored).toEqual({ skipped: 0, redrawn: 1 });
  });
});
