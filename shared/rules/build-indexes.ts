/**
 * The checker graph's indexes of a whole document, built at once (`ModelGraph`'s constructor; edits
 * then update them in place, `graph.ts`).
 *
 * Each element and each relation is read once: its kind becomes a number, a relation's ends become
 * slots of the incident index (the one lookup by id per end), a flow's carried ids go to the
 * carriers with the flow's ends. Everything else (the lists by kind, the incident table, the
 * relations with suspect ends, the ends kept for the full check) is made from those numbers, each
 * list at its size, without reading an element or relation again.
 * The numbers (slots, kind numbers, the ends' slots, the carried ids' serials) depend on the two
 * tables only and are kept with them (table-numbering.ts): a full check of tables checked before
 * starts from them.
 *
 * Why: on the 100,000-element varied model (160,000 relations) indexing cost ~300 ms of CPU of a
 * ~1,300 ms full check, item by item with a map lookup per kind, lists grown by push, and three
 * further passes over the relations (incident index, ends by kind, ends of carriers). Built this
 * way it measured 181–229 ms against 322–350 ms in the same runs (a loaded machine). What was left
 * was mostly the map from id to slot: ~100,000 insertions and ~320,000 lookups of relation ends in a
 * `Map` (splitting it into ~1,000 small maps made the insertions ~3× cheaper but the whole build
 * slower). It is now a table of numbers of its own (`id-slots.ts`): the graph's build measured
 * 378 → 344 ms CPU (medians of 30 alternating builds in one process, load ~12).
 *
 * Measured and not kept (session 19, load ~5): the carried ids numbered by slot like the ends, their
 * serial read from an array by slot, instead of the carriers' `Map`: that part took 16.5 → 19.3 ms,
 * with app-length ids 47 → 62 ms (V8's `Map` reuses the hash each string keeps once computed; the
 * slots' hash is computed in JS at every build). Every read of a relation moved into the hashing
 * pass, leaving a pass that only checks the guesses: the build within ±3 % (80 alternating pairs).
 * One pass hashing relation k, guessing k − 16 and checking k − 32: ~4× slower. Ends packed as
 * numbers (four 7-bit characters per int) and compared as such instead of as strings: no gain.
 * Session 22 (load 6–9): the trees' tops of every parent worked out here by the parents' slots
 * (`ElementTrees.rootsByParent` filled at once) took 9–23 ms a build, ~6,700 map entries, against
 * ~28 ms of `topBelow` in a profile of a full check: not kept.
 */
import type { Element, ElementKind, LakarDocument, Relation, RelationKind } from '../model/schema';
import { Carriers } from './carriers';
import { documentPlaces, suspectPlaces } from './document-places';
import { relationsWithSuspectEnds } from './end-kinds';
import type { IdSlots } from './id-slots';
import { IncidentIndex } from './incident';
import { endsByKind, type KindEnds } from './indexed-ends';
import { indexByKind, type KindIndex } from './kind-index';
import { addTo } from './list-map';
import { numberingOf } from './table-numbering';

/** What `buildIndexes` makes (see the fields of `ModelGraph`). */
export interface BuiltIndexes {
  elementsByKind: Map<ElementKind, KindIndex<Element>>;
  relationsByKind: Map<RelationKind, KindIndex<Relation>>;
  incident: IncidentIndex;
  childIds: Map<string, string[]>;
  /** By element slot: the slot of its parent (a module's or application service's, `parentOf`), -1 when none or naming no element. */
  parentSlots: Int32Array;
  carriers: Carriers;
  suspectEnds: Set<Relation>;
  kindEnds: Map<RelationKind, KindEnds>;
  /**
   * The ends of every relation by its place in the document (relation `k`'s source slot at `2k`, its
   * target's at `2k + 1`), for the kinds without kept ends (`kindEnds`): a kind's `i`th relation is at
   * its index's `placesInTable[i]` (null unless `relationKeysAreIds`).
   */
  relationEnds: KindEnds | null;
  /** Every element is its table's item under its own id. */
  keysAreIds: boolean;
  /** Every relation is its table's item under its own id. */
  relationKeysAreIds: boolean;
  /** Each element kind's places in the document, in the kind's order (null unless `keysAreIds`; see document-places.ts). */
  elementPlaces: Map<ElementKind, Int32Array> | null;
  /** Per relation kind, 1 at the places in the kind's order of relations with suspect ends (null unless `relationKeysAreIds`). */
  suspectFlags: Map<RelationKind, Uint8Array> | null;
  /** Each data flow's own classification as its rank + 1 (0: none), by its place among the flows (null unless `relationKeysAreIds`). */
  flowRanks: Uint8Array | null;
}

/** Index `doc` (see the module comment); `numberAnew`: its tables numbered again, not the numbering kept for them taken (`CheckOptions.tablesUnseen`). */
export function buildIndexes(doc: LakarDocument, numberAnew = false): BuiltIndexes {
  // ids and items side by side (a table lists both in the same order): no lookup per item
  const elementIds = doc.elements.ids();
  const elements = doc.elements.values();
  const n = elements.length;
  // slots, kind numbers, the ends' slots and what the flows carry: kept with the tables (table-numbering.ts)
  const numbering = numberingOf(doc, numberAnew);
  const { slotOf, elementCodes, relationCodes, ends, keysAreIds, relationKeysAreIds } = numbering;
  const { childIds, parentSlots } = partsOf(n, elementIds, slotOf, numbering.partSlots, numbering.partIds, numbering.parentIds);
  const relationIds = doc.relations.ids();
  const relations = doc.relations.values();
  const carriers = new Carriers(elements, elementCodes);
  carriers.index(numbering.carried, relations, ends);
  // 1 for a relation with suspect ends: here a data flow carrying an id that is not a data entity's,
  // then `relationsWithSuspectEnds` for the ends' kinds (a copy: it marks them)
  const suspectByRelation = numbering.carriesNonData.slice();

  const suspectEnds = relationsWithSuspectEnds(relations, relationCodes, elementCodes, ends, suspectByRelation);
  const relationsByKind = indexByKind(relations, relationIds, relationCodes, relationKeysAreIds);
  const elementsByKind = indexByKind(elements, elementIds, elementCodes, keysAreIds);
  return {
    elementsByKind,
    relationsByKind,
    incident: IncidentIndex.fromEnds(relations, slotOf, ends, relationCodes, elements),
    childIds,
    parentSlots,
    carriers,
    suspectEnds,
    kindEnds: endsByKind(relationsByKind, relationCodes, elements, ends),
    relationEnds: relationKeysAreIds ? { slots: ends, elements } : null,
    keysAreIds,
    relationKeysAreIds,
    // an element's place is its slot only when every element is under its own id; a relation under a
    // key not its id may be listed twice (the flags would be out of step)
    elementPlaces: keysAreIds ? documentPlaces(elementsByKind) : null,
    suspectFlags: relationKeysAreIds ? suspectPlaces(suspectByRelation, relationCodes, relationsByKind) : null,
    flowRanks: relationKeysAreIds ? numbering.flowRanks : null,
  };
}

/**
 * The children of each parent (`ElementTrees`), in document order, and each part's parent's slot,
 * from the parts met in document order (`partSlots[j]`, its id `partIds[j]`, its parent's id
 * `parentIds[j]`). The parents' ids are looked up together (`IdSlots.getAll`), and the lists are keyed
 * by, and list, the table's keys where the ids are an element's: rules ask `childrenOf` and look the
 * children up with those very strings (V8 compares them by pointer, not character by character). Why
 * the parents' slots: `CarrierRoots` walks parts up to their top applications by slot, a lookup by
 * id per step (~10,000 distinct parts on the varied 100,000-element model) when done there.
 */
function partsOf(n: number, elementIds: readonly string[], slotOf: IdSlots, partSlots: readonly number[], partIds: readonly string[], parentIds: readonly string[]) {
  const parentSlots = new Int32Array(n).fill(-1);
  const found = slotOf.getAll(parentIds);
  const childIds = new Map<string, string[]>();
  for (let j = 0; j < partSlots.length; j++) {
    const s = found[j];
    const inDocument = s >= 0 && s < n;
    if (inDocument) parentSlots[partSlots[j]] = s;
    addTo(childIds, inDocument ? elementIds[s] : parentIds[j], partIds[j]);
  }
  return { childIds, parentSlots };
}
