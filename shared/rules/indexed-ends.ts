/**
 * What the checker graph (`graph.ts`) finds while indexing a document and keeps for the full check
 * that follows: the elements at the ends of the relations whose rules read both ends of every one,
 * found from the incident index's slots rather than looked up by id (on a large varied model a lookup
 * by id is a few cache misses, and a full check asked ~300,000 of them for a flow's ends alone).
 * They hold for the document indexed at first; the graph drops them at its first update.
 */
import type { DataFlow, Element, Relation, RelationKind } from '../model/schema';
import { relationKindCode } from './end-kinds';
import type { KindIndex } from './kind-index';

const EMPTY: readonly never[] = Object.freeze([]);

/**
 * The relation kinds whose rules read both ends of every relation (a flow's names its ends; what a
 * site hosts): only these keep their ends (`ModelGraph.kindEnds`), which cost a read of two
 * elements per relation while indexing. Other kinds' rules look up the few ends they read.
 */
const KINDS_KEEPING_ENDS: ReadonlySet<number> = new Set((['dataFlow', 'hostedOn'] as const).map(relationKindCode));

/**
 * The ends of the relations of `KINDS_KEEPING_ENDS`, by kind, in the kind's document order (see
 * `ModelGraph.kindEnds`): the element in slot `endSlots[2k]` / `endSlots[2k + 1]` of relation `k`
 * (the element keys come first), or undefined for a slot past them (an id no element has).
 */
export function endsByKind(relations: readonly Relation[], relationCodes: Uint8Array, elements: readonly Element[], endSlots: Int32Array): Map<RelationKind, (Element | undefined)[]> {
  const byCode: (Element | undefined)[][] = [];
  const kinds: RelationKind[] = [];
  for (let k = 0; k < relations.length; k++) {
    const code = relationCodes[k];
    if (!KINDS_KEEPING_ENDS.has(code)) continue;
    let ends = byCode[code];
    if (!ends) {
      byCode[code] = ends = [];
      kinds[code] = relations[k].kind;
    }
    const s = endSlots[2 * k];
    const t = endSlots[2 * k + 1];
    ends.push(s < elements.length ? elements[s] : undefined, t < elements.length ? elements[t] : undefined);
  }
  const out = new Map<RelationKind, (Element | undefined)[]>();
  for (let code = 1; code < byCode.length; code++) if (byCode[code]) out.set(kinds[code], byCode[code]);
  return out;
}

/** `ModelGraph.carrierEnds` from the data flows' ends (`flowEnds`, in the kind's order, which is the order each carriers list was made in). */
export function endsOfCarriers(flows: KindIndex<Relation> | undefined, flowEnds: readonly (Element | undefined)[] | undefined): Map<string, (Element | undefined)[]> | null {
  if (!flows || !flowEnds || flowEnds.length !== 2 * flows.size) return null;
  const out = new Map<string, (Element | undefined)[]>();
  let i = 0;
  flows.forEach((f) => {
    const s = flowEnds[2 * i];
    const t = flowEnds[2 * i + 1];
    i++;
    const ids = (f as DataFlow).dataEntityIds ?? EMPTY;
    for (let j = 0; j < ids.length; j++) {
      let ends = out.get(ids[j]);
      if (!ends) out.set(ids[j], (ends = []));
      ends.push(s, t);
    }
  });
  return out;
}
