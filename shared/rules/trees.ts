/**
 * The trees of modules and application services under their applications, for the checker graph
 * (`graph.ts`): each parent's children, a tree's parts, and the application at the top of a part.
 *
 * Kept apart from the graph's relation indexes because they change with parents only, and because
 * the answer most asked of them (a part's top application: every flow end and part, several times
 * per check) is remembered per parent until the document changes.
 */
import type { Element, LakarDocument } from '../model/schema';
import { addTo, removeFrom } from './list-map';

const EMPTY: readonly never[] = Object.freeze([]);

/** Parts a tree walk searches in its list before it makes a set of them (`walkDown`). */
const SMALL_TREE = 16;

/** Walks up more parents than this are taken for a cycle of parents (a damaged file). */
const DEPTH_LIMIT = 50;

/** The parent of a module or application service, if any. */
export function parentOf(e: Element | undefined): string | undefined {
  return e && (e.kind === 'module' || e.kind === 'appService') ? e.parentId : undefined;
}

/** Parents and children among the elements of one document (see the module comment). */
export class ElementTrees {
  /** `rootFrom` of the elements whose parent is the key (null: no such element), for the current document. */
  private readonly rootsByParent = new Map<string, Element | null>();

  /** `childIds`: parent id → the ids of the modules and application services naming it, in document order. */
  constructor(
    private doc: LakarDocument,
    private readonly childIds: Map<string, string[]>,
  ) {}

  /** Follow the graph to `doc` (its children already updated through `addChild`/`removeChild`). */
  moveTo(doc: LakarDocument): void {
    this.doc = doc;
    this.rootsByParent.clear();
  }

  addChild(parentId: string, id: string): void {
    addTo(this.childIds, parentId, id);
  }

  removeChild(parentId: string, id: string): void {
    removeFrom(this.childIds, parentId, id);
  }

  /** Ids of the modules and application services whose parent is `id`. */
  childrenOf(id: string): readonly string[] {
    return this.childIds.get(id) ?? EMPTY;
  }

  /** `id` and every module/application service below it (just `[id]` when it has none). */
  selfAndDescendants(id: string): Element[] {
    if (!this.childIds.has(id)) {
      const self = this.doc.elements.get(id);
      return self ? [self] : [];
    }
    const out: Element[] = [];
    for (const part of this.walkDown(id)) {
      const e = this.doc.elements.get(part);
      if (e) out.push(e);
    }
    return out;
  }

  /**
   * The ids `selfAndDescendants(id)` lists, in its order, for a caller that needs only their ids and
   * whose document has every element under its own id (the graph's `partIdsOf` asks only then):
   * no lookup of each part (an application tree's platforms or data are read for every application
   * of a large model, ~40,000 lookups).
   */
  partIdsOf(id: string): readonly string[] {
    return this.childIds.has(id) ? this.walkDown(id) : [id];
  }

  /**
   * `id` and the ids below it, depth first, each once (a damaged file's parents may form a cycle).
   * An id is met again only in such a cycle; the ids met are those listed, so a small tree (most
   * are a handful of parts) is searched in the list itself and only a large one gets a set. Why: a
   * full check of the varied 100,000-element model walks ~19,000 trees, a set made for each.
   */
  private walkDown(id: string): string[] {
    const out: string[] = [];
    let seen: Set<string> | null = null;
    const stack = [id];
    while (stack.length) {
      const cur = stack.pop()!;
      if (seen === null && out.length > SMALL_TREE) seen = new Set(out);
      if (seen ? seen.has(cur) : out.includes(cur)) continue;
      seen?.add(cur);
      out.push(cur);
      const children = this.childIds.get(cur);
      if (children) for (let i = 0; i < children.length; i++) stack.push(children[i]);
    }
    return out;
  }

  /** The top application of `e`, the element the current document holds under its id (itself when it has no parent). */
  rootFrom(e: Element | undefined): Element | undefined {
    const p = parentOf(e);
    if (!p) return e;
    // the same parent, the same top: each application's few thousand parts (and every flow end
    // among them) asked the element table for it, a map of the whole model; this map holds parents only
    const known = this.rootsByParent.get(p);
    if (known !== undefined) return known ?? e;
    const parent = this.doc.elements.get(p);
    if (!parent) {
      this.rootsByParent.set(p, null);
      return e;
    }
    const root = this.walkUp(parent, 1);
    if (root) this.rootsByParent.set(p, root);
    return root ?? this.rootFromWalk(e);
  }

  /** `rootFrom` from `e`, `depth` levels up already; undefined when the walk reaches the depth limit (a cycle of parents in a damaged file). */
  private walkUp(e: Element, depth: number): Element | undefined {
    let cur = e;
    for (; depth < DEPTH_LIMIT; depth++) {
      const p = parentOf(cur);
      const parent = p ? this.doc.elements.get(p) : undefined;
      if (!parent) return cur;
      cur = parent;
    }
    return undefined;
  }

  /** `rootFrom` by walking up from `e` (its answer where the walk reaches the depth limit). */
  private rootFromWalk(e: Element | undefined): Element | undefined {
    let cur = e;
    for (let depth = 0; cur && depth < DEPTH_LIMIT; depth++) {
      const p = parentOf(cur);
      // one lookup per level: this runs for every flow end and module several times per check
      const parent = p ? this.doc.elements.get(p) : undefined;
      if (!parent) return cur;
      cur = parent;
    }
    return cur;
  }
}
