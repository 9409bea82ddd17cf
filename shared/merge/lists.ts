/**
 * Three-way merge of a list field by identity, for lists whose rows have a string `id` or are plain
 * strings (the data a flow carries, a site's software, rows of the proposal's tables that have ids).
 * One side adding a row and the other adding or removing another is not a conflict: both changes are
 * kept. The list stays one conflict, as before, when the same row was changed both ways, removed on
 * one side and edited on the other, added twice with different contents, when both sides reordered
 * the rows differently, or when rows have no identity (no id, or the same id twice).
 */
import { deepEqual, isPlainObject } from '../diff/structure';

type Key = string;

function keyOf(item: unknown): Key | null {
  if (typeof item === 'string') return `s:${item}`;
  if (isPlainObject(item) && typeof item.id === 'string') return `i:${item.id}`;
  return null;
}

/** The rows by identity in list order, or null when a row has none or two rows share one. */
function keyed(list: readonly unknown[]): Map<Key, unknown> | null {
  const out = new Map<Key, unknown>();
  for (const item of list) {
    const k = keyOf(item);
    if (k === null || out.has(k)) return null;
    out.set(k, item);
  }
  return out;
}

/** Whether `side` moved rows it shares with `base` relative to each other. */
function reordered(base: Map<Key, unknown>, side: Map<Key, unknown>): boolean {
  const inBase = [...base.keys()].filter((k) => side.has(k));
  const inSide = [...side.keys()].filter((k) => base.has(k));
  return inBase.some((k, i) => inSide[i] !== k);
}

/** True when `lists` can be merged row by row: every one a list (the base may be absent: no list yet). */
export function isRowList(base: unknown, mine: unknown, theirs: unknown): boolean {
  return Array.isArray(mine) && Array.isArray(theirs) && (base === undefined || Array.isArray(base));
}

/** The merged list, or null when it cannot be merged row by row (see the module comment). */
export function mergeListByIdentity(base: readonly unknown[], mine: readonly unknown[], theirs: readonly unknown[]): unknown[] | null {
  const [b, m, t] = [keyed(base), keyed(mine), keyed(theirs)];
  if (!b || !m || !t) return null;
  const kept = new Map<Key, unknown>();
  for (const k of new Set([...m.keys(), ...t.keys(), ...b.keys()])) {
    const [vb, vm, vt] = [b.get(k), m.get(k), t.get(k)];
    let v: unknown;
    if (deepEqual(vm, vt) || deepEqual(vb, vt)) v = vm;
    else if (deepEqual(vb, vm)) v = vt;
    else return null;
    if (v !== undefined) kept.set(k, v);
  }
  const [mineMoved, theirsMoved] = [reordered(b, m), reordered(b, t)];
  if (mineMoved && theirsMoved && !deepEqual([...m.keys()].filter((k) => t.has(k)), [...t.keys()].filter((k) => m.has(k)))) return null;
  // the side that moved rows gives the order; the other side's new rows follow the row they followed
  // there, after the rows the leading side itself added at that place
  const [lead, follow] = theirsMoved && !mineMoved ? [t, m] : [m, t];
  const order = [...lead.keys()].filter((k) => kept.has(k));
  let previous: Key | null = null;
  for (const k of follow.keys()) {
    if (kept.has(k) && !order.includes(k)) {
      let at = previous === null ? 0 : order.indexOf(previous) + 1;
      while (at < order.length && !b.has(order[at]) && !follow.has(order[at])) at++;
      order.splice(at, 0, k);
    }
    if (order.includes(k)) previous = k;
  }
  return order.map((k) => kept.get(k));
}
