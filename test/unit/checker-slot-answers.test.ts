/**
 * A full check answers some questions about each element from its place in the document rather than
 * by looking its id up (shared/rules/view-members.ts, ElementTrees.parentAtSlot and the walks up by
 * slot in trees.ts): whether it is on a view, its parent, its top application. These tests hold the
 * findings those answers give to what the document says, on a model read back from JSON as from a
 * file (every element under its own id, as the answers by slot need), in full checks of documents
 * that share their elements but not their views, and in rechecks after the edits that change the
 * answers (a node hidden or placed, a parent changed, missing or removed): an answer kept from the
 * document checked before would report an element on a view it left, or a parent it no longer has.
 * The ends of the relations relation.invalid looks at are read by the relation's place in the
 * document too (FreshPasses.forEachSuspectWithEnds): the ends it names must be the relation's own.
 */
import { describe, expect, it } from 'vitest';
import { executeCommand } from '../../shared/commands';
import { fromDocumentData, toDocumentData, type LakarDocument, type LakarDocumentData } from '../../shared/model';
import { relationAllowed } from '../../shared/model/kinds';
import { checkDocument, createChecker, type CheckReport, type Problem } from '../../shared/rules';
import { parentOf } from '../../shared/rules/trees';
import { makeVariedDocument } from '../helpers/varied-model';

/** A finding as a reader sees it: rule, message, what it points at. */
const line = (p: Problem) => [p.ruleId, p.message.en, p.elementIds.join(','), p.relationIds.join(',')].join('|');
const lines = (r: CheckReport) => r.problems.map(line);
const about = (r: CheckReport, ruleId: string) => r.problems.filter((p) => p.ruleId === ruleId);
/** The ids of the elements `ruleId`'s findings are about, sorted (a rule lists them kind by kind). */
const anchorsOf = (r: CheckReport, ruleId: string) => about(r, ruleId).map((p) => p.elementIds[0]).sort();

/** The varied model read back from JSON, as a document arrives from a file. */
function readVaried(n: number, seed: number): LakarDocument {
  return fromDocumentData(JSON.parse(JSON.stringify(toDocumentData(makeVariedDocument(n, seed)))) as LakarDocumentData) as LakarDocument;
}

/** The ids of the elements no view of `doc` has a node for, sorted: what element.notOnView should name. */
function onNoView(doc: LakarDocument): string[] {
  const views = Object.values(doc.views);
  return doc.elements.ids().filter((id) => !views.some((v) => Object.prototype.hasOwnProperty.call(v.nodes, id))).sort();
}

/** The modules and application services whose parent names no element, sorted: those module.parentMissing says refer to a missing parent. */
function missingParents(doc: LakarDocument): string[] {
  return doc.elements.values().filter((e) => (e.kind === 'module' || e.kind === 'appService') && e.parentId && !doc.elements.get(e.parentId)).map((e) => e.id).sort();
}

const missingParentFindings = (r: CheckReport) => about(r, 'module.parentMissing').filter((p) => p.message.en.endsWith('refers to a missing parent.')).map((p) => p.elementIds[0]).sort();

describe('answers a full check reads by element place', () => {
  it('names the elements on no view, for documents sharing their elements but not their views, checked in turn', () => {
    const doc = readVaried(1500, 3);
    const mainView = Object.keys(doc.views).find((v) => Object.keys(doc.views[v].nodes).length > 100)!;
    const shown = Object.keys(doc.views[mainView].nodes).slice(0, 40);
    const hidden = executeCommand(doc, 'view.hideElements', { viewId: mainView, ids: shown }).doc;
    // the same elements (the same table), other views
    expect(hidden.elements).toBe(doc.elements);
    const expectedBefore = onNoView(doc);
    const expectedAfter = onNoView(hidden);
    expect(expectedAfter.length).toBeGreaterThan(expectedBefore.length);
    for (const d of [doc, hidden, doc, hidden]) {
      const report = checkDocument(d);
      expect(anchorsOf(report, 'element.notOnView')).toEqual(d === doc ? expectedBefore : expectedAfter);
    }
  });

  it('names the modules whose parent is missing, and after each edit of parents and views a recheck gives a full check’s findings', () => {
    let doc = readVaried(1500, 4);
    const checker = createChecker();
    const first = checker.check(doc);
    expect(missingParentFindings(first)).toEqual(missingParents(doc));
    expect(anchorsOf(first, 'element.notOnView')).toEqual(onNoView(doc));

    const parts = doc.elements.values().filter((e) => (e.kind === 'module' || e.kind === 'appService') && e.parentId && doc.elements.get(e.parentId)?.kind === 'application');
    // an application of `x` other than `not`'s parent
    const appOf = (x: LakarDocument, not: string) => x.elements.values().find((e) => e.kind === 'application' && e.id !== parentOf(x.elements.get(not)))!.id;
    const processes = doc.elements.values().filter((e) => e.kind === 'process');
    const viewId = Object.keys(doc.views)[0];
    const onView = Object.keys(doc.views[viewId].nodes);
    const [a, b, c, d, e] = parts;
    const edits: [string, (doc: LakarDocument) => ReturnType<typeof executeCommand>, (next: CheckReport, doc: LakarDocument) => void][] = [
      ['a module’s parent made an id naming nothing', (x) => executeCommand(x, 'element.update', { id: a.id, patch: { parentId: 'el_tiada' } }), (r) => expect(missingParentFindings(r)).toContain(a.id)],
      ['a module’s parent made a process', (x) => executeCommand(x, 'element.update', { id: b.id, patch: { parentId: processes[0].id } }), (r) => expect(about(r, 'module.parentMissing').some((p) => p.elementIds[0] === b.id && p.elementIds[1] === processes[0].id)).toBe(true)],
      // its parts are left without a parent (element.remove)
      ['a module’s application removed', (x) => executeCommand(x, 'element.remove', { ids: [parentOf(c)!] }), (r) => expect(about(r, 'module.parentMissing').some((p) => p.elementIds[0] === c.id)).toBe(true)],
      ['a module given another application', (x) => executeCommand(x, 'element.update', { id: d.id, patch: { parentId: appOf(x, d.id) } }), (r) => expect(about(r, 'module.parentMissing').some((p) => p.elementIds[0] === d.id)).toBe(false)],
      ['the first module given back an application', (x) => executeCommand(x, 'element.update', { id: a.id, patch: { parentId: appOf(x, a.id) } }), (r) => expect(missingParentFindings(r)).not.toContain(a.id)],
      // switched back on, a rule checks every anchor of the edited document (no longer the one indexed at first)
      ['module.parentMissing switched off', (x) => executeCommand(x, 'rules.setEnabled', { ruleId: 'module.parentMissing', enabled: false }), (r) => expect(about(r, 'module.parentMissing')).toEqual([])],
      ['element.notOnView switched off', (x) => executeCommand(x, 'rules.setEnabled', { ruleId: 'element.notOnView', enabled: false }), (r) => expect(about(r, 'element.notOnView')).toEqual([])],
      ['another module’s parent made an id naming nothing', (x) => executeCommand(x, 'element.update', { id: e.id, patch: { parentId: 'el_tiada' } }), () => {}],
      ['elements taken off a view while the rule is off', (x) => executeCommand(x, 'view.hideElements', { viewId, ids: onView.slice(30, 40) }), () => {}],
      ['module.parentMissing switched on', (x) => executeCommand(x, 'rules.setEnabled', { ruleId: 'module.parentMissing', enabled: true }), (r) => expect(missingParentFindings(r)).toContain(e.id)],
      ['element.notOnView switched on', (x) => executeCommand(x, 'rules.setEnabled', { ruleId: 'element.notOnView', enabled: true }), (r, x) => expect(anchorsOf(r, 'element.notOnView')).toEqual(onNoView(x))],
      ['elements taken off a view', (x) => executeCommand(x, 'view.hideElements', { viewId, ids: onView.slice(0, 25) }), (r, x) => expect(anchorsOf(r, 'element.notOnView')).toEqual(onNoView(x))],
      ['some placed again', (x) => executeCommand(x, 'view.placeElements', { viewId, ids: onView.slice(0, 10) }), (r, x) => expect(anchorsOf(r, 'element.notOnView')).toEqual(onNoView(x))],
    ];
    for (const [what, edit, expectIn] of edits) {
      const { doc: next, patches } = edit(doc);
      const report = checker.check(next, patches);
      expect(checker.lastRun.mode, what).toBe('incremental');
      const full = checkDocument(next);
      expect(lines(report), what).toEqual(lines(full));
      expectIn(report, next);
      if (!next.meta.disabledRules?.includes('module.parentMissing')) expect(missingParentFindings(full), what).toEqual(missingParents(next));
      doc = next;
    }
  });

  it('names the ends of each relation with missing ends or ends of kinds its kind does not join, as the document has them', () => {
    const doc = readVaried(2500, 7);
    // a flow's and a hosting's ends are kept by their kind (indexed-ends.ts); the other kinds' by place
    const byPlace = doc.relations.values().filter((r) => r.kind !== 'dataFlow' && r.kind !== 'hostedOn');
    const expected = new Map<string, string>();
    for (const r of byPlace) {
      const s = doc.elements.get(r.source);
      const t = doc.elements.get(r.target);
      if (!s || !t) expected.set(r.id, (s ?? t)?.id ?? '');
      else if (!relationAllowed(r.kind, s.kind, t.kind)) expected.set(r.id, `${s.id},${t.id}`);
    }
    // the model has some of each, on several kinds
    expect([...expected.values()].filter((ends) => ends.includes(',')).length).toBeGreaterThan(10);
    expect([...expected.values()].filter((ends) => !ends.includes(',')).length).toBeGreaterThan(5);
    expect(new Set([...expected.keys()].map((id) => doc.relations.get(id)!.kind)).size).toBeGreaterThan(5);
    const found = new Map(about(checkDocument(doc), 'relation.invalid').filter((p) => expected.has(p.relationIds[0]) || byPlace.includes(doc.relations.get(p.relationIds[0])!)).map((p) => [p.relationIds[0], p.elementIds.join(',')]));
    expect(found).toEqual(expected);
  });
});
