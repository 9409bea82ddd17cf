/**
 * Element names for the canvas's edges, one subscription per element. An edge names its two ends
 * (its accessible name and tooltip); reading the names here rather than from the edge object keeps
 * every edge object unchanged by a rename, so React Flow does not re-index thousands of edges, and
 * only the edges of the renamed element re-render. Compared with a selector per edge on the editor
 * store, an editor update (a selection, a keystroke) costs one pass over the elements that changed,
 * not two selector calls for every edge on screen.
 */
import { useCallback, useSyncExternalStore } from 'react';
import type { LakarDocument } from '../../shared/model';
import { useEditor } from '../state/editor';

type Elements = LakarDocument['elements'];

const listeners = new Map<string, Set<() => void>>();
let seen: Elements | undefined;
let unsubscribe: (() => void) | null = null;

const currentElements = (): Elements | undefined => useEditor.getState().history?.doc.elements;

/** Ids of the elements whose name differs between `before` and `after` (added and removed ones too). */
export function changedNames(before: Elements | undefined, after: Elements | undefined): string[] {
  if (before === after) return [];
  const changed: string[] = [];
  let kept = 0;
  for (const [id, now] of after?.entries() ?? []) {
    const was = before?.get(id);
    if (was) kept++;
    if (now !== was && now.name !== was?.name) changed.push(id);
  }
  // elements were removed only if fewer of the old ones are left than there were
  if (before && kept < before.size) for (const id of before.ids()) if (!after?.get(id)) changed.push(id);
  return changed;
}

function onEditorChange() {
  const now = currentElements();
  const ids = changedNames(seen, now);
  seen = now;
  for (const id of ids) listeners.get(id)?.forEach((l) => l());
}

function subscribe(id: string, listener: () => void): () => void {
  if (!unsubscribe) {
    seen = currentElements();
    unsubscribe = useEditor.subscribe(onEditorChange);
  }
  let set = listeners.get(id);
  if (!set) listeners.set(id, (set = new Set()));
  set.add(listener);
  return () => {
    set.delete(listener);
    if (set.size === 0) listeners.delete(id);
    if (listeners.size === 0 && unsubscribe) {
      unsubscribe();
      unsubscribe = null;
    }
  };
}

/** The current name of element `id`; re-renders the caller only when that name changes. */
export function useElementName(id: string): string {
  const sub = useCallback((listener: () => void) => subscribe(id, listener), [id]);
  return useSyncExternalStore(sub, () => currentElements()?.get(id)?.name ?? '');
}
