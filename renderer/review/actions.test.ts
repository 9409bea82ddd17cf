import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { LakarApi } from '../../shared/ipc/contract';
import { createReview, parseReviewFile, serializeReview } from '../../shared/review';
import { pengambilanPekerjaExample } from '../../shared/samples/pengambilan-pekerja';
import { makeDocument, makeElement } from '../../test/helpers/factories';
import { createBrowserApi } from '../backend/browser/browser-api';
import { LakarDb } from '../backend/browser/db';
import { loadStoredProject } from '../backend/browser/dexie-adapter';
import { ReviewDb } from '../backend/browser/review-store';
import { memoryStore } from '../backend/browser/settings';
import { useDialogs } from '../shell/dialogs';
import { closeProject, save } from '../shell/actions';
import { useEditor } from '../state/editor';
import './register';
import { openReviewFile, reviewProposal } from './actions';
import { useReview } from './reviewStore';

let api: LakarApi;
let db: LakarDb;
let nextReviewText: string | null = null;
let saved: string[] = [];
const answers: unknown[] = [];

/** Answer each dialog as it opens with the next prepared answer (custom dialogs and the shell's own). */
const unsubscribe = useDialogs.subscribe((s) => {
  const top = s.stack[s.stack.length - 1];
  if (!top || (top as { answered?: boolean }).answered) return;
  (top as { answered?: boolean }).answered = true;
  const answer = answers.shift();
  queueMicrotask(() => top.resolve(answer));
});

beforeEach(() => {
  const indexedDB = new IDBFactory();
  db = new LakarDb('lakar', { indexedDB, IDBKeyRange });
  const names = ['Projek Agensi'];
  const base = createBrowserApi({
    db,
    reviews: new ReviewDb('lakar-reviews', { indexedDB, IDBKeyRange }),
    ui: { chooseProject: async (list) => list[0]?.ref ?? null, askProjectName: async () => names.shift() ?? null },
    settingsStore: memoryStore(),
    tabStore: memoryStore(),
  });
  saved = [];
  // the review file the user "picks" is prepared by each test
  api = {
    ...base,
    'review:open': async () => (nextReviewText === null ? null : { ref: 'picked', name: 'picked.ulasan', text: nextReviewText }),
    'review:save': async (args) => {
      saved.push(args.text);
      return base['review:save'](args);
    },
  } as LakarApi;
  useEditor.getState().setApi(api);
  useEditor.getState().closeProject();
  useReview.getState().close();
  answers.length = 0;
  nextReviewText = null;
});
afterEach(() => expect(answers).toEqual([]));
afterAll(unsubscribe);

/** The §3.3.4 example saved in this browser as "Projek Agensi"; returns its stored ref. */
async function agencyProject(): Promise<string> {
  const opened = await api['project:new']({});
  await api['project:replace']({ handle: opened.handle, doc: pengambilanPekerjaExample('2026-01-01T00:00:00.000Z') });
  const result = await api['project:saveAs']({ handle: opened.handle });
  await api['project:close']({ handle: opened.handle });
  return result!.ref;
}

const editor = () => useEditor.getState();

describe('reviewer mode', () => {
  it('opens the proposal read-only: model commands are refused and the stored project never changes', async () => {
    const ref = await agencyProject();
    const before = await loadStoredProject(db, ref);
    answers.push('new', { name: 'Puan Aminah', body: 'bppd' });
    await reviewProposal(ref);
    expect(useReview.getState()).toMatchObject({ role: 'reviewer', dirty: true });
    expect(editor().readOnly).not.toBeNull();
    const doc = editor().history!.doc;
    expect(editor().dispatch('element.update', { id: 'site_pdsa', patch: { name: 'Lain' } })).toBe(false);
    expect(editor().error).toEqual({ key: 'review.modelReadOnly' });
    expect(editor().history!.doc).toBe(doc);
    expect(await loadStoredProject(db, ref)).toEqual(before);
  });

  it('routes Edit › Undo and Save to the review', async () => {
    const ref = await agencyProject();
    answers.push('new', { name: 'Puan Aminah', body: 'bppd' });
    await reviewProposal(ref);
    useReview.getState().dispatch('review.syor.set', { value: 'nilaiSemula' });
    expect(editor().readOnly?.undoLabelKey).toBe('command.review.syor.set');
    editor().undo();
    expect(useReview.getState().history!.review.syor).toEqual({});
    editor().redo();
    expect(await save()).toBe(true);
    expect(saved).toHaveLength(1);
    const read = parseReviewFile(saved[0]);
    expect(read.ok && read.review.syor).toEqual({ value: 'nilaiSemula' });
    expect(useReview.getState().dirty).toBe(false);
    expect(editor().dirty).toBe(false);
  });
});

describe('opening a review file on the agency’s project', () => {
  async function openAgencyProject() {
    const ref = await agencyProject();
    const opened = await api['project:open']({ ref });
    editor().loadProject(opened!);
    return editor().history!.doc;
  }

  it('refuses a review edited outside Lakar, with a message, leaving the project as it was', async () => {
    const doc = await openAgencyProject();
    const review = createReview({ doc, reviewer: { name: 'Puan Aminah', body: 'bppd' }, at: '2026-02-01T00:00:00.000Z' });
    nextReviewText = serializeReview({ ...review, syor: { value: 'bersetujuTanpaPindaan' } }).replace('bersetujuTanpaPindaan', 'tidakDiteruskan');
    await openReviewFile();
    expect(editor().error).toEqual({ key: 'review.tampered', params: {} });
    expect(useReview.getState().history).toBeNull();
    expect(editor().history!.doc).toBe(doc);
    expect(editor().dirty).toBe(false);
  });

  it('refuses the review of another project', async () => {
    await openAgencyProject();
    const other = makeDocument([makeElement('application', { name: 'Sistem Lain' })], [], 'Projek Lain');
    nextReviewText = serializeReview(createReview({ doc: other, reviewer: { name: 'X', body: 'bppd' }, at: '2026-02-01T00:00:00.000Z' }));
    await openReviewFile();
    expect(editor().error?.key).toBe('review.otherProject');
    expect(useReview.getState().history).toBeNull();
  });

  it('lets the agency reply, and asks about unsaved replies before its project closes', async () => {
    const doc = await openAgencyProject();
    const review = createReview({ doc, reviewer: { name: 'Puan Aminah', body: 'bppd' }, at: '2026-02-01T00:00:00.000Z' });
    review.comments.push({ id: 'k1', anchor: { kind: 'element', id: 'site_pdsa', name: 'PDSA JDN', elementKind: 'site' }, heading: 'pengurusanPusatData', severity: 'cadangan', status: 'terbuka', text: 'Kapasiti?', author: { name: 'Puan Aminah', role: 'reviewer' }, createdAt: '2026-02-01T00:00:00.000Z', replies: [] });
    nextReviewText = serializeReview(review);
    await openReviewFile();
    expect(useReview.getState().role).toBe('agency');
    useReview.getState().setActorName('Encik Rahman');
    expect(useReview.getState().dispatch('review.reply.add', { commentId: 'k1', id: 'b1', text: '4 pelayan.', markAnswered: true })).toBe(true);
    expect(useReview.getState().dispatch('review.syor.set', { value: 'bersetujuTanpaPindaan' })).toBe(false);
    expect(editor().error?.key).toBe('review.notAllowed');
    answers.push('cancel');
    await closeProject();
    expect(editor().project).not.toBeNull();
    answers.push('discard');
    await closeProject();
    expect(editor().project).toBeNull();
    expect(useReview.getState().history).toBeNull();
  });
});
