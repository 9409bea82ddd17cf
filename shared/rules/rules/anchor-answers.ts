/**
 * Questions several rules ask about the same anchor, answered once while the full check is at it.
 *
 * The full check runs all the rules of an anchor one after the other (`full-pass.ts`), and many ask
 * it the same thing: whether it is isolated (every local rule that leaves isolated elements to
 * element.unconnected), who captures a data entity (five), whether an application's tree supports a
 * process or is hosted (two). Each answer costs lookups by id in tables of the whole model (on the
 * 100,000-element varied model a few cache misses each); the last answer to each question is kept with the anchor it is about, and the
 * next rule asking about that anchor reads it back. (With the lazy messages of the same change, the
 * local rules of model, data, applications and services took ~316 ms CPU fused instead of ~458 on
 * that model, medians of 3 alternating runs on a loaded machine.)
 *
 * Kept per graph and for its current document: a graph that has moved to another document (an
 * incremental check) answers afresh, so an answer never outlives the document it was read from.
 * Answers are shared between rules: never change one.
 */
import type { Registry } from '../../catalogue/schema';
import type { CatalogueIndex } from '../../catalogue/catalogue';
import type { DataEntity, LakarDocument } from '../../model/schema';
import type { ModelGraph } from '../graph';
import { isIsolated } from '../helpers';

const EMPTY: readonly never[] = Object.freeze([]);

/** What an application tree (the application, its modules and application services) has: bits. */
export const TREE_SUPPORTS = 1;
export const TREE_HOSTED = 2;

class LastAnswers {
  doc: LakarDocument | null = null;
  isolatedId: string | undefined = undefined;
  isolated = false;
  capturersId: string | undefined = undefined;
  capturers: readonly string[] = EMPTY;
  treeId: string | undefined = undefined;
  tree = 0;
  registryEntity: DataEntity | undefined = undefined;
  registryCatalogue: CatalogueIndex | undefined = undefined;
  registry: Registry | undefined = undefined;

  /** Forget every answer: they were about another document. */
  moveTo(doc: LakarDocument) {
    this.doc = doc;
    this.isolatedId = this.capturersId = this.treeId = undefined;
    this.registryEntity = undefined;
    this.registryCatalogue = undefined;
    this.registry = undefined;
  }
}

const byGraph = new WeakMap<ModelGraph, LastAnswers>();

function answersOf(graph: ModelGraph): LastAnswers {
  let a = byGraph.get(graph);
  if (!a) byGraph.set(graph, (a = new LastAnswers()));
  if (a.doc !== graph.doc) a.moveTo(graph.doc);
  return a;
}

/** `isIsolated(graph, id)` (helpers.ts), answered once per anchor. */
export function isolated(graph: ModelGraph, id: string): boolean {
  // in a full check (the graph fresh) most anchors have a relation, which the graph tells at once
  // while it calls back about the anchor: no answer to keep. Asked of the varied 100,000-element
  // model's elements by a rule alone, `isolated` took 16.8 ms CPU where `isIsolated` took 12.8, and
  // 10.1 where it took 10.9 with this (medians of 11). A recheck asks the relations by id: the kept
  // answer serves the next rules (without it renames were rechecked ~0.05 ms slower)
  if (graph.fresh && graph.relationCountAt(id) > 0) return false;
  const a = answersOf(graph);
  if (a.isolatedId !== id) {
    a.isolated = isIsolated(graph, id);
    a.isolatedId = id;
  }
  return a.isolated;
}

/** Ids of the elements that capture data entity `id` (accesses with access = capture), in the graph's order; shared, never change it. */
export function capturersOf(graph: ModelGraph, id: string): readonly string[] {
  const a = answersOf(graph);
  if (a.capturersId !== id) {
    a.capturers = captureSources(graph, id);
    a.capturersId = id;
  }
  return a.capturers;
}

function captureSources(graph: ModelGraph, id: string): readonly string[] {
  const rs = graph.incoming(id, 'accesses');
  let out: string[] | undefined;
  for (let i = 0; i < rs.length; i++) {
    const r = rs[i];
    // a list of one made as one (most data has one capturer): pushed onto an empty list, room for 17 was made
    if (r.kind === 'accesses' && r.access === 'capture') {
      if (out === undefined) out = [r.source];
      else out.push(r.source);
    }
  }
  return out ?? EMPTY;
}

/**
 * What the tree of application `id` has (`TREE_SUPPORTS`: a "supports" relation leaves one of its
 * parts; `TREE_HOSTED`: a "hostedOn" one), answered once per application.
 */
export function applicationTree(graph: ModelGraph, id: string): number {
  const a = answersOf(graph);
  if (a.treeId !== id) {
    a.tree = treeBits(graph, id);
    a.treeId = id;
  }
  return a.tree;
}

const ALL_BITS = TREE_SUPPORTS | TREE_HOSTED;

function partBits(graph: ModelGraph, id: string): number {
  return (graph.hasOutgoing(id, 'supports') ? TREE_SUPPORTS : 0) | (graph.hasOutgoing(id, 'hostedOn') ? TREE_HOSTED : 0);
}

function treeBits(graph: ModelGraph, id: string): number {
  if (!graph.keysAreIds) {
    // a damaged file: parts as `selfAndDescendants` finds them, by their own ids
    let bits = 0;
    for (const part of graph.trees.selfAndDescendants(id)) if ((bits |= partBits(graph, part.id)) === ALL_BITS) break;
    return bits;
  }
  // Ids are unique and an application has no parent, so the parts below it form a tree (no part is
  // reached twice) and are walked by id: `selfAndDescendants` looked every part up, only to read its
  // id. The anchor is the document's element `id`, so it is a part of its own tree.
  let bits = partBits(graph, id);
  // most parts below an application have no parts of their own: a stack only for those that do
  let stack: string[] | undefined;
  let children = graph.trees.childrenOf(id);
  for (;;) {
    for (let i = 0; i < children.length && bits !== ALL_BITS; i++) {
      bits |= partBits(graph, children[i]);
      if (graph.trees.childrenOf(children[i]).length) (stack ??= []).push(children[i]);
    }
    if (bits === ALL_BITS || !stack?.length) return bits;
    children = graph.trees.childrenOf(stack.pop()!);
  }
}

/** The registry the name and fields (`text`) of data entity `e` look like, answered once per entity and catalogue. */
export function registryLike(catalogue: CatalogueIndex, graph: ModelGraph, e: DataEntity, text: string): Registry | undefined {
  const a = answersOf(graph);
  if (a.registryEntity !== e || a.registryCatalogue !== catalogue) {
    a.registry = catalogue.registryMatching(text);
    a.registryEntity = e;
    a.registryCatalogue = catalogue;
  }
  return a.registry;
}
