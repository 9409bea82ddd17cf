/**
 * The graph's questions about the relations at an element (incident-queries.ts) give what reading
 * the document's relations in order gives: over the document indexed at first (answered from the
 * marks beside the incident table) and after edits (answered from the relations, with the elements
 * the edited document holds), for relations from an element to itself, to ids naming no element,
 * and of kinds Lakar does not know.
 */
import { describe, expect, it } from 'vitest';
import type { Element, LakarDocument, Relation, RelationKind } from '../model/schema';
import { RELATION_RULES } from '../model/kinds';
import { fromDocumentData, toDocumentData } from '../model';
import { makeVariedDocument } from '../../test/helpers/varied-model';
import { makeRelation } from '../../test/helpers/factories';
import { editScript } from '../../test/helpers/edit-script';
import { diffDocuments } from './changes';
import { ModelGraph } from './graph';

const KINDS = Object.keys(RELATION_RULES) as RelationKind[];

/** Every answer about each id, the plain way: the document's relations in order, read once per end. */
function plainAnswers(doc: LakarDocument) {
  const leavingAll = new Map<string, Relation[]>();
  const arrivingAll = new Map<string, Relation[]>();
  for (const r of doc.relations.values()) {
    leavingAll.set(r.source, [...(leavingAll.get(r.source) ?? []), r]);
    arrivingAll.set(r.target, [...(arrivingAll.get(r.target) ?? []), r]);
  }
  const elements = (ids: string[]) => ids.map((x) => doc.elements.get(x)).filter((e): e is Element => !!e);
  return (id: string) => {
    const leaving = (k: RelationKind) => (leavingAll.get(id) ?? []).filter((r) => r.kind === k);
    const arriving = (k: RelationKind) => (arrivingAll.get(id) ?? []).filter((r) => r.kind === k);
    return KINDS.map((k) => ({
      kind: k,
      any: leaving(k).length + arriving(k).length > 0,
      hasOut: leaving(k).length > 0,
      hasIn: arriving(k).length > 0,
      out: leaving(k).map((r) => r.id),
      in: arriving(k).map((r) => r.id),
      targets: elements(leaving(k).map((r) => r.target)),
      sources: elements(arriving(k).map((r) => r.source)),
    }));
  };
}

/** The same answers from the graph. */
function graphAnswers(graph: ModelGraph, id: string) {
  return KINDS.map((k) => ({
    kind: k,
    any: graph.hasRelationAt(id, k),
    hasOut: graph.hasOutgoing(id, k),
    hasIn: graph.hasIncoming(id, k),
    out: graph.outgoing(id, k).map((r) => r.id),
    in: graph.incoming(id, k).map((r) => r.id),
    targets: graph.targets(id, k),
    sources: graph.sources(id, k),
  }));
}

/** The varied model with the odd relations a damaged or hand-written file may hold. */
function modelWithOddRelations(): LakarDocument {
  const data = toDocumentData(makeVariedDocument(900, 13));
  const [a, b] = Object.keys(data.elements);
  const odd: Relation[] = [
    makeRelation('supports', a, a, { id: 'r_self' }),
    makeRelation('connects', b, 'tiada_elemen', { id: 'r_dangling_target' }),
    makeRelation('connects', 'tiada_sumber', a, { id: 'r_dangling_source' }),
    { ...makeRelation('supports', a, b), id: 'r_unknown_kind', kind: 'bukanJenis' as RelationKind },
  ];
  for (const r of odd) data.relations[r.id] = r;
  return fromDocumentData(data);
}

describe('ModelGraph relation questions', () => {
  it('answer as the relations read in order do, on the indexed document and after edits', () => {
    let doc = modelWithOddRelations();
    const graph = new ModelGraph(doc);
    const ids = () => [...doc.elements.ids(), 'tiada_elemen', 'tiada_sumber'];
    const check = (what: string) => {
      let answered = 0;
      const plainAt = plainAnswers(doc);
      for (const id of ids()) {
        const plain = plainAt(id);
        expect(graphAnswers(graph, id), `${what} ${id}`).toEqual(plain);
        answered += plain.filter((p) => p.targets.length || p.sources.length).length;
      }
      expect(answered, what).toBeGreaterThan(100);
    };
    check('fresh');
    expect(graph.targets(doc.elements.ids()[0], 'supports').length).toBeGreaterThan(0);
    for (const step of editScript(doc, 13, 5)) {
      const { elements, relations } = diffDocuments(doc, step.doc);
      graph.update(step.doc, elements, relations);
      doc = step.doc;
      check(step.what);
    }
  });
});
