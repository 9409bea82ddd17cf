/**
 * "Show me the problem": a request from another panel (a node's error marker on the canvas) to show
 * the Problems panel with the first finding about an element in view and focused.
 */
import { create } from 'zustand';
import { useShell } from '../shell/shellStore';

interface ProblemFocusStore {
  request: { elementId: string; nonce: number } | null;
  show(elementId: string): void;
}

let nonce = 0;

export const useProblemFocus = create<ProblemFocusStore>((set) => ({
  request: null,
  show: (elementId) => {
    // a collapsed Problems panel comes back to show it
    if (useShell.getState().hidden.bottom) useShell.getState().toggleRegion('bottom');
    set({ request: { elementId, nonce: ++nonce } });
  },
}));
