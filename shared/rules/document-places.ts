/**
 * Where each element of a document is in it, for the checker graph (`graph.ts`) visiting the
 * elements of the document it indexed at first: the element at place `p` has the incident index's
 * slot `p` (`build-indexes.ts`), so its place gives its relations without a lookup by id.
 */
import type { Element, ElementKind } from '../model/schema';
import type { KindIndex } from './kind-index';

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
