/**
 * How a rule is written. A rule is data (id, severity, BM/EN title, message and fix hint, seed
 * section) plus a check. Two shapes let the checker recheck only what an edit can affect:
 *
 * - a **local** rule checks one anchor (an element or relation of given kinds) and reads at most
 *   `reach` steps around it in the dependency graph (element → relation → element …), so after an
 *   edit only anchors within `reach` of the change are checked again;
 * - a **global** rule looks at the model as a whole (counts, duplicates) and declares the slices it
 *   reads (`el:<kind>`, `rel:<kind>`, `meta`, `views`); it reruns only when one of them changed.
 *
 * Both still offer `check(ctx)` for a one-off full check.
 */
import type { Element, ElementKind, ElementOf, Relation, RelationKind } from '../model/schema';
import type { FlowMethod } from '../model/vocabulary';

type RelationOf<K extends RelationKind> = Extract<Relation, { kind: K }>;
import type { Bilingual, CheckContext, Problem, RuleInfo, Severity } from './types';
import type { ModelGraph } from './graph';
import { emitterFor } from './problems';
// the problems rules make live in problems.ts; their makers are read from here by the checker
export { anchorOf, emitterFor, makeProblem, plainProblem, render } from './problems';

/** A message parameter: the same in both languages, or one text per language (labels, lists). */
export type ParamValue = string | number | Bilingual;
export type Params = Record<string, ParamValue>;

/** Elements and relations a problem points at. */
export interface Target {
  elements?: string[];
  relations?: string[];
}

/** Reports the problems of a rule. */
export interface Emit {
  /** Report one problem with message parameters and what it points at. */
  (params: Params, target?: Target): void;
  /**
   * Report one problem that points at `anchor` (the rule's anchor element or relation) and whose
   * message parameters `paramsOf(anchor)` works out only when they are first read: most problems
   * of a large model are never shown. `paramsOf` must read nothing but the anchor (which never
   * changes) and be defined once, not as a closure per call.
   */
  about<T extends Anchor>(anchor: T, paramsOf: (anchor: T) => Params): void;
  /**
   * `about` for a message that also names what was read around the anchor (a flow's ends):
   * `paramsOf(anchor, a, b, c)` works the parameters out when first read, from the anchor and from
   * `a`, `b`, `c`, values read while checking and kept with the problem. They must never change
   * (frozen elements, numbers, strings, catalogue entries), so the message stays what it was when
   * the problem was made however the model changes later (a report read late is as it was made).
   * A flow's finding then makes no name string, parameter object or target list until it is shown.
   * `elements`, when given, are the elements the problem points at: beside the anchor of a relation
   * rule, in place of the anchor of an element rule.
   */
  aboutWith<T extends Anchor, A, B, C>(anchor: T, paramsOf: (anchor: T, a: A, b: B, c: C) => Params, a: A, b: B, c: C, elements?: string[]): void;
}

/** A part of the document a global rule reads. */
export type Slice = 'meta' | 'views' | `el:${ElementKind}` | `rel:${RelationKind}`;

/** The items of slice `S`: its kind's elements or relations (none for meta and views). */
type SliceItem<S extends Slice> = S extends `el:${infer K extends ElementKind}` ? ElementOf<K> : S extends `rel:${infer K extends RelationKind}` ? Relation & { kind: K } : never;

/** Whether `item`, as it is in `graph`'s document (the one before an edit, or the one after), can change what a global rule finds. */
export type Matters<T extends Anchor = Anchor> = (item: T, graph: ModelGraph) => boolean;

/** `matters` of an element kind a global rule reads only through relations and trees (see `GlobalRuleSpec.matters`). */
export const throughRelations = (): boolean => false;

export interface RuleText {
  id: string;
  severity: Severity;
  title: Bilingual;
  /** Message template; `{name}` placeholders are filled from the emitted params. */
  message: Bilingual;
  source: string;
  fixHint: Bilingual;
}

/** An anchor: an element or a relation. */
export type Anchor = Element | Relation;

export interface LocalRuleSpec<T extends Anchor = Anchor> extends RuleText {
  /** Element kinds checked one by one (the anchors). */
  elements?: readonly ElementKind[];
  /** Relation kinds checked one by one (the anchors); a rule anchors on elements or relations, not both. */
  relations?: readonly RelationKind[];
  /** Graph steps read around the anchor: 0 = the anchor only, 1 = its relations, 2 = their other ends, … */
  reach: number;
  /**
   * Graph steps from the anchor to the farthest element whose name the rule reads, in its logic or
   * its messages (defaults to `reach`): after a rename only anchors this close are checked again.
   * A rule naming only its anchor (`emit.about(e, nameOf)`) and reading no other name has 0.
   */
  names?: number;
  /**
   * The rule also names the top application of a part it reads (a flow end's system, `rootOf`),
   * which may sit any number of parent steps above the part and so beyond `names`, and a finding
   * naming one points at it (lists it among its elements). After a rename the anchors whose
   * findings point at the renamed element are checked again too: the top of a tree is named only in
   * findings, never read for what a rule finds, so those are the only anchors its new name changes.
   * (Walking `names` steps from every part of the tree instead reached ~30,000 anchors of a large
   * model for one renamed application.) Rules naming no part's top application leave it out.
   */
  pointsAtRootsNamed?: boolean;
  /**
   * The rule reads the names of elements only to show them in its findings, never to decide what it
   * finds: after a rename, an anchor with no finding has none still, so only the anchors within
   * `names` that have findings are checked again. Why: renaming an application of the varied
   * 100,000-element model rechecked the ~10–20 flows and data within reach of it for each of the
   * rules costing most per anchor, nearly all of them without a finding (renames.test.ts checks the
   * rules declaring it: renaming every element changes none of what they find).
   */
  namesOnlyShown?: boolean;
  /** The rule reads project meta (sector, agencies…): recheck all anchors when it changes. */
  readsMeta?: boolean;
  /** Check anchor `id`; `item` is the anchor itself (one of the rule's kinds), handed over so rules need no lookup. */
  checkItem(id: string, ctx: CheckContext, emit: Emit, item: T): void;
  /**
   * Optional: anchors on which `checkItem` finds nothing, told by what a full check's pass knows of
   * each anchor without calling the rule (full-pass.ts). The pass then does not call it for them;
   * `checkItem` must still find nothing there by itself (a recheck calls it for any anchor).
   */
  passSkips?: PassSkips;
}

/**
 * What a full check's pass can tell of an anchor without calling a rule (`LocalRuleSpec.passSkips`).
 *
 * Why: the pass made ~1.29 million (rule, anchor) calls on the varied 100,000-element model, each a
 * call the processor cannot predict (one call site for every rule) and one more rule's code fetched
 * while the model's objects push it out of the caches (ten rules doing nothing on the 51,165 flows
 * added ~25 ms CPU, ~50 ns a call, on a loaded machine), mostly to rules that return at their first
 * line: five data-flow rules look at MyGDX flows only (a tenth of them), relation.invalid at relations
 * the build found suspect, element.unconnected at elements without relations. With these skips the
 * pass made ~752,000 calls; element.notOnView skipping the elements on a view (97 % of them) and
 * dpi.myGdxCrossAgency the flows without an external system at an end, ~623,000.
 */
export interface PassSkips {
  /** Skip relations the graph knows join existing elements of kinds their kind allows (`endsAllowedHere() === 1`). */
  endsAllowed?: true;
  /** Skip elements with a relation. */
  withRelations?: true;
  /** Skip data flows whose method (undefined: none stated) is not one of these. */
  unlessMethod?: readonly (FlowMethod | undefined)[];
  /** Skip elements on some view. */
  onView?: true;
  /** Skip relations with no end that is an element of this kind (the ends known by slot: unknown ends are never skipped). */
  unlessEndOfKind?: ElementKind;
}

/** A rule anchored on elements of kinds `K`: `checkItem` gets the element with its type narrowed. */
export interface ElementRuleSpec<K extends ElementKind> extends LocalRuleSpec<ElementOf<K>> {
  elements: readonly K[];
  relations?: undefined;
}

/** A rule anchored on relations of kinds `K`. */
export interface RelationRuleSpec<K extends RelationKind> extends LocalRuleSpec<RelationOf<K>> {
  relations: readonly K[];
  elements?: undefined;
}

export interface GlobalRuleSpec<S = undefined> extends RuleText {
  reads: readonly Slice[];
  /**
   * Optional, for some of the slices it reads: which of their items can change what the rule finds.
   * A changed element or relation of such a slice reruns the rule only when this holds of it before
   * the edit or after it (each asked with the graph of its own document); a slice left out reruns it
   * on any change. For an element the checker adds what no attribute says (changes.ts,
   * `GlobalRulesMoved`): one added or removed while relations, flows or children stay on its id,
   * or one whose kind or parent changed, reruns the rule too; so an element kind the rule reads only
   * through relations and trees (an application holding classified data) needs `throughRelations` alone.
   * Why: a paste of a few unclassified elements made the rules about classified data work out their
   * structure again (~400 ms on the varied 100,000-element model) for the same findings.
   */
  matters?: { [S in Slice]?: Matters<SliceItem<S>> };
  /**
   * Optional: what the rule works out from the slices it reads, names excepted (which elements end
   * up in which finding). The checker keeps it while those slices change only by renames, and then
   * calls `run` again with it: a rename reruns only the cheap part that makes the findings. `run`
   * reads names from `ctx.doc`, which has the new ones: an element the structure holds is read again
   * by id (`current` in helpers.ts, which keeps to the held one in a damaged file).
   */
  structure?(ctx: CheckContext): S;
  /**
   * With `structure`: a finding points at (lists among its elements) every element whose name it
   * shows. From a kept structure only names differ, so after renames that no finding points at the
   * findings stand as they are and `run` is not called: a renamed module, process or security
   * control left the two rules naming sites, applications, channels and data at ~20 ms a rename
   * each on a large model, for findings that came out the same.
   */
  pointsAtEveryNamed?: boolean;
  /**
   * The rule reads no element's name, in its logic or its messages (it counts, or reads agencies or
   * catalogue references): a rename changes none of its findings, so the checker does not run it
   * after renames. A rename of a data entity ran lmv.bandEmpty, wog.singleAgency,
   * agensiSpesifik.otherAgencies and catalogue.sectorRefsUnused over the whole model again.
   */
  readsNoNames?: boolean;
  /**
   * With `pointsAtEveryNamed`: emit, in `run`'s order, only the findings `run` emits that point at
   * one of `elements`. After renames that some findings point at, the checker puts these in their
   * places (a kept structure gives the same findings, names aside) instead of making every finding
   * again: a large model's thousands, each reading its names by id (~20 ms for one renamed
   * application that one finding of infra.classifiedControlsPartial names).
   */
  runPointingAt?(ctx: CheckContext, emit: Emit, structure: S, elements: ReadonlySet<string>): void;
  /** Emit the findings; `structure` is what `structure(ctx)` gave (undefined for a rule without one). */
  run(ctx: CheckContext, emit: Emit, structure: S): void;
}

export type LocalRule = LocalRuleSpec & { scope: 'local'; check(ctx: CheckContext): Problem[]; info: RuleInfo };
export type GlobalRule = GlobalRuleSpec<unknown> & {
  scope: 'global';
  check(ctx: CheckContext): Problem[];
  /** The findings made from `structure`, as `structure(ctx)` gave it (undefined for a rule without one). */
  findingsFrom(ctx: CheckContext, structure: unknown): Problem[];
  /** The findings `runPointingAt` makes (undefined for a rule without it). */
  findingsPointingAt?(ctx: CheckContext, structure: unknown, elements: ReadonlySet<string>): Problem[];
  info: RuleInfo;
};
export type Rule = LocalRule | GlobalRule;

function infoOf(spec: RuleText): RuleInfo {
  return { id: spec.id, severity: spec.severity, title: spec.title, source: spec.source, fixHint: spec.fixHint, message: spec.message };
}

/** Call `fn(item, id)` with every anchor of a local rule in `ctx`, in document order per kind. */
export function forEachAnchor(rule: LocalRuleSpec, ctx: CheckContext, fn: (item: Anchor, id: string) => void) {
  if (rule.elements) for (const k of rule.elements) ctx.graph.forEachOf(k, fn);
  else for (const k of rule.relations!) ctx.graph.forEachRelationOf(k, fn);
}

/** Define a rule that checks anchors (elements or relations of given kinds) one at a time. */
export function localRule<K extends ElementKind>(spec: ElementRuleSpec<K>): LocalRule;
export function localRule<K extends RelationKind>(spec: RelationRuleSpec<K>): LocalRule;
export function localRule(spec: LocalRuleSpec): LocalRule {
  if (!!spec.elements === !!spec.relations) throw new Error(`rule ${spec.id}: anchor on elements or relations`);
  const rule: LocalRule = {
    ...spec,
    scope: 'local',
    info: infoOf(spec),
    check(ctx) {
      const out: Problem[] = [];
      const emit = emitterFor(spec, out);
      forEachAnchor(spec, ctx, (item, id) => spec.checkItem(id, ctx, emit, item));
      return out;
    },
  };
  return rule;
}

/** Define a rule over the whole model. */
export function globalRule<S = undefined>(spec: GlobalRuleSpec<S>): GlobalRule {
  const findingsFrom = (ctx: CheckContext, structure: unknown) => {
    const out: Problem[] = [];
    spec.run(ctx, emitterFor(spec, out), structure as S);
    return out;
  };
  return {
    ...(spec as GlobalRuleSpec<unknown>),
    scope: 'global',
    info: infoOf(spec),
    findingsFrom,
    findingsPointingAt: spec.runPointingAt
      ? (ctx, structure, elements) => {
          const out: Problem[] = [];
          spec.runPointingAt!(ctx, emitterFor(spec, out), structure as S, elements);
          return out;
        }
      : undefined,
    check: (ctx) => findingsFrom(ctx, spec.structure?.(ctx)),
  };
}

/** Quote a name for a message: "Sistem A". */
export function q(name: string | undefined): string {
  return `"${name ?? '?'}"`;
}
