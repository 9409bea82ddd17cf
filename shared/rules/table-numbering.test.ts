import { describe, expect, it } from 'vitest';
import type { DataFlow, LakarDocument } from '../model/schema';
import { executeCommand } from '../commands';
import { makeVariedDocument } from '../../test/helpers/varied-model';
import { makeElement, makeRelation } from '../../test/helpers/factories';
import { checkDocument, createChecker } from './index';
import { diffDocuments } from './changes';
import { ModelGraph } from './graph';
import type { CheckReport } from './types';

/** Every finding in report order, as text. */
function findingsDigest(report: CheckReport): string {
  return report.problems.map((p) => [p.ruleId, p.severity, p.message.en, p.elementIds.join(','), p.relationIds.join(','), JSON.stringify(p.params ?? null)].join('|')).join('\n');
}

// A full check of tables checked before takes their numbering as kept (table-numbering.ts); the editor's
// checker built on it then follows edits, which extend its slots and its carried ids. None of that may
// reach what is kept: a later full check of the first tables finds what the first one found.
describe('a full check of tables checked before', () => {
  it('finds what the first check found, after an editor checked the same tables and followed edits of them', () => {
    const doc = makeVariedDocument(2000, 1);
    const first = findingsDigest(checkDocument(doc));
    const checker = createChecker();
    // the editor's checker takes the kept numbering
    checker.check(doc);
    // the flows carrying a data entity: removing them all drops the id from the carriers
    const flows = doc.relations.values().filter((r): r is DataFlow => r.kind === 'dataFlow' && !!r.dataEntityIds?.length);
    const flow = flows[0];
    const dropped = flow.dataEntityIds!.find((id) => doc.elements.get(id)?.kind === 'dataEntity')!;
    const carrying = flows.filter((f) => f.dataEntityIds!.includes(dropped)).map((f) => f.id);
    const [a, b] = doc.elements.values().filter((e) => e.kind === 'application');
    let current: LakarDocument = doc;
    const edits: [string, unknown][] = [
      // a carried id no flow carried: the carriers number it
      ['element.add', { element: makeElement('dataEntity', { id: 'el_data_new', name: 'Data baharu' }), viewId: 'view_main' }],
      ['relation.update', { id: flow.id, patch: { dataEntityIds: [...flow.dataEntityIds!, 'el_data_new'] } }],
      // ids new to the incident index: it gives them slots
      ['element.add', { element: makeElement('application', { id: 'el_app_new', name: 'Sistem baharu' }), viewId: 'view_main' }],
      ['relation.add', { relation: makeRelation('dataFlow', 'el_app_new', a.id, { id: 'rel_new', dataEntityIds: ['el_data_new'] } as Partial<DataFlow>) }],
      ['relation.add', { relation: makeRelation('association', b.id, 'el_app_new', { id: 'rel_new2' }) }],
      ['relation.remove', { ids: carrying }],
    ];
    for (const [command, args] of edits) {
      const edit = executeCommand(current, command as never, args as never);
      current = edit.doc;
      expect(findingsDigest(checker.check(current, edit.patches)), command).toBe(findingsDigest(checkDocument(current)));
    }
    expect(findingsDigest(checkDocument(doc))).toBe(first);
  });

  it('of a document given another element table finds what a check of the new tables finds', () => {
    const doc = makeVariedDocument(1500, 2);
    checkDocument(doc);
    // the relations table kept, the elements table not (a document changed in place): the numbering kept is not the new tables'
    const dropped = doc.elements.values().filter((e) => e.kind === 'dataEntity').slice(0, 20);
    const changed: LakarDocument = { ...doc, elements: doc.elements.withChanges(new Map(dropped.map((e) => [e.id, undefined]))) };
    const anew: LakarDocument = { ...changed, relations: doc.relations.withChanges(new Map([['rel_none', undefined]])).withChanges(new Map()) };
    expect(findingsDigest(checkDocument(changed))).toBe(findingsDigest(checkDocument(anew)));
  });

  it('gives a graph built on it numbers its edits do not change for the next graph of the same tables', () => {
    const doc = makeVariedDocument(1500, 2);
    const flows = doc.relations.values().filter((r): r is DataFlow => r.kind === 'dataFlow' && !!r.dataEntityIds?.length);
    const data = flows[0].dataEntityIds!.find((id) => doc.elements.get(id)?.kind === 'dataEntity')!;
    const carrying = flows.filter((f) => f.dataEntityIds!.includes(data)).map((f) => f.id);
    const app = doc.elements.values().find((e) => e.kind === 'application')!;
    const graph = new ModelGraph(doc);
    // the flows carrying `data` all removed (its id leaves the carriers), an id new to the incident index
    let next = executeCommand(doc, 'relation.remove', { ids: carrying }).doc;
    next = executeCommand(next, 'element.add', { element: makeElement('application', { id: 'el_app_new', name: 'Sistem baharu' }), viewId: 'view_main' }).doc;
    next = executeCommand(next, 'relation.add', { relation: makeRelation('association', app.id, 'el_app_new', { id: 'rel_new' }) }).doc;
    const { elements, relations } = diffDocuments(doc, next);
    graph.update(next, elements, relations);
    expect(graph.flowsCarrying(data)).toEqual([]);
    const again = new ModelGraph(doc);
    expect(again.flowsCarrying(data).map((f) => f.id)).toEqual(carrying);
    expect(again.slotAtBuild('el_app_new')).toBeUndefined();
  });
});
