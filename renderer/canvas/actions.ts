/**
 * What the canvas can do to the document, shared by keyboard shortcuts, the toolbar, menus and the
 * palette. Every change is a command dispatched through the editor store; selection and viewport
 * changes are UI state and never enter the history.
 */
import { copyToClip, pasteArgs, type AlignMode } from '../../shared/commands';
import { layoutInWorker } from './routing/layoutJob';
import { freeSlot } from '../../shared/layout/slots';
import { bandOf, type Element, type LakarDocument } from '../../shared/model';
import { useEditor } from '../state/editor';
import { useCanvas } from './canvasStore';
import { addRelation, needsConnectionChoice, orientConnection } from './relations';
import { askConnection } from './ConnectDialog';
import { useInteract } from './interact/interactStore';

export { addRelation, allowedRelationKinds, needsConnectionChoice, orientConnection } from './relations';

/** Offset of each successive paste of the same clip. */
export const PASTE_STEP = 30;
/** Arrow-key nudge, and with Shift. */
export const NUDGE_STEP = 10;
export const NUDGE_STEP_LARGE = 50;

let groupCounter = 0;
/** A merge key shared by the dispatches of one user action, so it is one undo step. */
function oneStep(name: string): string {
  return `${name}:${++groupCounter}`;
}

function context(): { doc: LakarDocument; viewId: string } | null {
  const s = useEditor.getState();
  const doc = s.history?.doc;
  if (!doc || !s.activeViewId || !doc.views[s.activeViewId]) return null;
  return { doc, viewId: s.activeViewId };
}

/** Selected elements that are shown on the active view. */
export function selectedOnView(): string[] {
  const c = context();
  if (!c) return [];
  const nodes = c.doc.views[c.viewId].nodes;
  return useEditor.getState().selection.elements.filter((id) => nodes[id] && c.doc.elements.get(id));
}

/** Copy the selected elements (with the relations among them) to the canvas clipboard. */
export function copySelection(): boolean {
  const c = context();
  const ids = selectedOnView();
  if (!c || ids.length === 0) return false;
  useCanvas.getState().setClip(copyToClip(c.doc, c.viewId, ids));
  return true;
}

/** Paste the clipboard onto the active view, offset from the original, and select the copy. */
export function pasteClip(): boolean {
  const c = context();
  const clip = useCanvas.getState().clip;
  if (!c || !clip || clip.elements.length === 0) return false;
  const n = useCanvas.getState().notePaste();
  const { args, ids } = pasteArgs(c.doc, clip, { viewId: c.viewId, offset: { x: PASTE_STEP * n, y: PASTE_STEP * n } });
  if (!useEditor.getState().dispatch('element.addMany', args)) return false;
  useEditor.getState().setSelection({ elements: ids, relations: [] });
  return true;
}

/** Copy and paste in one go (Ctrl+D), leaving the clipboard as it was. */
export function duplicateSelection(): boolean {
  const c = context();
  const ids = selectedOnView();
  if (!c || ids.length === 0) return false;
  const { args, ids: copies } = pasteArgs(c.doc, copyToClip(c.doc, c.viewId, ids), { viewId: c.viewId, offset: { x: PASTE_STEP, y: PASTE_STEP } });
  if (!useEditor.getState().dispatch('element.addMany', args)) return false;
  useEditor.getState().setSelection({ elements: copies, relations: [] });
  return true;
}

/** Delete the selected elements and relations from the model, as one undo step. */
export function deleteSelection(): boolean {
  const s = useEditor.getState();
  const doc = s.history?.doc;
  if (!doc) return false;
  const elements = s.selection.elements.filter((id) => doc.elements.get(id));
  const gone = new Set(elements);
  const relations = s.selection.relations.filter((id) => doc.relations.get(id) && !gone.has(doc.relations.get(id)!.source) && !gone.has(doc.relations.get(id)!.target));
  if (elements.length === 0 && relations.length === 0) return false;
  const key = oneStep('delete');
  if (elements.length) s.dispatch('element.remove', { ids: elements }, { mergeKey: key });
  if (relations.length) useEditor.getState().dispatch('relation.remove', { ids: relations }, { mergeKey: key });
  useEditor.getState().sealHistory();
  useEditor.getState().setSelection({ elements: [], relations: [] });
  return true;
}

/** Cut = copy, then delete. */
export function cutSelection(): boolean {
  return copySelection() && deleteSelection();
}

/** Select every element and relation shown on the active view. */
export function selectAll(): void {
  const c = context();
  if (!c) return;
  const nodes = c.doc.views[c.viewId].nodes;
  const elements = Object.keys(nodes).filter((id) => c.doc.elements.get(id));
  const relations = c.doc.relations.values()
    .filter((r) => nodes[r.source] && nodes[r.target])
    .map((r) => r.id);
  useEditor.getState().setSelection({ elements, relations });
}

/** Move the selection by (dx, dy); consecutive nudges of the same nodes are one undo step. */
export function nudgeSelection(dx: number, dy: number): boolean {
  const c = context();
  const ids = selectedOnView();
  if (!c || ids.length === 0) return false;
  const nodes = c.doc.views[c.viewId].nodes;
  const moves = ids.map((id) => ({ id, x: nodes[id].x + dx, y: nodes[id].y + dy }));
  return useEditor.getState().dispatch('element.move', { viewId: c.viewId, moves }, { mergeKey: `nudge:${c.viewId}:${[...ids].sort().join(',')}` });
}

/** Align the selected nodes (two or more). */
export function alignSelection(mode: AlignMode): boolean {
  const c = context();
  const ids = selectedOnView();
  if (!c || ids.length < 2) return false;
  return useEditor.getState().dispatch('view.align', { viewId: c.viewId, ids, mode });
}

/** Distribute the selected nodes (three or more) evenly. */
export function distributeSelection(axis: 'horizontal' | 'vertical'): boolean {
  const c = context();
  const ids = selectedOnView();
  if (!c || ids.length < 3) return false;
  return useEditor.getState().dispatch('view.distribute', { viewId: c.viewId, ids, axis });
}

/** Lay out the active view inside its bands (in a worker, with progress), as one undo step. */
export async function autoLayout(): Promise<boolean> {
  const c = context();
  const canvas = useCanvas.getState();
  if (!c || canvas.layoutBusy) return false;
  canvas.setLayoutBusy(true);
  try {
    const result = await layoutInWorker(c.doc, c.viewId, (fraction) => useCanvas.getState().setLayoutProgress(fraction));
    // the model may have changed while the layout ran; lay out only what still exists
    const now = context();
    if (!now || now.viewId !== c.viewId) return false;
    const nodes = Object.fromEntries(Object.entries(result.nodes).filter(([id]) => now.doc.elements.get(id) && now.doc.views[now.viewId].nodes[id]));
    const ok = useEditor.getState().dispatch('view.layout', { viewId: c.viewId, nodes, bandHeights: result.bandHeights });
    if (ok && typeof requestAnimationFrame === 'function') requestAnimationFrame(() => useCanvas.getState().fitView?.());
    return ok;
  } finally {
    useCanvas.getState().setLayoutBusy(false);
    useCanvas.getState().setLayoutProgress(0);
  }
}

/** Zoom the canvas so the whole view fits. */
export function zoomToFit(): void {
  useCanvas.getState().fitView?.();
}

/**
 * Add `element` to the model and show it on the active view, at `position` (a drop point) or in the
 * next free place of its band; selects it and, unless `reveal` is false (a drop, already in sight),
 * pans to it when it landed out of sight (the zoom and the rest of the picture stay). Its name field
 * takes focus, so the user can type the name straight away.
 */
export function addElement(element: Element, position?: { x: number; y: number }, { reveal = true }: { reveal?: boolean } = {}): boolean {
  const c = context();
  if (!c) return false;
  const at = position ?? freeSlot(c.doc, c.doc.views[c.viewId], bandOf(element.kind));
  if (!useEditor.getState().dispatch('element.add', { element, viewId: c.viewId, position: at })) return false;
  useEditor.getState().setSelection({ elements: [element.id], relations: [] });
  if (reveal) useCanvas.getState().requestReveal(element.id, true);
  useInteract.getState().requestNameFocus(element.id);
  return true;
}

/**
 * Connect two elements the way a drawn line should: a typed relation, or, when it may be a data
 * flow, ask for its kind, method and direction in the connection dialog (resolves when answered).
 */
export async function connectElements(source: string, target: string): Promise<void> {
  const doc = useEditor.getState().history?.doc;
  if (!doc || source === target || !doc.elements.get(source) || !doc.elements.get(target)) return;
  if (needsConnectionChoice(doc, source, target)) return askConnection({ source, target });
  addRelation(orientConnection(doc, source, target));
}
