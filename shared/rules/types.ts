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
  /** Every finding, rule by rule in report order (the checker builds it on first read, once per report). */
  problems: Problem[];
  /** Rule ids switched off for this project (from meta.disabledRules), listed in reports. */
  disabledRules: string[];
  counts: Record<Severity, number>;
  /** Version of the catalogue the check used, e.g. "Sehingga Disember 2025" or an update's version. */
  catalogueVersion?: string;
  /** Number of rules that ran. */
  rulesChecked?: number;
  /**
   * The checker's findings of each rule that ran, in report order, each rule's as a list of chunks
   * (read in order, they are the rule's findings): `problems` is all of them one after the other. A
   * recheck shares every chunk it did not change with the previous report (a rule left as it was
   * keeps its very list of chunks), so a reader can tell what changed by identity. Not enumerable: a
   * copy made by spreading or JSON (which may change `problems`) does not carry it; readers fall
   * back to `problems`.
   */
  readonly byRule?: ReadonlyMap<string, readonly (readonly Problem[])[]>;
  /** This report's number, unique in this process (not enumerable); `changes.since` refers to it. */
  readonly serial?: number;
  /** What the recheck that made this report changed since the checker's previous report (not enumerable). */
  readonly changes?: ProblemChanges;
}

/** The findings a recheck took away and added, as object identities of the two reports' findings. */
export interface ProblemChanges {
  /** `serial` of the report these changes lead from. */
  since: number;
  removed: readonly Problem[];
  added: readonly Problem[];
  /** Ids of the relations that differ between the two reports' documents (added, removed or edited). */
  relations: readonly string[];
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
