/**
 * The indexes that follow the live report recheck by recheck (issue 18) say what indexing each
 * report afresh says: the canvas's markers (errors and warnings per element, a relation's findings
 * at its ends) and the inspector's findings per element or relation, in report order.
 */
import { describe, expect, it } from 'vitest';
import { Table, type LakarDocument, type Relation } from '../../shared/model';
import { executeCommand } from '../../shared/commands';
import { createChecker, type CheckReport, type Problem } from '../../shared/rules';
import { makeVariedDocument } from '../../test/helpers/varied-model';
import { editScript } from '../../test/helpers/edit-script';
import { makeDocument, makeElement } from '../../test/helpers/factories';
import { ElementMarkers, FindingsByTarget, findingsByElement } from './findingsIndex';

/** Findings naming each id, in report order: the plain definition. */
function namedBy(report: CheckReport, relation: boolean): Map<string, Problem[]> {
  const out = new Map<string, Problem[]>();
  for (const p of report.problems) for (const id of new Set(relation ? p.relationIds : p.elementIds)) out.set(id, [...(out.get(id) ?? []), p]);
  return out;
}

describe('the findings indexes', () => {
  for (const [size, seed, skip] of [
    [900, 6, false],
    [1400, 9, true],
  ] as const) {
    it(`follow a recheck after each edit of a random script as if built afresh (${size} elements, seed ${seed}${skip ? ', some reports skipped' : ''})`, () => {
      let doc: LakarDocument = makeVariedDocument(size, seed);
      const checker = createChecker();
      const markers = new ElementMarkers();
      const targets = new FindingsByTarget();
      let report = checker.check(doc);
      let step = 0;
      const compare = (what: string) => {
        expect(markers.update(report, doc.relations) || markers.byId.size === 0, what).toBe(true);
        expect(markers.byId, what).toEqual(findingsByElement(report, doc.relations));
        targets.update(report);
        for (const relation of [false, true]) {
          const expected = namedBy(report, relation);
          const ids = new Set([...expected.keys(), ...(relation ? doc.relations : doc.elements).ids().slice(0, 50)]);
          for (const id of ids) expect(targets.about(id, relation), `${what}: ${id}`).toEqual(expected.get(id) ?? []);
        }
      };
      compare('first check');
      for (const s of editScript(doc, seed, 25)) {
        doc = s.doc;
        report = checker.check(doc, s.patches);
        // a reader that missed a report indexes the next one afresh
        if (skip && step++ % 3 === 1) continue;
        compare(s.what);
      }
    });
  }

  it('list an element’s findings in report order when a recheck adds one before another of the same rule', () => {
    // two modules under a data entity (a parent of the wrong kind) are both named in findings about
    // it; the first module only gets there by an edit, and a recheck lists its finding first, as a
    // full check does
    const app = makeElement('application', { id: 'el_app', name: 'Sistem Induk' });
    const data = makeElement('dataEntity', { id: 'el_data', name: 'Rekod Pekerja' });
    const first = makeElement('module', { id: 'el_m1', name: 'Modul Satu', parentId: 'el_app' });
    const second = makeElement('module', { id: 'el_m2', name: 'Modul Dua', parentId: 'el_data' });
    let doc = makeDocument([app, data, first, second]);
    const checker = createChecker();
    const targets = new FindingsByTarget();
    targets.update(checker.check(doc));
    expect(targets.about('el_data', false).filter((p) => p.ruleId === 'module.parentMissing').map((p) => p.elementIds[0])).toEqual(['el_m2']);
    doc = { ...doc, elements: doc.elements.set('el_m1', { ...first, parentId: 'el_data' }) };
    const report = checker.check(doc);
    expect(report.changes).toBeDefined();
    const about = targets.update(report).about('el_data', false);
    expect(about).toEqual(namedBy(report, false).get('el_data'));
    expect(about.filter((p) => p.ruleId === 'module.parentMissing').map((p) => p.elementIds[0])).toEqual(['el_m1', 'el_m2']);
  });

  it('count a relation’s findings at its new ends once the recheck of the move comes', () => {
    let doc = makeVariedDocument(600, 4);
    const checker = createChecker();
    const markers = new ElementMarkers();
    const first = checker.check(doc);
    markers.update(first, doc.relations);
    const before = new Map(markers.byId);
    // a relation with an error or warning about it gets a new source
    const candidates = first.problems.filter((p) => p.severity !== 'advice' && p.relationIds.length > 0 && p.elementIds.length === 0);
    let moved: ReturnType<typeof executeCommand> | undefined;
    let rel = doc.relations.get(candidates[0].relationIds[0])!;
    let elsewhere = '';
    for (const p of candidates) {
      rel = doc.relations.get(p.relationIds[0])!;
      elsewhere = doc.elements.values().find((e) => e.kind === doc.elements.get(rel.source)?.kind && e.id !== rel.source && e.id !== rel.target && !before.has(e.id))?.id ?? '';
      try {
        moved = executeCommand(doc, 'relation.update', { id: rel.id, patch: { source: elsewhere } });
        break;
      } catch {
        // an edit the command refuses (a flow without data): try the next finding
      }
    }
    if (!moved) throw new Error('no relation with a finding could be moved');
    doc = moved.doc;
    // the editor has the move, its recheck has not come: the markers stay with the report
    expect(markers.update(first, doc.relations)).toBe(false);
    expect(markers.byId).toEqual(before);
    const report = checker.check(doc, moved.patches);
    expect(report.changes!.relations).toContain(rel.id);
    markers.update(report, doc.relations);
    expect(markers.byId).toEqual(findingsByElement(report, doc.relations));
    expect(markers.byId.get(elsewhere)).toBeDefined();
  });

  it('recount a finding about a relation that moved though its rule did not recheck it', () => {
    // reports as the checker makes them (serial, changes), written out: a rule's finding about r1 stays
    const finding = { ruleId: 'x.rule', severity: 'error', message: { ms: 'm', en: 'm' }, elementIds: [], relationIds: ['r1'] } as Problem;
    const facts = { disabledRules: [], counts: { error: 1, warning: 0, advice: 0 } };
    const first = { ...facts, problems: [finding], serial: -1 } as unknown as CheckReport;
    const second = { ...facts, problems: [finding], serial: -2, changes: { since: -1, removed: [], added: [], relations: ['r1'] } } as unknown as CheckReport;
    const r1 = { id: 'r1', kind: 'association', source: 'a', target: 'b' } as Relation;
    const markers = new ElementMarkers();
    markers.update(first, Table.of([r1]));
    expect([...markers.byId.keys()].sort()).toEqual(['a', 'b']);
    const moved = Table.of([{ ...r1, source: 'c' }]);
    markers.update(second, moved);
    expect([...markers.byId.keys()].sort()).toEqual(['b', 'c']);
    expect(markers.byId).toEqual(findingsByElement(second, moved));
  });

  it('empty when there is no report', () => {
    const doc = makeVariedDocument(300, 1);
    const markers = new ElementMarkers();
    markers.update(createChecker().check(doc), doc.relations);
    expect(markers.byId.size).toBeGreaterThan(0);
    expect(markers.update(null, doc.relations)).toBe(true);
    expect(markers.byId.size).toBe(0);
    expect(new FindingsByTarget().update(null).about(doc.elements.ids()[0], false)).toEqual([]);
  });
});
