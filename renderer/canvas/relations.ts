/**
 * Relations drawn on the canvas: which kinds may join two elements, which way round a drawn line
 * means, and adding one. Shared by the canvas actions and the connection dialog.
 */
import { defaultRelationKind, ELEMENT_KINDS, newId, relationAllowed, SIMPLE_RELATION_KINDS, type ElementKind, type LakarDocument, type RelationKind } from '../../shared/model';
import { useEditor } from '../state/editor';

/** Relation kinds that may join `source` to `target`, most specific first (association last). */
export function allowedRelationKinds(doc: LakarDocument, source: string, target: string): RelationKind[] {
  const s = doc.elements.get(source);
  const t = doc.elements.get(target);
  if (!s || !t) return [];
  const kinds: RelationKind[] = [...SIMPLE_RELATION_KINDS.filter((k) => k !== 'association'), 'dataFlow', 'association'];
  const first = defaultRelationKind(s.kind, t.kind);
  return [first, ...kinds.filter((k) => k !== first && relationAllowed(k, s.kind, t.kind))];
}

/**
 * The ends and kind of a connection the user drew: when the drawn direction only allows a plain
 * association but the reverse has a proper meaning (a channel delivers a service), the ends swap.
 */
export function orientConnection(doc: LakarDocument, source: string, target: string): { source: string; target: string; kind: RelationKind } {
  const s = doc.elements.get(source)!;
  const t = doc.elements.get(target)!;
  const forward = defaultRelationKind(s.kind, t.kind);
  if (forward === 'association') {
    const backward = defaultRelationKind(t.kind, s.kind);
    if (backward !== 'association') return { source: target, target: source, kind: backward };
  }
  return { source, target, kind: forward };
}

/** True when the user should be asked about this connection: it may be a data flow, or more than one relation kind fits. */
export function needsConnectionChoice(doc: LakarDocument, source: string, target: string): boolean {
  const kinds = allowedRelationKinds(doc, source, target).filter((k) => k !== 'association');
  return kinds.includes('dataFlow') || kinds.length > 1;
}

/** Element kinds a connection from an element of `kind` can reach with a relation more specific than an association (either way round). */
export function connectableKinds(kind: ElementKind): ElementKind[] {
  return ELEMENT_KINDS.map((k) => k.kind).filter((k) => defaultRelationKind(kind, k) !== 'association' || defaultRelationKind(k, kind) !== 'association');
}

/** Add a relation and select it. */
export function addRelation(relation: Record<string, unknown> & { kind: RelationKind; source: string; target: string }): boolean {
  const id = newId('rel');
  if (!useEditor.getState().dispatch('relation.add', { relation: { id, ...relation } })) return false;
  useEditor.getState().setSelection({ elements: [], relations: [id] });
  return true;
}

