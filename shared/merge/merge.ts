/**
 * Three-way merge of Lakar documents (pure): base + mine + theirs → merged document + conflicts.
 *
 * - Entities are matched by id, fields by path (generic, see shared/diff/structure.ts): changes to
 *   different entities, or to different fields of one entity, are all kept without asking.
 * - A conflict is reported exactly when both sides changed the same field differently, one deleted
 *   what the other edited or points at, both added different things under one id, or two valid
 *   edits make an invalid entity together (see ConflictKind). Conflicts are found without looking at
 *   any resolution; `options.resolutions` then picks mine / theirs / a typed value per conflict.
 * - The result always passes validateDocument: references to elements the resolutions deleted are
 *   dropped, and nodes pushed out of their band by a resize on the other side are put back in
 *   (both reported in `adjustments`).
 *
 * Stable API: mergeDocuments(base, mine, theirs, { resolutions, prefer }): MergeResult.
 */
import { collectionsOf, deepEqual, entityLookup, isPlainObject, pathKey, PROJECT_ENTITY, projectEntity, type Entities } from '../diff/structure';
import { bandLayout, clampToBand } from '../model/bands';
import { bandOf } from '../model/kinds';
import type { ElementKind, LakarDocument, View } from '../model/schema';
import { Table } from '../model/table';
import { ListingWalk } from '../model/listing-walk';
import { TABLE_FIELDS } from '../model/table-edit';
import { buildFromLeaves, CHECKED_COLLECTIONS, planEntity, type EntityPlan, type KindLookup } from './plan';
import { dependentsOf, RefIndex, type RefDoc } from './references';
import { MergeError, type MergeAdjustment, type MergeConflict, type MergeOptions, type MergeResult, type Resolution, type Side } from './types';
import { nodeInRows, relationProblem, schemaProblem } from './validate';

type Entity = Record<string, unknown>;
/** A collection of the merged document while it is built (made a record or a table at the end). */
type Built = Map<string, Entity>;
const other = (s: Side): Side => (s === 'mine' ? 'theirs' : 'mine');

/** Ids in a stable order: `first`'s order, then ids only `second` has, then ids only `third` has. */
function unionIds(first: Entities, second: Entities, third: Entities): string[] {
  const out = [...first.keys()];
  for (const id of second.keys()) if (first.get(id) === undefined) out.push(id);
  for (const id of third.keys()) if (first.get(id) === undefined && second.get(id) === undefined) out.push(id);
  return out;
}

/** The ids and items of collection `c` of `doc` in order, when it is a table (its cached listings). */
function listingOf(doc: object, c: string): { ids: readonly string[]; items: readonly Entity[] } | null {
  const value = (doc as Record<string, unknown>)[c];
  return value instanceof Table ? { ids: value.ids(), items: value.values() as readonly Entity[] } : null;
}

/** A built collection as the record it stands for, or a table of the same items (which lists them as the record does). */
function finished(built: Built, asTable: boolean): Record<string, unknown> | Table<unknown> {
  return asTable ? Table.fromMap(built) : Object.fromEntries(built);
}

/** Merge `mine` and `theirs`, both edited from `base`. */
export function mergeDocuments<D extends object = LakarDocument>(base: D, mine: D, theirs: D, options: MergeOptions = {}): MergeResult<D> {
  const resolutions = options.resolutions ?? {};
  const prefer = options.prefer ?? 'mine';
  const collections = collectionsOf(base, mine, theirs);
  const part = (d: object, c: string) => entityLookup(d, c);
  const elementsOf = [part(mine, 'elements'), part(theirs, 'elements'), part(base, 'elements')];
  const kindOf: KindLookup = (id) => (elementsOf[0].get(id)?.kind ?? elementsOf[1].get(id)?.kind ?? elementsOf[2].get(id)?.kind) as ElementKind | undefined;

  // 1. plan every entity
  const plans = new Map<string, Map<string, EntityPlan>>();
  /**
   * Per table collection read in line: mine's listing, and the ids planned that mine lacks, in plan order.
   * An id of mine with no plan holds the same item (one object) on all three sides: it is taken as mine's.
   */
  const sparse = new Map<string, { mine: { ids: readonly string[]; items: readonly Entity[] }; others: string[] }>();
  const projectPlan = planEntity(PROJECT_ENTITY, PROJECT_ENTITY, projectEntity(base, collections), projectEntity(mine, collections), projectEntity(theirs, collections), kindOf);
  for (const c of collections) {
    const [b, m, t] = [part(base, c), part(mine, c), part(theirs, c)];
    const plan = new Map<string, EntityPlan>();
    const [lb, lm, lt] = [listingOf(base, c), listingOf(mine, c), listingOf(theirs, c)];
    if (lb && lm && lt) {
      // tables: the same ids as unionIds gives, in its order, the other sides' items read in line with mine's
      const inBase = new ListingWalk(lb.ids, lb.items, (id) => b.get(id));
      const inTheirs = new ListingWalk(lt.ids, lt.items, (id) => t.get(id));
      for (let i = 0; i < lm.ids.length; i++) {
        const [id, vm] = [lm.ids[i], lm.items[i]];
        const [vb, vt] = [inBase.itemOf(id), inTheirs.itemOf(id)];
        // one object on all three sides (documents checked beside the open one share its unchanged items,
        // parse-reusing.ts): planEntity would take mine's; a merge of 100,000 elements has a few others
        if (vb === vm && vt === vm) continue;
        plan.set(id, planEntity(c, id, vb, vm, vt, kindOf));
      }
      const others: string[] = [];
      const planOther = (id: string, vt: unknown) => {
        plan.set(id, planEntity(c, id, b.get(id), undefined, vt, kindOf));
        others.push(id);
      };
      for (const id of inTheirs.notMet()) if (m.get(id) === undefined) planOther(id, t.get(id));
      for (const id of inBase.notMet()) if (m.get(id) === undefined && t.get(id) === undefined) planOther(id, undefined);
      sparse.set(c, { mine: lm, others });
    } else for (const id of unionIds(m, t, b)) plan.set(id, planEntity(c, id, b.get(id), m.get(id), t.get(id), kindOf));
    plans.set(c, plan);
  }

  // 2. elements deleted on one side that the other side's work needs: one conflict each, which carries that work
  const refDoc = (d: object): RefDoc => ({ elements: part(d, 'elements'), relations: part(d, 'relations'), views: part(d, 'views') });
  const ref = { base: refDoc(base), mine: refDoc(mine), theirs: refDoc(theirs) };
  // built on first use: a merge without deletions never needs them
  const indexes: Partial<Record<Side, RefIndex>> = {};
  const indexOf = (s: Side) => (indexes[s] ??= new RefIndex(ref[s]));
  /** Conflicts folded into an element's deletion conflict, by their id → that conflict. */
  const folded = new Map<string, MergeConflict>();
  const clusters: MergeConflict[] = [];
  const elementPlans = plans.get('elements')!;
  for (const [id, plan] of elementPlans) {
    if (ref.base.elements.get(id) === undefined) continue;
    let deleter: Side | undefined;
    if (plan.type === 'take' && plan.value === undefined) deleter = ref.mine.elements.get(id) === undefined ? (ref.theirs.elements.get(id) === undefined ? undefined : 'mine') : 'theirs';
    else if (plan.type === 'choose' && plan.conflict.kind === 'deleteEdit') deleter = plan.conflict.deletedBy;
    if (!deleter) continue;
    const keeper = other(deleter);
    const dependents = dependentsOf(id, ref.base, indexOf(keeper), ref[deleter]);
    if (dependents.length === 0) continue;
    const edited = dependents.some((d) => d.how === 'edited');
    const c: MergeConflict = {
      ...(plan.type === 'choose' ? plan.conflict : { id: JSON.stringify(['elements', id]), collection: 'elements', entityId: id, base: ref.base.elements.get(id), mine: ref.mine.elements.get(id), theirs: ref.theirs.elements.get(id), editable: false }),
      kind: edited ? 'deleteEdit' : 'deletedEnd',
      deletedBy: deleter,
      dependents,
    };
    elementPlans.set(id, { type: 'choose', conflict: c });
    clusters.push(c);
    // the relation the deleter removed with the element, and its node, follow this conflict's answer
    for (const rid of indexOf(keeper).relationsOf(id)) {
      const rp = plans.get('relations')!.get(rid);
      if (rp?.type === 'choose' && rp.conflict.kind === 'deleteEdit' && rp.conflict.deletedBy === deleter) folded.set(rp.conflict.id, c);
    }
    for (const vp of plans.get('views')!.values()) {
      if (vp.type !== 'fields') continue;
      const leaf = vp.conflicts.get(pathKey(['nodes', id]));
      if (leaf && leaf[deleter] === undefined) folded.set(leaf.id, c);
    }
  }

  // two different elements under one id: their nodes go with whichever element is kept
  for (const [id, plan] of elementPlans) {
    if (plan.type !== 'choose' || plan.conflict.kind !== 'idCollision') continue;
    for (const vp of plans.get('views')!.values()) {
      const leaf = vp.type === 'fields' ? vp.conflicts.get(pathKey(['nodes', id])) : undefined;
      if (leaf) folded.set(leaf.id, plan.conflict);
    }
  }

  // 3. the conflicts, in a stable order, and how each is answered
  const conflicts: MergeConflict[] = [];
  const collect = (p: EntityPlan) => {
    if (p.type === 'choose') conflicts.push(p.conflict);
    else if (p.type === 'fields') conflicts.push(...[...p.conflicts.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
  };
  collect(projectPlan);
  for (const c of collections) {
    // only entities with a choice hold conflicts: sorting every id (25,000 in a 10k model) cost more than collecting
    const open: [string, EntityPlan][] = [];
    for (const entry of plans.get(c)!) if (entry[1].type !== 'take') open.push(entry);
    for (const [, p] of open.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) collect(p);
  }
  const shown = conflicts.filter((c) => !folded.has(c.id));
  const unresolved = shown.filter((c) => resolutions[c.id] === undefined).map((c) => c.id);
  const answer = (c: MergeConflict): Resolution => {
    // folded into an element's conflict: the same side as that answer (the keeper's node when a deleted element stays)
    const lead = folded.get(c.id);
    if (lead) return side(lead);
    return resolutions[c.id] ?? prefer;
  };
  const side = (c: MergeConflict): Side => {
    const r = answer(c);
    if (typeof r === 'string') return r;
    throw new MergeError('merge.notEditable', { conflict: c.id });
  };
  const pick = (c: MergeConflict): unknown => {
    const r = answer(c);
    if (typeof r === 'string') return c[r];
    if (!c.editable) throw new MergeError('merge.notEditable', { conflict: c.id });
    return r.value;
  };

  // 4. build the result
  const build = (collection: string, id: string, p: EntityPlan): unknown => {
    if (p.type === 'take') return p.value;
    if (p.type === 'choose') return p.conflict[side(p.conflict)];
    // only a typed value can make a planned combination invalid here: refuse it, naming the entity
    const built = buildFromLeaves(p.leaves, p.mine, pick);
    let problem: string | null = 'structure';
    if (built !== null && !CHECKED_COLLECTIONS.has(collection)) problem = null;
    else if (built !== null) problem = collection === PROJECT_ENTITY ? (built.meta === undefined ? null : schemaProblem('meta', built.meta)) : schemaProblem(collection, built);
    if (problem) throw new MergeError('merge.invalidValue', { entity: `${collection}/${id}`, problem });
    return built;
  };
  const result: Record<string, unknown> = {};
  /** An element of mine or theirs is not in the result (noted while building it, rather than looking every element up after). */
  let elementsDropped = false;
  const projectValue = build(PROJECT_ENTITY, PROJECT_ENTITY, projectPlan) as Record<string, unknown>;
  const order = [...new Set([...Object.keys(mine), ...Object.keys(theirs)])];
  for (const key of order) {
    if (collections.includes(key)) {
      const out: Built = new Map();
      const add = (id: string, p: EntityPlan) => {
        const v = build(key, id, p);
        if (v !== undefined) out.set(id, v as Entity);
        else if (key === 'elements' && (ref.mine.elements.get(id) !== undefined || ref.theirs.elements.get(id) !== undefined)) elementsDropped = true;
      };
      const plan = plans.get(key)!;
      const read = sparse.get(key);
      if (read) {
        // in plan order: mine's ids, then the others
        const { ids, items } = read.mine;
        for (let i = 0; i < ids.length; i++) {
          const p = plan.get(ids[i]);
          if (p) add(ids[i], p);
          else out.set(ids[i], items[i]);
        }
        for (const id of read.others) add(id, plan.get(id)!);
      } else for (const [id, p] of plan) add(id, p);
      result[key] = out;
    } else if (projectValue[key] !== undefined) result[key] = projectValue[key];
  }
  for (const key of Object.keys(projectValue)) if (!(key in result)) result[key] = projectValue[key];

  const adjustments: MergeAdjustment[] = [];
  // a collection missing from the result is built aside, as before, and dropped
  const built = (c: string): Built => (result[c] instanceof Map ? (result[c] as Built) : new Map());
  const out = { elements: built('elements'), relations: built('relations'), views: built('views') };

  // 5. an element kept against its deletion brings back what the deleter removed with it
  for (const c of clusters) {
    const keeper = other(c.deletedBy!);
    if (side(c) !== keeper) continue;
    restoreWithElement(c.entityId, ref[keeper], ref[c.deletedBy!], ref.base, out);
  }

  // 6. references to elements that are gone, relations the kept element kinds no longer allow
  const collided = conflicts.some((c) => c.kind === 'idCollision' && c.collection === 'elements');
  const gone = (d: RefDoc) => [...d.elements.keys()].some((id) => out.elements.get(id) === undefined);
  const dropped = result.elements instanceof Map ? elementsDropped : gone(ref.mine) || gone(ref.theirs);
  if (collided || dropped) dropDanglingReferences(out, adjustments);

  // 7. at least one view, every node in its band
  if (out.views.size === 0) {
    const from = [...ref.mine.views.keys()].length > 0 ? ref.mine.views : ref.theirs.views;
    for (const vid of from.keys()) {
      const v = from.get(vid)!;
      const nodes = Object.fromEntries(Object.entries(v.nodes as Record<string, unknown>).filter(([id]) => out.elements.get(id) !== undefined));
      out.views.set(vid, { ...v, nodes });
      adjustments.push({ key: 'viewKept', collection: 'views', id: vid });
    }
  }
  clampNodes(out.views, out.elements, [ref.mine, ref.theirs], collided, adjustments);
  // collections are records; a side that held tables (a LakarDocument) gets tables back
  for (const key of Object.keys(result)) {
    const value = result[key];
    if (!(value instanceof Map)) continue;
    const asTable = (TABLE_FIELDS as readonly string[]).includes(key) && [mine, theirs, base].some((d) => (d as Record<string, unknown>)[key] instanceof Table);
    result[key] = finished(value as Built, asTable);
  }
  return { doc: result as D, conflicts: shown, unresolved, adjustments };
}

/** The merged document's collections while they are built. */
type BuiltDoc = { elements: Built; relations: Built; views: Built };

/** Put back, with kept element `id`, the relations and nodes the deleter removed along with it. */
function restoreWithElement(id: string, keeper: RefDoc, deleter: RefDoc, base: RefDoc, out: BuiltDoc): void {
  for (const rid of keeper.relations.keys()) {
    const r = keeper.relations.get(rid)!;
    if ((r.source === id || r.target === id) && deleter.relations.get(rid) === undefined) out.relations.set(rid, r);
    else if (Array.isArray(r.dataEntityIds) && r.dataEntityIds.includes(id)) {
      // the deleter's cascade took the element out of flows that carried it
      const now = out.relations.get(rid);
      const list = now?.dataEntityIds;
      const was = base.relations.get(rid)?.dataEntityIds;
      if (now && Array.isArray(list) && !list.includes(id) && Array.isArray(was) && (was as string[]).includes(id)) {
        out.relations.set(rid, { ...now, dataEntityIds: [...list, id] });
      } else if (now && list === undefined && (was as string[] | undefined)?.includes(id)) {
        out.relations.set(rid, { ...now, dataEntityIds: [id] });
      }
    }
  }
  for (const eid of keeper.elements.keys()) {
    const e = keeper.elements.get(eid)!;
    const now = out.elements.get(eid);
    if (e.parentId === id && now && now.parentId === undefined && base.elements.get(eid)?.parentId === id) out.elements.set(eid, { ...now, parentId: id });
  }
  for (const vid of keeper.views.keys()) {
    const node = (keeper.views.get(vid)!.nodes as Record<string, unknown>)[id];
    const target = out.views.get(vid);
    if (node !== undefined && target && (target.nodes as Record<string, unknown>)[id] === undefined) out.views.set(vid, { ...target, nodes: { ...(target.nodes as object), [id]: node } });
  }
}

/** Remove references to elements absent from `out` (and relations their ends' kinds do not allow). */
function dropDanglingReferences(out: BuiltDoc, adjustments: MergeAdjustment[]): void {
  const kindOf = (id: string) => out.elements.get(id)?.kind as ElementKind | undefined;
  // a Map's loop sees each entry once though the entry it stands on is replaced or deleted
  for (const [rid, r] of out.relations) {
    const problem = relationProblem(r as never, kindOf);
    if (problem === 'danglingEnd' || problem === 'relationNotAllowed') {
      out.relations.delete(rid);
      adjustments.push({ key: problem === 'danglingEnd' ? 'referenceDropped' : 'relationDropped', collection: 'relations', id: rid });
    } else if (problem === 'dataEntityMissing') {
      const kept = (r.dataEntityIds as string[]).filter((d) => kindOf(d) === 'dataEntity');
      const next: Record<string, unknown> = { ...r, dataEntityIds: kept };
      if (kept.length === 0) delete next.dataEntityIds;
      out.relations.set(rid, next);
      adjustments.push({ key: 'referenceDropped', collection: 'relations', id: rid, detail: 'dataEntityIds' });
    }
  }
  for (const [eid, e] of out.elements) {
    if (typeof e.parentId === 'string' && out.elements.get(e.parentId) === undefined) {
      const { parentId: _gone, ...rest } = e;
      out.elements.set(eid, rest);
      adjustments.push({ key: 'referenceDropped', collection: 'elements', id: eid, detail: 'parentId' });
    }
  }
  for (const [vid, v] of out.views) {
    const nodes = v.nodes as Record<string, unknown> | undefined;
    if (!isPlainObject(nodes)) continue;
    const gone = Object.keys(nodes).filter((id) => out.elements.get(id) === undefined);
    if (gone.length === 0) continue;
    const kept = { ...nodes };
    for (const id of gone) delete kept[id];
    out.views.set(vid, { ...v, nodes: kept });
    for (const id of gone) adjustments.push({ key: 'referenceDropped', collection: 'views', id: vid, detail: id });
  }
}

/** Nodes outside their band go back in, unless a side had exactly that node in exactly those bands. */
function clampNodes(views: Built, elements: Built, sides: RefDoc[], collided: boolean, adjustments: MergeAdjustment[]): void {
  for (const [vid, v] of views) {
    const view = v as unknown as View;
    if (!isPlainObject(view.nodes)) continue;
    // a view taken whole from one side is that side's, already valid (unless an id now names another element)
    if (!collided && sides.some((s) => s.views.get(vid) === v)) continue;
    const rows = bandLayout(view);
    let nodes: View['nodes'] | null = null;
    for (const [id, node] of Object.entries(view.nodes)) {
      const kind = elements.get(id)?.kind as ElementKind | undefined;
      if (!kind || !isPlainObject(node) || typeof node.y !== 'number' || nodeInRows(rows, kind, node.y, node.h)) continue;
      const asInSide = sides.some((s) => {
        const sv = s.views.get(vid) as unknown as View | undefined;
        return sv !== undefined && s.elements.get(id)?.kind === kind && deepEqual(sv.nodes?.[id], node) && deepEqual(sv.bandHeights, view.bandHeights);
      });
      if (asInSide) continue;
      nodes ??= { ...view.nodes };
      nodes[id] = { ...node, y: Math.round(clampToBand(view, bandOf(kind), node.y, node.h)) };
      adjustments.push({ key: 'nodeClamped', collection: 'views', id: vid, detail: id });
    }
    if (nodes) views.set(vid, { ...v, nodes } as never);
  }
}
