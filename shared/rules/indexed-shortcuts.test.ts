/**
 * A full check takes shortcuts that hold only for the document the graph indexed at first (issue 18):
 * the ends of each relation found while indexing (`ModelGraph.sourceOf`/`endOf`), the relations
 * with suspect ends or data (`endsAllowed`). Once the graph follows an edit they are dropped and the
 * rules look everything up. Both ways must give the same findings, word for word and in order: here
 * every rule is switched on again after an edit of the project's meta, so the recheck runs each rule
 * over the whole model on an updated graph, and its report is compared with a full check's.
 */
import { describe, expect, it } from 'vitest';
import { fromDocumentData, type LakarDocument, type LakarDocumentData } from '../model';
import { makeVariedDocument } from '../../test/helpers/varied-model';
import { checkDocument, createChecker, RULES } from './index';
import type { CheckReport, Problem } from './types';

const line = (p: Problem) => [p.ruleId, p.severity, p.message.ms, p.message.en, p.elementIds.join(','), p.relationIds.join(','), JSON.stringify(p.params ?? null)].join('|');
const lines = (r: CheckReport) => r.problems.map(line);

/** The report of `doc` from a checker that checked it first with every rule switched off. */
function checkedWithoutShortcuts(doc: LakarDocument): CheckReport {
  const checker = createChecker();
  checker.check({ ...doc, meta: { ...doc.meta, disabledRules: RULES.map((r) => r.id) } });
  const report = checker.check(doc);
  expect(checker.lastRun.mode).toBe('incremental');
  return report;
}

describe('a full check', () => {
  for (const [size, seed, fromJson] of [
    [1500, 3, false],
    [2500, 11, true],
    [4000, 23, true],
  ] as const) {
    it(`finds what the rules find without the indexed document's shortcuts (${size} elements, seed ${seed}${fromJson ? ', read from JSON' : ''})`, () => {
      const made = makeVariedDocument(size, seed);
      const doc = fromJson ? (fromDocumentData(JSON.parse(JSON.stringify(made)) as LakarDocumentData) as LakarDocument) : made;
      const full = lines(checkDocument(doc));
      expect(full.length).toBeGreaterThan(size);
      expect(lines(checkedWithoutShortcuts(doc))).toEqual(full);
    });
  }
});
