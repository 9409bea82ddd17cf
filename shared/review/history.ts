/**
 * Undo/redo of review edits, as shared/commands/history does for the model: each recorded command
 * is one entry of patches and inverse patches; consecutive edits with the same `mergeKey` (typing a
 * justification) collapse into one entry.
 */
import { applyPatches, type Patch } from 'immer';
import { executeReviewCommand, getReviewCommand, type ReviewActor } from './registry';
import type { Review } from './schema';

export interface ReviewHistoryEntry {
  commandId: string;
  labelKey: string;
  patches: Patch[];
  inversePatches: Patch[];
  mergeKey?: string;
}

export interface ReviewHistory {
  review: Review;
  past: ReviewHistoryEntry[];
  future: ReviewHistoryEntry[];
}

export const REVIEW_HISTORY_LIMIT = 500;

/** A fresh history for `review`. */
export function initialReviewHistory(review: Review): ReviewHistory {
  return { review, past: [], future: [] };
}

/** Run review command `id` as `actor`; returns the new history (the same object when nothing changed). */
export function dispatchReview(state: ReviewHistory, id: string, args: unknown, actor: ReviewActor, options: { mergeKey?: string } = {}): ReviewHistory {
  const { review, patches, inversePatches } = executeReviewCommand(state.review, id, args, actor);
  // only the time stamp moved: nothing to record
  if (patches.every((p) => p.path.length === 1 && p.path[0] === 'updatedAt')) return state;
  const last = state.past[state.past.length - 1];
  if (options.mergeKey && last?.mergeKey === options.mergeKey && state.future.length === 0) {
    const merged = { ...last, patches: [...last.patches, ...patches], inversePatches: [...inversePatches, ...last.inversePatches] };
    return { review, past: [...state.past.slice(0, -1), merged], future: [] };
  }
  const entry: ReviewHistoryEntry = { commandId: id, labelKey: getReviewCommand(id).labelKey, patches, inversePatches, mergeKey: options.mergeKey };
  return { review, past: [...state.past, entry].slice(-REVIEW_HISTORY_LIMIT), future: [] };
}

/** Undo the last entry; the same state when there is nothing to undo. */
export function undoReview(state: ReviewHistory): ReviewHistory {
  const entry = state.past[state.past.length - 1];
  if (!entry) return state;
  return { review: applyPatches(state.review, entry.inversePatches), past: state.past.slice(0, -1), future: [entry, ...state.future] };
}

/** Redo the last undone entry. */
export function redoReview(state: ReviewHistory): ReviewHistory {
  const [entry, ...rest] = state.future;
  if (!entry) return state;
  return { review: applyPatches(state.review, entry.patches), past: [...state.past, { ...entry, mergeKey: undefined }], future: rest };
}

/** Close the current merge group so the next edit starts a new undo entry. */
export function sealReviewHistory(state: ReviewHistory): ReviewHistory {
  const last = state.past[state.past.length - 1];
  if (!last?.mergeKey) return state;
  return { ...state, past: [...state.past.slice(0, -1), { ...last, mergeKey: undefined }] };
}
