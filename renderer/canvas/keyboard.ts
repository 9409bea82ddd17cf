/**
 * Keyboard shortcuts of the canvas. They act only while focus is on the canvas (a node, an edge or
 * the pane), never while typing in a field, so Ctrl+C still copies text in the inspector. Undo and
 * redo are global (the shell's Edit menu).
 */
import type { KeyboardEvent } from 'react';
import { useEditor } from '../state/editor';
import { copySelection, cutSelection, deleteSelection, duplicateSelection, NUDGE_STEP, NUDGE_STEP_LARGE, nudgeSelection, pasteClip, selectAll, zoomToFit, autoLayout } from './actions';

/** A shortcut of the canvas: key combination (Mod = Ctrl, ⌘ on macOS) and its i18n label key. */
export interface CanvasShortcut {
  keys: string;
  labelKey: string;
}

/** The canvas shortcuts, for the help popover. */
export const CANVAS_SHORTCUTS: readonly CanvasShortcut[] = [
  { keys: 'Mod+C', labelKey: 'shortcut.copy' },
  { keys: 'Mod+X', labelKey: 'shortcut.cut' },
  { keys: 'Mod+V', labelKey: 'shortcut.paste' },
  { keys: 'Mod+D', labelKey: 'shortcut.duplicate' },
  { keys: 'Delete', labelKey: 'shortcut.delete' },
  { keys: 'Mod+A', labelKey: 'shortcut.selectAll' },
  { keys: 'Escape', labelKey: 'shortcut.deselect' },
  { keys: '↑ ↓ ← →', labelKey: 'shortcut.nudge' },
  { keys: 'Shift+↑ ↓ ← →', labelKey: 'shortcut.nudgeLarge' },
  { keys: 'Shift+Click', labelKey: 'shortcut.multiSelect' },
  { keys: 'Shift+Drag', labelKey: 'shortcut.boxSelect' },
  { keys: 'F', labelKey: 'shortcut.fit' },
  { keys: 'Mod+Shift+L', labelKey: 'shortcut.layout' },
  { keys: 'Mod+Z', labelKey: 'shortcut.undo' },
  { keys: 'Mod+Shift+Z', labelKey: 'shortcut.redo' },
];

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || typeof el.closest !== 'function') return false;
  return !!el.closest('input, textarea, select, [contenteditable="true"], dialog');
}

const ARROWS: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

/** Handle a key pressed inside the canvas; returns true (and stops the event) when it was a shortcut. */
export function handleCanvasKey(e: KeyboardEvent): boolean {
  if (isTyping(e.target)) return false;
  const mod = e.ctrlKey || e.metaKey;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  let done = false;
  if (mod && !e.shiftKey && !e.altKey) {
    if (key === 'c') done = copySelection();
    else if (key === 'x') done = cutSelection();
    else if (key === 'v') done = pasteClip();
    else if (key === 'd') done = duplicateSelection() || true; // never the browser's bookmark dialog
    else if (key === 'a') done = (selectAll(), true);
  } else if (mod && e.shiftKey && key === 'l') {
    void autoLayout();
    done = true;
  } else if (!mod && !e.altKey) {
    if (key === 'Delete' || key === 'Backspace') done = deleteSelection();
    else if (key === 'Escape') {
      const sel = useEditor.getState().selection;
      done = sel.elements.length + sel.relations.length > 0;
      useEditor.getState().setSelection({ elements: [], relations: [] });
    } else if (key in ARROWS) {
      const step = e.shiftKey ? NUDGE_STEP_LARGE : NUDGE_STEP;
      const [dx, dy] = ARROWS[key];
      done = nudgeSelection(dx * step, dy * step);
    } else if (key === 'f' && !e.shiftKey) {
      zoomToFit();
      done = true;
    }
  }
  if (done) {
    e.preventDefault();
    e.stopPropagation();
  }
  return done;
}
