/**
 * How the checker hands out a report. A large model has hundreds of thousands of findings and an edit
 * changes a few rules' findings, so the report is made of the per-rule lists (`byRule`, shared with
 * the previous report for every rule that did not change; see chunks.ts) and the one flat list (`problems`) is put
 * together only when something reads it, once per report. Readers that follow edits (the canvas's
 * markers) compare the lists by identity, or apply `changes`, instead of reading everything again.
 */
import type { CheckReport, Problem, ProblemChanges } from './types';
import { sizeOf, type Chunks } from './chunks';

/** Fields of a report besides its findings. */
export type ReportFacts = Omit<CheckReport, 'problems' | 'byRule' | 'serial' | 'changes'>;

const flatLists = new WeakMap<ReadonlyMap<string, Chunks>, { list?: Problem[] }>();

/** The last report number given out (numbers are never reused, so `changes.since` cannot match another checker's report). */
let lastSerial = 0;

/**
 * A report over `byRule` (every rule that ran, in report order, with its findings): `problems` is
 * their concatenation, made on first read and kept. It is an own enumerable property, so spreading,
 * JSON and structured cloning see the list as before.
 */
export function makeReport(byRule: ReadonlyMap<string, Chunks>, facts: ReportFacts, changes?: ProblemChanges): CheckReport {
  const report = {} as CheckReport;
  // reports over the same lists (a recheck that changed no finding) share the one flat list
  let cell = flatLists.get(byRule);
  if (!cell) flatLists.set(byRule, (cell = {}));
  const flat = cell;
  Object.defineProperty(report, 'problems', {
    enumerable: true,
    configurable: true,
    get: () => (flat.list ??= concat(byRule)),
    set: (value: Problem[]) => {
      // a list set by hand is the report's findings from now on; the per-rule lists no longer say what it holds
      Object.defineProperty(report, 'problems', { value, writable: true, enumerable: true, configurable: true });
      Object.defineProperty(report, 'byRule', { value: undefined });
      Object.defineProperty(report, 'changes', { value: undefined });
    },
  });
  Object.assign(report, facts);
  // not enumerable: a copy made by spreading or JSON carries the findings as `problems` only, as before
  Object.defineProperty(report, 'byRule', { value: byRule, enumerable: false, configurable: true });
  Object.defineProperty(report, 'serial', { value: ++lastSerial, enumerable: false });
  Object.defineProperty(report, 'changes', { value: changes, enumerable: false, configurable: true });
  return report;
}

function concat(byRule: ReadonlyMap<string, Chunks>): Problem[] {
  let n = 0;
  for (const chunks of byRule.values()) n += sizeOf(chunks);
  const out = new Array<Problem>(n);
  let i = 0;
  for (const chunks of byRule.values()) for (const c of chunks) for (let j = 0; j < c.length; j++) out[i++] = c[j];
  return out;
}
