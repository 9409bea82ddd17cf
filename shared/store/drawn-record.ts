/**
 * The compact journal form of "view V stored as drawn" (issue 18: edits that cost what they change).
 * The first move, addition, removal or taller name in a view not stored as drawn (an imported or
 * generated view) stores the whole view as drawn first (shared/commands/drawn-ahead.ts): at the
 * 91,980-box view of the varied model, 46,709 box patches in one batch, a 4.6 MB journal entry. Those
 * patches are what the drawing makes of the document as it was before the batch: the journal keeps,
 * in their place, a run saying so (the view, where the patches stood in the batch, how many, and a
 * hash of them), and recovery draws the view again from the document it has rebuilt up to that entry.
 *
 * The drawing is pure shared code, but the Lakar that recovers may not be the one that journalled
 * (an update between a crash and the next open). The hash tells: when the drawing now gives other
 * patches, recovery stores the view as this Lakar draws it and applies the rest of the batch (the
 * command's own boxes, at the positions it gave them) and every later entry, rather than dropping
 * what the user did; `expandBatch` says so (`redrawn`). A run is only journalled for patches that are
 * the boxes as drawn made ahead (the editor names them by identity, ../commands/drawn-ahead.ts
 * `drawnRunsIn`), each a plain box the hash covers whole; anything else is journalled in full.
 */
import type { Patch } from 'immer';
import { drawnAheadSteps } from '../commands/drawn-ahead';
import type { LakarDocument } from '../model/schema';
import { drain } from '../routing/scene';

/** Where a batch holds the patches storing view `viewId` as drawn: `count` patches from index `at`. */
export interface DrawnRunPlace {
  viewId: string;
  at: number;
  count: number;
}

/** A run as journalled: its place and the hash of its patches. */
export interface DrawnRun extends DrawnRunPlace {
  hash: string;
}

const LAYOUT_KEYS = new Set(['x', 'y', 'w', 'h']);

/** A patch a run may stand for: an add or replace of one box of view `viewId` with a plain layout (all the hash reads). */
function isDrawnBox(p: Patch, viewId: string): boolean {
  const { path, op, value } = p;
  if ((op !== 'add' && op !== 'replace') || path.length !== 4 || path[0] !== 'views' || path[1] !== viewId || path[2] !== 'nodes' || typeof path[3] !== 'string') return false;
  if ('insertBefore' in p || typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  for (const key of Object.keys(v)) if (!LAYOUT_KEYS.has(key) || (typeof v[key] !== 'number' && !(v[key] === undefined && key !== 'x' && key !== 'y'))) return false;
  return typeof v.x === 'number' && typeof v.y === 'number';
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/**
 * A 64-bit hash (two 32-bit lanes) of patches `from`…`from + count` of `patches`, every one a drawn
 * box: op, box id and each of x, y, w, h (its bits, or its absence). Not a defence against a forged
 * journal (whoever can write it can write patches); it tells a drawing that changed.
 */
export function hashDrawnPatches(patches: readonly Patch[], from: number, count: number): string {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  const mix = (n: number) => {
    a = Math.imul(a ^ n, 0x01000193);
    b = Math.imul(b ^ n, 0x5bd1e995);
    b ^= b >>> 15;
  };
  const num = (v: unknown) => {
    if (typeof v !== 'number') return mix(0x7fffffff);
    f64[0] = v;
    mix(u32[0]);
    mix(u32[1]);
  };
  for (let i = from; i < from + count; i++) {
    const { op, path, value } = patches[i];
    mix(op === 'add' ? 1 : 2);
    const id = path[3] as string;
    mix(id.length);
    for (let k = 0; k < id.length; k++) mix(id.charCodeAt(k));
    const v = value as Record<string, unknown>;
    num(v.x);
    num(v.y);
    num(v.w);
    num(v.h);
  }
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
  return `${count}:${hex(a)}${hex(b)}`;
}

/**
 * The journal form of a batch: its patches without those of `runs` (sorted, apart, each a run of
 * drawn boxes of its view), and the runs with their hashes. A batch whose runs are not so is
 * journalled whole (no runs).
 */
export function compactBatch(patches: readonly Patch[], runs: readonly DrawnRunPlace[] | undefined): { patches: Patch[]; drawn?: DrawnRun[] } {
  if (!runs || runs.length === 0) return { patches: patches as Patch[] };
  let end = 0;
  for (const r of runs) {
    if (!Number.isInteger(r.at) || !Number.isInteger(r.count) || r.count < 1 || r.at < end || r.at + r.count > patches.length) return { patches: patches as Patch[] };
    for (let i = r.at; i < r.at + r.count; i++) if (!isDrawnBox(patches[i], r.viewId)) return { patches: patches as Patch[] };
    end = r.at + r.count;
  }
  const rest: Patch[] = [];
  let from = 0;
  for (const r of runs) {
    for (let i = from; i < r.at; i++) rest.push(patches[i]);
    from = r.at + r.count;
  }
  for (let i = from; i < patches.length; i++) rest.push(patches[i]);
  return { patches: rest, drawn: runs.map((r) => ({ viewId: r.viewId, at: r.at, count: r.count, hash: hashDrawnPatches(patches, r.at, r.count) })) };
}

/**
 * The whole batch of a journalled entry: each run's patches drawn again from `doc` (the document
 * before the entry, as recovery has rebuilt it) and put back at their places among `rest`.
 * `redrawn` is true when a run's drawing now differs from the one journalled (another Lakar drew it):
 * the batch then stores the view as this one draws it. Throws on a malformed entry.
 */
export function expandBatch(doc: LakarDocument, rest: readonly Patch[], drawn: readonly DrawnRun[]): { patches: Patch[]; redrawn: boolean } {
  let redrawn = false;
  const made = drawn.map((r) => {
    const view = doc.views[r.viewId];
    if (!view) throw new Error(`journal: no view ${r.viewId}`);
    const ahead = drain(drawnAheadSteps(doc, view, r.viewId));
    const patches = (ahead?.patches ?? []) as Patch[];
    if (patches.length !== r.count || hashDrawnPatches(patches, 0, patches.length) !== r.hash) redrawn = true;
    return patches;
  });
  const out: Patch[] = [];
  let next = 0;
  drawn.forEach((r, k) => {
    // the rest's patches that stood before this run (its place counts the runs before it whole)
    const before = r.at - drawn.slice(0, k).reduce((n, q) => n + q.count, 0);
    if (before < next || before > rest.length) throw new Error('journal: a drawn run out of place');
    for (; next < before; next++) out.push(rest[next]);
    for (const p of made[k]) out.push(p);
  });
  for (; next < rest.length; next++) out.push(rest[next]);
  return { patches: out, redrawn };
}
