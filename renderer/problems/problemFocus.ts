/**
 * "Show me the problem": a request from another panel (a node's error marker on the canvas) to show
 * the Problems panel with the first finding about an element in view and focused.
 */
import { create } from 'zustand';
import type { LakarDocument } from '../../shared/model';
import type { Problem } from '../../shared/rules';
import { useShell } from '../shell/shellStore';

interface ProblemFocusStore {
  request: { elementId: string; nonce: number } | null;
  show(elementId: string): void;
}

let nonce = 0;

/** The elements a finding is about: its own, and the ends of the relations it names. */
export function problemElements(problem: Pick<Problem, 'elementIds' | 'relationIds'>, relations: LakarDocument['relations']): string[] {
  const ids = new Set(problem.elementIds);
  for (const r of problem.relationIds) {
    const rel = relations.get(r);
    if (rel) {
      ids.add(rel.source);
      ids.add(rel.target);
    }
  }
  return [...ids];
}

export const useProblemFocus = create<ProblemFocusStore>((set) => ({
  request: null,
  show: (elementId) => {
    // a collapsed Problems panel comes back to show it
    if (useShell.getState().hidden.bottom) useShell.getState().toggleRegion('bottom');
    set({ request: { elementId, nonce: ++nonce } });
  },
}));
