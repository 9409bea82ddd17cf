/**
 * The report a recheck gives is the report of a full check of the edited document (issue 18: the
 * report is kept as per-rule lists so a recheck costs what the edit changed, and the flat list is
 * built only when read). Followed over seeded random edit scripts on varied models.
 */
import { describe, expect, it } from 'vitest';
import type { LakarDocument } from '../model/schema';
import { makeVariedDocument } from '../../test/helpers/varied-model';
import { editScript } from '../../test/helpers/edit-script';
import { checkDocument, createChecker, RULES } from './index';
import type { CheckReport, Problem } from './types';

const line = (p: Problem) => [p.ruleId, p.severity, p.message.ms, p.message.en, p.elementIds.join(','), p.relationIds.join(','), JSON.stringify(p.params ?? null)].join('|');

/** Each rule's findings as lines in report order, rules in report order. */
function byRule(report: CheckReport): [string, string[]][] {
  const out = new Map<string, string[]>();
  for (const p of report.problems) {
    const list = out.get(p.ruleId) ?? [];
    list.push(line(p));
    out.set(p.ruleId, list);
  }
  return [...out];
}

/** The report order of rules: each rule's findings together, rules in the checker's order. */
function ruleRuns(report: CheckReport): string[] {
  const runs: string[] = [];
  for (const p of report.problems) if (runs[runs.length - 1] !== p.ruleId) runs.push(p.ruleId);
  return runs;
}

const facts = (r: CheckReport) => ({ counts: r.counts, disabledRules: r.disabledRules, catalogueVersion: r.catalogueVersion, rulesChecked: r.rulesChecked });

describe('a recheck after each edit of a random script', () => {
  for (const [size, seed] of [
    [800, 4],
    [1500, 7],
  ] as const) {
    it(`gives what a full check of the edited document gives (${size} elements, seed ${seed})`, () => {
      let doc: LakarDocument = makeVariedDocument(size, seed);
      const checker = createChecker();
      let previous = checker.check(doc);
      const ruleOrder = RULES.map((r) => r.id);
      for (const step of editScript(doc, seed, 30)) {
        doc = step.doc;
        const report = checker.check(doc, seed % 2 ? step.patches : undefined);
        const full = checkDocument(doc);
        expect(checker.lastRun.mode, step.what).toBe('incremental');
        // the same findings of each rule in the same order (a rechecked anchor's where a full check
        // lists them, not last), the same counts, rules listed in the same order
        expect(byRule(report), step.what).toEqual(byRule(full));
        expect(facts(report), step.what).toEqual(facts(full));
        expect(ruleRuns(report), step.what).toEqual(ruleRuns(full));
        expect(report.problems.length, step.what).toBe(report.counts.error + report.counts.warning + report.counts.advice);
        // the per-rule lists are the flat list, rule by rule in the checker's order
        expect([...report.byRule!.keys()]).toEqual(ruleOrder.filter((id) => !report.disabledRules.includes(id)));
        expect([...report.byRule!.values()].flat(2)).toEqual(report.problems);
        // the changes lead from the previous report's findings to these, object for object
        expect(report.changes!.since).toBe(previous.serial);
        const after = new Set(previous.problems);
        for (const p of report.changes!.removed) expect(after.delete(p), step.what).toBe(true);
        for (const p of report.changes!.added) after.add(p);
        expect(after).toEqual(new Set(report.problems));
        previous = report;
      }
    });
  }

  it('leaves a report read late as it was when made', () => {
    // one checker's reports are read as they come, the other's only after every edit: a later
    // recheck must not change what an earlier report holds
    let doc: LakarDocument = makeVariedDocument(1500, 5);
    const early = createChecker();
    const late = createChecker();
    const lines: string[][] = [early.check(doc).problems.map(line)];
    const unread: CheckReport[] = [late.check(doc)];
    for (const step of editScript(doc, 5, 25)) {
      doc = step.doc;
      lines.push(early.check(doc, step.patches).problems.map(line));
      unread.push(late.check(doc, step.patches));
    }
    expect(unread.map((r) => r.problems.map(line))).toEqual(lines);
  });

  it('is read, spread and written as JSON with its findings as before', () => {
    let doc: LakarDocument = makeVariedDocument(800, 2);
    const checker = createChecker();
    checker.check(doc);
    const step = editScript(doc, 2, 1).next().value!;
    doc = step.doc;
    const report = checker.check(doc, step.patches);
    expect(Object.keys(report)).toEqual(['problems', 'disabledRules', 'counts', 'catalogueVersion', 'rulesChecked']);
    expect({ ...report }.problems).toEqual(report.problems);
    const json = JSON.parse(JSON.stringify(report)) as CheckReport;
    expect(json.problems.map((p) => p.message.ms)).toEqual(report.problems.map((p) => p.message.ms));
    expect(Object.keys(json)).toEqual(['problems', 'disabledRules', 'counts', 'catalogueVersion', 'rulesChecked']);
    // a list set by hand replaces the findings, and the per-rule lists no longer claim to be them
    const copy = checker.check(doc);
    copy.problems = [];
    expect(copy.problems).toEqual([]);
    expect(copy.byRule).toBeUndefined();
  });
});
