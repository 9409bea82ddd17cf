/**
 * The reference for patches that put a key back in its place (shared/model/placed.ts): immer's
 * applyPatches on plain copies, one patch at a time, and a key an `add` with `insertBefore` put back
 * moved before its follower by rewriting the record (delete and set again the keys from the
 * follower on), as a plain object would have to be written.
 */
import { applyPatches, type Patch } from 'immer';
import { insertBeforeOf } from '../../shared/model/placed';
import { isArrayIndex } from '../../shared/model/table';

function recordAt(doc: unknown, path: readonly (string | number)[]): Record<string, unknown> | undefined {
  let at = doc;
  for (const step of path) {
    if (typeof at !== 'object' || at === null || !Object.hasOwn(at, String(step))) return undefined;
    at = (at as Record<string, unknown>)[String(step)];
  }
  return typeof at === 'object' && at !== null && !Array.isArray(at) ? (at as Record<string, unknown>) : undefined;
}

/** Rebuild the record at `path` in `doc` (copies on the way) with `key` just before `follower`. */
function withKeyBefore<T>(doc: T, path: readonly (string | number)[], key: string, follower: string): T {
  if (path.length === 0) {
    const record = doc as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(record)) {
      if (k === key) continue;
      if (k === follower) out[key] = record[key];
      out[k] = record[k];
    }
    return out as T;
  }
  const record = doc as Record<string, unknown>;
  const step = String(path[0]);
  return { ...record, [step]: withKeyBefore(record[step], path.slice(1), key, follower) } as T;
}

/** `base` (plain data) with `patches` applied, each `add` with `insertBefore` of a missing key putting it before its follower when that is there. */
export function applyPatchesPlaced<T>(base: T, patches: readonly Patch[]): T {
  let out = base;
  for (const patch of patches) {
    const follower = patch.op === 'add' ? insertBeforeOf(patch) : undefined;
    const parent = patch.path.slice(0, -1);
    const key = String(patch.path[patch.path.length - 1]);
    const record = follower === undefined ? undefined : recordAt(out, parent);
    const had = !!record && Object.hasOwn(record, key);
    out = applyPatches(out as object, [patch]) as T;
    // never before an array index, nor one: a record lists those first by number
    if (follower !== undefined && record && !had && !isArrayIndex(key) && !isArrayIndex(follower) && Object.hasOwn(recordAt(out, parent)!, follower)) out = withKeyBefore(out, parent, key, follower);
  }
  return out;
}
