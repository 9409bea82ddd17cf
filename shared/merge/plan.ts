/**
 * Step one of the merge: per entity, what each side did relative to the base and what the merge
 * takes, field by field (generic over fields, see shared/diff/structure.ts; lists with row
 * identities row by row, see lists.ts). Conflicts are found
 * here without looking at any resolution, so the list is the same on every run.
 */
import { buildFromPaths, deepEqual, isContainer, isPlainObject, pathKey } from '../diff/structure';
import type { ElementKind } from '../model/schema';
import type { MergeConflict, Side } from './types';
import { isRowList, mergeListByIdentity } from './lists';
import { relationProblem, schemaProblem } from './validate';

/** One leaf (or a subtree all three agree on) of a field-merged entity: its value, or its conflict. */
export type LeafPlan = { path: readonly string[]; value: unknown } | { path: readonly string[]; conflict: MergeConflict };

/** What the merge does with one entity. */
export type EntityPlan =
  /** Settled: take `value` (undefined = the entity is absent from the result). */
  | { type: 'take'; value: unknown }
  /** An entity-level conflict: the result is one side's whole entity. */
  | { type: 'choose'; conflict: MergeConflict }
  /** Both sides changed the entity: built leaf by leaf, some leaves maybe in conflict. */
  | { type: 'fields'; mine: unknown; leaves: LeafPlan[]; conflicts: Map<string, MergeConflict> };

/** A conflict's id: stable for the same three documents. */
export function conflictId(collection: string, entityId: string, path?: readonly string[]): string {
  return JSON.stringify(path ? [collection, entityId, ...path] : [collection, entityId]);
}

function conflict(kind: MergeConflict['kind'], collection: string, entityId: string, values: { base: unknown; mine: unknown; theirs: unknown }, extra: Partial<MergeConflict> = {}): MergeConflict {
  return { id: conflictId(collection, entityId, extra.path), kind, collection, entityId, ...values, editable: kind === 'field', ...extra };
}

/** Where element kinds come from while checking a combined relation (an element's kind never changes). */
export type KindLookup = (id: string) => ElementKind | undefined;

/** Collections whose combined entities are checked (see planFields). */
export const CHECKED_COLLECTIONS: ReadonlySet<string> = new Set(['elements', 'relations', 'project']);

/** Why the combined entity is not valid (null when it is). */
function combinedProblem(collection: string, entity: unknown, kindOf: KindLookup): string | null {
  if (collection === 'project') {
    const meta = (entity as { meta?: unknown }).meta;
    return meta !== undefined && schemaProblem('meta', meta) ? 'schema' : null;
  }
  if (schemaProblem(collection, entity)) return 'schema';
  if (collection === 'relations') {
    const p = relationProblem(entity as never, kindOf);
    // a missing end is the business of the deleted element's own conflict
    if (p && p !== 'danglingEnd' && p !== 'dataEntityMissing') return p;
  }
  return null;
}

/** The entity built from `leaves`, each conflict taking `pick`'s value (null when the leaves do not fit together). */
export function buildFromLeaves(leaves: readonly LeafPlan[], order: unknown, pick: (c: MergeConflict) => unknown): Record<string, unknown> | null {
  return buildFromPaths(
    leaves.map((leaf) => [leaf.path, 'value' in leaf ? leaf.value : pick(leaf.conflict)] as const),
    order,
  );
}

/**
 * Plan one entity changed on both sides (all three present), leaf by leaf as flattenEntity sees
 * them, walking the three versions together and skipping every subtree on which they agree (a view
 * with thousands of nodes costs a comparison per node, not a path per node).
 */
function planFields(collection: string, id: string, b: unknown, m: unknown, t: unknown, kindOf: KindLookup): EntityPlan {
  const leaves: LeafPlan[] = [];
  const conflicts = new Map<string, MergeConflict>();
  const leafOf = (path: readonly string[], v: unknown) => (v === undefined || isContainer(collection, path, v) ? undefined : v);
  const visit = (path: string[], vb: unknown, vm: unknown, vt: unknown) => {
    if (path.length > 0 && deepEqual(vm, vt) && deepEqual(vb, vm)) {
      if (vm !== undefined) leaves.push({ path: [...path], value: vm });
      return;
    }
    const [lb, lm, lt] = [leafOf(path, vb), leafOf(path, vm), leafOf(path, vt)];
    if (lb !== undefined || lm !== undefined || lt !== undefined) {
      // a list both sides changed: merged row by row when its rows have an identity (lists.ts)
      const oneSide = deepEqual(lm, lt) || deepEqual(lb, lt) || deepEqual(lb, lm);
      const rows = !oneSide && isRowList(lb, lm, lt) ? mergeListByIdentity((lb as unknown[] | undefined) ?? [], lm as unknown[], lt as unknown[]) : null;
      if (deepEqual(lm, lt) || deepEqual(lb, lt)) leaves.push({ path: [...path], value: lm });
      else if (deepEqual(lb, lm)) leaves.push({ path: [...path], value: lt });
      else if (rows) leaves.push({ path: [...path], value: rows });
      else {
        const c = conflict('field', collection, id, { base: lb, mine: lm, theirs: lt }, { path: [...path] });
        conflicts.set(pathKey(path), c);
        leaves.push({ path: c.path!, conflict: c });
      }
    }
    const [cb, cm, ct] = [vb, vm, vt].map((v) => (isContainer(collection, path, v) ? v : undefined));
    // an object both sides still have stays, even when their removals together empty it (two nodes hidden from one view)
    if (path.length > 0 && (cm || ct) && isPlainObject(vm) && isPlainObject(vt)) leaves.push({ path: [...path], value: {} });
    const seen = new Set<string>();
    for (const c of [cm, ct, cb]) {
      if (!c) continue;
      for (const k in c) {
        if (seen.has(k)) continue;
        seen.add(k);
        path.push(k);
        visit(path, cb?.[k], cm?.[k], ct?.[k]);
        path.pop();
      }
    }
  };
  visit([], b, m, t);
  // each side is valid alone; the combination must be too, whichever way its conflicts go. Only
  // elements, relations (kinds with their own fields) and the project (objects with required
  // members) can be made invalid by combining valid leaves; a view's leaves always fit together.
  if (!CHECKED_COLLECTIONS.has(collection)) return { type: 'fields', mine: m, leaves, conflicts };
  const pickSide = (side: Side) => (c: MergeConflict) => c[side];
  for (const side of conflicts.size > 0 ? (['mine', 'theirs'] as const) : (['mine'] as const)) {
    const built = buildFromLeaves(leaves, m, pickSide(side));
    const problem = built === null ? 'structure' : combinedProblem(collection, built, kindOf);
    if (problem) return { type: 'choose', conflict: conflict('invalid', collection, id, { base: b, mine: m, theirs: t }, { reason: problem }) };
  }
  return { type: 'fields', mine: m, leaves, conflicts };
}

/** Plan one entity from its three versions (undefined = absent). */
export function planEntity(collection: string, id: string, b: unknown, m: unknown, t: unknown, kindOf: KindLookup): EntityPlan {
  // their side left it as it was, seen without a walk (a view of 90,000 boxes their copy shares with the base): mine's, as below
  if (b === t || m === t || deepEqual(m, t)) return { type: 'take', value: m };
  if (b === m || deepEqual(b, m)) return { type: 'take', value: t };
  if (b === t || deepEqual(b, t)) return { type: 'take', value: m };
  const values = { base: b, mine: m, theirs: t };
  if (b === undefined) return { type: 'choose', conflict: conflict('idCollision', collection, id, values) };
  if (m === undefined) return { type: 'choose', conflict: conflict('deleteEdit', collection, id, values, { deletedBy: 'mine' }) };
  if (t === undefined) return { type: 'choose', conflict: conflict('deleteEdit', collection, id, values, { deletedBy: 'theirs' }) };
  return planFields(collection, id, b, m, t, kindOf);
}
