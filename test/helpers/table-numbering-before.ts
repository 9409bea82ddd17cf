/**
 * Test-only reference: how the checker numbered a document's tables before session 28 walked the
 * relations once (main at aa4fb5d, shared/rules/table-numbering.ts `numberTables`, copied as it was,
 * without the numbering kept per table). A property test (shared/rules/table-numbering.property.test.ts)
 * holds the numbering the checker uses now to exactly this one, document by document.
 */
import type { DataFlow, Element, Relation } from '../../shared/model/schema';
import { CarriedNumberer } from '../../shared/rules/carried-numbering';
import { APP_SERVICE, classificationRank, DATA_FLOW, elementKindCode, MODULE, relationKindCode } from '../../shared/rules/end-kinds';
import { hashOf, IdSlots } from '../../shared/rules/id-slots';
import type { TableNumbering } from '../../shared/rules/table-numbering';

/** Number the items of two tables (their ids and items in table order), as main did at aa4fb5d. */
export function numberTablesBefore(elementIds: readonly string[], elements: readonly Element[], relationIds: readonly string[], relations: readonly Relation[]): TableNumbering {
  const n = elements.length;
  const elementCodes = new Uint8Array(n);
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
  // the element keys get the first slots, slot `i` for `elementIds[i]`, so that a relation end's slot
  // also gives its element (`elements[slot]`) and kind (`elementCodes[slot]`) without a second lookup
  const slotOf = new IdSlots(elementIds);
  const m = relations.length;
  const relationCodes = new Uint8Array(m);
  const ends = new Int32Array(2 * m);
  let relationKeysAreIds = true;
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
    relationCodes[k] = relationKindCode(r.kind);
    if (relationIds[k] !== r.id) relationKeysAreIds = false;
    const source = r.source;
    const target = r.target;
    const s = slotOf.slotOfGuessed(source, hashes[2 * k], ends[2 * k]);
    ends[2 * k] = s;
    ends[2 * k + 1] = target === source ? s : slotOf.slotOfGuessed(target, hashes[2 * k + 1], ends[2 * k + 1]);
  }
  // what the flows carry, and their classifications: a pass over the classified flows then reads none
  // (fresh-passes.ts); `flows` counts them, the `i`th flow met being the kind's `i`th
  const flowRanks = new Uint8Array(m);
  let flows = 0;
  const carriesNonData = new Uint8Array(m);
  const carried = new CarriedNumberer(elements, elementIds, m);
  const slotOfId = (id: string): number => slotOf.get(id);
  for (let k = 0; k < m; k++) {
    if (relationCodes[k] !== DATA_FLOW) continue;
    const r = relations[k] as DataFlow;
    flowRanks[flows++] = classificationRank(r.classification);
    const ids = r.dataEntityIds;
    if (!ids) continue;
    for (let j = 0; j < ids.length; j++) if (!carried.add(ids[j], k, slotOfId)) carriesNonData[k] = 1;
  }
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
