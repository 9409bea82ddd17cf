/**
 * UI state of File › Compare with… and File › Merge from…: the other copies picked, the answers
 * given on the conflict screen, and what to tell the user. Never part of the document: the merge
 * itself is one `merge.apply` command (shared/commands/merge.ts).
 */
import { create } from 'zustand';
import type { LakarDocument } from '../../shared/model';
import type { UserErrorPayload } from '../../shared/ipc/contract';

/** A copy of the project read for comparing or merging (never opened for editing). */
export interface PickedCopy {
  name: string;
  doc: LakarDocument;
}

/** A copy for the merge being read (`read`: the file, in the main process) or checked beside the open project (`check`). */
export interface PickUnderWay {
  which: 'theirs' | 'base';
  phase: 'read' | 'check';
  /** How much of the check is done, 0–1. */
  fraction: number;
}

/** An answer on the conflict screen: one side, or a value typed for a field (as text until applied). */
export type Answer = 'mine' | 'theirs' | { edit: string };

export interface CompareStore {
  mode: 'idle' | 'compare' | 'merge';
  /** Compare: the copy the open project is compared with (changes go from it to the project). */
  other: PickedCopy | null;
  /** Merge: their copy and the common ancestor of both copies. */
  theirs: PickedCopy | null;
  base: PickedCopy | null;
  /** The copy being picked, while it is read and checked (the window stays usable; Cancel stops it). */
  picking: PickUnderWay | null;
  /** The copy whose pick was cancelled last, until the next pick (the panel says the project is untouched). */
  pickCancelled: 'theirs' | 'base' | null;
  answers: Record<string, Answer>;
  /** Last problem to show inside the panel (a file that is not a project, an edit that does not fit). */
  error: UserErrorPayload | null;
  /** After a merge: how many conflicts were answered, until the panel is closed. */
  merged: { conflicts: number; changes: number; from: string } | null;
  set(patch: Partial<Omit<CompareStore, 'set'>>): void;
}

export const INITIAL = { mode: 'idle', other: null, theirs: null, base: null, picking: null, pickCancelled: null, answers: {}, error: null, merged: null } as const;

export const useCompare = create<CompareStore>((set) => ({
  ...INITIAL,
  answers: {},
  set: (patch) => set(patch),
}));
