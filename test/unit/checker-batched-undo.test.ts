/**
 * Issue 18 review: one recheck after an edit and its undo made before the check ran (the live
 * checker throttles while edits keep coming), with and without the patches, gives a full check's findings.
 */
import { describe, expect, it } from 'vitest';
import type { Patch } from 'immer';
import { applyDocumentPatches, type LakarDocument } from '../../shared/model';
import { checkDocument, createChecker, type CheckReport, type Problem } from '../../shared/rules';
import { makeVariedDocument } from '../helpers/varied-model';
import { editScript } from '../helpers/edit-script';
const line = (p: Problem) => [p.ruleId, p.message.ms, p.elementIds.join(','), p.relationIds.join(','), JSON.stringify(p.params ?? null)].join('|');
const sorted = (r: CheckReport) => r.problems.map(line).sort();
describe('batched edits with an undo inside', () => {
  for (const seed of [3, 8]) it(`seed ${seed}`, () => {
    let doc: LakarDocument = makeVariedDocument(900, seed);
    const checker = createChecker();
    checker.check(doc);
    for (const s of editScript(doc, seed, 30)) {
      // remove-then-undo inside one batch: the element/relation comes back (at the end of the table)
      const undone = applyDocumentPatches(s.doc, s.inversePatches);
      const patches: Patch[] = [...s.patches, ...s.inversePatches];
      const report = checker.check(undone, seed % 2 ? patches : undefined);
      const full = checkDocument(undone);
      expect(sorted(report), s.what).toEqual(sorted(full));
      doc = s.doc;
      checker.check(doc);
    }
  });
});
