/**
 * The checker's public types. Rules are data: an id, a severity, BM/EN texts, the seed section they
 * enforce and a fix hint, plus a check function. Problems point at the elements/relations involved
 * so the UI can select them.
 */
import type { LakarDocument } from '../model/schema';
import type { AgencyApplication } from '../catalogue/schema';
import type { CatalogueIndex } from '../catalogue/catalogue';
import type { ModelGraph } from './graph';

export type Severity = 'error' | 'warning' | 'advice';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'advice'];

/** Text in both UI languages. */
export interface Bilingual {
  ms: string;
  en: string;
}

/** One finding of one rule. */
export interface Problem {
  ruleId: string;
  severity: Severity;
  /** Rendered message in both languages (parameters already substituted). */
  message: Bilingual;
  elementIds: string[];
  relationIds: string[];
  /** The parameters substituted into the message (names, fields), for exporters that re-render. */
  params?: Record<string, string | number | Bilingual>;
}

/** The result of checking a document. */
export interface CheckReport {
  problems: Problem[];
  /** Rule ids switched off for this project (from meta.disabledRules), listed in reports. */
  disabledRules: string[];
  counts: Record<Severity, number>;
  /** Version of the catalogue the check used, e.g. "Sehingga Disember 2025" or an update's version. */
  catalogueVersion?: string;
  /** Number of rules that ran. */
  rulesChecked?: number;
}

/** Static description of a rule, as listed by `lakar rules` and the report appendix. */
export interface RuleInfo {
  id: string;
  severity: Severity;
  title: Bilingual;
  /** Seed file and section the rule enforces, e.g. "001 §2.6.1, Rajah 2-12". */
  source: string;
  fixHint: Bilingual;
  /** Message template with `{param}` placeholders. */
  message?: Bilingual;
}

/** Anything a rule may need besides the document (catalogue, imported application list, indexes). */
export interface CheckContext {
  doc: LakarDocument;
  /** Catalogue in use: built-in, with the project's update merged over it. */
  catalogue: CatalogueIndex;
  /** Imported agency application list (RASA export), empty when none. */
  agencyApplications: readonly AgencyApplication[];
  /** Indexes over the document: elements by kind, incident relations, flows per data entity, children. */
  graph: ModelGraph;
}
