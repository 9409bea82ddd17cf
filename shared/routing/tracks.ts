/**
 * Tracks in a channel: every horizontal run gets a height of its own where it would overlap another
 * run, so no two lines share a segment; the order of the tracks follows where the runs' verticals
 * come from and go to, so they cross as little as they can (the vertical constraints of classic
 * channel routing: a run whose line leaves upwards inside another run's span goes above it).
 */
import type { Run } from './plan';
import { IndexHeap } from './index-heap';
import { RangeMax } from './range-max';
import type { Slabs } from './slabs';

/** Preferred distance between two tracks (and from a track to the boxes around the channel). */
export const TRACK_GAP = 6;
/** Runs on one track keep at least this far apart end to end (or they would read as one line). */
const END_GAP = 8;

export interface ChannelUse {
  channel: number;
  /** Free height of the channel (Infinity above the top row and below the bottom row). */
  top: number;
  bottom: number;
  tracks: number;
  /** Height the channel needs to give each track TRACK_GAP. */
  needed: number;
}

interface Item {
  run: Run;
  lo: number;
  hi: number;
  /** 0: every vertical leaves upwards; 1: both ways; 2: every vertical leaves downwards. */
  cls: number;
  key: number;
  track: number;
  /** Where its terminals' x and ways are in the channel's Ends, and how many. */
  at: number;
  count: number;
}

/**
 * The x of the terminals of a channel's runs and whether each leaves upwards, run after run, read
 * once from the verticals (the order sweep reads them from here: following 500,000 terminals to
 * their verticals twice was much of the time the tracks took on a 10,000-element view).
 */
class Ends {
  x = new Float64Array(1024);
  up = new Uint8Array(1024);
  size = 0;

  add(x: number, up: boolean): void {
    if (this.size === this.x.length) {
      const x2 = new Float64Array(2 * this.size);
      const up2 = new Uint8Array(2 * this.size);
      x2.set(this.x);
      up2.set(this.up);
      this.x = x2;
      this.up = up2;
    }
    this.x[this.size] = x;
    this.up[this.size++] = up ? 1 : 0;
  }
}

function describe(run: Run, ends: Ends): Item | null {
  const at = ends.size;
  let lo = Infinity;
  let hi = -Infinity;
  let ups = 0;
  let downs = 0;
  let upX = 0;
  let downX = 0;
  for (const t of run.terms) {
    const x = t.v.x;
    ends.add(x, t.up);
    lo = Math.min(lo, x);
    hi = Math.max(hi, x);
    if (t.up) {
      ups++;
      upX += x;
    } else {
      downs++;
      downX += x;
    }
  }
  // a straight drop through the channel needs no track
  if (hi - lo < 0.5 && ups > 0 && downs > 0) return null;
  const cls = downs === 0 ? 0 : ups === 0 ? 2 : 1;
  let key: number;
  if (cls === 0) key = hi - lo;
  else if (cls === 2) key = -(hi - lo);
  else {
    // going down to the right: the later a run starts, the higher it runs (and mirrored)
    const u = upX / ups;
    const d = downX / downs;
    key = u <= d ? -u : u - 1e7;
  }
  return { run, lo, hi, cls, key, track: -1, at, count: run.terms.length };
}

/** Give every run in every channel its track and height. */
export function assignTracks(slabs: Slabs, runs: readonly Run[]): ChannelUse[] {
  const byChannel = new Map<number, Run[]>();
  for (const r of runs) {
    const list = byChannel.get(r.channel);
    if (list) list.push(r);
    else byChannel.set(r.channel, [r]);
  }
  const uses: ChannelUse[] = [];
  for (const [channel, list] of [...byChannel].sort((a, b) => a[0] - b[0])) {
    const top = slabs.channelTop(channel);
    const bottom = slabs.channelBottom(channel);
    const items: Item[] = [];
    const ends = new Ends();
    for (const run of list) {
      const item = describe(run, ends);
      if (item) items.push(item);
      else run.y = Number.isFinite(top) && Number.isFinite(bottom) ? (top + bottom) / 2 : Number.isFinite(top) ? top : bottom;
    }
    const order = orderItems(items, ends);
    const tracks = stackTracks(order);
    const needed = (tracks + 1) * TRACK_GAP;
    for (const it of items) {
      if (!Number.isFinite(top)) it.run.y = bottom - (tracks - it.track) * TRACK_GAP;
      else if (!Number.isFinite(bottom)) it.run.y = top + (it.track + 1) * TRACK_GAP;
      else {
        const step = Math.min(TRACK_GAP, (bottom - top) / (tracks + 1));
        it.run.y = (top + bottom) / 2 + (it.track - (tracks - 1) / 2) * step;
      }
    }
    uses.push({ channel, top, bottom, tracks, needed });
  }
  return uses;
}

/**
 * Each run takes the first track below every earlier-ordered run it overlaps (a placed run p
 * overlaps run r when p.lo - END_GAP < r.hi and r.lo < p.hi + END_GAP); returns the number of tracks.
 * The overlaps are found in a RangeMax over the ranks of those four kinds of ends: p covers the open
 * stretch between its widened ends, r the closed one between its own (odd and even positions, so
 * the strict comparisons hold exactly as written). Scanning every placed run instead cost a
 * 10,000-element view's channels of up to 4,000 runs about 1 s.
 */
function stackTracks(order: readonly Item[]): number {
  const ends = new Float64Array(4 * order.length);
  order.forEach((it, k) => {
    ends[4 * k] = it.lo - END_GAP;
    ends[4 * k + 1] = it.hi + END_GAP;
    ends[4 * k + 2] = it.lo;
    ends[4 * k + 3] = it.hi;
  });
  ends.sort();
  let size = 0;
  for (let k = 0; k < ends.length; k++) if (k === 0 || ends[k] !== ends[size - 1]) ends[size++] = ends[k];
  const values = ends.subarray(0, size);
  /** Rank of `x` among the distinct ends (x is one of them). */
  const rank = (x: number) => {
    let a = 0;
    let b = size - 1;
    while (a < b) {
      const mid = (a + b) >> 1;
      if (values[mid] < x) a = mid + 1;
      else b = mid;
    }
    return a;
  };
  const placed = new RangeMax(2 * size);
  let tracks = 0;
  for (const it of order) {
    it.track = placed.max(2 * rank(it.lo), 2 * rank(it.hi)) + 1;
    tracks = Math.max(tracks, it.track + 1);
    placed.write(2 * rank(it.lo - END_GAP) + 1, 2 * rank(it.hi + END_GAP) - 1, it.track);
  }
  return tracks;
}

/** Runs top to bottom: constraints first, then class and key (Kahn's algorithm, cycles broken). */
function orderItems(items: Item[], ends: Ends): Item[] {
  const n = items.length;
  if (n <= 1) return items;
  const idx = items.map((_, i) => i).sort((a, b) => items[a].lo - items[b].lo);
  const indeg = new Int32Array(n);
  // the constraints as they are found, then listed per run in that order: a list per run of a
  // channel's thousands grew to a few million entries in small arrays, young garbage to copy
  const edges = new EdgeList();
  // spans and terminals in sweep order, in flat arrays: the sweep looks at every pair of
  // overlapping runs (5 million on a 10,000-element view), and following each run's terminals
  // through their objects was most of its cost
  const lo = new Float64Array(n);
  const hi = new Float64Array(n);
  const first = new Int32Array(n + 1);
  for (let p = 0; p < n; p++) first[p + 1] = first[p] + items[idx[p]].count;
  const termX = new Float64Array(first[n]);
  const termUp = new Uint8Array(first[n]);
  for (let p = 0; p < n; p++) {
    const it = items[idx[p]];
    lo[p] = it.lo;
    hi[p] = it.hi;
    for (let k = 0; k < it.count; k++) {
      termX[first[p] + k] = ends.x[it.at + k];
      termUp[first[p] + k] = ends.up[it.at + k];
    }
  }
  // only overlapping spans constrain each other: sweep by left end. Votes for p's run above q's:
  // its upward verticals inside q's span, q's downward ones inside p's
  for (let p = 0; p < n; p++) {
    const i = idx[p];
    for (let q = p + 1; q < n; q++) {
      if (lo[q] > hi[p] + END_GAP) break;
      const j = idx[q];
      let v = 0;
      for (let t = first[p]; t < first[p + 1]; t++) if (termX[t] > lo[q] - 1 && termX[t] < hi[q] + 1) v += termUp[t] ? 1 : -1;
      for (let t = first[q]; t < first[q + 1]; t++) if (termX[t] > lo[p] - 1 && termX[t] < hi[p] + 1) v += termUp[t] ? -1 : 1;
      if (v > 0) {
        edges.add(i, j);
        indeg[j]++;
      } else if (v < 0) {
        edges.add(j, i);
        indeg[i]++;
      }
    }
  }
  const [succStart, succ] = edges.bySource(n);
  const rank = new Float64Array(n);
  for (let i = 0; i < n; i++) rank[i] = items[i].cls * 1e9 + items[i].key;
  // ready runs by rank, ties by when they became ready; the remaining runs by how constrained they
  // are (entries indeg × n + i, stale once indeg[i] has dropped or i is placed), then rank and index
  const readyAt = new Int32Array(n);
  let readied = 0;
  const ready = new IndexHeap((a, b) => rank[a] < rank[b] || (rank[a] === rank[b] && readyAt[a] < readyAt[b]));
  const makeReady = (i: number) => {
    readyAt[i] = readied++;
    ready.push(i);
  };
  const byConstraint = new IndexHeap((a, b) => {
    const ia = a % n;
    const ib = b % n;
    const da = (a - ia) / n;
    const db = (b - ib) / n;
    return da < db || (da === db && (rank[ia] < rank[ib] || (rank[ia] === rank[ib] && ia < ib)));
  });
  const done = new Uint8Array(n);
  const out: Item[] = [];
  for (let i = 0; i < n; i++) {
    if (indeg[i] === 0) makeReady(i);
    else byConstraint.push(indeg[i] * n + i);
  }
  while (out.length < n) {
    let pick: number;
    if (ready.size > 0) pick = ready.pop()!;
    else {
      // a cycle: take the least constrained remaining run
      for (;;) {
        const e = byConstraint.pop()!;
        pick = e % n;
        if (!done[pick] && (e - pick) / n === indeg[pick]) break;
      }
    }
    if (done[pick]) continue;
    done[pick] = 1;
    out.push(items[pick]);
    for (let e = succStart[pick]; e < succStart[pick + 1]; e++) {
      const j = succ[e];
      if (done[j]) continue;
      indeg[j]--;
      if (indeg[j] === 0) makeReady(j);
      else byConstraint.push(indeg[j] * n + j);
    }
  }
  return out;
}

/** Pairs (from, to) in the order added, in two growing flat arrays. */
export class EdgeList {
  private from = new Int32Array(1024);
  private to = new Int32Array(1024);
  private size = 0;

  add(a: number, b: number): void {
    if (this.size === this.from.length) {
      const grown = (xs: Int32Array) => {
        const out = new Int32Array(2 * xs.length);
        out.set(xs);
        return out;
      };
      this.from = grown(this.from);
      this.to = grown(this.to);
    }
    this.from[this.size] = a;
    this.to[this.size++] = b;
  }

  /** Each source's targets in the order they were added: targets of i are list[start[i]] … list[start[i + 1] - 1]. */
  bySource(n: number): [start: Int32Array, list: Int32Array] {
    const start = new Int32Array(n + 1);
    for (let e = 0; e < this.size; e++) start[this.from[e] + 1]++;
    for (let i = 0; i < n; i++) start[i + 1] += start[i];
    const fill = start.slice(0, n);
    const list = new Int32Array(this.size);
    for (let e = 0; e < this.size; e++) list[fill[this.from[e]]++] = this.to[e];
    return [start, list];
  }
}
