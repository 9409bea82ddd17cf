/**
 * What changed between two versions of a document, for the incremental check: the ids of changed
 * elements and relations, elements placed on or removed from a view, and whether the views or meta
 * changed. Read from immer patches when the caller has them (cost proportional to the edit), else
 * by comparing the two documents by reference (immer shares unchanged records; cost proportional
 * to the model).
 */
import type { Patch } from 'immer';
import type { LakarDocument } from '../model/schema';
import { changedIds } from '../model/table';

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
  for (const p of patches) {
    const [root, key, sub, member] = p.path;
    if (root === 'meta') meta = true;
    else if (root === 'elements' && typeof key === 'string') elements.add(key);
    else if (root === 'relations' && typeof key === 'string') relations.add(key);
    else if (root === 'views' && typeof key === 'string') {
      views = true;
      if (p.path.length === 2 || (sub === 'nodes' && p.path.length === 3)) viewsToDiff.add(key); // a whole view or node map
      else if (sub === 'nodes' && p.path.length === 4 && typeof member === 'string' && p.op !== 'replace') members.add(member);
    } else return diffDocuments(a, b);
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
