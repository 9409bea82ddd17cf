/**
 * What the checker graph (`graph.ts`) finds while indexing a document and keeps for the full check
 * that follows: the elements at the ends of the relations whose rules read both ends of every one,
 * found from the incident index's slots rather than looked up by id (on a large varied model a lookup
 * by id is a few cache misses, and a full check asked ~300,000 of them for a flow's ends alone).
 * They hold for the document indexed at first; the graph drops them at its first update. (The ends
 * of the flows carrying each data entity are kept with the carriers, `carriers.ts`.)
 */
import type { Element, Relation, RelationKind } from '../model/schema';
import { relationKindCode } from './end-kinds';
import type { KindIndex } from './kind-index';

/**
 * The relation kinds whose rules read both ends of every relation (a flow's names its ends; what a
 * site hosts): only these keep their ends (`ModelGraph.kindEnds`), which cost a read of two
 * elements per relation while indexing. Other kinds' rules look up the few ends they read.
 */
const KINDS_KEEPING_ENDS: readonly RelationKind[] = ['dataFlow', 'hostedOn'];

/**
 * The ends of one relation kind's relations, source and target of the kind's `i`th at `2i` and
 * `2i + 1`: their slots in the incident index (`build-indexes.ts`), the element in slot `s` being
 * `elements[s]` for `s` below `elements.length` (a slot at or past that names no element).
 */
export interface KindEnds {
  readonly slots: Int32Array;
  /** The indexed document's elements in table order (the table's own `values()`, shared). */
  readonly elements: readonly Element[];
}

/**
 * The ends of the relations of `KINDS_KEEPING_ENDS`, by kind, in the kind's document order (see
 * `ModelGraph.kindEnds`): the slots `endSlots[2k]` / `endSlots[2k + 1]` of relation `k`
 * (`relationCodes[k]` its kind's number; the element slots, `elements.length` of them, come first).
 * `byKind` gives each kind's size.
 *
 * Why slots only: an array of the ends' elements per kind (~120,000 pointers on the varied
 * 100,000-element model) cost a write barrier per store and the garbage collector a large array per
 * check; the pass reading them takes each end from `elements` by its slot instead.
 */
export function endsByKind(
  relationsByKind: ReadonlyMap<RelationKind, KindIndex<Relation>>,
  relationCodes: Uint8Array,
  elements: readonly Element[],
  endSlots: Int32Array,
): Map<RelationKind, KindEnds> {
  const out = new Map<RelationKind, KindEnds>();
  for (const kind of KINDS_KEEPING_ENDS) {
    const size = relationsByKind.get(kind)?.size;
    if (!size) continue;
    const code = relationKindCode(kind);
    // made at its size and filled by number: no growing list, no relation read again
    const slots = new Int32Array(2 * size);
    let i = 0;
    for (let k = 0; k < relationCodes.length && i < slots.length; k++) {
      if (relationCodes[k] !== code) continue;
      slots[i++] = endSlots[2 * k];
      slots[i++] = endSlots[2 * k + 1];
    }
    out.set(kind, { slots, elements });
  }
  return out;
}
