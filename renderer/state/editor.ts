/**
 * The editor's state (zustand): the open document with its undo history, the selection and the
 * active view. Document changes go only through `dispatch` (shared/commands); each change's patches
 * are forwarded to the backend, which journals them for crash recovery. Selection and the active
 * view are UI state: they never enter the history or the file.
 */
import { create } from 'zustand';
import type { Patch } from 'immer';
import { CommandError, dispatch as runDispatch, initialState, prepareForCommands, redo as runRedo, sealHistory, undo as runUndo, type DispatchOptions, type EditorState } from '../../shared/commands';
import { drawnRunsIn } from '../../shared/commands/drawn-ahead';
import type { LakarDocument } from '../../shared/model';
import { sortedViews } from '../../shared/model';
import type { LakarApi, OpenedProject, UserErrorPayload } from '../../shared/ipc/contract';
import { describeError } from '../backend/errors';

export interface Selection {
  elements: string[];
  relations: string[];
}

export interface OpenProjectInfo {
  handle: string;
  ref: string | null;
  displayName: string;
}

/**
 * Set while the model must not change (a proposal open for review, renderer/review): every command
 * is refused with `reasonKey`, and Edit › Undo/Redo, Save and the unsaved-changes question act on
 * what is being edited instead (the review), which provides them here.
 */
export interface ReadOnlyMode {
  /** Error key shown when a change of the model is attempted. */
  reasonKey: string;
  undoLabelKey?: string;
  redoLabelKey?: string;
  undo(): void;
  redo(): void;
  save(): Promise<boolean>;
  saveAs(): Promise<boolean>;
}

export interface EditorStore {
  api: LakarApi | null;
  project: OpenProjectInfo | null;
  /**
   * Which showing of a project this is: a count that loadProject and closeProject move on, never an
   * edit, undo or save. Work begun for the open project (a copy picked for its merge) that finds it
   * changed was begun for a project no longer open.
   */
  opening: number;
  history: EditorState | null;
  dirty: boolean;
  selection: Selection;
  activeViewId: string | null;
  /** Last error to show the user (i18n key + params); cleared by `clearError`. */
  error: UserErrorPayload | null;
  /** Recovery offer pending for the open project. */
  recovery: OpenedProject['recovery'] | null;
  /** The model is read-only (see ReadOnlyMode); `dirty` then means the edited thing has unsaved changes. */
  readOnly: ReadOnlyMode | null;

  setApi(api: LakarApi): void;
  /** Show an opened project (from new/open/recovery). */
  loadProject(opened: OpenedProject): void;
  closeProject(): void;
  /** Run a command; returns false (and sets `error`) when it is rejected. */
  dispatch(commandId: string, args: unknown, options?: DispatchOptions): boolean;
  /** Run a command; returns its CommandError instead of raising the global error (forms show it inline). */
  tryDispatch(commandId: string, args: unknown, options?: DispatchOptions): CommandError | null;
  undo(): void;
  redo(): void;
  /** End a typing burst so the next edit is a new undo step. */
  sealHistory(): void;
  setSelection(selection: Partial<Selection>): void;
  setActiveView(viewId: string): void;
  markSaved(info: Partial<OpenProjectInfo>): void;
  setError(error: UserErrorPayload | null): void;
  /** Make the open model read-only (or editable again with null). */
  setReadOnly(mode: ReadOnlyMode | null): void;
}

const EMPTY_SELECTION: Selection = { elements: [], relations: [] };

/** One document change made through the store (dispatch, undo or redo): `patches` turn `before` into `after`. */
export interface DocChange {
  before: LakarDocument;
  after: LakarDocument;
  patches: readonly Patch[];
}

const changeListeners = new Set<(change: DocChange) => void>();

/**
 * Call `listener` after each document change made through the store, with its patches, so that
 * followers (the live checker) update in proportion to the edit; returns the unsubscribe function.
 * Documents replaced otherwise (open, close) are not reported: followers compare documents.
 */
export function onDocChange(listener: (change: DocChange) => void): () => void {
  changeListeners.add(listener);
  return () => void changeListeners.delete(listener);
}

/** Patches are sent in order; a failure is reported but later batches still go out. */
let sendQueue: Promise<unknown> = Promise.resolve();

/** Stops the idle preparation of the project opened last. */
let cancelPreparation: (() => void) | null = null;

/**
 * Get the open document ready for its first commands a part per idle period (prepareForCommands:
 * at 100,000 elements the first removal otherwise took ~640 ms more than the next), on the document
 * open at the time, until done or another project is opened.
 */
function prepareWhenIdle(openDoc: () => LakarDocument | undefined): void {
  cancelPreparation?.();
  cancelPreparation = null;
  if (typeof requestIdleCallback !== 'function') return;
  let id = 0;
  const step = (deadline: IdleDeadline) => {
    const doc = openDoc();
    if (doc && !prepareForCommands(doc, () => deadline.timeRemaining() > 1)) id = requestIdleCallback(step);
  };
  id = requestIdleCallback(step);
  cancelPreparation = () => cancelIdleCallback(id);
}

export const useEditor = create<EditorStore>((set, get) => {
  function forward(patches: Patch[], before: LakarDocument, after: LakarDocument) {
    for (const listener of changeListeners) listener({ before, after, patches });
    const { api, project } = get();
    if (!api || !project || patches.length === 0) return;
    const handle = project.handle;
    // a view stored as drawn is journalled as a note, not its boxes (shared/store/drawn-record.ts)
    const drawn = drawnRunsIn(patches, before, after);
    sendQueue = sendQueue
      .then(() => api['project:apply'](drawn.length > 0 ? { handle, patches: patches as never, drawn } : { handle, patches: patches as never }))
      .catch((e: unknown) => set({ error: describeError(e) }));
  }

  return {
    api: null,
    project: null,
    opening: 0,
    history: null,
    dirty: false,
    selection: EMPTY_SELECTION,
    activeViewId: null,
    error: null,
    recovery: null,
    readOnly: null,

    setApi: (api) => set({ api }),

    loadProject: (opened) => {
      set({
        project: { handle: opened.handle, ref: opened.ref, displayName: opened.displayName },
        opening: get().opening + 1,
        history: initialState(opened.doc),
        dirty: opened.dirty,
        selection: EMPTY_SELECTION,
        activeViewId: sortedViews(opened.doc)[0]?.id ?? null,
        recovery: opened.recovery ?? null,
        error: null,
        readOnly: null,
      });
      prepareWhenIdle(() => get().history?.doc);
    },

    closeProject: () => set({ project: null, opening: get().opening + 1, history: null, dirty: false, selection: EMPTY_SELECTION, activeViewId: null, recovery: null, readOnly: null }),

    dispatch: (commandId, args, options) => {
      const history = get().history;
      if (!history) return false;
      const readOnly = get().readOnly;
      if (readOnly) {
        set({ error: { key: readOnly.reasonKey } });
        return false;
      }
      try {
        const { state, patches } = runDispatch(history, commandId, args, options);
        if (patches.length === 0) return true;
        set({ history: state, dirty: true, recovery: null });
        forward(patches, history.doc, state.doc);
        return true;
      } catch (e) {
        if (e instanceof CommandError) {
          set({ error: { key: e.key, params: e.details[0]?.params } });
          return false;
        }
        throw e;
      }
    },

    tryDispatch: (commandId, args, options) => {
      const history = get().history;
      if (!history) return null;
      const readOnly = get().readOnly;
      if (readOnly) return new CommandError(readOnly.reasonKey);
      try {
        const { state, patches } = runDispatch(history, commandId, args, options);
        if (patches.length === 0) return null;
        set({ history: state, dirty: true, recovery: null });
        forward(patches, history.doc, state.doc);
        return null;
      } catch (e) {
        if (e instanceof CommandError) return e;
        throw e;
      }
    },

    undo: () => {
      const history = get().history;
      if (!history) return;
      const readOnly = get().readOnly;
      if (readOnly) return readOnly.undo();
      const { state, patches } = runUndo(history);
      if (patches.length === 0) return;
      set({ history: state, dirty: true });
      forward(patches, history.doc, state.doc);
    },

    redo: () => {
      const history = get().history;
      if (!history) return;
      const readOnly = get().readOnly;
      if (readOnly) return readOnly.redo();
      const { state, patches } = runRedo(history);
      if (patches.length === 0) return;
      set({ history: state, dirty: true });
      forward(patches, history.doc, state.doc);
    },

    sealHistory: () => {
      const history = get().history;
      if (history) set({ history: sealHistory(history) });
    },

    setSelection: (selection) => set({ selection: { ...get().selection, ...selection } }),
    setActiveView: (viewId) => set({ activeViewId: viewId, selection: EMPTY_SELECTION }),
    markSaved: (info) => {
      const project = get().project;
      set({ dirty: false, project: project ? { ...project, ...info } : project });
    },
    setError: (error) => set({ error }),
    setReadOnly: (readOnly) => set({ readOnly, dirty: readOnly ? get().dirty : false }),
  };
});

/** Wait until every forwarded patch batch has reached the backend (before Save or Close). */
export function flushPending(): Promise<unknown> {
  return sendQueue;
}

/** The open document, or null. */
export function useDoc(): LakarDocument | null {
  return useEditor((s) => s.history?.doc ?? null);
}
