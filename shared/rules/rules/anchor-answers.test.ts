/**
 * The answers rules of one anchor share (`anchor-answers.ts`: isolated, capturers, an application
 * tree's relations) are kept for the last anchor asked: after a full check, the last element of each
 * kind. Edits here change exactly those answers, and go back to a document checked before, and the
 * checker that followed them must report what a full check of each document reports, word for word.
 */
import { describe, expect, it } from 'vitest';
import { executeCommand } from '../../commands';
import type { LakarDocument } from '../../model/schema';
import { makeRelation } from '../../../test/helpers/factories';
import { sample } from '../../../test/helpers/rules';
import { checkDocument, createChecker } from '../index';
import type { CheckReport, Problem } from '../types';

const line = (p: Problem) => [p.ruleId, p.message.en, p.elementIds.join(','), p.relationIds.join(','), JSON.stringify(p.params ?? null)].join('|');
const lines = (r: CheckReport) => r.problems.map(line);

const last = (doc: LakarDocument, kind: string) => doc.elements.values().filter((e) => e.kind === kind).at(-1)!;
/** Ids of the relations touching element `id`. */
const relationsAt = (doc: LakarDocument, id: string) => doc.relations.values().filter((r) => r.source === id || r.target === id).map((r) => r.id);
/** Ids of the relations of `kind` leaving `id` or one of its modules and application services. */
const treeRelations = (doc: LakarDocument, id: string, kind: string) => {
  const parts = new Set([id, ...doc.elements.values().filter((e) => 'parentId' in e && e.parentId === id).map((e) => e.id)]);
  return doc.relations.values().filter((r) => r.kind === kind && parts.has(r.source)).map((r) => r.id);
};
const remove = (doc: LakarDocument, ids: string[]) => (ids.length ? executeCommand(doc, 'relation.remove', { ids }).doc : doc);

describe('answers shared by the rules of one anchor', () => {
  it('follow edits that change them, and a return to a document checked before', () => {
    const start = sample();
    const app = last(start, 'application');
    const data = last(start, 'dataEntity');
    const service = last(start, 'service');
    const edits: [string, (doc: LakarDocument) => LakarDocument][] = [
      ['take the supports of the last application tree', (d) => remove(d, treeRelations(d, app.id, 'supports'))],
      ['take its hosting', (d) => remove(d, treeRelations(d, app.id, 'hostedOn'))],
      ['capture the last data entity', (d) => executeCommand(d, 'relation.add', { relation: makeRelation('accesses', app.id, data.id, { id: 'rel_cap_t', access: 'capture' } as never) }).doc],
      ['give it an owner and a registry-like name', (d) => executeCommand(d, 'element.update', { id: data.id, patch: { ownerAgency: 'Jabatan Pendaftaran Negara (JPN)', name: 'Maklumat Identiti Individu' } }).doc],
      ['stop capturing it', (d) => remove(d, ['rel_cap_t'])],
      ['isolate the last service', (d) => remove(d, relationsAt(d, service.id))],
      ['isolate the last application', (d) => remove(d, relationsAt(d, app.id))],
    ];
    const checker = createChecker();
    expect(lines(checker.check(start))).toEqual(lines(checkDocument(start)));
    let doc = start;
    for (const [what, edit] of edits) {
      const next = edit(doc);
      expect(next, what).not.toBe(doc);
      const report = checker.check(next);
      expect(checker.lastRun.mode, what).toBe('incremental');
      expect(lines(report), what).toEqual(lines(checkDocument(next)));
      doc = next;
    }
    // back to the first document (an undo to it): the graph moves to a document it indexed before
    const back = lines(checker.check(start));
    expect(back.slice().sort()).toEqual(lines(checkDocument(start)).sort());
  });
});
