/**
 * Keyboard shortcuts of the canvas. They act only while focus is on the canvas (a node, an edge or
 * the pane), never while typing in a field, so Ctrl+C still copies text in the inspector. Undo and
 * redo are global (the shell's Edit menu).
 */
import type { KeyboardEvent } from 'react';
import { useEditor } from '../state/editor';
import { copySelection, cutSelection, duplicateSelection, NUDGE_STEP, NUDGE_STEP_LARGE, nudgeSelection, pasteClip, selectAll, zoomToFit, autoLayout } from './actions';
import { deleteSelectionFromModel, hideSelectionFromView, renameSelected } from './interact/editActions';
import { openMenuForSelection, pickFocusedNode, travel } from './interact/keyboardTravel';
import { useInteract } from './interact/interactStore';
import { zoomTo100, zoomToSelection } from './interact/viewport';
import { useCanvas } from './canvasStore';

/** A shortcut of the canvas: key combination (Mod = Ctrl, ⌘ on macOS) and its i18n label key. */
export interface CanvasShortcut {
  keys: string;
  labelKey: string;
}

/** The canvas shortcuts, for Help › Keyboard shortcuts and the toolbar's list. */
export const CANVAS_SHORTCUTS: readonly CanvasShortcut[] = [
  { keys: 'Mod+C', labelKey: 'shortcut.copy' },
  { keys: 'Mod+X', labelKey: 'shortcut.cut' },
  { keys: 'Mod+V', labelKey: 'shortcut.paste' },
  { keys: 'Mod+D', labelKey: 'shortcut.duplicate' },
  { keys: 'F2', labelKey: 'interact:shortcut.rename' },
  { keys: 'Delete', labelKey: 'interact:shortcut.hide' },
  { keys: 'Mod+Delete', labelKey: 'interact:shortcut.deleteFromModel' },
  { keys: 'Mod+A', labelKey: 'shortcut.selectAll' },
  { keys: 'Escape', labelKey: 'shortcut.deselect' },
  { keys: '↑ ↓ ← →', labelKey: 'interact:shortcut.travel' },
  { keys: 'Shift+↑ ↓ ← →', labelKey: 'shortcut.nudge' },
  { keys: 'Mod+Shift+↑ ↓ ← →', labelKey: 'shortcut.nudgeLarge' },
  { keys: 'Shift+F10', labelKey: 'interact:shortcut.contextMenu' },
  { keys: 'Shift+Click', labelKey: 'shortcut.multiSelect' },
  { keys: 'Shift+Drag', labelKey: 'shortcut.boxSelect' },
  { keys: 'Wheel', labelKey: 'interact:shortcut.wheel' },
  { keys: 'Mod+Wheel', labelKey: 'interact:shortcut.wheelZoom' },
  { keys: 'F', labelKey: 'shortcut.fit' },
  { keys: 'Shift+F', labelKey: 'interact:shortcut.zoomSelection' },
  { keys: 'Mod+0', labelKey: 'interact:shortcut.zoom100' },
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

const TRAVEL: Record<string, 'left' | 'right' | 'up' | 'down'> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

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
    else if (key === 'Delete' || key === 'Backspace') done = (void deleteSelectionFromModel(), true);
    else if (key === '0') done = (zoomTo100(), true);
  } else if (mod && e.shiftKey && key === 'l') {
    void autoLayout();
    done = true;
  } else if (mod && e.shiftKey && key in ARROWS) {
    const [dx, dy] = ARROWS[key];
    done = nudgeSelection(dx * NUDGE_STEP_LARGE, dy * NUDGE_STEP_LARGE);
  } else if ((key === 'F10' && e.shiftKey && !mod) || key === 'ContextMenu') {
    done = openMenuForSelection();
  } else if (!mod && !e.altKey) {
    if (key === 'Delete' || key === 'Backspace') done = hideSelectionFromView();
    else if (key === 'F2') done = renameSelected();
    else if (key === 'Enter' && useInteract.getState().connectFrom) done = pickFocusedNode(e.target);
    // in outline there are no nodes to travel between: the picture's boxes are travelled instead
    else if ((key === 'Enter' || key in TRAVEL) && !e.shiftKey && useCanvas.getState().outlineKey) done = useCanvas.getState().outlineKey!(key === 'Enter' ? 'enter' : TRAVEL[key]);
    else if (key === 'Escape') {
      const sel = useEditor.getState().selection;
      const picking = useInteract.getState().connectFrom !== null;
      done = picking || sel.elements.length + sel.relations.length > 0;
      if (picking) useInteract.getState().startConnect(null);
      else useEditor.getState().setSelection({ elements: [], relations: [] });
    } else if (key in ARROWS && e.shiftKey) {
      const [dx, dy] = ARROWS[key];
      done = nudgeSelection(dx * NUDGE_STEP, dy * NUDGE_STEP);
    } else if (key in TRAVEL) {
      done = travel(TRAVEL[key], e.target);
    } else if (key === 'f') {
      if (e.shiftKey) zoomToSelection();
      else zoomToFit();
      done = true;
    }
  }
  if (done) {
    e.preventDefault();
    e.stopPropagation();
  }
  return done;
}
