/**
 * Issue 18 review: a recheck after an undo and a redo (the command's inverse patches, applied as the
 * editor's undo applies them), with the checker prepared for edits in between, gives a full check's
 * findings, and the canvas markers and inspector index that follow the reports say what indexing each afresh says.
 */
import { describe, expect, it } from 'vitest';
import type { Patch } from 'immer';
import { applyDocumentPatches, type LakarDocument } from '../../shared/model';
import { checkDocument, createChecker, type CheckReport, type Problem } from '../../shared/rules';
import { makeVariedDocument } from '../helpers/varied-model';
import { editScript } from '../helpers/edit-script';
import { ElementMarkers, FindingsByTarget, findingsByElement } from '../../renderer/problems/findingsIndex';
const line = (p: Problem) => [p.ruleId, p.message.ms, p.elementIds.join(','), p.relationIds.join(','), JSON.stringify(p.params ?? null)].join('|');
const sorted = (r: CheckReport) => r.problems.map(line).sort();
function namedBy(report: CheckReport, relation: boolean): Map<string, Problem[]> {
  const out = new Map<string, Problem[]>();
  for (const p of report.problems) for (const id of new Set(relation ? p.relationIds : p.elementIds)) out.set(id, [...(out.get(id) ?? []), p]);
  return out;
}
// ~75 full checks and rechecks of a 900-element model per seed: 3–9 s on a quiet machine, 57 s when
// CI shared two cores with other builds; the time limit is for a hang, not for speed
const SLOW_MACHINE_LIMIT_MS = 180_000;

describe('undo/redo', () => {
  for (const seed of [3, 11]) it(`seed ${seed}`, { timeout: SLOW_MACHINE_LIMIT_MS }, () => {
    let doc: LakarDocument = makeVariedDocument(900, seed);
    const checker = createChecker();
    const markers = new ElementMarkers();
    const targets = new FindingsByTarget();
    const go = (d: LakarDocument, patches: Patch[] | undefined, what: string) => {
      doc = d;
      const report = checker.check(doc, patches);
      if (seed % 2) checker.prepareForEdits();
      const full = checkDocument(doc);
      expect(sorted(report), what).toEqual(sorted(full));
      markers.update(report, doc.relations);
      expect(markers.byId, what).toEqual(findingsByElement(report, doc.relations));
      targets.update(report);
      for (const relation of [false, true]) {
        const expected = namedBy(report, relation);
        for (const [id, list] of expected) expect(targets.about(id, relation), `${what} ${id}`).toEqual(list);
      }
    };
    go(doc, undefined, 'first');
    for (const s of editScript(doc, seed, 25)) {
      go(s.doc, s.patches, s.what);
      go(applyDocumentPatches(doc, s.inversePatches), s.inversePatches, `undo ${s.what}`);
      go(applyDocumentPatches(doc, s.patches), s.patches, `redo ${s.what}`);
      doc = s.doc; // continue the script from its own document (same content)
      checker.check(doc);
    }
  });
});
