/**
 * The indexes that follow the live report recheck by recheck (issue 18) say what indexing each
 * report afresh says: the canvas's markers (errors and warnings per element, a relation's findings
 * at its ends) and the inspector's findings per element or relation, in report order.
 */
import { describe, expect, it } from 'vitest';
import type { LakarDocument } from '../../shared/model';
import { executeCommand } from '../../shared/commands';
import { createChecker, type CheckReport, type Problem } from '../../shared/rules';
import { makeVariedDocument } from '../../test/helpers/varied-model';
import { editScript } from '../../test/helpers/edit-script';
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
          const ids = new Set([...expected.keys(), ...Object.keys(relation ? doc.relations : doc.elements).slice(0, 50)]);
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

  it('count a relation’s findings at its new ends when the relation moved under them', () => {
    // the findings of a rule that did not recheck (the report's changes do not name them) still
    // count at the ends the relation has now
    const doc = makeVariedDocument(600, 4);
    const checker = createChecker();
    const markers = new ElementMarkers();
    const first = checker.check(doc);
    markers.update(first, doc.relations);
    const flagged = first.problems.find((p) => p.severity !== 'advice' && p.relationIds.length > 0 && p.elementIds.length === 0)!;
    const rel = doc.relations[flagged.relationIds[0]];
    const elsewhere = Object.keys(doc.elements).find((id) => id !== rel.source && id !== rel.target && !findingsByElement(first, doc.relations).has(id))!;
    const other = executeCommand(doc, 'element.update', { id: elsewhere, patch: { description: 'lain' } });
    const report = checker.check(other.doc, other.patches);
    const moved = { ...other.doc.relations, [rel.id]: { ...rel, source: elsewhere } };
    markers.update(report, moved);
    expect(markers.byId.get(elsewhere)).toBeDefined();
    expect(markers.byId).toEqual(findingsByElement(report, moved));
    // and with the same report, before the recheck of an edit has come: the relation back where it was
    expect(markers.update(report, other.doc.relations)).toBe(true);
    expect(markers.byId).toEqual(findingsByElement(report, other.doc.relations));
    expect(markers.byId.get(elsewhere)).toBeUndefined();
  });

  it('empty when there is no report', () => {
    const doc = makeVariedDocument(300, 1);
    const markers = new ElementMarkers();
    markers.update(createChecker().check(doc), doc.relations);
    expect(markers.byId.size).toBeGreaterThan(0);
    expect(markers.update(null, doc.relations)).toBe(true);
    expect(markers.byId.size).toBe(0);
    expect(new FindingsByTarget().update(null).about(Object.keys(doc.elements)[0], false)).toEqual([]);
  });
});
