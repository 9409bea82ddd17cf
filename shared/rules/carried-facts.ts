/**
 * What the rules read of the elements data flows carry (`dataEntityIds`), kept as one small number
 * per carried id: whether the id names a data entity, its classification's rank and its owning agency.
 *
 * Why: the flow rules read the data of every flow (flow.fieldsMissing whether any is classified,
 * data.ownerNotSupplier who owns it, flow.classifiedByEmail how high it is classified). Through
 * `graph.carriedElement` each read is a map entry, the entry's record, the element and its field:
 * objects spread over the whole model's memory, a cache miss each on the varied 100,000-element model
 * (51,165 flows carrying 71,000 ids, 7,700 distinct). Here the answer is the map's own value, a small
 * integer, worked out the first time an id is asked about.
 *
 * Kept for one graph and its current document: a graph that has moved to another document (an
 * incremental check) answers afresh, so an answer never outlives the document it was read from.
 */
import type { DataEntity } from '../model/schema';
import { CLASSIFICATIONS, type Classification } from '../model/vocabulary';
import type { ModelGraph } from './graph';

/** Bit 0: the id names a data entity. */
const DATA = 1;
/** Bits 1–3: the data entity's classification rank + 1 (0: none, or not one of `CLASSIFICATIONS`). */
const RANK_SHIFT = 1;
const RANK_MASK = 7;
/** Bits 4 up: 1 + the index in `owners` of its owning agency, trimmed (0: none stated). */
const OWNER_SHIFT = 4;

export class CarriedFacts {
  private readonly byId = new Map<string, number>();
  /** The owning agencies met so far, trimmed (a model names a handful). */
  private readonly owners: string[] = [];
  private readonly ownerIndex = new Map<string, number>();

  /** The document the facts are about (the graph's when they were made). */
  readonly doc: ModelGraph['doc'];

  constructor(readonly graph: ModelGraph) {
    this.doc = graph.doc;
  }

  private of(id: string): number {
    let facts = this.byId.get(id);
    if (facts === undefined) this.byId.set(id, (facts = this.factsOf(id)));
    return facts;
  }

  private factsOf(id: string): number {
    const e = this.graph.carriedElement(id);
    if (e?.kind !== 'dataEntity') return 0;
    return DATA | ((rankOf(e.classification) + 1) << RANK_SHIFT) | (this.ownerNumber(e) << OWNER_SHIFT);
  }

  private ownerNumber(e: DataEntity): number {
    const owner = e.ownerAgency?.trim();
    if (!owner) return 0;
    let i = this.ownerIndex.get(owner);
    if (i === undefined) {
      this.ownerIndex.set(owner, (i = this.owners.length));
      this.owners.push(owner);
    }
    return i + 1;
  }

  /** True when `id` names a data entity (`graph.carriedElement(id)?.kind === 'dataEntity'`). */
  isData(id: string): boolean {
    return (this.of(id) & DATA) !== 0;
  }

  /** Rank of the classification of the data entity `id` names (as `rankOf` in helpers.ts); -1 for none or for no data entity. */
  rank(id: string): number {
    return ((this.of(id) >>> RANK_SHIFT) & RANK_MASK) - 1;
  }

  /** The owning agency (trimmed) the data entity `id` names states; undefined for none or for no data entity. */
  owner(id: string): string | undefined {
    const n = this.of(id) >>> OWNER_SHIFT;
    return n ? this.owners[n - 1] : undefined;
  }
}

function rankOf(c: Classification | undefined): number {
  return c === undefined ? -1 : CLASSIFICATIONS.indexOf(c);
}

// by graph, in a WeakMap (a lookup per call, ~100,000 per check): a module-level "last graph" checked
// through a WeakRef cost more, as every `deref` is a call into the runtime
const byGraph = new WeakMap<ModelGraph, CarriedFacts>();

/** The carried facts of `graph` for its current document. */
export function carriedFacts(graph: ModelGraph): CarriedFacts {
  let facts = byGraph.get(graph);
  if (!facts || facts.doc !== graph.doc) byGraph.set(graph, (facts = new CarriedFacts(graph)));
  return facts;
}
