/**
 * The free space of a scene as the channel router sees it. Boxes whose vertical extents (plus a
 * clearance) overlap form a *cluster* — in a laid-out view, one row of a band. Between two
 * consecutive clusters runs a *channel*: a horizontal strip across the whole drawing that no box
 * touches, where lines run sideways on tracks of their own. Inside a cluster, the x-ranges that no
 * box covers are *passages*: a line crosses the row there, straight down, without touching a box.
 * Left and right of everything run two outer passages that every row shares.
 */
import type { Scene, SceneNode } from './scene';

/** How far a line keeps from a box it passes. */
export const CLEARANCE = 6;
/** How far the outer passages reach beyond the leftmost and rightmost box. */
export const OUTER_REACH = 400;

export interface Passage {
  cluster: number;
  /** Free x-range (already clear of the boxes by CLEARANCE). */
  a: number;
  b: number;
  /** Lines crossing here (filled by the planner). */
  uses: number;
}

export interface Cluster {
  index: number;
  /** Vertical extent including the clearance. */
  y0: number;
  y1: number;
  /** Top-level boxes in the cluster, by x. */
  members: SceneNode[];
  /** Passages left to right, the outer ones first and last. */
  passages: Passage[];
}

export interface Slabs {
  clusters: Cluster[];
  /** Cluster of each top-level box id. */
  clusterOf: Map<string, number>;
  /** Channel k lies above cluster k (channel 0 above everything, channel C below everything). */
  channelTop(k: number): number;
  channelBottom(k: number): number;
  xMin: number;
  xMax: number;
}

/** Clusters, channels and passages of `scene`. */
export function buildSlabs(scene: Scene): Slabs {
  const tops = scene.nodes.filter((n) => n.depth === 0).sort((a, b) => a.y - b.y || a.x - b.x);
  const clusters: Cluster[] = [];
  const clusterOf = new Map<string, number>();
  for (const n of tops) {
    const y0 = n.y - CLEARANCE;
    const y1 = n.y + n.h + CLEARANCE;
    const last = clusters[clusters.length - 1];
    if (last && y0 < last.y1) {
      last.y1 = Math.max(last.y1, y1);
      last.members.push(n);
    } else clusters.push({ index: clusters.length, y0, y1, members: [n], passages: [] });
    clusterOf.set(n.id, clusters.length - 1);
  }
  let xMin = Infinity;
  let xMax = -Infinity;
  for (const n of tops) {
    xMin = Math.min(xMin, n.x - CLEARANCE);
    xMax = Math.max(xMax, n.x + n.w + CLEARANCE);
  }
  for (const c of clusters) {
    c.members.sort((a, b) => a.x - b.x);
    const spans: [number, number][] = [];
    for (const m of c.members) {
      const a = m.x - CLEARANCE;
      const b = m.x + m.w + CLEARANCE;
      const last = spans[spans.length - 1];
      if (last && a <= last[1]) last[1] = Math.max(last[1], b);
      else spans.push([a, b]);
    }
    c.passages.push({ cluster: c.index, a: xMin - OUTER_REACH, b: spans[0][0], uses: 0 });
    for (let i = 1; i < spans.length; i++) if (spans[i][0] - spans[i - 1][1] >= 1) c.passages.push({ cluster: c.index, a: spans[i - 1][1], b: spans[i][0], uses: 0 });
    c.passages.push({ cluster: c.index, a: spans[spans.length - 1][1], b: xMax + OUTER_REACH, uses: 0 });
  }
  return {
    clusters,
    clusterOf,
    channelTop: (k) => (k === 0 ? -Infinity : clusters[k - 1].y1),
    channelBottom: (k) => (k >= clusters.length ? Infinity : clusters[k].y0),
    xMin,
    xMax,
  };
}

/** Index of the passage of `c` that holds x, or of the one nearest to it. */
export function passageAt(c: Cluster, x: number): number {
  const ps = c.passages;
  let lo = 0;
  let hi = ps.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ps[mid].b < x) lo = mid + 1;
    else hi = mid;
  }
  // lo: first passage whose right end is at or right of x
  if (x >= ps[lo].a) return lo;
  if (lo > 0 && x - ps[lo - 1].b < ps[lo].a - x) return lo - 1;
  return lo;
}

/** `x` moved into [lo, hi]. */
export function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

/**
 * Positions for items that would like to be at `desired` (sorted ascending) inside [lo, hi], at
 * least `gap` apart — or evenly spread when the range is too short for that (shifted by `phase`
 * steps, so two crowded ranges side by side do not put their items at the same places).
 */
export function spread(desired: readonly number[], lo: number, hi: number, gap: number, phase = 0): number[] {
  const n = desired.length;
  if (n === 0) return [];
  if (hi < lo) return desired.map(() => (lo + hi) / 2);
  if (n === 1) return [clamp(desired[0], lo, hi)];
  if ((hi - lo) / (n - 1) < gap) {
    const step = (hi - lo) / (n + 1);
    return desired.map((_, i) => lo + step * (i + 1 - phase));
  }
  const out = desired.map((d) => clamp(d, lo, hi));
  for (let i = 1; i < n; i++) out[i] = Math.max(out[i], out[i - 1] + gap);
  if (out[n - 1] > hi) out[n - 1] = hi;
  for (let i = n - 2; i >= 0; i--) out[i] = Math.min(out[i], out[i + 1] - gap);
  return out;
}
