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
import type { DataEntity, DataFlow, Element } from '../model/schema';
import type { CarriedByFlow } from './carriers';
import { CLASSIFICATIONS, type Classification } from '../model/vocabulary';
import { DATA_CLASSIFIED, DATA_FIELDS, DATA_NAMED } from '../export/idd/gaps';
import type { ModelGraph } from './graph';

/** Bit 0: the id names a data entity. */
const DATA = 1;
/** Bits 1–3: the data entity's classification rank + 1 (0: none, or not one of `CLASSIFICATIONS`). */
const RANK_SHIFT = 1;
const RANK_MASK = 7;
/** Bit 4: the data entity has a name (not blank); bit 5: it lists fields (what the IDD's gaps read, `carriedDataBits`). */
const NAMED = 16;
const FIELDS = 32;
/** Bit 6: the data entity names a catalogue registry (`registryRef`, whether the catalogue knows it or not). */
const REGISTRY_REF = 64;
/** Bits 7 up: 1 + the index in `owners` of its owning agency, trimmed (0: none stated). */
const OWNER_SHIFT = 7;

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
    return this.factsOfElement(this.graph.carriedElement(id));
  }

  private factsOfElement(e: Element | null | undefined): number {
    if (e?.kind !== 'dataEntity') return 0;
    return DATA | ((rankOf(e.classification) + 1) << RANK_SHIFT) | (e.name?.trim() ? NAMED : 0) | (e.fields?.length ? FIELDS : 0) | (e.registryRef ? REGISTRY_REF : 0) | (this.ownerNumber(e) << OWNER_SHIFT);
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

  /**
   * For the data flow `f` the graph's pass is at over the document indexed at first: a number `ref`
   * such that `ownerAt(ref + j)`, `rankAt(ref + j)` answer `owner`, `rank` of `f.dataEntityIds[j]`;
   * -1 otherwise (ask by id).
   *
   * Why: the ids a flow carries are strings spread over the model's memory, and asking by id reads
   * each (its hash) before the map: ~71,000 reads, most of them cache misses, for the 51,165 flows of
   * the varied 100,000-element model, asked by data.ownerNotSupplier and flow.fieldsMissing
   * (~125,000 lookups). The graph's build met every id of every flow in order and kept their
   * numbers (`CarriedByFlow`), so here the facts are read from two small arrays.
   *
   * With a ref, `refCount` is the number of ids the flow carries: its place's range is its own list,
   * since the build met the flows' ids in the order the kind lists the flows (both follow the
   * document's relations, a flow listed twice met twice: `rangesByPlace` checks they line up). So a
   * rule tells how many ids a flow carries, and their facts, without fetching the list from memory:
   * a cache miss per flow, which comparing the list's length with the range here paid for all the
   * flow rules (~half of flow.noData's CPU alone: it reads nothing else).
   */
  refOf(f: DataFlow): number {
    const place = this.graph.placeHere(f);
    if (place < 0) return -1;
    if (this.ranges === undefined) this.ranges = this.rangesByPlace();
    const ranges = this.ranges;
    if (!ranges || place >= ranges.from.length) return -1;
    const from = ranges.from[place];
    this.refCount = ranges.to[place] - from;
    return from;
  }

  /** After `refOf` answered a ref (not -1): the number of ids the flow carries (`dataEntityIds.length`). */
  refCount = 0;

  /** `owner` of the id at `ref` (`refOf`). */
  ownerAt(ref: number): string | undefined {
    const n = this.factsAt(ref) >>> OWNER_SHIFT;
    return n ? this.owners[n - 1] : undefined;
  }

  /** The element under the id at `ref` (`refOf`): `graph.carriedElement` of it, without reading the id (null: none). */
  elementAt(ref: number): Element | null {
    return this.byFlow!.elements[this.byFlow!.serials[ref]];
  }

  /** True when one of the `count` ids from `ref` (`refOf`) names a data entity stating its owner. */
  anyOwnerAt(ref: number, count: number): boolean {
    for (let i = 0; i < count; i++) if (this.factsAt(ref + i) >>> OWNER_SHIFT) return true;
    return false;
  }

  /**
   * `carriedDataBits` (the IDD's gaps, gaps.ts) of the `count` ids from `ref` (`refOf`): for
   * flow.iddIncomplete, which looked each MyGDX service's data up by id (the id's characters, a
   * map entry and the element: three reads from memory per id).
   */
  gapDataBitsAt(ref: number, count: number): number {
    let bits = 0;
    for (let i = 0; i < count; i++) {
      const facts = this.factsAt(ref + i);
      if (!(facts & DATA)) continue;
      if (facts & NAMED) bits |= DATA_NAMED;
      if ((facts >>> RANK_SHIFT) & RANK_MASK) bits |= DATA_CLASSIFIED;
      if (facts & FIELDS) bits |= DATA_FIELDS;
    }
    return bits;
  }

  /** The data entity at `ref` (`refOf`) when it names a registry (`registryRef`); undefined otherwise, without reading the element. */
  registryHolderAt(ref: number): DataEntity | undefined {
    return this.factsAt(ref) & REGISTRY_REF ? (this.elementAt(ref) as DataEntity) : undefined;
  }

  /** `isData` of the id at `ref` (`refOf`). */
  isDataAt(ref: number): boolean {
    return (this.factsAt(ref) & DATA) !== 0;
  }

  /** `rank` of the id at `ref` (`refOf`). */
  rankAt(ref: number): number {
    return ((this.factsAt(ref) >>> RANK_SHIFT) & RANK_MASK) - 1;
  }

  /** What the graph's build met, and the facts of each id it met by serial (-1: not yet worked out); see `refOf`. */
  private byFlow: CarriedByFlow | null = null;
  private bySerial: Int32Array | null = null;
  /** Per data flow by place in its kind's order, where its ids are in `byFlow.serials`; null when not known. */
  private ranges: { from: Int32Array; to: Int32Array } | null | undefined = undefined;

  private factsAt(ref: number): number {
    const serial = this.byFlow!.serials[ref];
    const bySerial = this.bySerial!;
    let facts = bySerial[serial];
    if (facts < 0) bySerial[serial] = facts = this.factsOfElement(this.byFlow!.elements[serial]);
    return facts;
  }

  /**
   * Where each data flow's ids are among what the build met, by the flow's place in its kind: one
   * walk of the kind comparing pointers with the flows the build met (both in document order);
   * null when they do not all line up (then `refOf` answers -1 and the rules ask by id).
   */
  private rangesByPlace(): { from: Int32Array; to: Int32Array } | null {
    const byFlow = this.graph.carriedByFlow();
    const kind = this.graph.relationsOf('dataFlow');
    if (!byFlow || !Array.isArray(kind)) return null;
    const list = kind as readonly DataFlow[];
    const { flows, starts, serials } = byFlow;
    const from = new Int32Array(list.length);
    const to = new Int32Array(list.length);
    let q = 0;
    for (let p = 0; p < list.length && q < flows.length; p++) {
      if (list[p] !== flows[q]) continue;
      from[p] = starts[q];
      to[p] = q + 1 < starts.length ? starts[q + 1] : serials.length;
      q++;
    }
    if (q !== flows.length) return null;
    this.byFlow = byFlow;
    this.bySerial = new Int32Array(byFlow.elements.length).fill(-1);
    return { from, to };
  }

  /** `rank(id)` when `id` names a data entity, -2 when not (`isData`): one lookup for both. */
  dataRank(id: string): number {
    return rankIfData(this.of(id));
  }

  /** `dataRank` of the id at `ref` (`refOf`). */
  dataRankAt(ref: number): number {
    return rankIfData(this.factsAt(ref));
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

/** See `CarriedFacts.dataRank`. */
function rankIfData(facts: number): number {
  return facts & DATA ? ((facts >>> RANK_SHIFT) & RANK_MASK) - 1 : -2;
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
