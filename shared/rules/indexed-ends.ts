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

/** The ends of one relation kind's relations, source and target of the kind's `i`th at `2i` and `2i + 1`. */
export interface KindEnds {
  /** The elements at the ends, undefined where an end names no element. */
  readonly elements: (Element | undefined)[];
  /** Their slots in the incident index (`build-indexes.ts`; a slot at or past the number of elements names none). */
  readonly slots: Int32Array;
}

/**
 * The ends of the relations of `KINDS_KEEPING_ENDS`, by kind, in the kind's document order (see
 * `ModelGraph.kindEnds`): the element in slot `endSlots[2k]` / `endSlots[2k + 1]` of relation `k`
 * (`relationCodes[k]` its kind's number; the element slots, `elements.length` of them, come first),
 * or undefined for a slot past them (an id no element has), and the slots themselves. `byKind`
 * gives each kind's size.
 */
export function endsByKind(
  relationsByKind: ReadonlyMap<RelationKind, KindIndex<Relation>>,
  relationCodes: Uint8Array,
  elements: readonly Element[],
  endSlots: Int32Array,
): Map<RelationKind, KindEnds> {
  const out = new Map<RelationKind, KindEnds>();
  const n = elements.length;
  for (const kind of KINDS_KEEPING_ENDS) {
    const size = relationsByKind.get(kind)?.size;
    if (!size) continue;
    const code = relationKindCode(kind);
    // made at its size and filled by number: no growing list, no relation read again
    const ends = new Array<Element | undefined>(2 * size);
    const slots = new Int32Array(2 * size);
    let i = 0;
    for (let k = 0; k < relationCodes.length && i < ends.length; k++) {
      if (relationCodes[k] !== code) continue;
      const s = endSlots[2 * k];
      const t = endSlots[2 * k + 1];
      slots[i] = s;
      ends[i++] = s < n ? elements[s] : undefined;
      slots[i] = t;
      ends[i++] = t < n ? elements[t] : undefined;
    }
    out.set(kind, { elements: ends, slots });
  }
  return out;
}
