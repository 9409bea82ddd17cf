/**
 * Placing an unplaced concept: it becomes an LMV element of the kind the user chooses (keeping its
 * ArchiMate type, documentation and properties) on the active view, and leaves the Unplaced list —
 * in one undoable step.
 */
import { ELEMENT_MAPPING, requiredDefaults, typeFitsKind } from '../../shared/interchange/oef';
import { newId } from '../../shared/model/document';
import type { ElementKind, LakarDocument, UnplacedConcept } from '../../shared/model/schema';
import { useEditor } from '../state/editor';

/** LMV kinds offered for a concept, the ones its ArchiMate type can carry first. */
export function kindsFor(type: string): ElementKind[] {
  const all = ELEMENT_MAPPING.map((m) => m.kind);
  return [...all.filter((k) => typeFitsKind(type, k)), ...all.filter((k) => !typeFitsKind(type, k))];
}

/** The element a concept becomes as `kind` (a new id when its id is already taken). */
export function elementFor(doc: LakarDocument, u: UnplacedConcept, kind: ElementKind): Record<string, unknown> {
  const name = (u.name ?? '').trim() || u.type;
  const el: Record<string, unknown> = { id: doc.elements.get(u.id) ? newId('el') : u.id, kind, name, ...requiredDefaults(kind, name, u.type) };
  if (u.description !== undefined) el.description = u.description;
  el.properties = { ...(u.properties ?? {}), 'archimate:type': u.type };
  return el;
}

/** Place unplaced concept `id` as `kind` on the active view; false (with the editor error set) when refused. */
export function placeUnplaced(id: string, kind: ElementKind): boolean {
  const { history, activeViewId, dispatch } = useEditor.getState();
  const doc = history?.doc;
  const u = doc?.meta.unplaced?.find((c) => c.id === id);
  if (!doc || !u || u.source !== undefined || u.target !== undefined) return false;
  const mergeKey = `interchange.place:${id}:${Date.now()}`;
  if (!dispatch('element.add', { element: elementFor(doc, u, kind), viewId: activeViewId ?? undefined }, { mergeKey })) return false;
  const rest = (doc.meta.unplaced ?? []).filter((c) => c.id !== id);
  return dispatch('project.updateMeta', { patch: { unplaced: rest.length > 0 ? rest : undefined } }, { mergeKey });
}
