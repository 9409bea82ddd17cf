/**
 * Findings that other features add to the Problems panel beside the live WoG check, e.g. the
 * portfolio's "Semak terhadap portfolio…" advice (issue 17). Each source sets findings for one open
 * project (by handle) with the descriptions of its rules; the panel shows them with the others.
 */
import { create } from 'zustand';
import type { Problem, RuleInfo } from '../../shared/rules';

export interface ExtraFindings {
  /** The open project the findings are about. */
  handle: string;
  problems: Problem[];
  /** Descriptions (source section, fix hint) of the rules the findings name. */
  rules: RuleInfo[];
}

export const useExtraFindings = create<{ bySource: Record<string, ExtraFindings> }>(() => ({ bySource: {} }));

/** Set (or with null, clear) the findings of `source`. */
export function setExtraFindings(source: string, findings: ExtraFindings | null): void {
  useExtraFindings.setState((s) => {
    const next = { ...s.bySource };
    if (findings) next[source] = findings;
    else delete next[source];
    return { bySource: next };
  });
}

/** Findings for project `handle` from every source, leaving out rules switched off for it. */
export function extraFindingsFor(bySource: Record<string, ExtraFindings>, handle: string | null, disabled: readonly string[]): { problems: Problem[]; rules: RuleInfo[] } {
  const problems: Problem[] = [];
  const rules: RuleInfo[] = [];
  for (const f of Object.values(bySource)) {
    if (f.handle !== handle) continue;
    problems.push(...f.problems.filter((p) => !disabled.includes(p.ruleId)));
    rules.push(...f.rules);
  }
  return { problems, rules };
}
