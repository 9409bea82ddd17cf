/**
 * References to elements: what points at an element (relations by their ends, flows by the data
 * they carry, modules by their parent, views by their nodes). The merge uses them to find the other
 * side's work that depends on an element one side deleted, and to drop references to elements the
 * resolutions deleted, so the result never has a dangling relation.
 */
import { deepEqual, type Entities } from '../diff/structure';
import type { DependentChange } from './types';

/** The parts of a document references live in (read where they are: tables stay tables). */
export interface RefDoc {
  elements: Entities;
  relations: Entities;
  views: Entities;
}

interface Refs {
  relations: string[];
  carriers: string[];
  children: string[];
}

/** Index of who points at each element of `doc`. */
export class RefIndex {
  private readonly byElement = new Map<string, Refs>();

  constructor(readonly doc: RefDoc) {
    const at = (id: unknown) => {
      if (typeof id !== 'string') return null;
      let r = this.byElement.get(id);
      if (!r) this.byElement.set(id, (r = { relations: [], carriers: [], children: [] }));
      return r;
    };
    for (const rid of doc.relations.keys()) {
      const r = doc.relations.get(rid)!;
      at(r.source)?.relations.push(rid);
      if (r.target !== r.source) at(r.target)?.relations.push(rid);
      if (Array.isArray(r.dataEntityIds)) for (const d of new Set(r.dataEntityIds)) at(d)?.carriers.push(rid);
    }
    for (const eid of doc.elements.keys()) {
      const parentId = doc.elements.get(eid)!.parentId;
      if (typeof parentId === 'string') at(parentId)?.children.push(eid);
    }
  }

  /** Relations with `id` as an end. */
  relationsOf(id: string): readonly string[] {
    return this.byElement.get(id)?.relations ?? [];
  }

  /** Flows carrying data entity `id`. */
  carriersOf(id: string): readonly string[] {
    return this.byElement.get(id)?.carriers ?? [];
  }

  /** Modules and application services whose parent is `id`. */
  childrenOf(id: string): readonly string[] {
    return this.byElement.get(id)?.children ?? [];
  }
}

function touches(r: Record<string, unknown> | undefined, id: string, end: 'source' | 'target'): boolean {
  return r?.[end] === id;
}

/**
 * The keeper side's own work that needs element `id`, which the other side deleted: the element's
 * own edits, relations it added or changed with `id` as an end, nodes of `id` it placed or moved,
 * flows it made carry `id`, children it put under `id`.
 */
export function dependentsOf(id: string, base: RefDoc, keeper: RefIndex, deleter: RefDoc): DependentChange[] {
  const out: DependentChange[] = [];
  const k = keeper.doc;
  if (base.elements.get(id) !== undefined && !deepEqual(base.elements.get(id), k.elements.get(id))) out.push({ collection: 'elements', id, how: 'edited' });
  for (const rid of keeper.relationsOf(id)) {
    const mine = k.relations.get(rid);
    const was = base.relations.get(rid);
    if (deepEqual(mine, was)) continue; // untouched by the keeper: the deleter's removal stands
    // the deleter still has the relation, not at this element (it moved the end away): only the keeper pointing an end here counts
    const endSetByKeeper = (['source', 'target'] as const).some((end) => touches(mine, id, end) && !touches(was, id, end));
    if (deleter.relations.get(rid) === undefined || endSetByKeeper) out.push({ collection: 'relations', id: rid, how: 'relation' });
  }
  for (const rid of keeper.carriersOf(id)) {
    const was = base.relations.get(rid)?.dataEntityIds;
    if (!(Array.isArray(was) && was.includes(id))) out.push({ collection: 'relations', id: rid, how: 'carries' });
  }
  for (const eid of keeper.childrenOf(id)) if (base.elements.get(eid)?.parentId !== id) out.push({ collection: 'elements', id: eid, how: 'parent' });
  for (const vid of k.views.keys()) {
    const node = (k.views.get(vid)!.nodes as Record<string, unknown> | undefined)?.[id];
    if (node === undefined) continue;
    const baseNode = (base.views.get(vid)?.nodes as Record<string, unknown> | undefined)?.[id];
    if (!deepEqual(node, baseNode)) out.push({ collection: 'views', id: vid, how: 'node' });
  }
  return out;
}
