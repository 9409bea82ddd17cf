/**
 * The open review (zustand): its undo history of review commands (shared/review), which side is
 * working on it, where it is stored and whether it has unsaved changes. In reviewer mode the model is
 * read-only and the editor's Edit › Undo/Redo, Save and unsaved-changes question act on the review
 * (ReadOnlyMode); in the agency's mode the model stays editable and the review keeps its own history.
 */
import { create } from 'zustand';
import { CommandError } from '../../shared/commands';
import {
  dispatchReview,
  initialReviewHistory,
  redoReview,
  sealReviewHistory,
  undoReview,
  type Anchor,
  type CommentHeading,
  type CommentStatus,
  type Review,
  type ReviewHistory,
  type ReviewRole,
} from '../../shared/review';
import { useEditor } from '../state/editor';

/** The project a reviewer opened read-only. */
export interface ReviewedProjectInfo {
  ref: string;
  displayName: string;
  generation: number;
  fileId?: string;
}

export interface ReviewFilters {
  status: CommentStatus | 'all';
  heading: CommentHeading | 'all';
}

export interface ReviewStore {
  role: ReviewRole | null;
  history: ReviewHistory | null;
  /** Where the review file is stored (path or stored id); null until first saved. */
  ref: string | null;
  fileName: string | null;
  dirty: boolean;
  /** Name written on comments and replies. */
  actorName: string;
  /** Reviewer mode: the project opened read-only. */
  project: ReviewedProjectInfo | null;
  selectedComment: string | null;
  filters: ReviewFilters;
  /** The thing a new comment is being written about (the comment form is open). */
  draftAnchor: Anchor | null;
  /** Show the changes since the version reviewed (reviewer mode, revised model). */
  showChanges: boolean;
  /** The Kertas Ulasan PDF is being built. */
  exporting: boolean;

  load(args: { review: Review; role: ReviewRole; ref: string | null; fileName: string | null; actorName: string; project?: ReviewedProjectInfo | null; dirty: boolean }): void;
  close(): void;
  /** Run a review command as the current side; false (and an error shown) when refused. */
  dispatch(commandId: string, args: unknown, options?: { mergeKey?: string }): boolean;
  undo(): void;
  redo(): void;
  seal(): void;
  markSaved(ref: string, fileName: string): void;
  setActorName(name: string): void;
  setFilters(filters: Partial<ReviewFilters>): void;
  selectComment(id: string | null): void;
  setDraftAnchor(anchor: Anchor | null): void;
  setShowChanges(show: boolean): void;
}

const EMPTY = {
  role: null,
  history: null,
  ref: null,
  fileName: null,
  dirty: false,
  actorName: '',
  project: null,
  selectedComment: null,
  draftAnchor: null,
  showChanges: false,
  exporting: false,
} as const;

export const useReview = create<ReviewStore>((set, get) => {
  /** In reviewer mode the editor shows the review's unsaved state and undo labels. */
  function mirror() {
    const { role, history, dirty } = get();
    const editor = useEditor.getState();
    if (role !== 'reviewer' || !editor.readOnly) return;
    useEditor.setState({
      dirty,
      // the review file stands for the project: its place decides whether Save asks where (and whether autosave runs)
      project: editor.project ? { ...editor.project, ref: get().ref } : editor.project,
      readOnly: { ...editor.readOnly, undoLabelKey: history?.past.at(-1)?.labelKey, redoLabelKey: history?.future[0]?.labelKey },
    });
  }

  function change(next: ReviewHistory) {
    if (next === get().history) return;
    set({ history: next, dirty: true });
    mirror();
  }

  return {
    ...EMPTY,
    filters: { status: 'all', heading: 'all' },

    load: ({ review, role, ref, fileName, actorName, project, dirty }) => {
      set({ ...EMPTY, filters: { status: 'all', heading: 'all' }, role, history: initialReviewHistory(review), ref, fileName, actorName, project: project ?? null, dirty });
      mirror();
    },

    close: () => set({ ...EMPTY }),

    dispatch: (commandId, args, options) => {
      const { history, role, actorName } = get();
      if (!history || !role) return false;
      try {
        change(dispatchReview(history, commandId, args, { role, name: actorName || '—', at: new Date().toISOString() }, options));
        return true;
      } catch (e) {
        if (e instanceof CommandError) {
          useEditor.getState().setError({ key: e.key, params: e.details[0]?.params });
          return false;
        }
        throw e;
      }
    },

    undo: () => {
      const h = get().history;
      if (h) change(undoReview(h));
    },

    redo: () => {
      const h = get().history;
      if (h) change(redoReview(h));
    },

    seal: () => {
      const h = get().history;
      if (h) set({ history: sealReviewHistory(h) });
    },

    markSaved: (ref, fileName) => {
      set({ ref, fileName, dirty: false });
      mirror();
    },

    setActorName: (actorName) => set({ actorName }),
    setFilters: (filters) => set({ filters: { ...get().filters, ...filters } }),
    selectComment: (selectedComment) => set({ selectedComment }),
    setDraftAnchor: (draftAnchor) => set({ draftAnchor }),
    setShowChanges: (showChanges) => set({ showChanges }),
  };
});

/** The open review, or null. */
export function useOpenReview(): Review | null {
  return useReview((s) => s.history?.review ?? null);
}
