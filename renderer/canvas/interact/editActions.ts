/**
 * Editing actions of the canvas's direct manipulation (keyboard, context menu, inspector), as
 * Archi users know them: Delete hides the selection from the view (the model keeps it), Ctrl+Delete
 * deletes it from the model and first says on how many views it appears when that is more than this
 * one. Every change is a command, one undo step per action.
 */
import { bandOf, clampToBand, NODE_HEIGHT, type LakarDocument } from '../../../shared/model';
import { clampNodeX } from '../../../shared/layout/slots';
import { useEditor } from '../../state/editor';
import { openDialog } from '../../shell/dialogs';
import { useCanvas } from '../canvasStore';
import { useInteract } from './interactStore';

let stepCounter = 0;
const oneStep = (name: string) => `${name}:${++stepCounter}`;

/** Ids of the views that show at least one of `ids`. */
export function viewsShowing(doc: Pick<LakarDocument, 'views'>, ids: readonly string[]): string[] {
  return Object.values(doc.views)
    .filter((v) => ids.some((id) => v.nodes[id]))
    .map((v) => v.id);
}

/** The selection as it stands in the document: elements and relations that still exist. */
function currentSelection(): { doc: LakarDocument; elements: string[]; relations: string[] } | null {
  const s = useEditor.getState();
  const doc = s.history?.doc;
  if (!doc) return null;
  const elements = s.selection.elements.filter((id) => doc.elements.get(id));
  const gone = new Set(elements);
  // a relation goes with its ends; listing it again would make the command refuse it
  const relations = s.selection.relations.filter((id) => doc.relations.get(id) && !gone.has(doc.relations.get(id)!.source) && !gone.has(doc.relations.get(id)!.target));
  return { doc, elements, relations };
}

/**
 * Delete: hide the selected elements from the active view (they stay in the model and on other
 * views). A selected line is deleted: a relation shows on every view that shows both its ends, so
 * it cannot be hidden from one.
 */
export function hideSelectionFromView(): boolean {
  const s = useEditor.getState();
  const sel = currentSelection();
  const viewId = s.activeViewId;
  if (!sel || !viewId || !sel.doc.views[viewId]) return false;
  const onView = sel.elements.filter((id) => sel.doc.views[viewId].nodes[id]);
  const hiddenEnds = new Set(onView);
  const relations = sel.relations.filter((id) => !hiddenEnds.has(sel.doc.relations.get(id)!.source) && !hiddenEnds.has(sel.doc.relations.get(id)!.target));
  if (onView.length === 0 && relations.length === 0) return false;
  const key = oneStep('hide');
  if (onView.length) s.dispatch('view.hideElements', { viewId, ids: onView }, { mergeKey: key });
  if (relations.length) useEditor.getState().dispatch('relation.remove', { ids: relations }, { mergeKey: key });
  useEditor.getState().sealHistory();
  useEditor.getState().setSelection({ elements: [], relations: [] });
  return true;
}

/**
 * Ctrl+Delete: delete the selected elements and relations from the model. When the elements are
 * also shown on other views the user confirms first, told how many views; undo brings everything
 * back either way.
 */
export async function deleteSelectionFromModel(): Promise<boolean> {
  const sel = currentSelection();
  if (!sel || (sel.elements.length === 0 && sel.relations.length === 0)) return false;
  const views = viewsShowing(sel.doc, sel.elements);
  const active = useEditor.getState().activeViewId;
  if (views.some((v) => v !== active)) {
    const yes = await openDialog({
      kind: 'confirm',
      messageKey: 'interact:delete.confirm',
      params: { elements: String(sel.elements.length), views: String(views.length) },
      confirmKey: 'interact:delete.confirmAction',
      danger: true,
    });
    if (!yes) return false;
  }
  const s = useEditor.getState();
  const key = oneStep('delete');
  if (sel.elements.length) s.dispatch('element.remove', { ids: sel.elements }, { mergeKey: key });
  if (sel.relations.length) useEditor.getState().dispatch('relation.remove', { ids: sel.relations }, { mergeKey: key });
  useEditor.getState().sealHistory();
  useEditor.getState().setSelection({ elements: [], relations: [] });
  return true;
}

/**
 * Remove from the model the relations selected, and only them: what a line's menu offers as "Padam
 * hubungan". Boxes selected with the line stay (deleteSelectionFromModel would take them too, without
 * asking when this view is their only one), and stay selected.
 */
export function deleteSelectedRelations(): boolean {
  const s = useEditor.getState();
  const doc = s.history?.doc;
  // each selected one, its ends selected or not (currentSelection leaves out those whose ends go)
  const relations = doc ? s.selection.relations.filter((id) => doc.relations.get(id)) : [];
  if (relations.length === 0 || !s.dispatch('relation.remove', { ids: relations })) return false;
  useEditor.getState().setSelection({ elements: s.selection.elements, relations: [] });
  return true;
}

/** Put selected nodes that sit outside their band (after a band was resized) back inside it, at the band's side of the labels. */
export function bringSelectionToBand(): boolean {
  const s = useEditor.getState();
  const sel = currentSelection();
  const viewId = s.activeViewId;
  const view = viewId ? sel?.doc.views[viewId] : undefined;
  if (!sel || !view || !viewId) return false;
  const moves = sel.elements
    .filter((id) => view.nodes[id])
    .map((id) => {
      const n = view.nodes[id];
      return { id, x: Math.round(clampNodeX(n.x)), y: Math.round(clampToBand(view, bandOf(sel.doc.elements.get(id)!.kind), n.y, n.h ?? NODE_HEIGHT)) };
    })
    .filter((m) => m.x !== view.nodes[m.id].x || m.y !== view.nodes[m.id].y);
  if (moves.length === 0) return false;
  return s.dispatch('element.move', { viewId, moves });
}

/** Rename in place: the single selected element on the view (F2, double-click, the context menu). */
export function renameSelected(): boolean {
  const s = useEditor.getState();
  const doc = s.history?.doc;
  const viewId = s.activeViewId;
  if (!doc || !viewId || s.selection.elements.length !== 1) return false;
  const id = s.selection.elements[0];
  if (!doc.elements.get(id) || !doc.views[viewId]?.nodes[id]) return false;
  useInteract.getState().startRename(id);
  return true;
}

/** Commit a rename in place; an empty or unchanged name changes nothing. */
export function commitRename(id: string, name: string): boolean {
  const doc = useEditor.getState().history?.doc;
  const trimmed = name.trim();
  if (!doc?.elements.get(id) || trimmed === '' || trimmed === doc.elements.get(id)!.name) return false;
  return useEditor.getState().dispatch('element.update', { id, patch: { name: trimmed } });
}

/** Move focus to the inspector, showing the selection's properties. */
export function showProperties(): void {
  const panel = document.getElementById('region-right');
  const first = panel?.querySelector<HTMLElement>('input, select, textarea, button');
  (first ?? panel)?.focus();
}

/** Select `id` (alone) and bring it into sight. */
export function selectAndReveal(id: string): void {
  useEditor.getState().setSelection({ elements: [id], relations: [] });
  useCanvas.getState().requestReveal(id);
}
