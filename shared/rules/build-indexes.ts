/**
 * The checker graph's indexes of a whole document, built at once (`ModelGraph`'s constructor; edits
 * then update them in place, `graph.ts`).
 *
 * Each element and each relation is read once: its kind becomes a number, a relation's ends become
 * slots of the incident index (the one lookup by id per end), a flow's carried ids go to the
 * carriers with the flow's ends. Everything else (the lists by kind, the incident table, the
 * relations with suspect ends, the ends kept for the full check) is made from those numbers, each
 * list at its size, without reading an element or relation again.
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
import type { DataFlow, Element, ElementKind, LakarDocument, Relation, RelationKind } from '../model/schema';
import { Carriers } from './carriers';
import { documentPlaces, suspectPlaces } from './document-places';
import { APP_SERVICE, classificationRank, DATA_FLOW, elementKindCode, MODULE, relationKindCode, relationsWithSuspectEnds } from './end-kinds';
import { hashOf, IdSlots } from './id-slots';
import { IncidentIndex } from './incident';
import { endsByKind, type KindEnds } from './indexed-ends';
import { indexByKind, type KindIndex } from './kind-index';
import { addTo } from './list-map';

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

/** Index `doc` (see the module comment). */
export function buildIndexes(doc: LakarDocument): BuiltIndexes {
  // ids and items side by side (a table lists both in the same order): no lookup per item
  const elementIds = doc.elements.ids();
  const elements = doc.elements.values();
  const n = elements.length;
  const elementCodes = new Uint8Array(n);
  // the parts (modules, application services) with a parent, in document order: slot, id and parent's id
  const partSlots: number[] = [];
  const partIds: string[] = [];
  const parentIds: string[] = [];
  let keysAreIds = true;
  for (let i = 0; i < n; i++) {
    const e = elements[i];
    const code = elementKindCode(e.kind);
    elementCodes[i] = code;
    const id = e.id;
    const underKey = elementIds[i] === id;
    if (!underKey) keysAreIds = false;
    if (code === MODULE || code === APP_SERVICE) {
      const p = (e as { parentId?: string }).parentId;
      if (p) {
        partSlots.push(i);
        partIds.push(underKey ? elementIds[i] : id);
        parentIds.push(p);
      }
    }
  }
  /**
   * Element id (or any id a relation names) → its slot in the incident index. The element keys
   * get the first slots, slot `i` for `elementIds[i]`, so that a relation end's slot also gives its
   * element (`elements[slot]`) and kind (`elementCodes[slot]`) without a second lookup.
   */
  const slotOf = new IdSlots(elementIds);
  const { childIds, parentSlots } = partsOf(n, elementIds, slotOf, partSlots, partIds, parentIds);

  const relationIds = doc.relations.ids();
  const relations = doc.relations.values();
  const m = relations.length;
  const relationCodes = new Uint8Array(m);
  const ends = new Int32Array(2 * m);
  // read here, where each flow is at hand: a pass over the classified flows then reads none
  // (fresh-passes.ts); `flows` counts them, the `i`th flow met being the kind's `i`th
  const flowRanks = new Uint8Array(m);
  let flows = 0;
  // 1 for a relation with suspect ends: here a data flow carrying an id that is not a data entity's
  // (decided once per carried id), then `relationsWithSuspectEnds` for the ends' kinds
  const suspectByRelation = new Uint8Array(m);
  let relationKeysAreIds = true;
  const carriers = new Carriers(elements, elementCodes, m, elementIds);
  const slotOfId = (id: string): number => slotOf.get(id);
  // the ends' slots in three steps: every end hashed, every slot guessed from its hash (in `ends`),
  // then each guess checked against its end (below). The ends' characters, the table's places and the
  // keys found there are far apart in memory and rarely in the cache; a short loop lets the processor
  // wait for several of them at once, where a whole lookup per end waited for each of its three
  // reads in turn. Numbering the ends alone measured 101 → 78 ms CPU, and with app-length ids
  // 178 → 95 ms (medians of 28 alternating runs in one process, load ~20).
  const hashes = new Int32Array(2 * m);
  for (let k = 0; k < m; k++) {
    const r = relations[k];
    hashes[2 * k] = hashOf(r.source);
    hashes[2 * k + 1] = hashOf(r.target);
  }
  for (let i = 0; i < 2 * m; i++) ends[i] = slotOf.guess(hashes[i]);
  for (let k = 0; k < m; k++) {
    const r = relations[k];
    const code = relationKindCode(r.kind);
    relationCodes[k] = code;
    if (relationIds[k] !== r.id) relationKeysAreIds = false;
    const source = r.source;
    const target = r.target;
    const s = slotOf.slotOfGuessed(source, hashes[2 * k], ends[2 * k]);
    const t = target === source ? s : slotOf.slotOfGuessed(target, hashes[2 * k + 1], ends[2 * k + 1]);
    ends[2 * k] = s;
    ends[2 * k + 1] = t;
    if (code === DATA_FLOW) {
      flowRanks[flows++] = classificationRank((r as DataFlow).classification);
      const carried = (r as DataFlow).dataEntityIds;
      if (!carried) continue;
      for (let j = 0; j < carried.length; j++) if (!carriers.addIndexed(carried[j], k, slotOfId)) suspectByRelation[k] = 1;
    }
  }
  carriers.finishIndexing(relations, ends);

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
    flowRanks: relationKeysAreIds ? flowRanks.subarray(0, flows) : null,
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
