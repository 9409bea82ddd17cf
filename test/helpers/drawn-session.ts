/**
 * Random editing for the fuzz tests of views stored as drawn (electron/store/drawn-fuzz.test.ts,
 * renderer/backend/browser/drawn-fuzz.test.ts): a generated model (its views not stored as drawn)
 * and random user actions on it.
 */
import type { Patch } from 'immer';
import { dispatch, redo, undo, type EditorState } from '../../shared/commands';
import { fromDocumentData, toDocumentData, type LakarDocument } from '../../shared/model';
import { boxIds } from '../../shared/model/boxes-record';
import { ProjectSession, type JournalEntry, type StorageAdapter } from '../../shared/store/session';
import { makeVariedDocument } from './varied-model';

export function generated(n: number, seed: number): LakarDocument {
  const data = structuredClone(toDocumentData(makeVariedDocument(n, seed)));
  // a file holds no relation with a dangling end (the generator makes a few)
  for (const [id, r] of Object.entries(data.relations)) if (!data.elements[r.source] || !data.elements[r.target]) delete data.relations[id];
  return fromDocumentData(data) as LakarDocument;
}

/** A separate copy of `doc`, as a file opened again. */
export const reopened = (doc: LakarDocument) => fromDocumentData(structuredClone(toDocumentData(doc))) as LakarDocument;
/** The document as its file holds it, to compare byte for byte. */
export const text = (doc: LakarDocument) => JSON.stringify(toDocumentData(doc));

/** A session on its own copy of `doc`, journalling into `journal` as a store would (JSON); `entries`: a journal to recover. */
export function sessionOn(doc: LakarDocument, journal: JournalEntry[], entries: JournalEntry[] | null = null) {
  const adapter: StorageAdapter = {
    async appendJournal(_g, entry) {
      journal.push(JSON.parse(JSON.stringify(entry)) as JournalEntry);
    },
    async clearJournal() {},
    async writeChanges() {},
  };
  return ProjectSession.open({ doc: reopened(doc), generation: 1, journal: entries && { baseGeneration: 1, entries } }, adapter);
}

export type Step = { state: EditorState; patches: Patch[] } | null;

/** One random user action on `state` (null: none applies). */
export function randomEdit(state: EditorState, rand: () => number, counter: { n: number }, log: string[]): Step {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const views = Object.keys(state.doc.views).sort();
  const viewId = pick(views);
  const ids = boxIds(state.doc.views[viewId].nodes);
  const r = rand();
  try {
    if (r < 0.3 && ids.length) {
      const moves = Array.from({ length: 1 + Math.floor(rand() * 3) }, () => {
        const id = pick(ids);
        const at = state.doc.views[viewId].nodes[id];
        return { id, x: at.x + Math.round(rand() * 200 - 100), y: at.y + Math.round(rand() * 80 - 40) };
      });
      const unique = [...new Map(moves.map((m) => [m.id, m])).values()];
      log.push(`move ${viewId} ${unique.map((m) => m.id).join(',')}`);
      return dispatch(state, 'element.move', { viewId, moves: unique });
    }
    if (r < 0.42) {
      const id = `el_new${counter.n++}`;
      const kind = pick(['application', 'service', 'process', 'dataEntity', 'site'] as const);
      log.push(`add ${viewId} ${id} ${kind}`);
      return dispatch(state, 'element.add', { viewId, element: { id, kind, name: `Baharu ${id}` } });
    }
    if (r < 0.5 && ids.length) {
      const gone = [...new Set([pick(ids), ...(rand() < 0.3 ? [pick(ids)] : [])])];
      log.push(`remove ${gone.join(',')}`);
      return dispatch(state, 'element.remove', { ids: gone });
    }
    if (r < 0.62 && ids.length) {
      const id = pick(ids);
      const name = rand() < 0.7 ? `Nama yang sangat panjang sekali untuk kotak ini ${'berbaris '.repeat(2 + Math.floor(rand() * 6))}` : 'Pendek';
      log.push(`rename ${id}`);
      return dispatch(state, 'element.update', { id, patch: { name } });
    }
    if (r < 0.66) {
      log.push('meta');
      return dispatch(state, 'project.updateMeta', { patch: { title: `Tajuk ${counter.n++}` } });
    }
    if (r < 0.83) {
      if (state.past.length === 0) return null;
      log.push('undo');
      return undo(state);
    }
    if (state.future.length === 0) return null;
    log.push('redo');
    return redo(state);
  } catch (e) {
    if ((e as { name?: string }).name === 'CommandError') return null;
    throw e;
  }
}

