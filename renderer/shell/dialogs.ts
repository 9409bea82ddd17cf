/**
 * Modal dialogs as promises: `openDialog({ kind: 'unsaved', name })` shows the dialog and resolves
 * with the user's answer. Keeping dialogs in a store lets non-React code (file actions, the browser
 * backend's Open and Save As) ask the user something.
 */
import type { ReactNode } from 'react';
import { create } from 'zustand';
import type { StoredProjectSummary } from '../backend/browser/browser-api';

/** Every dialog the shell can show, with what it resolves to. */
export interface DialogKinds {
  /** Save / Don't save / Cancel before the project is replaced or closed. */
  unsaved: { args: { name: string }; result: 'save' | 'discard' | 'cancel' };
  /** Browser edition: the name to save under. */
  saveAs: { args: { suggested: string }; result: string | null };
  /** Browser edition: pick a stored project. */
  open: { args: { projects: StoredProjectSummary[]; /** Offer "Open a .lakar file…" too. */ files?: boolean }; result: string | null };
  /** A yes/no question; `messageKey` is an i18n key with `params`. */
  confirm: { args: { messageKey: string; params?: Record<string, string>; confirmKey: string; cancelKey?: string; danger?: boolean }; result: boolean };
  settings: { args: object; result: void };
  shortcuts: { args: object; result: void };
  about: { args: object; result: void };
  /** A feature's own dialog (the canvas's connection dialog…), drawn with the shell's Modal by `render`. */
  custom: { args: { render(answer: (value: unknown) => void): ReactNode }; result: unknown };
}
export type DialogKind = keyof DialogKinds;
export type DialogSpec = { [K in DialogKind]: { kind: K } & DialogKinds[K]['args'] }[DialogKind];

/** A dialog on screen. */
export interface OpenDialog {
  id: number;
  spec: DialogSpec;
  resolve(value: unknown): void;
}

interface DialogStore {
  stack: OpenDialog[];
}

export const useDialogs = create<DialogStore>(() => ({ stack: [] }));

let nextId = 1;

/** Show a dialog on top of any others; resolves with the user's answer. */
export function openDialog<K extends DialogKind>(spec: { kind: K } & DialogKinds[K]['args']): Promise<DialogKinds[K]['result']> {
  return new Promise((resolve) => {
    const id = nextId++;
    const dialog: OpenDialog = {
      id,
      spec: spec as DialogSpec,
      resolve: (value) => {
        useDialogs.setState((s) => ({ stack: s.stack.filter((d) => d.id !== id) }));
        resolve(value as DialogKinds[K]['result']);
      },
    };
    useDialogs.setState((s) => ({ stack: [...s.stack, dialog] }));
  });
}

/**
 * Show a feature's own dialog in the shell's dialog stack, so it shares the shell's focus handling,
 * Escape and suspended shortcuts; `render` gets `answer`, which closes it with a value.
 */
export function openCustomDialog<T>(render: (answer: (value: T) => void) => ReactNode): Promise<T | undefined> {
  return openDialog({ kind: 'custom', render: render as (answer: (value: unknown) => void) => ReactNode }) as Promise<T | undefined>;
}

/** True while any modal dialog is open (global shortcuts are then suspended). */
export function isDialogOpen(): boolean {
  return useDialogs.getState().stack.length > 0;
}
