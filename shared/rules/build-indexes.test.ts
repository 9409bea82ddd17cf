/**
 * The graph's indexes, built at once from a document (`build-indexes.ts`) and then updated edit by
 * edit, answer what scanning the document answers: each kind's items in order, each element's
 * relations, the flows carrying each id with their ends, the element under a carried id, the
 * children of each parent. Here on a varied model with what a damaged file may hold besides (an
 * element of an unknown kind, records keyed by something else than their item's id, a flow carrying
 * one id twice and carrying a missing id), fresh and after edits of relations and elements.
 */
import { describe, expect, it } from 'vitest';
import { Table } from '../model';
import type { DataFlow, Element, LakarDocument, Relation } from '../model/schema';
import { makeElement, makeRelation } from '../../test/helpers/factories';
import { makeVariedDocument } from '../../test/helpers/varied-model';
import { ModelGraph, parentOf } from './graph';

/** `items` by id: after edits a list puts an item that changed kind or ends last (graph.test.ts holds that order). */
const byId = <T extends { id: string }>(items: Iterable<T>) => [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/**
 * What the graph should answer, found by scanning `doc` (its tables keyed as a damaged file may key
 * them); each kind in document order when `inOrder`.
 */
function expectScanned(graph: ModelGraph, doc: LakarDocument, what: string, inOrder: boolean) {
  const elements = doc.elements.values();
  const relations = doc.relations.values();
  const order = inOrder ? <T extends { id: string }>(items: Iterable<T>) => [...items] : byId;
  for (const kind of new Set(elements.map((e) => e.kind))) {
    const items = elements.filter((e) => e.kind === kind);
    expect(order(graph.elementsOf(kind)), `${what}: ${kind}`).toEqual(order(items));
    expect(order([...graph.idsOf(kind)].map((id) => ({ id }))), `${what}: ids of ${kind}`).toEqual(order(items.map((e) => ({ id: e.id }))));
    expect(graph.countOf(kind)).toBe(items.length);
  }
  for (const kind of new Set(relations.map((r) => r.kind))) {
    const items = relations.filter((r) => r.kind === kind);
    expect(order(graph.relationsOf(kind)), `${what}: ${kind}`).toEqual(order(items));
    expect(order([...graph.relationIdsOf(kind)].map((id) => ({ id }))), `${what}: ids of ${kind}`).toEqual(order(items.map((r) => ({ id: r.id }))));
    const listed: { id: string; ends: (Element | undefined)[] }[] = [];
    graph.forEachRelationOf(kind, (r) => listed.push({ id: r.id, ends: [graph.sourceOf(r), graph.targetOf(r), graph.endOf(r, r.target)] }));
    expect(order(listed), `${what}: ends of ${kind}`).toEqual(order(items.map((r) => ({ id: r.id, ends: [doc.elements.get(r.source), doc.elements.get(r.target), doc.elements.get(r.target)] }))));
  }
  const ends = new Set(relations.flatMap((r) => [r.source, r.target]));
  for (const id of [...doc.elements.ids(), ...ends, 'el_nobody']) {
    const at = relations.filter((r) => r.source === id || r.target === id);
    expect(order(graph.relationsAt(id)), `${what}: relations at ${id}`).toEqual(order(at));
    expect(graph.relationCountAt(id)).toBe(at.length);
  }
  const flows = relations.filter((r): r is DataFlow => r.kind === 'dataFlow');
  for (const id of new Set([...flows.flatMap((f) => f.dataEntityIds ?? []), 'el_nobody'])) {
    const carrying = flows.flatMap((f) => (f.dataEntityIds ?? []).filter((d) => d === id).map(() => f));
    expect(order(graph.flowsCarrying(id)), `${what}: flows carrying ${id}`).toEqual(order(carrying));
    expect(graph.carrierCount(id)).toBe(carrying.length);
    const seen: { id: string; ends: (Element | undefined)[] }[] = [];
    graph.someFlowCarrying(id, (f, s, t) => (seen.push({ id: f.id, ends: [s, t] }), false));
    expect(order(seen), `${what}: ends of the flows carrying ${id}`).toEqual(order(carrying.map((f) => ({ id: f.id, ends: [doc.elements.get(f.source), doc.elements.get(f.target)] }))));
    expect(graph.carriedElement(id), `${what}: carried ${id}`).toBe(doc.elements.get(id));
  }
  const children = new Map<string, string[]>();
  for (const e of elements) {
    const p = parentOf(e);
    if (p) children.set(p, [...(children.get(p) ?? []), e.id]);
  }
  for (const [p, ids] of children) expect([...graph.trees.childrenOf(p)].sort(), `${what}: children of ${p}`).toEqual([...ids].sort());
}

/** A varied model with an element of an unknown kind, records keyed by another id, and odd flows. */
function damagedDocument(): LakarDocument {
  const doc = makeVariedDocument(600, 9);
  const [a, b] = doc.elements.values().filter((e) => e.kind === 'application');
  const data = doc.elements.values().find((e) => e.kind === 'dataEntity')!;
  const odd = { ...makeElement('platform', { id: 'el_odd' }), kind: 'gadget' } as unknown as Element;
  const rekeyed = makeElement('site', { id: 'el_site_own_id' });
  const twice = makeRelation('dataFlow', a.id, b.id, { id: 'rel_twice', dataEntityIds: [data.id, data.id, 'el_gone'] } as Partial<Relation>);
  const keyedElsewhere = makeRelation('dataFlow', b.id, 'el_odd', { id: 'rel_own_id', dataEntityIds: [data.id] } as Partial<Relation>);
  return {
    ...doc,
    elements: Table.fromEntries([...doc.elements.entries(), ['el_odd', odd], ['el_site_key', rekeyed]]),
    relations: Table.fromEntries([...doc.relations.entries(), ['rel_twice', twice], ['rel_key', keyedElsewhere], ['rel_self', makeRelation('association', a.id, a.id, { id: 'rel_self' })]]),
  };
}

describe('ModelGraph indexes', () => {
  it('answer as scanning the document does, fresh and after edits', () => {
    let doc = damagedDocument();
    const graph = new ModelGraph(doc);
    expectScanned(graph, doc, 'fresh', true);

    const flows = doc.relations.values().filter((r): r is DataFlow => r.kind === 'dataFlow' && !!r.dataEntityIds?.length);
    const data = doc.elements.values().filter((e) => e.kind === 'dataEntity');
    const [app] = doc.elements.values().filter((e) => e.kind === 'application');
    const relations = new Map<string, Relation | undefined>([
      [flows[0].id, undefined],
      [flows[1].id, { ...flows[1], dataEntityIds: [data[5].id] }],
      [flows[2].id, { ...flows[2], target: app.id }],
      ['rel_new', makeRelation('dataFlow', app.id, data[1].id, { id: 'rel_new', dataEntityIds: [data[1].id, data[2].id] } as Partial<Relation>)],
    ]);
    const elements = new Map<string, Element | undefined>([
      [data[1].id, undefined],
      [data[2].id, { ...data[2], kind: 'site' } as unknown as Element],
      ['el_new_module', makeElement('module', { id: 'el_new_module', parentId: app.id })],
    ]);
    const next = { ...doc, elements: doc.elements.withChanges(elements), relations: doc.relations.withChanges(relations) };
    graph.update(next, elements.keys(), relations.keys());
    doc = next;
    expectScanned(graph, doc, 'after edits', false);
  });
});
