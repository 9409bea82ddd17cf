/**
 * The WoG checker: rules with sources checked against the sector-ecosystem catalogue.
 *
 * - `checkDocument(doc, options?)` — one full check (CLI, PDF export).
 * - `createChecker(options?)` — a checker that rechecks incrementally after each edit (editor).
 * - `listRules()` — what every rule checks, its severity, source section, message and fix hint.
 */
import type { LakarDocument } from '../model/schema';
import { IncrementalChecker, type CheckOptions } from './checker';
import type { Rule } from './define';
import { MODEL_RULES } from './rules/model';
import { USER_RULES } from './rules/users';
import { SERVICE_RULES } from './rules/services';
import { DPI_RULES } from './rules/dpi';
import { DATA_RULES } from './rules/data';
import { FLOW_RULES } from './rules/flows';
import { APPLICATION_RULES } from './rules/applications';
import { CATEGORY_RULES, INFRASTRUCTURE_RULES } from './rules/infrastructure';
import { PROJECT_RULES } from './rules/project';
import type { CheckReport, RuleInfo } from './types';

/** Every rule, in report order (by LMV label, top to bottom, then project-wide rules). */
export const RULES: readonly Rule[] = [...MODEL_RULES, ...USER_RULES, ...SERVICE_RULES, ...DPI_RULES, ...APPLICATION_RULES, ...DATA_RULES, ...FLOW_RULES, ...INFRASTRUCTURE_RULES, ...CATEGORY_RULES, ...PROJECT_RULES];

/** Check `doc` once with every rule not switched off. */
export function checkDocument(doc: LakarDocument, options: CheckOptions = {}): CheckReport {
  return new IncrementalChecker(RULES, options).check(doc);
}

/** A checker for an open project: call `check(doc)` after each edit; unchanged parts are not rechecked. */
export function createChecker(options: CheckOptions = {}): IncrementalChecker {
  return new IncrementalChecker(RULES, options);
}

/** Static descriptions of every rule. */
export function listRules(): RuleInfo[] {
  return RULES.map((r) => r.info);
}

/** The description of rule `id`. */
export function ruleInfo(id: string): RuleInfo | undefined {
  return RULES.find((r) => r.id === id)?.info;
}

export { IncrementalChecker, type CheckOptions } from './checker';
export { SERVICE_ID_PATTERN } from '../export/idd/services';
export { plainProblem } from './define';
export type { Rule } from './define';
export * from './types';
