/**
 * The local rules of a full check, run in one pass over the model: each element or relation is
 * visited once and every rule anchored on its kind checks it then, instead of each rule walking
 * all its anchors in turn.
 *
 * Why: on a 100,000-element model the anchors and what rules read around them (the other ends of
 * relations, names, the incident table) are far larger than the processor's caches, and rule after
 * rule fetched the same objects from memory again (1.2 million anchor visits). Checking an anchor
 * with all its rules while it is at hand cut the local rules' CPU time by about a quarter.
 *
 * Each rule still gets its own problem list in the order it would make alone: anchors of one kind
 * in document order, the kinds in the order the rule lists them (a rule anchored on several kinds
 * collects one list per kind and joins them at the end).
 */
import { anchorOf, emitterFor, type Anchor, type Emit, type LocalRule, type PassSkips } from './define';
import type { AnchorWatch } from './problems';
import type { ElementKind, Relation, RelationKind } from '../model/schema';
import { FLOW_METHODS } from '../model/vocabulary';
import type { ModelGraph } from './graph';
import { ChunkedList } from './chunks';
import { elementKindCode } from './end-kinds';
import { onSomeViewAt } from './view-members';
import type { CheckContext, Problem } from './types';

/**
 * A local rule's problems from a full check, in chunks (`ChunkedList`: read in order, the rule's
 * list), with `anchors[i]` the anchor of the `i`th problem; `anchors` is null when every problem was
 * made by `emit.about`/`aboutWith` about its anchor (listed under its own id), which then gives it
 * (`anchorIdAt`).
 *
 * Why not always a list: one id per finding, pushed onto a growing list, was ~5 MB allocated per full
 * check of the varied 100,000-element model (181,000 findings), which the garbage collector copied;
 * nearly all of them are about their anchor and hold it already.
 */
export interface LocalListing {
  chunks: Problem[][];
  anchors: string[] | null;
}

/** The id of the anchor of problem `p`, the `i`th of a listing whose anchors are `anchors` (see `LocalListing`). */
export function anchorIdAt(anchors: readonly string[] | null, p: Problem, i: number): string {
  return anchors ? anchors[i] : anchorOf(p)!.id;
}

/** The anchor ids of `list.at(0)` … `list.at(to - 1)`, each about its anchor. */
function anchorIdsOf(list: ChunkedList, to: number): string[] {
  const ids = new Array<string>(to);
  for (let i = 0; i < to; i++) ids[i] = anchorOf(list.at(i))!.id;
  return ids;
}

/**
 * Note `id` (`item`'s id) as the anchor of the problems `b` found from `list.at(from)` on: called
 * when one of them is not about `item` (`AnchorWatch.stray`), or the bucket notes every anchor.
 *
 * A problem about `item` itself needs no note: the graph's passes hand each item with its own id
 * (kind-index.ts lists an item under `item.id`, or under the table's key only when that is the same
 * text), so `anchorIdAt` gives `id` from the problem. Why not compare `id` with `item.id` here, as
 * before: the two are mostly distinct strings of the same text, and the comparison read the
 * characters of the table's key, which nothing else of the pass reads, for each of the ~185,000
 * findings of the varied 100,000-element model. Without it the local pass took ~3.5 % less CPU
 * (median ratio 0.966 over 41 runs alternating with the comparison in one process, faster in 31;
 * load ~5); comparing once per anchor, and not for elements while the graph knows every element is
 * under its own id, measured 0.98–0.99.
 */
function noteAnchor(b: Bucket, item: Anchor, id: string, from: number) {
  const list = b.list;
  for (let k = from; k < list.length; k++) {
    if (b.anchors === null) {
      if (anchorOf(list.at(k)) === item) continue;
      b.anchors = anchorIdsOf(list, k);
    }
    b.anchors.push(id);
  }
}

/** One rule's problems on the anchors of one kind. */
interface Bucket {
  rule: LocalRule;
  /** `rule.checkItem`, called straight from the bucket (rules never read `this`). */
  check: LocalRule['checkItem'];
  list: ChunkedList;
  /** See `LocalListing`. */
  anchors: string[] | null;
  emit: Emit;
  /** The facts of an anchor (`relationFacts`, `elementFacts`) on which the rule is not called: bits of `skipBits(rule.passSkips)`. */
  skip: number;
}

// What the pass knows of an anchor (`PassSkips`), as bits: one per fact, one per flow method.
const ENDS_ALLOWED = 1;
const WITH_RELATIONS = 2;
/** An element on some view (`PassSkips.onView`); above the flow methods' bits. */
const ON_VIEW = 1 << 28;
/** A relation with neither end an element of the kind a rule names (`PassSkips.unlessEndOfKind`): one bit per element kind's number would not fit, so one kind per pass, see `endKindOf`. */
const NO_END_OF_KIND = 1 << 29;
/** The bit of each of `FLOW_METHODS`. */
const METHOD_BITS = new Map<string, number>(FLOW_METHODS.map((m, i) => [m, 8 << i]));
/**
 * The bit of a data flow's method: no method, then each of `FLOW_METHODS`; 0 for a method Lakar does
 * not know (a damaged file), which no rule skips. By a map rather than `FLOW_METHODS.indexOf`, which
 * compared the method with up to eight strings for each of the varied 100,000-element model's 51,165
 * data flows (`methodBit` was ~1 % of a full check's sampled CPU).
 */
const methodBit = (method: string | undefined): number => (method === undefined ? 4 : (METHOD_BITS.get(method) ?? 0));
const EVERY_METHOD = [undefined, ...FLOW_METHODS].reduce((bits, m) => bits | methodBit(m), 0);

function skipBits(skips: PassSkips | undefined): number {
  if (!skips) return 0;
  let bits = (skips.endsAllowed ? ENDS_ALLOWED : 0) | (skips.withRelations ? WITH_RELATIONS : 0) | (skips.onView ? ON_VIEW : 0) | (skips.unlessEndOfKind ? NO_END_OF_KIND : 0);
  if (skips.unlessMethod) bits |= skips.unlessMethod.reduce((b, m) => b & ~methodBit(m), EVERY_METHOD);
  return bits;
}

/**
 * The element kind's number (`elementKindCode`) that the relation rules among `rules` skip relations
 * without at an end (`PassSkips.unlessEndOfKind`), -1 when none does; the pass knows one kind.
 */
function endKindOf(rules: readonly LocalRule[]): number {
  const kinds = new Set(rules.map((r) => r.passSkips?.unlessEndOfKind).filter((k) => k !== undefined));
  if (kinds.size > 1) throw new Error(`local rules skip relations by the kinds of their ends for ${kinds.size} kinds; the pass knows one (full-pass.ts)`);
  return kinds.size ? elementKindCode([...kinds][0]!) : -1;
}

/**
 * The facts of the relation `forEachRelationOf` is calling back about, of those in `asked` (the
 * union of its rules' skip bits); `endKind` the kind's number for `NO_END_OF_KIND`.
 */
function relationFacts(graph: ModelGraph, r: Anchor, asked: number, endKind: number): number {
  let facts = (graph.endsAllowedHere() === 1 ? ENDS_ALLOWED : 0) | (r.kind === 'dataFlow' ? methodBit(r.method) : 0);
  if (asked & NO_END_OF_KIND && !hasEndOfKind(graph, r as Relation, endKind)) facts |= NO_END_OF_KIND;
  return facts;
}

/**
 * False only when both ends of `r` (the relation the pass is at) are known by slot and neither is an
 * element of kind number `code`: the kinds read by number beside the slots, not from the elements
 * (dpi.myGdxCrossAgency read the ends of ~38,000 flows of the varied 100,000-element model for the
 * few with an external system at an end).
 */
function hasEndOfKind(graph: ModelGraph, r: Relation, code: number): boolean {
  const source = graph.endSlotHere(r, 0);
  const target = graph.endSlotHere(r, 1);
  if (source < 0 || target < 0) return true;
  const n = graph.slotCount;
  return (source < n && graph.kindCodeAt(source) === code) || (target < n && graph.kindCodeAt(target) === code);
}

/** The facts of element `id`, the one `forEachOf` is calling back about, of those in `asked` (see `relationFacts`). */
function elementFacts(graph: ModelGraph, id: string, asked: number): number {
  let facts = graph.relationCountAt(id) > 0 ? WITH_RELATIONS : 0;
  if (asked & ON_VIEW) {
    // by the element's slot, the answers of the whole document read at once (view-members.ts)
    const slot = graph.slotHere(id);
    if (slot >= 0 && onSomeViewAt(graph.doc.views, graph.doc.elements.ids(), slot)) facts |= ON_VIEW;
  }
  return facts;
}

/** Run `rules` (local, enabled) over every anchor of `ctx`; returns each rule's listing and the number of (rule, anchor) checks made. */
export function runLocalRulesFully(rules: readonly LocalRule[], ctx: CheckContext): { byRule: Map<string, LocalListing>; checked: number } {
  const elementKinds = new Map<ElementKind, Bucket[]>();
  const relationKinds = new Map<RelationKind, Bucket[]>();
  const bucketsOf: [LocalRule, Bucket[]][] = [];
  // the anchor being checked, which the emitters compare their problems' anchors with
  const watch: AnchorWatch = { item: undefined, stray: false };
  const bucket = <K>(byKind: Map<K, Bucket[]>, kind: K, rule: LocalRule): Bucket => {
    const list = new ChunkedList();
    const b: Bucket = { rule, check: rule.checkItem, list, anchors: null, emit: emitterFor(rule, list, watch), skip: skipBits(rule.passSkips) };
    let same = byKind.get(kind);
    if (!same) byKind.set(kind, (same = []));
    same.push(b);
    return b;
  };
  for (const rule of rules) {
    const buckets = rule.elements ? rule.elements.map((k) => bucket(elementKinds, k, rule)) : rule.relations!.map((k) => bucket(relationKinds, k, rule));
    bucketsOf.push([rule, buckets]);
  }

  let checked = 0;
  const endKind = endKindOf(rules);
  // the cheapest call per (rule, anchor), as a full check of a large model makes over a million: the
  // check function straight from the bucket, and the anchor list touched only when the rule made a
  // problem not about the anchor (`AnchorWatch`: asking each problem made about its anchor took
  // ~3.5 ms per check of the varied 100,000-element model, sampled in warm checks at load ~6).
  // Eleven rules reading one field of each of that model's 51,165 data flows took ~16.5 ms CPU
  // through `b.rule.checkItem` and a length comparison per call, ~9 ms so. A rule is not called at
  // all on an anchor whose facts it skips (`PassSkips`).
  const visitor = (buckets: Bucket[], relations: boolean) => {
    const skips = buckets.reduce((bits, b) => bits | b.skip, 0);
    return (item: Anchor, id: string) => {
      const facts = skips === 0 ? 0 : relations ? relationFacts(ctx.graph, item, skips, endKind) : elementFacts(ctx.graph, id, skips);
      watch.item = item;
      for (let i = 0; i < buckets.length; i++) {
        const b = buckets[i];
        if ((b.skip & facts) !== 0) continue;
        const list = b.list;
        const before = list.length;
        b.check(id, ctx, b.emit, item);
        if (watch.stray || (b.anchors !== null && list.length !== before)) {
          watch.stray = false;
          noteAnchor(b, item, id, before);
        }
        checked++;
      }
    };
  };
  // kind by kind, although a kind's elements are spread over the document (the varied 100,000-element
  // model changes kind at 92 % of its elements): one walk of all kinds in document order, reading
  // memory forwards, made the element rules slower (+21 ms CPU median per pair, 21 alternating pairs),
  // each element running another kind's rules than the one before it
  for (const [kind, buckets] of elementKinds) ctx.graph.forEachOf(kind, visitor(buckets, false));
  for (const [kind, buckets] of relationKinds) {
    // relation.invalid alone on most kinds: only the relations whose ends are not known to be allowed are visited
    if (buckets.every((b) => b.skip & ENDS_ALLOWED)) ctx.graph.forEachSuspectRelationOf(kind, visitor(buckets, true));
    else ctx.graph.forEachRelationOf(kind, visitor(buckets, true));
  }

  const byRule = new Map<string, LocalListing>();
  for (const [rule, buckets] of bucketsOf) {
    if (buckets.length === 1) byRule.set(rule.id, { chunks: buckets[0].list.finish(), anchors: buckets[0].anchors });
    else {
      // the kinds' chunks one after the other (no list of all the rule's findings made)
      const anchors = buckets.every((b) => b.anchors === null) ? null : ([] as string[]).concat(...buckets.map((b) => b.anchors ?? anchorIdsOf(b.list, b.list.length)));
      byRule.set(rule.id, { chunks: ([] as Problem[][]).concat(...buckets.map((b) => b.list.finish())), anchors });
    }
  }
  return { byRule, checked };
}
