/**
 * Places, for the checker graph (`graph.ts`) passing over the document it indexed at first, so that
 * what it knows of an item is found from where the pass is rather than by reading or looking up the
 * item: an element at place `p` of the document has the incident index's slot `p`
 * (`build-indexes.ts`), so its place gives its relations without a lookup by id; a relation's place
 * in its kind says whether its ends are suspect without reading the relation.
 *
 * The elements' places are the ones each kind's index is made of while the document is unedited
 * (`KindIndex.placesInTable`, shared, never written); the relations' suspect flags are made while the
 * graph is built, from the kind number of each relation in table order (the numbers `indexByKind`
 * lists the kinds by): the `j`th relation of a kind is the table's relation where that kind's number
 * occurs for the `j`th time. Why: they were worked out on the first pass over the document by
 * walking it again and comparing objects (elements, ~8 ms CPU on the varied 100,000-element model)
 * and by walking each relation kind against the set of suspects (~4 ms).
 */
import type { Element, ElementKind, Relation, RelationKind } from '../model/schema';
import type { KindIndex } from './kind-index';

/**
 * The place in the document of each element of each kind of `byKind`, in the kind's order: the
 * places `indexByKind` made each kind of (`KindIndex.placesInTable`, when every element is under
 * its own id). A kind Lakar does not know (number 0, indexed by name) is left out: its passes look
 * its relations up.
 */
export function documentPlaces(byKind: ReadonlyMap<ElementKind, KindIndex<Element>>): Map<ElementKind, Int32Array> {
  const out = new Map<ElementKind, Int32Array>();
  for (const [kind, index] of byKind) {
    const places = index.code === 0 ? null : index.placesInTable;
    if (places) out.set(kind, places);
  }
  return out;
}

/**
 * For each relation kind of `byKind`: 1 at the place in the kind's order of each relation with
 * suspect ends (a data flow's also for what it carries), `suspect[k]` being 1 for the table's `k`th
 * relation and `codes[k]` its kind number (`indexByKind` made `byKind` from them). A kind Lakar does
 * not know is left out.
 */
export function suspectPlaces(suspect: Uint8Array, codes: Uint8Array, byKind: ReadonlyMap<RelationKind, KindIndex<Relation>>): Map<RelationKind, Uint8Array> {
  const flags: Uint8Array[] = [];
  const out = new Map<RelationKind, Uint8Array>();
  for (const [kind, index] of byKind) {
    if (index.code === 0) continue;
    out.set(kind, (flags[index.code] = new Uint8Array(index.size)));
  }
  const filled = new Int32Array(256);
  for (let k = 0; k < codes.length; k++) {
    const list = flags[codes[k]];
    if (list) list[filled[codes[k]]++] = suspect[k];
  }
  return out;
}
