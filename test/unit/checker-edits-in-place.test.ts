/**
 * Issue 18: the recheck after a relation is edited onto other elements (its source or target
 * changed) or made to carry other data gives a full check's findings word for word, in report
 * order. The checker's lists (the relations at an element, the flows carrying a data entity) put
 * such a relation where the document has it, not last: a full check (or the file reopened) lists
 * it in its place, and findings that name several systems (data.onceOnlyLikely: "ditawan oleh A, B")
 * or list sites (infra.classifiedControlsPartial) read them in that order.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { executeCommand } from '../../shared/commands';
import { fromDocumentData, type LakarDocument, type LakarDocumentData } from '../../shared/model';
import { RELATION_RULES } from '../../shared/model/kinds';
import type { ElementKind } from '../../shared/model/schema';
import { checkDocument, createChecker, type CheckReport, type Problem } from '../../shared/rules';
import { makeDocument, makeElement, makeRelation } from '../helpers/factories';
import { makeVariedDocument } from '../helpers/varied-model';

/** A finding as a reader sees it: rule, message, what it points at, parameters. */
const line = (p: Problem) => [p.ruleId, p.message.ms, p.elementIds.join(','), p.relationIds.join(','), JSON.stringify(p.params ?? null)].join('|');
const lines = (r: CheckReport) => r.problems.map(line);
const opened = (doc: LakarDocument) => fromDocumentData(JSON.parse(JSON.stringify(doc)) as LakarDocumentData) as LakarDocument;

/** One edit of relation number `pick` (of the document's): an end moved to element number `to`, or the data a flow carries changed. */
type Move = { relation: number; to: number; what: 'source' | 'target' | 'carried' | 'carriedMore' };
const moveArbitrary: fc.Arbitrary<Move> = fc.record({
  relation: fc.nat(),
  to: fc.nat(),
  what: fc.constantFrom('source', 'target', 'carried', 'carriedMore'),
});

/** `move` as the Inspector would send it (an end of a kind the relation allows), or null when it does not apply. */
function patchOf(doc: LakarDocument, move: Move): { id: string; patch: Record<string, unknown> } | null {
  const relations = doc.relations.values();
  // relations early in the document: moved onto an element, they belong before the ones it has
  const r = relations[move.relation % Math.max(1, Math.ceil(relations.length / 4))];
  const elements = doc.elements.values();
  if (move.what === 'carried' || move.what === 'carriedMore') {
    if (r.kind !== 'dataFlow') return null;
    const data = elements.filter((e) => e.kind === 'dataEntity');
    const d = data[move.to % data.length].id;
    return { id: r.id, patch: { dataEntityIds: move.what === 'carried' ? [d] : [...new Set([...(r.dataEntityIds ?? []), d])] } };
  }
  const allowed: readonly ElementKind[] | null = RELATION_RULES[r.kind][move.what];
  const ends = elements.filter((e) => !allowed || allowed.includes(e.kind));
  return ends.length ? { id: r.id, patch: { [move.what]: ends[move.to % ends.length].id } } : null;
}

// each run: a full check and up to 12 rechecks, each beside a full check, of a 400-element model;
// the limit is for a hang, not for speed
const SLOW_MACHINE_LIMIT_MS = 300_000;

describe('the recheck after a relation is edited onto other elements or data', () => {
  it('gives a full check’s findings in report order', { timeout: SLOW_MACHINE_LIMIT_MS }, () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }), fc.array(moveArbitrary, { minLength: 1, maxLength: 12 }), fc.boolean(), (modelSeed, moves, withPatches) => {
        let doc = opened(makeVariedDocument(400, modelSeed));
        const checker = createChecker();
        checker.check(doc);
        moves.forEach((move, k) => {
          const edit = patchOf(doc, move);
          if (!edit) return;
          let result;
          try {
            result = executeCommand(doc, 'relation.update', edit);
          } catch {
            return; // refused (e.g. an end the relation may not have): the user gets a message
          }
          doc = result.doc;
          const report = checker.check(doc, withPatches ? result.patches : undefined);
          expect(lines(report), `step ${k}: ${JSON.stringify(edit)}`).toEqual(lines(checkDocument(doc)));
        });
      }),
      { numRuns: 30, seed: 18 },
    );
  });
});

describe('the recheck after a relation changes kind', () => {
  // the relation keeps its place in the document; the checker's list of its new kind had it last,
  // so its findings came after the kind's others until the file was reopened
  it.each([false, true])('lists its findings in the new kind’s document order (prepared for edits: %s)', (prepared) => {
    const apps = ['a', 'b', 'c', 'd'].map((id) => makeElement('application', { id, name: `App ${id}` }));
    const doc = makeDocument(apps, [makeRelation('dataFlow', 'a', 'b', { id: 'f1' }), makeRelation('association', 'b', 'c', { id: 'r2' }), makeRelation('dataFlow', 'c', 'd', { id: 'f3' })]);
    const checker = createChecker();
    checker.check(doc);
    if (prepared) checker.prepareForEdits();
    const { doc: next, patches } = executeCommand(doc, 'relation.update', { id: 'r2', patch: { kind: 'dataFlow', method: 'api' } });
    const report = checker.check(next, patches);
    expect(report.problems.filter((p) => p.ruleId === 'flow.fieldsMissing').map((p) => p.relationIds.join())).toEqual(['f1', 'r2', 'f3']);
    expect(lines(report)).toEqual(lines(checkDocument(next)));
    // and the edits after it find the kind in that order
    const renamed = executeCommand(next, 'relation.update', { id: 'f3', patch: { label: 'Aliran 3' } });
    expect(lines(checker.check(renamed.doc, renamed.patches))).toEqual(lines(checkDocument(renamed.doc)));
  });
});

describe('the recheck of several edits joined (the live checker collects the patches of edits made while it waits)', () => {
  it('a flow made to carry an entity, and another flow carrying it edited in place: the first is listed in its place among the flows of that entity', () => {
    const start = makeVariedDocument(80, 16);
    // rel_41 comes before rel_101 in the document; rel_101 already carries el_23
    const ids = start.relations.ids();
    expect(ids.indexOf('rel_41')).toBeLessThan(ids.indexOf('rel_101'));
    expect(start.relations.get('rel_101')).toMatchObject({ kind: 'dataFlow', dataEntityIds: ['el_23'] });
    const checker = createChecker();
    checker.check(start);
    const carrying = executeCommand(start, 'relation.update', { id: 'rel_41', patch: { dataEntityIds: ['el_23'] } });
    const method = executeCommand(carrying.doc, 'flow.setMethod', { id: 'rel_101', method: 'sftp' });
    expect(lines(checker.check(method.doc, [...carrying.patches, ...method.patches]))).toEqual(lines(checkDocument(method.doc)));
  });
});
