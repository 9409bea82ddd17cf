/**
 * The agency (`agencyOf`) of an end of the data flow the full check's pass is at, kept by the end's
 * slot (`ModelGraph.endSlotHere`) for the check: data.ownerNotSupplier asks for the supplier's
 * agency of every flow carrying owned data.
 *
 * Why: `agencyOf` reads the end, and for a module or application service its top application (a
 * lookup by its parent's id) and that one's agency: ~25,000 flows of the varied 100,000-element model
 * ask about ~10,000 distinct ends, each read spread over the model's memory. By slot an end met
 * before is a byte read from a small array, the end itself not read. A byte, not a larger number: an
 * array of four bytes per element (400 kB) missed the processor's caches about as often as the ends
 * did. Whether an end is another agency's system (dpi.myGdxCrossAgency) was kept so too and cost
 * more than it saved (that rule alone 28 → 32 ms CPU, min of 11 runs alternating): the ends it asks
 * about are mostly met once.
 */
import type { Element, Relation } from '../model/schema';
import type { ModelGraph } from './graph';
import { agencyOf } from './helpers';

/** By slot: 0 not worked out yet, 1 no agency, n + 2 the agency `names[n]`. */
interface Kept {
  readonly doc: ModelGraph['doc'];
  readonly bySlot: Uint8Array;
  readonly names: string[];
  readonly numbers: Map<string, number>;
}

/** Agencies kept by number (a byte each); a model naming more has the rest worked out at each ask. */
const MOST_AGENCIES = 254;

const byGraph = new WeakMap<ModelGraph, Kept>();

/** `agencyOf(graph, e)` of `e`, end `end` (0 source, 1 target) of relation `r` of the graph's current document. */
export function endAgency(graph: ModelGraph, r: Relation, end: 0 | 1, e: Element | undefined): string | undefined {
  const slot = graph.endSlotHere(r, end);
  // a recheck (the pass not at `r`) asks about a few flows: their ends are read
  if (slot < 0) return agencyOf(graph, e);
  let kept = byGraph.get(graph);
  if (!kept || kept.doc !== graph.doc) byGraph.set(graph, (kept = { doc: graph.doc, bySlot: new Uint8Array(graph.doc.elements.size), names: [], numbers: new Map() }));
  // a slot past the elements names none
  if (slot >= kept.bySlot.length) return agencyOf(graph, e);
  const n = kept.bySlot[slot];
  if (n > 0) return n === 1 ? undefined : kept.names[n - 2];
  const agency = agencyOf(graph, e);
  const number = numberOf(kept, agency);
  if (number >= 0) kept.bySlot[slot] = number;
  return agency;
}

/** The byte `agency` is kept as (see `Kept`); -1 when the agencies are too many to keep it. */
function numberOf(kept: Kept, agency: string | undefined): number {
  if (agency === undefined) return 1;
  let i = kept.numbers.get(agency);
  if (i === undefined) {
    if (kept.names.length >= MOST_AGENCIES) return -1;
    kept.numbers.set(agency, (i = kept.names.length));
    kept.names.push(agency);
  }
  return i + 2;
}
