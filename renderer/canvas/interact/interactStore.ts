/**
 * UI state of the canvas's direct-manipulation features (never in the file or the undo history):
 * the open context menu, the element being renamed in place, a "connect to…" started from a menu
 * that waits for its target, and an element whose name field should take focus once it shows.
 */
import { create } from 'zustand';
import { useEditor } from '../../state/editor';

/** A read-only model (reviewer mode) is never renamed or connected from the canvas. */
const editable = () => useEditor.getState().readOnly === null;

/** What a context menu was opened on. */
export type MenuTarget =
  | { kind: 'node'; id: string }
  | { kind: 'edge'; id: string }
  /** The pane, at a point of the model plane (where "add element" puts it). */
  | { kind: 'pane'; x: number; y: number }
  | { kind: 'selection' };

export interface ContextMenuRequest {
  /** Screen point (client coordinates) where the menu opens. */
  at: { x: number; y: number };
  target: MenuTarget;
}

interface InteractStore {
  menu: ContextMenuRequest | null;
  renaming: string | null;
  /** Source element of a connection waiting for the user to pick its target. */
  connectFrom: string | null;
  /** Element whose name field (inspector) should take focus when it appears. */
  focusName: string | null;
  openMenu(request: ContextMenuRequest): void;
  closeMenu(): void;
  startRename(id: string | null): void;
  startConnect(id: string | null): void;
  requestNameFocus(id: string | null): void;
}

export const useInteract = create<InteractStore>((set) => ({
  menu: null,
  renaming: null,
  connectFrom: null,
  focusName: null,
  openMenu: (menu) => set({ menu, renaming: null }),
  closeMenu: () => set({ menu: null }),
  startRename: (renaming) => set({ renaming: renaming && editable() ? renaming : null, menu: null }),
  startConnect: (connectFrom) => set({ connectFrom: connectFrom && editable() ? connectFrom : null, menu: null }),
  requestNameFocus: (focusName) => set({ focusName }),
}));
