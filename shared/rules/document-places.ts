/**
 * Places, for the checker graph (`graph.ts`) passing over the document it indexed at first, so that
 * what it knows of an item is found from where the pass is rather than by reading or looking up the
 * item: an element at place `p` of the document has the incident index's slot `p`
 * (`build-indexes.ts`), so its place gives its relations without a lookup by id; a relation's place
 * in its kind says whether its ends are suspect without reading the relation.
 */
import type { Element, ElementKind, Relation, RelationKind } from '../model/schema';
import type { KindIndex } from './kind-index';
import { addTo } from './list-map';

/**
 * The place in `items` (a document's elements in order) of each element of each kind index of
 * `byKind` (built from those items: each lists its kind's in their order), by kind in the kind's
 * order. One walk of `items` comparing each with the next unplaced element of every kind, the larger
 * kinds first: pointers only, no element read. A kind whose elements are not all found is left out.
 */
export function documentPlaces(items: readonly Element[], byKind: ReadonlyMap<ElementKind, KindIndex<Element>>): Map<ElementKind, Int32Array> {
  const kinds = [...byKind.keys()].sort((a, b) => byKind.get(b)!.size - byKind.get(a)!.size);
  const lists = kinds.map((k) => Array.from(byKind.get(k)!.values()));
  const places = lists.map((list) => new Int32Array(list.length));
  const placed = new Int32Array(kinds.length);
  const next: (Element | undefined)[] = lists.map((list) => list[0]);
  for (let i = 0; i < items.length; i++) {
    const e = items[i];
    for (let k = 0; k < next.length; k++) {
      if (next[k] !== e) continue;
      const at = placed[k]++;
      places[k][at] = i;
      next[k] = lists[k][at + 1];
      break;
    }
  }
  const out = new Map<ElementKind, Int32Array>();
  kinds.forEach((kind, k) => {
    if (placed[k] === lists[k].length) out.set(kind, places[k]);
  });
  return out;
}

/**
 * For each relation kind of `byKind` but data flows: 1 at the place in the kind's order of each
 * relation of `suspects`. The suspects of those kinds are listed in document order
 * (`relationsWithSuspectEnds`), as is each kind, so one walk of the kind comparing pointers places
 * them, reading only the suspects. A kind whose suspects the walk does not all place (listed in
 * another order) is left out. Data flows are left out: suspects for what they carry come later.
 */
export function suspectPlaces(suspects: Iterable<Relation>, byKind: ReadonlyMap<RelationKind, KindIndex<Relation>>): Map<RelationKind, Uint8Array> {
  const suspectsByKind = new Map<RelationKind, Relation[]>();
  for (const r of suspects) if (r.kind !== 'dataFlow') addTo(suspectsByKind, r.kind, r);
  const out = new Map<RelationKind, Uint8Array>();
  for (const [kind, index] of byKind) {
    if (kind === 'dataFlow') continue;
    const listed = suspectsByKind.get(kind) ?? [];
    const flags = new Uint8Array(index.size);
    let placed = 0;
    if (listed.length) {
      let i = 0;
      index.forEach((r) => {
        if (r === listed[placed]) {
          flags[i] = 1;
          placed++;
        }
        i++;
      });
    }
    if (placed === listed.length) out.set(kind, flags);
  }
  return out;
}
