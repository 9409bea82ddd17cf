/**
 * What changed between two versions of a document, for the incremental check: the ids of changed
 * elements and relations, elements placed on or removed from a view, and whether the views or meta
 * changed. Read from immer patches when the caller has them (cost proportional to the edit), else
 * by comparing the two documents by reference (immer shares unchanged records; cost proportional
 * to the model).
 */
import type { Patch } from 'immer';
import type { Element, LakarDocument } from '../model/schema';
import { changedIds } from '../model/table';
import type { GlobalRule, Matters, Slice } from './define';
import type { ModelGraph } from './graph';
import { parentOf } from './trees';

export interface DocChanges {
  elements: string[];
  relations: string[];
  /** Elements placed on or removed from some view (moves do not count). */
  viewMembers: string[];
  views: boolean;
  meta: boolean;
}

/** Keys whose values differ by reference between two records (added, removed or replaced). */
export function diffKeys<T>(a: Record<string, T>, b: Record<string, T>): string[] {
  if (a === b) return [];
  const out: string[] = [];
  for (const k in b) if (a[k] !== b[k]) out.push(k);
  for (const k in a) if (!(k in b)) out.push(k);
  return out;
}

/** Elements placed on or removed from view `viewId` between `a` and `b`. */
function viewMembersOf(a: LakarDocument, b: LakarDocument, viewId: string, out: Set<string>) {
  const before = a.views[viewId]?.nodes;
  const after = b.views[viewId]?.nodes;
  if (before === after) return;
  if (after) for (const id in after) if (!before || !(id in before)) out.add(id);
  if (before) for (const id in before) if (!after || !(id in after)) out.add(id);
}

/** Changes between `a` and `b` found by comparing references. */
export function diffDocuments(a: LakarDocument, b: LakarDocument): DocChanges {
  const members = new Set<string>();
  if (a.views !== b.views) for (const vid of diffKeys(a.views, b.views)) viewMembersOf(a, b, vid, members);
  return {
    elements: changedIds(a.elements, b.elements),
    relations: changedIds(a.relations, b.relations),
    viewMembers: [...members],
    views: a.views !== b.views,
    meta: a.meta !== b.meta,
  };
}

/**
 * Changes between `a` and `b = applyPatches(a, patches)` read from the patch paths. Falls back to
 * `diffDocuments` for a patch it cannot place (e.g. one replacing all elements at once).
 */
export function changesFromPatches(a: LakarDocument, b: LakarDocument, patches: readonly Patch[]): DocChanges {
  const elements = new Set<string>();
  const relations = new Set<string>();
  const members = new Set<string>();
  const viewsToDiff = new Set<string>();
  let views = false;
  let meta = false;
  // the path read by index, not taken apart (`const [root, key] = path` runs the iterator protocol):
  // a rename that lays a view out again moves every node of it, ~47,000 patches for one element of
  // the varied 100,000-element model, which took this loop ~6 ms (20 ms in the first renames)
  for (let i = 0; i < patches.length; i++) {
    const p = patches[i];
    const path = p.path;
    const root = path[0];
    const key = path[1];
    if (root === 'views' && typeof key === 'string') {
      views = true;
      // a node moved (replaced whole, or a field of it) changes no view's members
      if (path.length > 4 || (path.length === 4 && p.op === 'replace')) continue;
      const sub = path[2];
      if (path.length === 2 || (sub === 'nodes' && path.length === 3)) viewsToDiff.add(key); // a whole view or node map
      else if (sub === 'nodes' && path.length === 4 && typeof path[3] === 'string') members.add(path[3]);
    } else if (root === 'meta') meta = true;
    else if (root === 'elements' && typeof key === 'string') elements.add(key);
    else if (root === 'relations' && typeof key === 'string') relations.add(key);
    else return diffDocuments(a, b);
  }
  for (const vid of viewsToDiff) viewMembersOf(a, b, vid, members);
  // a key touched by several patches may end up unchanged; keep only real differences
  return {
    elements: [...elements].filter((id) => a.elements.get(id) !== b.elements.get(id)),
    relations: [...relations].filter((id) => a.relations.get(id) !== b.relations.get(id)),
    viewMembers: [...members].filter((id) => Object.values(a.views).some((v) => id in v.nodes) !== Object.values(b.views).some((v) => id in v.nodes)),
    views: views && a.views !== b.views,
    meta: meta && a.meta !== b.meta,
  };
}

/**
 * The global rules declaring `matters` that a change of the given elements and relations (renames
 * aside) reruns: those for which some changed item, as the document before the edit or after it
 * holds it, matters (`ask` with the graph of each). Items of a slice without a `matters` entry always
 * do. What no attribute says is added here for elements: one on one side only (added or removed)
 * that unchanged relations, flows or children still name (a damaged file's dangling ends, now joined
 * or left), or one whose kind or parent changed (trees are read through parents), reruns every one
 * of them, whatever kinds they read.
 */
export class GlobalRulesMoved {
  private readonly moved = new Set<string>();
  private readonly elementSet: ReadonlySet<string>;
  private readonly relationSet: ReadonlySet<string>;

  constructor(
    private readonly rules: readonly GlobalRule[],
    private readonly elements: readonly string[],
    private readonly relations: readonly string[],
  ) {
    this.elementSet = new Set(elements);
    this.relationSet = new Set(relations);
  }

  /** Ask about the changed items as `graph`'s document holds them; `other` is the document on the other side of the edit. */
  ask(graph: ModelGraph, other: LakarDocument): void {
    if (this.moved.size === this.rules.length) return;
    for (const id of this.elements) {
      const e = graph.doc.elements.get(id);
      if (!e) continue;
      // an element joining or leaving what others name, of whatever kind, may move a tree's top or a
      // relation's end under any rule (a pasted process taking the id a module's dangling parent names
      // made that module's tree headed by no application)
      if (this.linked(e, other.elements.get(id), graph)) {
        for (const rule of this.rules) this.moved.add(rule.id);
        return;
      }
      const slice = `el:${e.kind}` as Slice;
      for (const rule of this.rules) {
        if (this.moved.has(rule.id) || !rule.reads.includes(slice)) continue;
        const matters = rule.matters![slice] as Matters | undefined;
        if (!matters || matters(e, graph)) this.moved.add(rule.id);
      }
    }
    for (const id of this.relations) {
      const r = graph.doc.relations.get(id);
      if (!r) continue;
      const slice = `rel:${r.kind}` as Slice;
      for (const rule of this.rules) {
        if (this.moved.has(rule.id) || !rule.reads.includes(slice)) continue;
        const matters = rule.matters![slice] as Matters | undefined;
        if (!matters || matters(r, graph)) this.moved.add(rule.id);
      }
    }
  }

  /** True when a changed item of a slice `rule` reads mattered to it on either side. */
  has(rule: GlobalRule): boolean {
    return this.moved.has(rule.id);
  }

  /** Element `e` (on this side) reaches past its own fields: see the class comment. */
  private linked(e: Element, other: Element | undefined, graph: ModelGraph): boolean {
    if (other) return other.kind !== e.kind || parentOf(other) !== parentOf(e);
    for (const r of graph.relationsAt(e.id)) if (!this.relationSet.has(r.id)) return true;
    for (const f of graph.flowsCarrying(e.id)) if (!this.relationSet.has(f.id)) return true;
    for (const c of graph.trees.childrenOf(e.id)) if (!this.elementSet.has(c)) return true;
    return false;
  }
}
