/**
 * Where an undo puts back what a command removed. A patch adding a key that is not there appends
 * it, as setting a key on a plain object does (JSON, IPC, the journal carry tables as such objects),
 * so undoing a deletion listed the item last: in the model tree, the paper's tables, the saved file
 * and a recheck. The inverse patch of a removal therefore says which key followed the removed one
 * once the command was done (`insertBefore`), and applying it puts the key back before that one.
 *
 * The follower is taken in the document the command left, not the one it was given: the undo then
 * applies to exactly that document, so the follower is there, and the removed keys, put back in the
 * order they stood (the order of the inverse patches), each go before the next key that stayed.
 * A patch without the field (journals and history written before it, or a removed key that was
 * last) appends, as before; so does one whose follower is not there.
 */
import type { Patch } from 'immer';
import { isArrayIndex } from './table';

/** A patch, and for an `add` of a key that is not there, the key it goes before. */
export type PlacedPatch = Patch & { insertBefore?: string };

/** The key `patch` goes before, when it says one. */
export function insertBeforeOf(patch: Patch): string | undefined {
  const before = (patch as PlacedPatch).insertBefore;
  return typeof before === 'string' ? before : undefined;
}

/**
 * For each key of `removed`, in the order of `keys` (the order before the command), the first key
 * after it that `stays` (is still there after it); undefined for removed keys after the last that stays.
 * For keys listed anyway (a view's boxes); a table finds them by order numbers without listing
 * itself (Table.followersOfRemoved), and comes here only when it cannot.
 */
export function followersOf(keys: Iterable<string>, removed: ReadonlySet<string>, stays: (key: string) => boolean): Map<string, string | undefined> {
  if (Array.isArray(keys) && removed.size <= FEW) return followersOfFew(keys, removed, stays);
  const out = new Map<string, string | undefined>();
  let waiting: string[] = [];
  let left = removed.size;
  for (const key of keys) {
    if (removed.has(key)) {
      waiting.push(key);
      left--;
    } else if (waiting.length > 0 && stays(key)) {
      for (const w of waiting) out.set(w, key);
      waiting = [];
      if (left === 0) break;
    }
  }
  for (const w of waiting) out.set(w, undefined);
  return out;
}

/**
 * Removed keys up to which `followersOf` finds each one's place with `indexOf` (a native scan
 * comparing pointers) rather than walking every key with a set lookup (see the commit measuring it).
 */
const FEW = 16;

function followersOfFew(keys: readonly string[], removed: ReadonlySet<string>, stays: (key: string) => boolean): Map<string, string | undefined> {
  const at: [string, number][] = [];
  for (const key of removed) {
    const i = keys.indexOf(key);
    if (i >= 0) at.push([key, i]);
  }
  at.sort((a, b) => a[1] - b[1]);
  const out = new Map<string, string | undefined>();
  for (const [key, i] of at) {
    let j = i + 1;
    while (j < keys.length && (removed.has(keys[j]) || !stays(keys[j]))) j++;
    out.set(key, keys[j]);
  }
  return out;
}

/**
 * `record` (a plain record) with `key` moved just before `follower`, both being its own keys, in
 * place. Not when either is an array index (a record lists those first, by number: Table.withChanges).
 */
export function moveKeyBefore(record: Record<string, unknown>, key: string, follower: string): void {
  if (isArrayIndex(key) || isArrayIndex(follower)) return;
  const keys = Object.keys(record);
  const at = keys.indexOf(follower);
  if (at < 0 || !Object.hasOwn(record, key)) return;
  // a key set again goes last: the follower and every key after it (but `key`) are set again after it
  for (let i = at; i < keys.length; i++) {
    if (keys[i] === key) continue;
    const value = record[keys[i]];
    delete record[keys[i]];
    record[keys[i]] = value;
  }
}

/** The plain record at `path` in `doc`, if there is one. */
function recordAt(doc: unknown, path: readonly (string | number)[]): Record<string, unknown> | undefined {
  let at = doc;
  for (const step of path) {
    if (typeof at !== 'object' || at === null || Array.isArray(at) || !Object.hasOwn(at, String(step))) return undefined;
    at = (at as Record<string, unknown>)[String(step)];
  }
  if (typeof at !== 'object' || at === null || Array.isArray(at)) return undefined;
  const proto: unknown = Object.getPrototypeOf(at);
  return proto === Object.prototype || proto === null ? (at as Record<string, unknown>) : undefined;
}

/**
 * `inverse` (immer's inverse patches of a command that made `after` from `before`) with each `add`
 * that puts back a key of a plain record saying where it goes: before the first key after it in
 * `before`'s order that is there when the patch applies (one that stayed, or one put back by an
 * earlier patch). For what immer drafts (the views); tables and boxes say it themselves.
 */
export function placeInverse(before: unknown, after: unknown, inverse: readonly Patch[]): Patch[] {
  const keysOf = new Map<Record<string, unknown>, { keys: string[]; at: Map<string, number>; back: Set<string> }>();
  let out: Patch[] | null = null;
  inverse.forEach((patch, i) => {
    if (patch.op !== 'add' || patch.path.length === 0) return;
    const parent = patch.path.slice(0, -1);
    const key = String(patch.path[patch.path.length - 1]);
    const was = recordAt(before, parent);
    const now = recordAt(after, parent);
    if (!was || !now || !Object.hasOwn(was, key) || Object.hasOwn(now, key)) return;
    let known = keysOf.get(was);
    if (!known) {
      const keys = Object.keys(was);
      keysOf.set(was, (known = { keys, at: new Map(keys.map((k, j) => [k, j])), back: new Set() }));
    }
    let follower: string | undefined;
    for (let j = known.at.get(key)! + 1; j < known.keys.length && follower === undefined; j++) {
      const k = known.keys[j];
      if (Object.hasOwn(now, k) || known.back.has(k)) follower = k;
    }
    known.back.add(key);
    if (follower === undefined) return;
    out ??= inverse.slice();
    out[i] = { ...patch, insertBefore: follower } as PlacedPatch;
  });
  return out ?? (inverse as Patch[]);
}
