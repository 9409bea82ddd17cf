/**
 * Indexes of the live report's findings that follow it edit by edit. A 100,000-element model can
 * have 200,000 findings and an edit changes a handful, so the canvas's markers and the inspector's
 * field findings do not go through every finding after each recheck: a report of the incremental
 * checker says which findings it took away and added since the previous report (`changes`, by
 * object identity), and an index built from that previous report applies just those. Any other
 * report (the first one, one of another project, one made by hand) is indexed from scratch, so an
 * index always says what indexing its report afresh would say.
 */
import type { LakarDocument } from '../../shared/model';
import type { CheckReport, Problem, ProblemChanges, Severity } from '../../shared/rules';
import { addTo, removeFrom } from '../../shared/rules/list-map';
import { problemElements } from './problemFocus';

/** The changes that lead from the report numbered `serial` to `report`, if it follows from it. */
function changesSince(report: CheckReport, serial: number | undefined): ProblemChanges | null {
  const changes = report.changes;
  return serial !== undefined && changes && changes.since === serial ? changes : null;
}

/** `ids` without repeats (most findings name one id: no set is made for them). */
function distinct(ids: readonly string[]): readonly string[] {
  return ids.length < 2 ? ids : [...new Set(ids)];
}

/** Rank of each rule in the report (its place in `byRule`); findings of other rules go last. */
function ruleRanks(report: CheckReport): Map<string, number> {
  const ranks = new Map<string, number>();
  if (report.byRule) for (const id of report.byRule.keys()) ranks.set(id, ranks.size);
  return ranks;
}

/** The findings about each element and each relation (the ids they name), in report order. */
export class FindingsByTarget {
  private serial: number | undefined;
  private readonly elements = new Map<string, Problem[]>();
  private readonly relations = new Map<string, Problem[]>();
  private ranks = new Map<string, number>();
  /** The last report's findings by rule, to place a recheck's findings within their rule. */
  private byRule: CheckReport['byRule'];
  /** Lists that may be out of report order (findings added by a recheck go last in their list). */
  private unsorted = new WeakSet<Problem[]>();

  /** Follow `report` (applying its changes when it follows from the last one indexed). */
  update(report: CheckReport | null): this {
    if (!report) {
      this.clear();
      return this;
    }
    if (report.serial !== undefined && report.serial === this.serial) return this;
    const changes = changesSince(report, this.serial);
    this.ranks = ruleRanks(report);
    this.byRule = report.byRule;
    if (changes) {
      for (const p of changes.removed) this.remove(p);
      for (const p of changes.added) this.add(p, true);
    } else {
      this.clear();
      for (const p of report.problems) this.add(p, false);
    }
    this.serial = report.serial;
    return this;
  }

  /** The findings naming element (or relation) `id`, in report order. */
  about(id: string, relation: boolean): readonly Problem[] {
    const list = (relation ? this.relations : this.elements).get(id);
    if (!list) return [];
    if (this.unsorted.delete(list)) {
      // the report goes rule by rule; within a rule, a recheck puts an anchor's findings where a
      // full check lists them, so their place in the rule's list is looked up (one target's few
      // findings, when the inspector shows it)
      const rank = (p: Problem) => this.ranks.get(p.ruleId) ?? Infinity;
      const place = new Map(list.map((p) => [p, placeIn(this.byRule?.get(p.ruleId), p)]));
      list.sort((a, b) => rank(a) - rank(b) || place.get(a)! - place.get(b)! || 0);
    }
    return list;
  }

  private clear() {
    this.elements.clear();
    this.relations.clear();
    this.unsorted = new WeakSet();
    this.serial = undefined;
  }

  private add(p: Problem, late: boolean) {
    for (const id of distinct(p.elementIds)) {
      addTo(this.elements, id, p);
      if (late) this.unsorted.add(this.elements.get(id)!);
    }
    for (const id of distinct(p.relationIds)) {
      addTo(this.relations, id, p);
      if (late) this.unsorted.add(this.relations.get(id)!);
    }
  }

  private remove(p: Problem) {
    for (const id of distinct(p.elementIds)) removeFrom(this.elements, id, p);
    for (const id of distinct(p.relationIds)) removeFrom(this.relations, id, p);
  }
}

/** Where `p` is in a rule's findings (`chunks`, read in order); Infinity when not there. */
function placeIn(chunks: readonly (readonly Problem[])[] | undefined, p: Problem): number {
  let offset = 0;
  for (const chunk of chunks ?? []) {
    const at = chunk.indexOf(p);
    if (at >= 0) return offset + at;
    offset += chunk.length;
  }
  return Infinity;
}

/** What a node's marker shows: the worst severity and the number of errors and warnings. */
export interface NodeFindings {
  severity: Severity;
  count: number;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, advice: 2 };

/**
 * The worst severity and the number of errors and warnings of each element with any (advice alone
 * draws no marker); a finding about a relation (a flow's Servis ID) marks the relation's two ends.
 * Worked out from every finding at once: the definition that `ElementMarkers` keeps
 * up to date edit by edit (its tests compare the two; the checker bench times both).
 */
export function findingsByElement(report: CheckReport | null, relations: LakarDocument['relations']): Map<string, NodeFindings> {
  const out = new Map<string, NodeFindings>();
  if (!report) return out;
  for (const p of report.problems) {
    if (p.severity === 'advice') continue;
    for (const id of problemElements(p, relations)) {
      const f = out.get(id);
      if (!f) out.set(id, { severity: p.severity, count: 1 });
      else {
        f.count++;
        if (RANK[p.severity] < RANK[f.severity]) f.severity = p.severity;
      }
    }
  }
  return out;
}

/**
 * The errors and warnings at each element (advice alone draws no marker); a finding about a
 * relation counts at the relation's two ends. `byId` is what `findingsByElement` gives for the same
 * report and the relations of the document it checked, kept up to date in place: a report that
 * follows from the last one brings the findings it took away and added and the relations that
 * changed, and only the findings about those relations are counted again. Relations edited since
 * the report (its recheck not come yet) are followed when that recheck comes, as findings are.
 */
export class ElementMarkers {
  private serial: number | undefined;
  private relationTable: LakarDocument['relations'] | null = null;
  private readonly errors = new Map<string, number>();
  private readonly warnings = new Map<string, number>();
  /** Findings counted through relations: the elements they were counted at. */
  private readonly through = new Map<Problem, readonly string[]>();
  /** Relation id → the findings counted through it. */
  private readonly byRelation = new Map<string, Set<Problem>>();
  readonly byId = new Map<string, NodeFindings>();

  /** Follow `report` over `relations` (the editor's, which may be ahead of the report); true when `byId` may have changed. */
  update(report: CheckReport | null, relations: LakarDocument['relations']): boolean {
    if (!report) {
      const had = this.byId.size > 0;
      this.clear();
      return had;
    }
    this.relationTable = relations;
    if (report.serial !== undefined && report.serial === this.serial) return false;
    const changes = changesSince(report, this.serial);
    if (!changes) {
      this.clear();
      this.relationTable = relations;
      for (const p of report.problems) this.add(p);
    } else {
      for (const p of changes.removed) this.remove(p);
      // a relation's ends may have moved under a finding its rule did not recheck
      for (const id of changes.relations) {
        const found = this.byRelation.get(id);
        if (!found) continue;
        for (const p of [...found]) {
          this.remove(p);
          this.add(p);
        }
      }
      for (const p of changes.added) this.add(p);
    }
    this.serial = report.serial;
    return true;
  }

  private clear() {
    this.errors.clear();
    this.warnings.clear();
    this.through.clear();
    this.byRelation.clear();
    this.byId.clear();
    this.serial = undefined;
    this.relationTable = null;
  }

  private add(p: Problem) {
    if (p.severity === 'advice') return;
    let ids: readonly string[];
    if (p.relationIds.length) {
      ids = problemElements(p, this.relationTable!);
      this.through.set(p, ids);
      for (const r of p.relationIds) {
        let found = this.byRelation.get(r);
        if (!found) this.byRelation.set(r, (found = new Set()));
        found.add(p);
      }
    } else ids = distinct(p.elementIds);
    for (const id of ids) this.count(id, p.severity, 1);
  }

  private remove(p: Problem) {
    if (p.severity === 'advice') return;
    const was = this.through.get(p);
    if (was) {
      this.through.delete(p);
      for (const r of p.relationIds) {
        const found = this.byRelation.get(r);
        found?.delete(p);
        if (found && !found.size) this.byRelation.delete(r);
      }
    }
    for (const id of was ?? distinct(p.elementIds)) this.count(id, p.severity, -1);
  }

  private count(id: string, severity: Severity, by: number) {
    const map = severity === 'error' ? this.errors : this.warnings;
    const n = (map.get(id) ?? 0) + by;
    if (n) map.set(id, n);
    else map.delete(id);
    const errors = this.errors.get(id) ?? 0;
    const warnings = this.warnings.get(id) ?? 0;
    if (errors + warnings === 0) this.byId.delete(id);
    else this.byId.set(id, { severity: errors ? 'error' : 'warning', count: errors + warnings });
  }
}
