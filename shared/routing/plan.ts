/**
 * The route of each line through the slabs, before exact coordinates: which side of its box it
 * leaves by, which channels it runs along and which passage it takes through each row in between.
 * Exact x of ports and passage crossings and the track of each run come later (router.ts).
 */
import type { SceneNode } from './scene';
import { clamp, passageAt, type Passage, type Slabs } from './slabs';
import type { Point } from './maze';

export type Dir = 'up' | 'down';

/** A vertical piece of a line: a box's port, or the crossing of a row through a passage. */
export interface Vert {
  kind: 'port' | 'pass';
  /** x where it meets its channel(s). */
  x: number;
  /** x it would like to be at (towards where the line goes next). */
  desired: number;
  /** Who owns it: a route id, or a bundle id (lines of one bundle may share pieces). */
  owner: string;
  node?: SceneNode;
  /** Port: the side it leaves by ('down' = bottom side, towards a channel below). */
  dir?: Dir;
  /** Port in a crowded row: the way from the box side to the channel (see maze.ts). */
  escape?: Point[];
  passage?: Passage;
  /** Channel index above and below a passage crossing. */
  runs: Run[];
  /** Its place in the plan's list of verticals (-1 until listed): drawing keeps their x in flat arrays by it. */
  index: number;
}

/** A horizontal piece of a line in one channel, joining vertical pieces at its terminals. */
export interface Run {
  channel: number;
  owner: string;
  /** `up`: the vertical at this terminal leaves the channel upwards. */
  terms: { v: Vert; up: boolean }[];
  y: number;
  /** Its place in the plan's list of runs (-1 until listed). */
  index: number;
}

/** Alternating vertical and horizontal pieces, from a port to a port (or to a bus). */
export type Chain = (Vert | Run)[];

/** Cost of one bend, in model units of length. */
const BEND = 30;
/** Spacing of lines crossing a row through one gap. */
export const PASS_GAP = 6;

/** Lines that fit through `p` at PASS_GAP apart. */
export function passageRoom(p: Passage): number {
  return Math.max(1, Math.floor((p.b - p.a - 4) / PASS_GAP));
}

/** Cost of one more line through `p`: small while it has room; a full gap is avoided at almost any detour. */
function congestion(p: Passage): number {
  return p.uses < passageRoom(p) ? p.uses * 2 : 10_000;
}

export const isRun = (p: Vert | Run): p is Run => 'terms' in p;

/** Centre x of a box. */
export const cx = (n: SceneNode) => n.x + n.w / 2;

/** Inner x-range of a passage where lines may stand. */
export function passageRange(p: Passage): [number, number] {
  const lo = p.a + 2;
  const hi = p.b - 2;
  return hi >= lo ? [lo, hi] : [(p.a + p.b) / 2, (p.a + p.b) / 2];
}

/**
 * The dynamic programme's table, shared by every call and grown as needed: candidate passages
 * (index in their cluster) layer after layer, each with its cost, x and the candidate of the layer
 * before it came from. Every line of a 10,000-element view crosses some fourteen rows: arrays and
 * objects per layer and candidate were much of the router's young garbage.
 */
const table = { pick: new Int32Array(256), cost: new Float64Array(256), x: new Float64Array(256), back: new Int32Array(256), start: new Int32Array(64) };
/** Candidates of one layer before sorting: the two outer passages and five around each of three x. */
const picks = new Int32Array(17);

function roomFor(candidates: number, layers: number): void {
  if (table.pick.length < candidates) {
    const size = 2 * candidates;
    Object.assign(table, { pick: new Int32Array(size), cost: new Float64Array(size), x: new Float64Array(size), back: new Int32Array(size) });
  }
  if (table.start.length < layers + 1) table.start = new Int32Array(2 * (layers + 1));
}

/**
 * Passages through the clusters `seq` (in travel order) for a line entering at x0 and leaving at x1:
 * few bends, little sideways travel, uncrowded gaps (dynamic programming over nearby passages).
 */
export function choosePassages(slabs: Slabs, seq: readonly number[], x0: number, x1: number): { passage: Passage; x: number }[] {
  if (seq.length === 0) return [];
  roomFor(picks.length * seq.length, seq.length);
  const { pick, cost, x: xs, back, start } = table;
  // each layer's candidates, ascending, each once
  let size = 0;
  for (let j = 0; j < seq.length; j++) {
    const c = slabs.clusters[seq[j]];
    const t = (j + 1) / (seq.length + 1);
    const last = c.passages.length - 1;
    // the outer passages always have room: a line may go round a crowded row
    let k = 0;
    picks[k++] = 0;
    picks[k++] = last;
    for (let w = 0; w < 3; w++) {
      const i = passageAt(c, w === 0 ? x0 : w === 1 ? x1 : x0 + (x1 - x0) * t);
      for (let m = Math.max(0, i - 2); m <= Math.min(last, i + 2); m++) picks[k++] = m;
    }
    for (let a = 1; a < k; a++) {
      const v = picks[a];
      let b = a - 1;
      for (; b >= 0 && picks[b] > v; b--) picks[b + 1] = picks[b];
      picks[b + 1] = v;
    }
    start[j] = size;
    for (let a = 0; a < k; a++) if (a === 0 || picks[a] !== picks[a - 1]) pick[size++] = picks[a];
  }
  start[seq.length] = size;
  for (let j = 0; j < seq.length; j++) {
    const passages = slabs.clusters[seq[j]].passages;
    for (let n = start[j]; n < start[j + 1]; n++) {
      const p = passages[pick[n]];
      const [lo, hi] = passageRange(p);
      const extra = congestion(p);
      let bestCost = Infinity;
      let bestX = 0;
      let bestBack = -1;
      const count = j === 0 ? 1 : start[j] - start[j - 1];
      for (let k = 0; k < count; k++) {
        const fCost = j === 0 ? 0 : cost[start[j - 1] + k];
        const fX = j === 0 ? x0 : xs[start[j - 1] + k];
        const x = clamp(fX, lo, hi);
        const c = fCost + Math.abs(x - fX) + (Math.abs(x - fX) > 0.5 ? BEND : 0) + extra;
        if (c < bestCost) {
          bestCost = c;
          bestX = x;
          bestBack = k;
        }
      }
      cost[n] = bestCost;
      xs[n] = bestX;
      back[n] = bestBack;
    }
  }
  const lastLayer = seq.length - 1;
  let end = 0;
  let endCost = Infinity;
  for (let k = 0; k < start[lastLayer + 1] - start[lastLayer]; k++) {
    const x = xs[start[lastLayer] + k];
    const c = cost[start[lastLayer] + k] + Math.abs(x1 - x) + (Math.abs(x1 - x) > 0.5 ? BEND : 0);
    if (c < endCost) {
      endCost = c;
      end = k;
    }
  }
  const out: { passage: Passage; x: number }[] = new Array(seq.length);
  for (let j = lastLayer, k = end; j >= 0; j--) {
    out[j] = { passage: slabs.clusters[seq[j]].passages[pick[start[j] + k]], x: xs[start[j] + k] };
    k = back[start[j] + k];
  }
  for (const o of out) o.passage.uses++;
  return out;
}

/** Clusters crossed going from channel `from` to channel `to`, in travel order. */
export function clustersBetween(from: number, to: number): number[] {
  const out: number[] = [];
  if (from < to) for (let c = from; c < to; c++) out.push(c);
  else for (let c = from - 1; c >= to; c--) out.push(c);
  return out;
}

export function portVert(node: SceneNode, dir: Dir, owner: string): Vert {
  return { kind: 'port', x: cx(node), desired: cx(node), owner, node, dir, runs: [], index: -1 };
}

/**
 * Pieces from a port of `node` (leaving by `dir`) through the rows between to channel `to`, as a
 * chain that ends with the last vertical (the caller adds the run in channel `to`).
 */
export function chainToChannel(slabs: Slabs, node: SceneNode, dir: Dir, to: number, towards: number, owner: string): { chain: Chain; last: Vert } {
  const c = slabs.clusterOf.get(node.top)!;
  const from = dir === 'down' ? c + 1 : c;
  const port = portVert(node, dir, owner);
  const chain: Chain = [port];
  let last = port;
  const crossings = choosePassages(slabs, clustersBetween(from, to), cx(node), towards);
  let channel = from;
  for (const { passage, x } of crossings) {
    const v: Vert = { kind: 'pass', x, desired: x, owner, passage, runs: [], index: -1 };
    const run: Run = { channel, owner, terms: [], y: 0, index: -1 };
    link(run, last);
    link(run, v);
    chain.push(run, v);
    last = v;
    channel = from < to ? channel + 1 : channel - 1;
  }
  return { chain, last };
}

/** Add `v` as a terminal of `run`; which way it leaves the channel follows from where it is. */
export function link(run: Run, v: Vert): void {
  // a port on a bottom side, or a passage of the row above, meets the channel from above
  const up = v.kind === 'port' ? v.dir === 'down' : v.passage!.cluster < run.channel;
  run.terms.push({ v, up });
  v.runs.push(run);
}
