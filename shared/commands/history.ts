/**
 * Undo/redo over command patches. `dispatch` decides what enters the history: each recorded
 * command is one entry; consecutive commands with the same `mergeKey` (typing into one field)
 * collapse into one entry; `history: 'skip'` applies without recording.
 * Selection and viewport are UI state and never pass through here.
 */
import type { Patch } from 'immer';
import type { LakarDocument } from '../model/schema';
import { knownBoxesTable } from '../model/boxes-record';
import { applyDocumentPatches } from '../model/table-edit';
import { trustedViews, trustViews } from './normalize';
import { drawnAheadIn, handOnDrawnAhead, type DrawnAhead } from './drawn-ahead';
import { executeCommand, getCommand } from './registry';

export interface HistoryEntry {
  commandId: string;
  labelKey: string;
  patches: Patch[];
  inversePatches: Patch[];
  mergeKey?: string;
  /**
   * Views known to be stored as drawn before the command and after it (normalize.ts): an undo or redo
   * gives back an equal document, so they stay known and the next move draws only what it moves.
   */
  trusted?: { before: string[]; after: string[] };
  /**
   * Views not stored as drawn whose boxes as drawn were made ahead (./drawn-ahead.ts), before the
   * command and after it: handed on over an undo or redo, so the next edit there takes them again.
   */
  drawn?: { before: [string, DrawnAhead][]; after: [string, DrawnAhead][] };
  /**
   * For an entry of many patches (`KEEP_DOCUMENTS_FROM`; the first move in a view not stored as drawn
   * writes 46,709 boxes at 92,000), the documents before and after it: an undo finding the document
   * after it gives back the one before, a redo the other way, instead of applying every patch
   * (~0.2–0.3 s at 92,000 boxes). They share all but what the entry changed with the documents
   * around them, so keeping them costs little beyond the patches the entry holds anyway.
   */
  documents?: { before: LakarDocument; after: LakarDocument };
}

/** Entries of at least this many patches keep their documents (`HistoryEntry.documents`). */
export const KEEP_DOCUMENTS_FROM = 100;

export interface EditorState {
  doc: LakarDocument;
  past: HistoryEntry[];
  future: HistoryEntry[];
}

export interface DispatchOptions {
  /** 'skip' applies the change without an undo entry. Default 'record'. */
  history?: 'record' | 'skip';
  /** Consecutive dispatches with the same key merge into one undo entry. */
  mergeKey?: string;
}

export const HISTORY_LIMIT = 500;

/** Result of a state transition: the new state and the patches to journal/persist. */
export interface Transition {
  state: EditorState;
  patches: Patch[];
}

/** A fresh editor state for `doc` with empty history. */
export function initialState(doc: LakarDocument): EditorState {
  return { doc, past: [], future: [] };
}

/** Run command `id` with `args`; returns the new state and the forward patches. */
export function dispatch(state: EditorState, id: string, args: unknown, options: DispatchOptions = {}): Transition {
  const before = trustedViews(state.doc);
  const { doc, patches, inversePatches } = executeCommand(state.doc, id, args);
  // read after the command: one that found none made them for the document it began with
  const drawnBefore = drawnAheadIn(state.doc);
  if (patches.length === 0) return { state, patches };
  if (options.history === 'skip') {
    // an undo no longer gives back the document as it was before an entry: forget what it knew of it
    const forget = (entries: HistoryEntry[]) => entries.map((e) => (e.trusted || e.drawn || e.documents ? { ...e, trusted: undefined, drawn: undefined, documents: undefined } : e));
    return { state: { doc, past: forget(state.past), future: forget(state.future) }, patches };
  }
  const trusted = { before, after: trustedViews(doc) };
  const drawn = { before: drawnBefore, after: drawnAheadIn(doc) };
  const last = state.past[state.past.length - 1];
  let past: HistoryEntry[];
  if (options.mergeKey && last?.mergeKey === options.mergeKey && state.future.length === 0) {
    past = [
      ...state.past.slice(0, -1),
      {
        ...last,
        patches: last.patches.concat(patches),
        inversePatches: inversePatches.concat(last.inversePatches),
        trusted: { before: last.trusted?.before ?? [], after: trusted.after },
        drawn: { before: last.drawn?.before ?? [], after: drawn.after },
        documents: last.documents && { before: last.documents.before, after: doc },
      },
    ];
  } else {
    const documents = patches.length >= KEEP_DOCUMENTS_FROM ? { before: state.doc, after: doc } : undefined;
    const entry: HistoryEntry = { commandId: id, labelKey: getCommand(id).labelKey, patches, inversePatches, mergeKey: options.mergeKey, trusted, drawn, documents };
    past = [...state.past, entry].slice(-HISTORY_LIMIT);
  }
  return { state: { doc, past, future: [] }, patches };
}

/** Undo the last entry; returns the same state when there is nothing to undo. */
export function undo(state: EditorState): Transition {
  const entry = state.past[state.past.length - 1];
  if (!entry) return { state, patches: [] };
  // the very document the entry made: the one before it is known (the same, not an equal copy)
  const kept = entry.documents?.after === state.doc;
  const doc = kept ? entry.documents!.before : applyDocumentPatches(state.doc, entry.inversePatches);
  if (kept) continueFrom(doc, state.doc);
  trustViews(doc, entry.trusted?.before ?? []);
  handOnDrawnAhead(doc, entry.drawn?.before ?? []);
  return { state: { doc, past: state.past.slice(0, -1), future: [entry, ...state.future] }, patches: entry.inversePatches };
}

/** Redo the last undone entry. */
export function redo(state: EditorState): Transition {
  const [entry, ...rest] = state.future;
  if (!entry) return { state, patches: [] };
  const kept = entry.documents?.before === state.doc;
  const doc = kept ? entry.documents!.after : applyDocumentPatches(state.doc, entry.patches);
  if (kept) continueFrom(doc, state.doc);
  trustViews(doc, entry.trusted?.after ?? []);
  handOnDrawnAhead(doc, entry.drawn?.after ?? []);
  return { state: { doc, past: [...state.past, { ...entry, mergeKey: undefined }], future: rest }, patches: entry.patches };
}

/**
 * `doc`, a kept document given back in place of `from`, is the one edited next: its tables that
 * differ from `from`'s (newer versions were made from them) continue their lines (`Table.continueFrom`)
 * instead of the next edit copying each whole (a 100,000-element table, a 92,000-box view).
 */
function continueFrom(doc: LakarDocument, from: LakarDocument): void {
  if (doc.elements !== from.elements) doc.elements.continueFrom();
  if (doc.relations !== from.relations) doc.relations.continueFrom();
  if (doc.views === from.views) return;
  for (const [id, view] of Object.entries(doc.views)) if (view.nodes !== from.views[id]?.nodes) knownBoxesTable(view.nodes)?.continueFrom();
}

/** Close the current merge group so the next edit starts a new undo entry. */
export function sealHistory(state: EditorState): EditorState {
  const last = state.past[state.past.length - 1];
  if (!last?.mergeKey) return state;
  return { ...state, past: [...state.past.slice(0, -1), { ...last, mergeKey: undefined }] };
}
