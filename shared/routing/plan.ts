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
}

/** A horizontal piece of a line in one channel, joining vertical pieces at its terminals. */
export interface Run {
  channel: number;
  owner: string;
  /** `up`: the vertical at this terminal leaves the channel upwards. */
  terms: { v: Vert; up: boolean }[];
  y: number;
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
 * Passages through the clusters `seq` (in travel order) for a line entering at x0 and leaving at x1:
 * few bends, little sideways travel, uncrowded gaps (dynamic programming over nearby passages).
 */
export function choosePassages(slabs: Slabs, seq: readonly number[], x0: number, x1: number): { passage: Passage; x: number }[] {
  if (seq.length === 0) return [];
  const layers = seq.map((ci, j) => {
    const c = slabs.clusters[ci];
    const t = (j + 1) / (seq.length + 1);
    // the outer passages always have room: a line may go round a crowded row
    const picks = [0, c.passages.length - 1];
    for (const x of [x0, x1, x0 + (x1 - x0) * t]) {
      const i = passageAt(c, x);
      for (let k = Math.max(0, i - 2); k <= Math.min(c.passages.length - 1, i + 2); k++) picks.push(k);
    }
    picks.sort((a, b) => a - b);
    return picks.filter((k, n) => n === 0 || k !== picks[n - 1]).map((i) => c.passages[i]);
  });
  // the table in flat arrays, one stretch per layer (every line of a 10,000-element view crosses
  // some fourteen rows: a cell object per candidate was much of the router's young garbage)
  const start: number[] = [0];
  for (const cands of layers) start.push(start[start.length - 1] + cands.length);
  const cost = new Float64Array(start[layers.length]);
  const xs = new Float64Array(start[layers.length]);
  const back = new Int32Array(start[layers.length]);
  layers.forEach((cands, j) => {
    cands.forEach((p, n) => {
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
      cost[start[j] + n] = bestCost;
      xs[start[j] + n] = bestX;
      back[start[j] + n] = bestBack;
    });
  });
  const lastLayer = layers.length - 1;
  let end = 0;
  let endCost = Infinity;
  for (let k = 0; k < layers[lastLayer].length; k++) {
    const x = xs[start[lastLayer] + k];
    const c = cost[start[lastLayer] + k] + Math.abs(x1 - x) + (Math.abs(x1 - x) > 0.5 ? BEND : 0);
    if (c < endCost) {
      endCost = c;
      end = k;
    }
  }
  const out: { passage: Passage; x: number }[] = [];
  for (let j = lastLayer, k = end; j >= 0; j--) {
    out.push({ passage: layers[j][k], x: xs[start[j] + k] });
    k = back[start[j] + k];
  }
  out.reverse();
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
  return { kind: 'port', x: cx(node), desired: cx(node), owner, node, dir, runs: [] };
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
    const v: Vert = { kind: 'pass', x, desired: x, owner, passage, runs: [] };
    const run: Run = { channel, owner, terms: [], y: 0 };
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
