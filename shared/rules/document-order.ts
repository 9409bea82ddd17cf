/**
 * The checker graph's lists (the relations at an element, the flows carrying a data entity) are in
 * the document's order, as a full check builds them, so that a recheck's findings list and word
 * things as a full check's do. An edit adds a relation at the end of its lists, which is its place
 * only for a new relation (the document lists it last too); a relation edited onto another element,
 * or to carry other data, keeps its place in the document, and these put it there.
 */
import type { DataFlow, Element, ElementKind, Relation, RelationKind } from '../model/schema';
import type { Table } from '../model/table';
import type { Carriers } from './carriers';
import type { IncidentIndex } from './incident';
import type { KindIndex } from './kind-index';
import { addTo } from './list-map';

/** Sorts a list of relations into the order of the document's relations, in place. */
export type DocumentOrder = <R extends Relation>(list: R[]) => void;

/** The `DocumentOrder` of `relations` (a document's table); a list holding an item not under its own id is left as it is. */
export function documentOrderOf(relations: Table<Relation>): DocumentOrder {
  return <R extends Relation>(list: R[]) => {
    if (list.length < 2) return;
    const byId = new Map<string, R>();
    for (const r of list) {
      if (relations.get(r.id) !== r || byId.has(r.id)) return; // a damaged file's relation under another key
      byId.set(r.id, r);
    }
    const ids = relations.inListingOrder(byId.keys());
    for (let i = 0; i < ids.length; i++) list[i] = byId.get(ids[i])!;
  };
}

/** The ids `flow` carries, but those `before` (the same relation before an edit, of any kind) carried too unless `all`. */
function carriedBy(flow: Relation, before: Relation, all: boolean): readonly string[] {
  if (flow.kind !== 'dataFlow') return [];
  const carried = (flow as DataFlow).dataEntityIds ?? [];
  const was: readonly string[] = !all && before.kind === 'dataFlow' ? (before.dataEntityIds ?? []) : [];
  return was.length ? carried.filter((d) => !was.includes(d)) : carried;
}

/**
 * `after`, the relation `before` edited and already indexed (at the end of the lists it joined),
 * put in its document place in those lists. Indexed again (`reindexed`: its ends changed), it joined
 * the relations at its ends, new and kept, and the flows of every entity it carries; edited in place, only the
 * flows of the data it newly carries. (Added last, a finding named its systems in another order
 * than after reopening the file.)
 */
export function placeEditedRelation(incident: IncidentIndex, carriers: Carriers, before: Relation, after: Relation, order: DocumentOrder, reindexed: boolean): void {
  // every end, the one kept too: indexed again, it left and joined that end's list as well (one end
  // of a flow moved, the other end's findings listed it last)
  if (reindexed) for (const end of new Set([after.source, after.target])) incident.reorder(end, order);
  for (const d of carriedBy(after, before, reindexed)) carriers.reorder(d, order);
}

/**
 * Put `items`, which joined `index` (a kind) by changing kind and so went last (`KindIndex.set`), in
 * their places in `table`'s order, the document's, where a full check lists them (a relation made a
 * data flow in the inspector: its findings came after the other flows' until the file was
 * reopened). Left as they are when one is not the table's under its own id (a damaged file's).
 */
export function putInDocumentOrder<T extends { id: string }>(index: KindIndex<T>, items: readonly T[], table: Table<T>): void {
  for (const item of items) if (table.get(item.id) !== item) return;
  index.placeInOrder(items, (a, b) => table.inListingOrder([a, b])[0] === a);
}

/**
 * Put `added` (items new to `index`, appended in this order by `KindIndex.set`) in their places in
 * `table`'s order. An item new to the document is its newest and belongs last; one an undo gave back
 * stands where it stood (model/placed.ts), and a recheck indexing it last listed findings in another
 * order than a full check. Nothing is looked up until the table has put an id in a place; then the
 * added items are left as they are when they come after the kind's others in the table's order and
 * among themselves, else placed (a few comparisons and moves each).
 */
export function putAddedInDocumentOrder<T extends { id: string }>(index: KindIndex<T>, added: readonly T[], table: Table<T>): void {
  if (!table.hasPlacedIds || added.length === 0) return;
  const ids = added.map((item) => item.id);
  const inOrder = table.inListingOrder(ids);
  const previous = index.lastBefore(added[0], () => true);
  const lastAlready = inOrder.every((id, i) => id === ids[i]) && (previous === undefined || table.inListingOrder([previous, ids[0]])[0] === previous);
  if (!lastAlready) putInDocumentOrder(index, added, table);
}

/**
 * Relations new to the graph (`added`, by kind), appended to their kinds, to the lists at their ends
 * and of the data they carry, put where `relations` (the document's) lists them once it has put an
 * id in a place (`putAddedInDocumentOrder`).
 */
export function placeAddedRelations(
  byKind: ReadonlyMap<RelationKind, KindIndex<Relation>>,
  incident: IncidentIndex,
  carriers: Carriers,
  added: ReadonlyMap<RelationKind, Relation[]>,
  relations: Table<Relation>,
): void {
  if (added.size === 0) return;
  const ends = new Set<string>();
  const carried = new Set<string>();
  for (const [kind, items] of added) {
    putAddedInDocumentOrder(byKind.get(kind)!, items, relations);
    for (const r of items) {
      ends.add(r.source).add(r.target);
      if (r.kind === 'dataFlow') for (const d of (r as DataFlow).dataEntityIds ?? []) carried.add(d);
    }
  }
  const order = documentOrderOf(relations);
  for (const end of ends) incident.reorder(end, order);
  for (const d of carried) carriers.reorder(d, order);
}

/** The graph's lists that `ItemsToPlace.place` puts in the document's order. */
export interface ListsInOrder {
  elementsByKind: ReadonlyMap<ElementKind, KindIndex<Element>>;
  relationsByKind: ReadonlyMap<RelationKind, KindIndex<Relation>>;
  incident: IncidentIndex;
  carriers: Carriers;
}

/**
 * What one update of the graph puts in the document's order once every changed item is indexed:
 * items that joined a kind by changing kind or joined new (an undo may give one back in its place),
 * and relations edited (sorting a list that still holds another edited relation's old object gives
 * up, `documentOrderOf`, and the edited one stayed last).
 */
export class ItemsToPlace {
  private readonly rekindedElements = new Map<ElementKind, Element[]>();
  private readonly addedElements = new Map<ElementKind, Element[]>();
  private readonly rekindedRelations = new Map<RelationKind, Relation[]>();
  private readonly addedRelations = new Map<RelationKind, Relation[]>();
  /** Relations edited: before, after, and whether indexed again (their ends changed). */
  private readonly edited: [Relation, Relation, boolean][] = [];

  /** An element changed from `before` to `after` (either absent when removed or added). */
  element(before: Element | undefined, after: Element | undefined): void {
    if (before && after && before.kind !== after.kind) addTo(this.rekindedElements, after.kind, after);
    else if (!before && after) addTo(this.addedElements, after.kind, after);
  }

  /** A relation changed from `before` to `after`; `reindexed` when it left its lists and joined them again. */
  relation(before: Relation | undefined, after: Relation | undefined, reindexed: boolean): void {
    if (before && after && before.kind !== after.kind) addTo(this.rekindedRelations, after.kind, after);
    else if (!before && after) addTo(this.addedRelations, after.kind, after);
    if (before && after) this.edited.push([before, after, reindexed]);
  }

  /** Put what was noted in the order of `next` (the document the graph moves to). */
  place(lists: ListsInOrder, next: { elements: Table<Element>; relations: Table<Relation> }): void {
    let order: DocumentOrder | undefined;
    for (const [before, after, reindexed] of this.edited) placeEditedRelation(lists.incident, lists.carriers, before, after, (order ??= documentOrderOf(next.relations)), reindexed);
    for (const [kind, items] of this.rekindedElements) putInDocumentOrder(lists.elementsByKind.get(kind)!, items, next.elements);
    for (const [kind, items] of this.rekindedRelations) putInDocumentOrder(lists.relationsByKind.get(kind)!, items, next.relations);
    if (next.elements.hasPlacedIds) for (const [kind, items] of this.addedElements) putAddedInDocumentOrder(lists.elementsByKind.get(kind)!, items, next.elements);
    if (next.relations.hasPlacedIds) placeAddedRelations(lists.relationsByKind, lists.incident, lists.carriers, this.addedRelations, next.relations);
  }
}
