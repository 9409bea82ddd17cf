/**
 * The index's answer to "does this relation join existing elements of kinds its kind allows?"
 * (001 §3.3.2, Jadual 3-1), which lets `relation.invalid` skip the common case: it must agree with
 * `relationAllowed` on every pair, and never answer for a document it did not index.
 */
import { describe, expect, it } from 'vitest';
import { ELEMENT_KINDS, RELATION_RULES, relationAllowed } from '../model/kinds';
import type { Element, ElementKind, Relation, RelationKind } from '../model/schema';
import { makeDocument, makeElement, makeRelation } from '../../test/helpers/factories';
import { CLASSIFICATIONS, type Classification } from '../model/vocabulary';
import { classificationRank, elementKindCode, KindCodes, relationKindCode } from './end-kinds';
import { ModelGraph } from './graph';

describe('ModelGraph.endsAllowed', () => {
  it('agrees with relationAllowed for every relation kind and pair of element kinds', () => {
    const elements: Element[] = ELEMENT_KINDS.map((k) => makeElement(k.kind, { id: `el_${k.kind}` }));
    const relations: Relation[] = [];
    for (const kind of Object.keys(RELATION_RULES) as RelationKind[])
      for (const s of ELEMENT_KINDS) for (const t of ELEMENT_KINDS) relations.push(makeRelation(kind, `el_${s.kind}`, `el_${t.kind}`, { id: `rel_${kind}_${s.kind}_${t.kind}` }));
    const graph = new ModelGraph(makeDocument(elements, relations));
    const wrong = relations.filter((r) => graph.endsAllowed(r) !== relationAllowed(r.kind, r.source.slice(3) as ElementKind, r.target.slice(3) as ElementKind));
    expect(wrong.map((r) => r.id)).toEqual([]);
    expect(relations.filter((r) => graph.endsAllowed(r)).length).toBeGreaterThan(0);
  });

  it('is false for a relation to a missing element, from an element of an unknown kind, or to an inherited property name', () => {
    const app = makeElement('application', { id: 'el_app' });
    const odd = { ...makeElement('platform', { id: 'el_odd' }), kind: 'gadget' } as unknown as Element;
    const relations = [
      makeRelation('association', 'el_app', 'el_gone', { id: 'rel_dangling' }),
      makeRelation('association', 'el_odd', 'el_app', { id: 'rel_unknown_kind' }),
      makeRelation('association', 'el_app', 'constructor', { id: 'rel_proto' }),
      makeRelation('association', 'el_app', 'el_app', { id: 'rel_self' }),
    ];
    const doc = makeDocument([app], relations);
    doc.elements = doc.elements.set('el_odd', odd); // as a damaged file may hold it
    const graph = new ModelGraph(doc);
    expect(relations.map((r) => [r.id, graph.endsAllowed(r)])).toEqual([
      ['rel_dangling', false],
      ['rel_unknown_kind', false],
      ['rel_proto', false],
      ['rel_self', true],
    ]);
  });

  it('no longer answers once the index follows an edit', () => {
    const a = makeElement('application', { id: 'el_a' });
    const d = makeElement('dataEntity', { id: 'el_d' });
    const r = makeRelation('accesses', 'el_a', 'el_d', { id: 'rel_ad' });
    const doc = makeDocument([a, d], [r]);
    const graph = new ModelGraph(doc);
    expect(graph.endsAllowed(r)).toBe(true);
    const next = { ...doc, elements: doc.elements.set('el_d', makeElement('site', { id: 'el_d' })) };
    graph.update(next, ['el_d'], []);
    expect(graph.endsAllowed(r)).toBe(false);
  });
});

describe('kind numbers', () => {
  // the graph's indexes list items by these numbers (001 §3.3.2: the kinds of Jadual 3-1); a name that
  // is not a kind Lakar knows must get 0 (indexed by its name, as a damaged file may hold it)
  it('numbers every element and relation kind from 1 in order, and nothing else', () => {
    expect(ELEMENT_KINDS.map((k) => elementKindCode(k.kind))).toEqual(ELEMENT_KINDS.map((_, i) => i + 1));
    expect(Object.keys(RELATION_RULES).map(relationKindCode)).toEqual(Object.keys(RELATION_RULES).map((_, i) => i + 1));
    // same length and first two characters as a kind, another case, empty, not a string
    for (const name of ['sitf', 'modulf', 'dataflow', 'applicatioN', '', 'a', undefined, 7]) {
      expect(elementKindCode(name as string)).toBe(0);
      expect(relationKindCode(name as string)).toBe(0);
    }
  });

  it('ranks a classification as its place in CLASSIFICATIONS + 1, 0 for none or an unknown one', () => {
    for (const c of [...CLASSIFICATIONS, undefined, 'rahsia besar', 'Sulit', '']) expect(classificationRank(c)).toBe(CLASSIFICATIONS.indexOf(c as Classification) + 1);
  });

  it('tells apart names that share a place in its table', () => {
    // "ab" and "b[": the same length, and 97 × 7 + 98 = 98 × 7 + 91
    const codes = new KindCodes(['ab', 'b[', 'xyz']);
    expect(['ab', 'b[', 'xyz', 'ac', 'b]'].map((n) => codes.codeOf(n))).toEqual([1, 2, 3, 0, 0]);
  });
});
