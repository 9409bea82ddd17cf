/**
 * Step one of the merge: per entity, what each side did relative to the base and what the merge
 * takes, field by field (generic over fields, see shared/diff/structure.ts). Conflicts are found
 * here without looking at any resolution, so the list is the same on every run.
 */
import { deepEqual, flattenEntity, keyPath, unflattenEntity } from '../diff/structure';
import type { ElementKind } from '../model/schema';
import type { MergeConflict, Side } from './types';
import { relationProblem, schemaProblem } from './validate';

/** What the merge does with one leaf of a field-merged entity. */
export type LeafPlan = { value: unknown } | { conflict: MergeConflict };

/** What the merge does with one entity. */
export type EntityPlan =
  /** Settled: take `value` (undefined = the entity is absent from the result). */
  | { type: 'take'; value: unknown }
  /** An entity-level conflict: the result is one side's whole entity. */
  | { type: 'choose'; conflict: MergeConflict }
  /** Both sides changed the entity: built leaf by leaf, some leaves maybe in conflict. */
  | { type: 'fields'; mine: unknown; leaves: Map<string, LeafPlan> };

/** A conflict's id: stable for the same three documents. */
export function conflictId(collection: string, entityId: string, path?: readonly string[]): string {
  return JSON.stringify(path ? [collection, entityId, ...path] : [collection, entityId]);
}

function conflict(kind: MergeConflict['kind'], collection: string, entityId: string, values: { base: unknown; mine: unknown; theirs: unknown }, extra: Partial<MergeConflict> = {}): MergeConflict {
  return { id: conflictId(collection, entityId, extra.path), kind, collection, entityId, ...values, editable: kind === 'field', ...extra };
}

/** Where element kinds come from while checking a combined relation (an element's kind never changes). */
export type KindLookup = (id: string) => ElementKind | undefined;

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

/** The entity built from `leaves`, each conflict taking `side`'s value (null when the leaves do not fit together). */
export function buildFromLeaves(leaves: Map<string, LeafPlan>, order: unknown, pick: (c: MergeConflict) => unknown): Record<string, unknown> | null {
  const values = new Map<string, unknown>();
  for (const [key, leaf] of leaves) {
    const v = 'value' in leaf ? leaf.value : pick(leaf.conflict);
    if (v !== undefined) values.set(key, v);
  }
  return unflattenEntity(values, order);
}

/** Plan one entity changed on both sides (all three present): leaf by leaf. */
function planFields(collection: string, id: string, b: unknown, m: unknown, t: unknown, kindOf: KindLookup): EntityPlan {
  const fb = flattenEntity(collection, b);
  const fm = flattenEntity(collection, m);
  const ft = flattenEntity(collection, t);
  const leaves = new Map<string, LeafPlan>();
  let conflicts = 0;
  for (const key of new Set([...fm.keys(), ...ft.keys(), ...fb.keys()])) {
    const [lb, lm, lt] = [fb.get(key), fm.get(key), ft.get(key)];
    if (deepEqual(lm, lt) || deepEqual(lb, lt)) leaves.set(key, { value: lm });
    else if (deepEqual(lb, lm)) leaves.set(key, { value: lt });
    else {
      leaves.set(key, { conflict: conflict('field', collection, id, { base: lb, mine: lm, theirs: lt }, { path: keyPath(key) }) });
      conflicts++;
    }
  }
  // each side is valid alone; the combination must be too, whichever way its conflicts go
  const pickSide = (side: Side) => (c: MergeConflict) => c[side];
  for (const side of conflicts > 0 ? (['mine', 'theirs'] as const) : (['mine'] as const)) {
    const built = buildFromLeaves(leaves, m, pickSide(side));
    const problem = built === null ? 'structure' : combinedProblem(collection, built, kindOf);
    if (problem) return { type: 'choose', conflict: conflict('invalid', collection, id, { base: b, mine: m, theirs: t }, { reason: problem }) };
  }
  return { type: 'fields', mine: m, leaves };
}

/** Plan one entity from its three versions (undefined = absent). */
export function planEntity(collection: string, id: string, b: unknown, m: unknown, t: unknown, kindOf: KindLookup): EntityPlan {
  if (m === t || deepEqual(m, t)) return { type: 'take', value: m };
  if (b === m || deepEqual(b, m)) return { type: 'take', value: t };
  if (b === t || deepEqual(b, t)) return { type: 'take', value: m };
  const values = { base: b, mine: m, theirs: t };
  if (b === undefined) return { type: 'choose', conflict: conflict('idCollision', collection, id, values) };
  if (m === undefined) return { type: 'choose', conflict: conflict('deleteEdit', collection, id, values, { deletedBy: 'mine' }) };
  if (t === undefined) return { type: 'choose', conflict: conflict('deleteEdit', collection, id, values, { deletedBy: 'theirs' }) };
  return planFields(collection, id, b, m, t, kindOf);
}
