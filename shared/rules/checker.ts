/**
 * The checker: runs the rules over a document and keeps their results so that the next check of an
 * edited document only redoes what the edit can affect.
 *
 * After an edit it diffs the two documents by reference (immer shares unchanged elements,
 * relations and views), updates the indexes in place, walks the dependency graph from the changed
 * items (`reach` steps per local rule) and rechecks only those anchors; global rules rerun only when
 * a slice they read changed. A change of catalogue or application list rechecks everything.
 */
import type { Patch } from 'immer';
import type { Element, LakarDocument, ProjectMeta, Relation } from '../model/schema';
import type { AgencyApplication } from '../catalogue/schema';
import { builtinCatalogueIndex, type CatalogueIndex } from '../catalogue/catalogue';
import { resolveCatalogueIndex } from '../catalogue/update';
import { emitterFor, type Anchor, type GlobalRule, type LocalRule, type Rule, type Slice } from './define';
import { runLocalRulesFully, type LocalListing } from './full-pass';
import { ModelGraph } from './graph';
import type { CheckContext, CheckReport, Problem, ProblemChanges, Severity } from './types';
import { makeReport } from './report';
import { ChunkEditor, chunksOf, NO_CHUNKS, sizeOf, type Chunks } from './chunks';
import { changesFromPatches, diffDocuments, GlobalRulesMoved } from './changes';
import { distances, findingsPointingAtAny, namesReach, onlyRenamed, pointsAtAny, reachedByKind, remadePointingAt, WalkBounds, type AnchorProblems } from './recheck-reach';
import { byAnchor, forEachReached, NO_IDS, pointingIndex, reachesWithin, take, type LocalResult } from './local-results';

export interface CheckOptions {
  /** Catalogue to use instead of the project's own (built-in + `meta.catalogueUpdate`). */
  catalogue?: CatalogueIndex;
  /** Application list to use instead of the project's `meta.agencyApplications`. */
  agencyApplications?: readonly AgencyApplication[];
  /** Rules switched off in addition to `meta.disabledRules`. */
  disabledRules?: readonly string[];
  /**
   * Check the tables as if no check had seen them: number them again (table-numbering.ts) rather
   * than take the numbering kept for them. The findings are the same either way; benchmarks set it
   * to time a full check as opening a document or an edit meets it, with the code warm, on the same
   * document (bench/checker/fresh-tables.ts).
   */
  tablesUnseen?: boolean;
}

/** Meta fields rules read; edits of others (title, author, dates) never trigger a recheck. */
const CHECKED_META: readonly (keyof ProjectMeta)[] = ['sector', 'serviceDomain', 'category', 'pemilikProjek', 'penerajuProjek', 'pelaksanaProjek', 'pelaksanaPerolehan', 'objectives', 'expectedOutcomes', 'costs', 'measurableObjectives', 'targetGroupBenefits', 'scope', 'asIsSummary', 'cyberRisk', 'strategicAlignment', 'inisiatifTumpuan', 'agensiSpesifikCategory', 'jdnConsultation', 'kaedahPerolehan', 'fundingSource', 'milestones', 'dependencies', 'risks', 'checklistAnswers', 'advancedTechnologies', 'agencyApplications', 'version', 'agensiInduk', 'author', 'declinedCatalogueRefs'];

const NO_APPS: readonly AgencyApplication[] = [];

interface State {
  doc: LakarDocument;
  graph: ModelGraph;
  catalogue: CatalogueIndex;
  apps: readonly AgencyApplication[];
  disabled: Set<string>;
  /** Local rules: their problems by anchor, for the incremental check. */
  local: Map<string, LocalResult>;
  /** Every rule's problems in chunks; a recheck copies only the chunks it changes. */
  flat: Map<string, Chunks>;
  /** Global rules' `structure`, kept while what they read changes only by renames. */
  structures: Map<string, unknown>;
  report: CheckReport;
}

/** A checker that remembers its last result; reuse one instance per open project. */
export class IncrementalChecker {
  private state: State | null = null;
  /** What the last `check` did, for benchmarks and tests. */
  lastRun: { mode: 'full' | 'incremental' | 'unchanged'; anchorsChecked: number; globalRulesRun: number } = { mode: 'full', anchorsChecked: 0, globalRulesRun: 0 };

  /** How far the incremental check walks from a change, by the `reach` of the local rules. */
  private readonly walk: WalkBounds;
  /** How far it walks from a renamed element, by their `names`. */
  private readonly namesWalk: WalkBounds;
  /** Local rule id → the kinds it anchors on. */
  private readonly anchorKinds = new Map<string, ReadonlySet<string>>();
  /** Global rules saying which items of what they read matter to them (`matters`). */
  private readonly weighingRules: readonly GlobalRule[];

  constructor(
    private readonly rules: readonly Rule[],
    private readonly options: CheckOptions = {},
  ) {
    const locals = rules.filter((r): r is LocalRule => r.scope === 'local');
    this.walk = new WalkBounds(locals, (r) => r.reach);
    this.namesWalk = new WalkBounds(locals, namesReach);
    for (const r of rules) if (r.scope === 'local') this.anchorKinds.set(r.id, new Set(r.elements ?? r.relations));
    this.weighingRules = rules.filter((r): r is GlobalRule => r.scope === 'global' && !!r.matters);
  }

  /**
   * Check `doc`, incrementally when it derives from the previously checked document. `patches`
   * (immer patches from the last checked document to `doc`, e.g. collected from dispatches) make
   * finding the change cost proportional to the edit instead of the model.
   */
  check(doc: LakarDocument, patches?: readonly Patch[]): CheckReport {
    const prev = this.state;
    if (!prev) return this.full(doc);
    if (prev.doc === doc) {
      this.lastRun = { mode: 'unchanged', anchorsChecked: 0, globalRulesRun: 0 };
      return prev.report;
    }
    if (this.catalogueFor(doc) !== prev.catalogue || this.appsFor(doc) !== prev.apps) return this.full(doc);
    return this.incremental(prev, doc, patches);
  }

  /** Forget the last result: the next check is a full one (e.g. after opening another project). */
  reset() {
    this.state = null;
  }

  /**
   * Index the last result by anchor now rather than at the first edit that needs it: a full check
   * only lists problems, and on a large model indexing them takes a few milliseconds. Call it when
   * the UI is idle after opening a project. Changes no result.
   */
  prepareForEdits() {
    if (!this.state) return;
    this.state.graph.prepareForEdits();
    for (const result of this.state.local.values()) byAnchor(result);
    // the rules naming tops of trees: their anchors by the elements their findings point at, which
    // every rename asks for (built at the first one otherwise)
    for (const rule of this.rules) if (rule.scope === 'local' && rule.pointsAtRootsNamed && this.state.local.has(rule.id)) pointingIndex(this.state.local.get(rule.id)!);
    // and, for global rules, index the findings of the rules remade in place after a rename, and their structures'
    // entries, by the elements they point at: the first rename of an application on the 100,000-element
    // varied model made both (~15–30 ms), the next ones read them (~2 ms)
    const ctx = this.context(this.state);
    for (const rule of this.rules) {
      if (rule.scope !== 'global' || !rule.pointsAtEveryNamed || !rule.findingsPointingAt || !this.state.structures.has(rule.id)) continue;
      pointsAtAny(this.state.flat.get(rule.id) ?? NO_CHUNKS, []);
      rule.findingsPointingAt(ctx, this.state.structures.get(rule.id), new Set());
    }
  }

  private catalogueFor(doc: LakarDocument): CatalogueIndex {
    return this.options.catalogue ?? resolveCatalogueIndex(doc.meta.catalogueUpdate, builtinCatalogueIndex);
  }

  private appsFor(doc: LakarDocument): readonly AgencyApplication[] {
    return this.options.agencyApplications ?? doc.meta.agencyApplications?.entries ?? NO_APPS;
  }

  private disabledFor(doc: LakarDocument): Set<string> {
    return new Set([...(doc.meta.disabledRules ?? []), ...(this.options.disabledRules ?? [])]);
  }

  private context(state: Pick<State, 'doc' | 'graph' | 'catalogue' | 'apps'>): CheckContext {
    return { doc: state.doc, graph: state.graph, catalogue: state.catalogue, agencyApplications: state.apps };
  }

  private full(doc: LakarDocument): CheckReport {
    const state: State = {
      doc,
      graph: new ModelGraph(doc, this.options.tablesUnseen),
      catalogue: this.catalogueFor(doc),
      apps: this.appsFor(doc),
      disabled: this.disabledFor(doc),
      local: new Map(),
      flat: new Map(),
      structures: new Map(),
      report: undefined as unknown as CheckReport,
    };
    const ctx = this.context(state);
    // every local rule in one pass over the model (full-pass.ts says why)
    const pass = runLocalRulesFully(this.rules.filter((r): r is LocalRule => r.scope === 'local' && !state.disabled.has(r.id)), ctx);
    const anchors = pass.checked;
    let globals = 0;
    for (const rule of this.rules) {
      if (state.disabled.has(rule.id)) continue;
      if (rule.scope === 'local') keepListing(state, rule.id, pass.byRule.get(rule.id)!);
      else {
        state.flat.set(rule.id, chunksOf(this.runGlobal(rule, ctx, state, true)));
        globals++;
      }
    }
    state.report = this.assemble(state);
    this.state = state;
    this.lastRun = { mode: 'full', anchorsChecked: anchors, globalRulesRun: globals };
    return state.report;
  }

  /**
   * A global rule's findings: its structure worked out again when `structural` (or never kept),
   * else the kept one (what it reads changed only by renames).
   */
  private runGlobal(rule: GlobalRule, ctx: CheckContext, state: State, structural: boolean): Problem[] {
    if (!rule.structure) return rule.findingsFrom(ctx, undefined);
    let structure = state.structures.get(rule.id);
    if (structural || !state.structures.has(rule.id)) state.structures.set(rule.id, (structure = rule.structure(ctx)));
    return rule.findingsFrom(ctx, structure);
  }

  /**
   * The findings of a global rule keeping its structure (`pointsAtEveryNamed`) after renames of
   * `renamed`: those pointing at one of them made again (`findingsPointingAt`) in their places, the
   * others kept. Undefined when the new findings do not pair up one for one with the old, pointing at
   * the same elements (never, for a rule keeping its promise): the caller then makes every finding again.
   */
  private remakePointingAt(rule: GlobalRule, ctx: CheckContext, state: State, renamed: readonly string[]): Chunks | undefined {
    const fresh = rule.findingsPointingAt!(ctx, state.structures.get(rule.id), new Set(renamed));
    const old = state.flat.get(rule.id) ?? NO_CHUNKS;
    const pointing = findingsPointingAtAny(old, renamed);
    if (fresh.length !== pointing.length) return undefined;
    // each old finding is paired with the new one pointing at the same elements, found by them (not by
    // position: the index lists a finding under each element, so several renamed at once come unordered)
    const byIds = new Map<string, Problem>();
    for (const p of pointing) byIds.set(p.elementIds.join('\n'), p);
    if (byIds.size !== pointing.length) return undefined;
    const list = new ChunkEditor(old);
    const pairs: [Problem, Problem][] = [];
    for (const p of fresh) {
      const key = p.elementIds.join('\n');
      const was = byIds.get(key);
      if (!was) return undefined;
      byIds.delete(key);
      list.replace(was, [p]);
      pairs.push([was, p]);
    }
    const chunks = list.result();
    remadePointingAt(old, chunks, pairs);
    return chunks;
  }

  /** Run one local rule over all its anchors (a rule enabled again on a recheck). */
  private runLocalFully(rule: LocalRule, ctx: CheckContext, state: State): number {
    const { byRule, checked } = runLocalRulesFully([rule], ctx);
    keepListing(state, rule.id, byRule.get(rule.id)!);
    return checked;
  }

  private incremental(prev: State, doc: LakarDocument, patches?: readonly Patch[]): CheckReport {
    const before = prev.doc;
    const changes = patches ? changesFromPatches(before, doc, patches) : diffDocuments(before, doc);
    const { elements: changedElements, relations: changedRelations, viewMembers } = changes;
    const metaChanged = changes.meta && CHECKED_META.some((k) => before.meta[k] !== doc.meta[k]);

    // slices changed other than by renames, and those only renamed in (an edit of a name alone changes
    // what no rule works out but the names it shows)
    const slices = new Set<Slice>();
    const renamedSlices = new Set<Slice>();
    const structuralElements: string[] = [];
    const renamedElements: string[] = [];
    for (const id of changedElements) {
      const was = before.elements.get(id);
      const now = doc.elements.get(id);
      // an element renamed along with another change (a name and a description in one update, a
      // merge) is both: a global rule its other change does not matter to (`matters`) keeps its
      // structure, and only the rename tells it to show the new name
      if (was && now && was.name !== now.name) {
        renamedElements.push(id);
        renamedSlices.add(`el:${now.kind}` as Slice);
        if (onlyRenamed(was, now)) continue;
      }
      structuralElements.push(id);
      for (const e of [was, now]) if (e) slices.add(`el:${e.kind}` as Slice);
    }
    for (const id of changedRelations) {
      for (const r of [before.relations.get(id), doc.relations.get(id)]) if (r) slices.add(`rel:${r.kind}` as Slice);
    }
    if (metaChanged) slices.add('meta');
    if (changes.views) slices.add('views');

    // which global rules declaring what matters to them the change reaches: asked of the items as
    // they were (the graph still holds the document before the edit) and as they are
    const moved = new GlobalRulesMoved(this.weighingRules, structuralElements, changedRelations);
    moved.ask(prev.graph, doc);
    prev.graph.update(doc, changedElements, changedRelations);
    moved.ask(prev.graph, before);
    const state: State = { ...prev, doc, disabled: this.disabledFor(doc), structures: new Map(prev.structures) };
    const ctx = this.context(state);

    const dist = distances(before, state.graph, structuralElements, changedRelations, viewMembers, this.walk, true);
    // renamed elements are read by fewer anchors (rules read few names): a walk of their own, in
    // which a tree is no one place (a part's top application is named only by rules whose findings
    // point at it, `pointsAtRootsNamed`, rechecked below from their findings)
    const renamedDist = renamedElements.length ? distances(before, state.graph, renamedElements, [], [], this.namesWalk, false) : undefined;
    // what each walk reached, by kind: a rule goes through the anchors of its own kinds only
    const reached = reachedByKind(dist, before, doc);
    const renamedReached = renamedDist && reachedByKind(renamedDist, before, doc);
    // problems lists are replaced, never mutated, so an unchanged set of lists means an unchanged report
    const flatBefore = new Map(state.flat);
    // what the recheck takes away and adds, for readers that follow the findings edit by edit
    const removed: Problem[] = [];
    const added: Problem[] = [];
    const replaced = (ruleId: string, chunks: Chunks) => {
      const old = flatBefore.get(ruleId);
      if (old === chunks) return;
      if (old) for (const c of old) for (const p of c) removed.push(p);
      for (const c of chunks) for (const p of c) added.push(p);
    };

    let anchors = 0;
    let globals = 0;
    for (const rule of this.rules) {
      if (state.disabled.has(rule.id)) {
        state.local.delete(rule.id);
        for (const c of state.flat.get(rule.id) ?? NO_CHUNKS) for (const p of c) removed.push(p);
        state.flat.delete(rule.id);
        state.structures.delete(rule.id);
        continue;
      }
      const newlyEnabled = prev.disabled.has(rule.id);
      if (rule.scope === 'global') {
        // a rule saying what matters to it reruns when a changed item did, or meta or views it reads changed
        const read = rule.matters ? moved.has(rule) || rule.reads.some((s) => (s === 'meta' || s === 'views') && slices.has(s)) : rule.reads.some((s) => slices.has(s));
        const structural = newlyEnabled || read;
        const renamedRead = !rule.readsNoNames && rule.reads.some((s) => renamedSlices.has(s));
        const namesPointedAt = !structural && renamedRead && rule.structure && rule.pointsAtEveryNamed && state.structures.has(rule.id);
        // a rename no finding points at changes none of a rule whose findings point at every name they show
        if (namesPointedAt && !pointsAtAny(state.flat.get(rule.id) ?? NO_CHUNKS, renamedElements)) continue;
        // and one that some point at changes only those, made again in their places
        const renamedFindings = namesPointedAt && rule.findingsPointingAt ? this.remakePointingAt(rule, ctx, state, renamedElements) : undefined;
        if (renamedFindings) {
          state.flat.set(rule.id, renamedFindings);
          replaced(rule.id, renamedFindings);
          globals++;
        } else if (structural || renamedRead) {
          const chunks = chunksOf(this.runGlobal(rule, ctx, state, structural));
          state.flat.set(rule.id, chunks);
          replaced(rule.id, chunks);
          globals++;
        }
        continue;
      }
      if (newlyEnabled || (rule.readsMeta && metaChanged)) {
        anchors += this.runLocalFully(rule, ctx, state);
        replaced(rule.id, state.flat.get(rule.id)!);
        continue;
      }
      // what the edit reached of the rule's anchors; a rule it reached none of is passed at once (most
      // of the ~60 local rules after a rename: setting each up to recheck nothing was a fifth of a warm
      // rename's recheck, more in the first ones, run before the code is optimised)
      const anchorKinds: readonly string[] = rule.elements ?? rule.relations!;
      const byKind = rule.elements ? reached.elements : reached.relations;
      const renamedByKind = renamedReached && (rule.elements ? renamedReached.elements : renamedReached.relations);
      const result = state.local.get(rule.id)!;
      const pointing = rule.pointsAtRootsNamed && renamedElements.length ? pointingIndex(result).pointingAt(renamedElements) : NO_IDS;
      // a rule showing names only in its findings (`namesOnlyShown`) has none after a rename where it had none
      const renamedHaving = renamedByKind && rule.namesOnlyShown ? byAnchor(result) : undefined;
      if (!reachesWithin(byKind, anchorKinds, rule.reach) && !(renamedByKind && reachesWithin(renamedByKind, anchorKinds, namesReach(rule), renamedHaving)) && !pointing.length) continue;
      const cache = byAnchor(result);
      const scratch: Problem[] = [];
      const emit = emitterFor(rule, scratch);
      const kinds = this.anchorKinds.get(rule.id)!;
      const items: { get(id: string): Anchor | undefined } = rule.elements ? doc.elements : doc.relations;
      // the rule's list is patched, not rebuilt from the cache: an edit touches a few anchors, and a
      // rule can hold tens of thousands of problems (and only the chunks patched are copied). An
      // anchor's new problems go where a full check lists them: in place of its old ones, or after
      // those of the nearest anchor before it (in the graph's order of its kind, kinds in the rule's order).
      const list = new ChunkEditor(state.flat.get(rule.id) ?? NO_CHUNKS);
      // each anchor once, however many ways reach it: a second recheck would list its findings as removed and added twice
      const done = new Set<string>();
      const recheck = (id: string) => {
        if (done.has(id)) return;
        done.add(id);
        const old = cache.get(id);
        const item = items.get(id);
        let now: AnchorProblems | undefined;
        if (item && kinds.has(item.kind)) {
          rule.checkItem(id, ctx, emit, item as Anchor);
          anchors++;
          if (scratch.length) now = take(scratch);
        }
        if (old === undefined && now === undefined) return;
        const nowList = now === undefined ? NO_PROBLEMS : Array.isArray(now) ? now : [now];
        for (const p of nowList) added.push(p);
        if (old !== undefined) {
          const oldList = Array.isArray(old) ? old : [old];
          list.replace(oldList[0], nowList);
          for (let i = 1; i < oldList.length; i++) list.remove(oldList[i]);
          for (const p of oldList) removed.push(p);
        } else list.insertAfter(this.lastProblemBefore(rule, state.graph, cache, item!), nowList);
        if (now !== undefined) cache.set(id, now);
        else cache.delete(id);
        result.pointing?.changed(id, old, now);
      };
      forEachReached(byKind, anchorKinds, rule.reach, undefined, recheck);
      if (renamedByKind) forEachReached(renamedByKind, anchorKinds, namesReach(rule), renamedHaving, recheck);
      for (const id of pointing) recheck(id);
      state.flat.set(rule.id, list.result());
    }
    const same = flatBefore.size === state.flat.size && [...state.flat].every(([id, list]) => flatBefore.get(id) === list) && sameSet(prev.disabled, state.disabled);
    state.report = this.assemble(state, same ? prev.report.byRule : undefined, { since: prev.report.serial!, removed, added, relations: changedRelations });
    this.state = state;
    this.lastRun = { mode: 'incremental', anchorsChecked: anchors, globalRulesRun: globals };
    return state.report;
  }

  /**
   * The last problem of `rule` a full check lists before those of `item` (an anchor without
   * problems so far): the last of the nearest anchor before it that has some, in the graph's order
   * of its kind, then of the rule's earlier kinds; undefined when none (they go first).
   */
  private lastProblemBefore(rule: LocalRule, graph: ModelGraph, cache: ReadonlyMap<string, AnchorProblems>, item: Anchor): Problem | undefined {
    const has = (id: string) => cache.has(id);
    const kinds: readonly string[] = rule.elements ?? rule.relations!;
    for (let k = kinds.indexOf(item.kind); k >= 0; k--) {
      const from = k === kinds.indexOf(item.kind) ? item : undefined;
      const id = rule.elements
        ? graph.lastElementBefore(rule.elements[k], from as Element | undefined, has)
        : graph.lastRelationBefore(rule.relations![k], from as Relation | undefined, has);
      if (id === undefined) continue;
      const problems = cache.get(id)!;
      return Array.isArray(problems) ? problems[problems.length - 1] : problems;
    }
    return undefined;
  }

  /**
   * The report of `state`: per-rule lists (`sameLists` when no list changed, so the flat list the
   * previous report may have built is shared) and counts; the flat list is made only if read. Costs
   * the number of rules, not of problems.
   */
  private assemble(state: State, sameLists?: ReadonlyMap<string, Chunks>, changes?: ProblemChanges): CheckReport {
    const byRule = new Map<string, Chunks>();
    const counts: Record<Severity, number> = { error: 0, warning: 0, advice: 0 };
    for (const rule of this.rules) {
      if (state.disabled.has(rule.id)) continue;
      const chunks = state.flat.get(rule.id) ?? NO_CHUNKS;
      byRule.set(rule.id, chunks);
      counts[rule.severity] += sizeOf(chunks); // every problem of a rule has the rule's severity
    }
    return makeReport(sameLists ?? byRule, { disabledRules: [...state.disabled].sort(), counts, catalogueVersion: state.catalogue.catalogue.version, rulesChecked: byRule.size }, changes);
  }
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}


const NO_PROBLEMS: readonly Problem[] = Object.freeze([]);

/**
 * Keep a local rule's full listing: a full check only lists the problems and their anchors; the
 * per-anchor map the incremental check needs is built from these the first time an edit reaches
 * this rule (most never do).
 */
function keepListing(state: State, ruleId: string, { chunks, anchors }: LocalListing): void {
  state.local.set(ruleId, { chunks, anchors, byAnchor: null, pointing: null });
  // the listing's chunks are the report's, as made (ChunkedList: each at most CHUNK long)
  state.flat.set(ruleId, chunks.length ? chunks : NO_CHUNKS);
}
