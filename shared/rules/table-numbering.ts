/**
 * The numbers the checker graph's build (build-indexes.ts) gives a document's items, worked out from
 * its two tables alone: each element's slot and kind number, each relation's kind number and the
 * slots of its two ends, and the parts (modules, application services) with a parent. Tables are
 * immutable (an edit makes a new one), so these are kept with the relations table, for the element
 * table they were made with, and the next full check of the same tables takes them as they are.
 *
 * Why: numbering the ends is the one lookup by id per relation end (~320,000 on the varied
 * 100,000-element model): each end's characters hashed and compared with its element's id, ~15 % of
 * a full check's profile with app-length ids. A full check of tables already checked (the catalogue
 * or the application list changed; `checkDocument` of a document the editor has checked) need not
 * do it again. The first check of a document does the same work as before, once.
 *
 * Everything kept is read-only once made: the graph's indexes read the slots and the arrays (the
 * incident index asks `IdSlots.get` only) and copy what edits change (the carriers' map of carried ids).
 */
import type { DataFlow, Element, LakarDocument, Relation } from '../model/schema';
import { CarriedNumberer, type CarriedNumbering } from './carried-numbering';
import { APP_SERVICE, classificationRank, DATA_FLOW, elementKindCode, MODULE, relationKindCode } from './end-kinds';
import { hashOf, IdSlots } from './id-slots';

/** The numbers of a document's items (see the module comment); the arrays are shared between builds: never write to them. */
export interface TableNumbering {
  /** Id (element or relation end) → slot: element `i` of the table in slot `i`, then each other id a relation names. Ask it only (`get`): it is shared. */
  readonly slotOf: IdSlots;
  /** By element slot: its kind's number (`elementKindCode`). */
  readonly elementCodes: Uint8Array;
  /** By relation (its place in the table): its kind's number (`relationKindCode`). */
  readonly relationCodes: Uint8Array;
  /** Relation `k`'s source slot at `2k`, its target's at `2k + 1`. */
  readonly ends: Int32Array;
  /** Every element is its table's item under its own id. */
  readonly keysAreIds: boolean;
  /** Every relation is its table's item under its own id. */
  readonly relationKeysAreIds: boolean;
  /** The parts with a parent, in document order: slot, id (the key when it is the id) and parent's id. */
  readonly partSlots: readonly number[];
  readonly partIds: readonly string[];
  readonly parentIds: readonly string[];
  /** The ids the flows carry, numbered (carried-numbering.ts). */
  readonly carried: CarriedNumbering;
  /** Each data flow's own classification as its rank + 1 (0: none), by its place among the flows. */
  readonly flowRanks: Uint8Array;
  /** By relation: 1 for a data flow carrying an id that is not a data entity's. */
  readonly carriesNonData: Uint8Array;
}

type Tables = Pick<LakarDocument, 'elements' | 'relations'>;

/** By relations table: the numbering made with it and the elements table it was made with. */
const kept = new WeakMap<Tables['relations'], { elements: Tables['elements']; numbering: TableNumbering }>();

/**
 * The numbering of `doc`'s tables: the one kept for them, or made now and kept (see the module
 * comment); made now whatever is kept when `anew` (`CheckOptions.tablesUnseen`).
 */
export function numberingOf(doc: Tables, anew = false): TableNumbering {
  const hit = anew ? undefined : kept.get(doc.relations);
  if (hit && hit.elements === doc.elements) return hit.numbering;
  const numbering = numberTables(doc.elements.ids(), doc.elements.values(), doc.relations.ids(), doc.relations.values());
  kept.set(doc.relations, { elements: doc.elements, numbering });
  return numbering;
}

/** Number the items of two tables (their ids and items in table order). */
function numberTables(elementIds: readonly string[], elements: readonly Element[], relationIds: readonly string[], relations: readonly Relation[]): TableNumbering {
  const n = elements.length;
  const elementCodes = new Uint8Array(n);
  const partSlots: number[] = [];
  const partIds: string[] = [];
  const parentIds: string[] = [];
  let keysAreIds = true;
  // each key hashed for the table of slots below while it is at hand (compared with the element's id)
  const keyHashes = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const e = elements[i];
    const code = elementKindCode(e.kind);
    elementCodes[i] = code;
    const id = e.id;
    const key = elementIds[i];
    keyHashes[i] = hashOf(key);
    const underKey = key === id;
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
  // the element keys get the first slots, slot `i` for `elementIds[i]`, so that a relation end's slot
  // also gives its element (`elements[slot]`) and kind (`elementCodes[slot]`) without a second lookup
  const slotOf = new IdSlots(elementIds, 0, keyHashes);
  const m = relations.length;
  const relationCodes = new Uint8Array(m);
  const ends = new Int32Array(2 * m);
  let relationKeysAreIds = true;
  // the ends' slots in three steps: every end hashed, every slot guessed from its hash (in `ends`),
  // then each guess checked against its end. The ends' characters, the table's places and the
  // keys found there are far apart in memory and rarely in the cache; a short loop lets the processor
  // wait for several of them at once, where a whole lookup per end waited for each of its three
  // reads in turn. Numbering the ends alone measured 101 → 78 ms CPU, and with app-length ids
  // 178 → 95 ms (medians of 28 alternating runs in one process, load ~20).
  // The first step reads each relation once for all it is asked (its kind, key, ends, what a flow
  // carries) and keeps its ends' strings, so the check reads them in order rather than each relation
  // again: three walks of the 160,000 relations of the varied 100,000-element model, a cache miss or
  // more per relation each, became one. With the keys hashed in the elements' walk: the numbering
  // 275 → 228 ms CPU (medians of 22 runs alternating with main's in one process, faster in 16 of
  // them, median ratio 0.87; load ~9.5).
  const hashes = new Int32Array(2 * m);
  const endIds = new Array<string>(2 * m);
  // the flows' classifications: a pass over the classified flows then reads none (fresh-passes.ts);
  // `flows` counts them, the `i`th flow met being the kind's `i`th
  const flowRanks = new Uint8Array(m);
  let flows = 0;
  // the ids the flows carry, each with its flow's place, numbered once the ends are
  const carriedIds: string[] = [];
  const carriedBy: number[] = [];
  for (let k = 0; k < m; k++) {
    const r = relations[k];
    const code = relationKindCode(r.kind);
    relationCodes[k] = code;
    if (relationIds[k] !== r.id) relationKeysAreIds = false;
    const source = r.source;
    const target = r.target;
    endIds[2 * k] = source;
    endIds[2 * k + 1] = target;
    hashes[2 * k] = hashOf(source);
    hashes[2 * k + 1] = target === source ? hashes[2 * k] : hashOf(target);
    if (code !== DATA_FLOW) continue;
    const f = r as DataFlow;
    flowRanks[flows++] = classificationRank(f.classification);
    const ids = f.dataEntityIds;
    if (!ids) continue;
    for (let j = 0; j < ids.length; j++) {
      carriedIds.push(ids[j]);
      carriedBy.push(k);
    }
  }
  for (let i = 0; i < 2 * m; i++) ends[i] = slotOf.guess(hashes[i]);
  // in order, source before target: an end no element has gets the next slot (`IdSlots.slotOf`)
  for (let i = 0; i < 2 * m; i++) ends[i] = slotOf.slotOfGuessed(endIds[i], hashes[i], ends[i]);
  const carriesNonData = new Uint8Array(m);
  const carried = new CarriedNumberer(elements, elementIds, m);
  const slotOfId = (id: string): number => slotOf.get(id);
  for (let i = 0; i < carriedIds.length; i++) if (!carried.add(carriedIds[i], carriedBy[i], slotOfId)) carriesNonData[carriedBy[i]] = 1;
  return {
    slotOf,
    elementCodes,
    relationCodes,
    ends,
    keysAreIds,
    relationKeysAreIds,
    partSlots,
    partIds,
    parentIds,
    carried: carried.done(),
    flowRanks: flowRanks.subarray(0, flows),
    carriesNonData,
  };
}
