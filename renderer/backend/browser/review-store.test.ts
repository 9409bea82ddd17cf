import { describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createReview, serializeReview } from '../../../shared/review';
import { pengambilanPekerjaExample } from '../../../shared/samples/pengambilan-pekerja';
import { LakarDb } from './db';
import { createBrowserApi, type BrowserUi } from './browser-api';
import { memoryStore } from './settings';
import { memoryLocks } from './locks';
import { loadStoredProject } from './dexie-adapter';
import { ReviewDb, type ReviewChoice } from './review-store';

const reviewText = () => serializeReview(createReview({ doc: pengambilanPekerjaExample('2026-01-01T00:00:00.000Z'), reviewer: { name: 'Puan Aminah', body: 'bppd' }, at: '2026-02-01T00:00:00.000Z' }));

function setup(choice: () => ReviewChoice = () => null, picked: { name: string; data: Uint8Array<ArrayBuffer> } | null = null) {
  const indexedDB = new IDBFactory();
  const locks = memoryLocks();
  const names: string[] = [];
  const ui: BrowserUi = {
    chooseProject: async (list) => list[0]?.ref ?? null,
    askProjectName: async () => names.shift() ?? null,
    chooseReview: async () => choice(),
  };
  const make = () =>
    createBrowserApi({
      db: new LakarDb('lakar', { indexedDB, IDBKeyRange }),
      reviews: new ReviewDb('lakar-reviews', { indexedDB, IDBKeyRange }),
      ui,
      settingsStore: memoryStore(),
      tabStore: memoryStore(),
      locks: { acquire: (id) => locks.acquire(id) },
      pickFile: async () => picked,
    });
  return { make, names, indexedDB };
}

/** A saved project "Projek Agensi" in the profile; returns its ref. */
async function savedProject(api: ReturnType<ReturnType<typeof setup>['make']>, names: string[]) {
  const opened = await api['project:new']({});
  await api['project:replace']({ handle: opened.handle, doc: pengambilanPekerjaExample('2026-01-01T00:00:00.000Z') });
  names.push('Projek Agensi');
  const saved = await api['project:saveAs']({ handle: opened.handle });
  return { ref: saved!.ref, handle: opened.handle };
}

describe('browser review channels', () => {
  it('open a stored project for review while the agency has it open, leaving it unchanged', async () => {
    const { make, names, indexedDB } = setup();
    const agency = make();
    const { ref, handle } = await savedProject(agency, names);
    const stored = () => loadStoredProject(new LakarDb('lakar', { indexedDB, IDBKeyRange }), ref);
    const before = await stored();
    const reviewer = make(); // another tab
    const opened = await reviewer['review:openProject']({});
    expect(opened).toMatchObject({ ref, displayName: 'Projek Agensi', generation: 1, fileId: ref });
    expect(opened!.doc.elements.get('site_pdsa')!.name).toBe('PDSA JDN');
    expect(await stored()).toEqual(before);
    // the agency's tab still owns and saves its project
    await agency['project:save']({ handle });
  });

  it('refuse to review a project that was never saved', async () => {
    const { make } = setup();
    const api = make();
    await api['project:new']({});
    await expect(api['review:openProject']({ ref: 'prj_none' })).rejects.toMatchObject({ key: 'browser.projectNotFound' });
  });

  it('keep review files in the browser: save, list in the chooser, open, save over', async () => {
    let pick: ReviewChoice = null;
    const { make } = setup(() => pick);
    const api = make();
    const text = reviewText();
    const saved = await api['review:save']({ suggestedName: 'agensi.ulasan', text });
    expect(saved).toMatchObject({ name: 'agensi.ulasan' });
    pick = { ref: saved!.ref };
    const read = await api['review:open']({});
    expect(read).toEqual({ ref: saved!.ref, name: 'agensi.ulasan', text });
    const again = await api['review:save']({ ref: saved!.ref, suggestedName: 'x', text });
    expect(again).toEqual({ ref: saved!.ref, name: 'agensi.ulasan' });
  });

  it('import a .ulasan file picked from disk into the browser', async () => {
    const text = reviewText();
    const { make } = setup(() => ({ import: true }), { name: 'dari-jdn.ulasan', data: new TextEncoder().encode(text) as Uint8Array<ArrayBuffer> });
    const api = make();
    const read = await api['review:open']({});
    expect(read).toMatchObject({ name: 'dari-jdn.ulasan', text });
    expect(await api['review:open']({ ref: read!.ref })).toMatchObject({ text });
  });

  it('refuse to store anything that is not a valid review file', async () => {
    const { make } = setup();
    await expect(make()['review:save']({ suggestedName: 'x.ulasan', text: '{"format":"lakar-ulasan"}' })).rejects.toMatchObject({ key: 'review.notReviewFile' });
  });
});
