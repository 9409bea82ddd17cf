/**
 * Ordering nodes inside their bands to reduce crossings, without elkjs: the barycenter heuristic of
 * Sugiyama et al. over the band sub-rows, swept down and up a few times, keeping the best order
 * seen. Linear in the number of links per sweep, so it handles imported models of many thousands
 * of elements in milliseconds where ELK would take minutes.
 */
import type { LayoutGraph } from './graph';

/** Per band (0–6), its sub-rows top to bottom, each a list of node indices left to right. */
export type BandRows = number[][][];

const SWEEPS = 8;

/**
 * Sub-rows by row group within each band (sites above networks and security controls…), each in
 * the order of `xOf` (default: current x position).
 */
export function initialRows(graph: LayoutGraph, xOf: (i: number) => number = (i) => graph.nodes[i].x): BandRows {
  const rows: BandRows = Array.from({ length: 7 }, () => []);
  for (let band = 0; band < 7; band++) {
    const inBand = graph.nodes.map((n, i) => ({ n, i })).filter(({ n }) => n.band === band);
    const ranks = [...new Set(inBand.map(({ n }) => n.kindRank))].sort((a, b) => a - b);
    for (const rank of ranks) {
      rows[band].push(
        inBand
          .filter(({ n }) => n.kindRank === rank)
          .sort((a, b) => xOf(a.i) - xOf(b.i) || a.n.y - b.n.y)
          .map(({ i }) => i),
      );
    }
  }
  return rows;
}

/** Flatten band sub-rows into one list of layers, top to bottom. */
function layersOf(rows: BandRows): number[][] {
  return rows.flat();
}

/**
 * Crossings between links joining consecutive layers, plus crossings of longer links counted on
 * the straight segment between their layers: the quantity the orderings try to minimise.
 */
export function countCrossings(graph: LayoutGraph, rows: BandRows): number {
  const layers = layersOf(rows);
  const layerOf = new Int32Array(graph.nodes.length).fill(-1);
  const pos = new Float64Array(graph.nodes.length);
  layers.forEach((layer, li) => layer.forEach((n, k) => ((layerOf[n] = li), (pos[n] = (k + 0.5) / layer.length))));
  const segs = graph.links
    .filter(([u, v]) => layerOf[u] >= 0 && layerOf[v] >= 0 && layerOf[u] !== layerOf[v])
    .map(([u, v]) => (layerOf[u] < layerOf[v] ? { a: layerOf[u], b: layerOf[v], pa: pos[u], pb: pos[v] } : { a: layerOf[v], b: layerOf[u], pa: pos[v], pb: pos[u] }));
  let crossings = 0;
  for (let i = 0; i < segs.length; i++) {
    for (let j = i + 1; j < segs.length; j++) {
      const s = segs[i];
      const t = segs[j];
      const lo = Math.max(s.a, t.a);
      const hi = Math.min(s.b, t.b);
      if (lo >= hi) continue;
      const at = (g: typeof s, l: number) => g.pa + ((g.pb - g.pa) * (l - g.a)) / (g.b - g.a);
      if ((at(s, lo) - at(t, lo)) * (at(s, hi) - at(t, hi)) < 0) crossings++;
    }
  }
  return crossings;
}

/** Barycenter ordering: the band sub-rows with nodes reordered to reduce link crossings. */
export function orderByBarycenter(graph: LayoutGraph, rows: BandRows = initialRows(graph)): BandRows {
  const layers = layersOf(rows).map((l) => [...l]);
  const n = graph.nodes.length;
  const layerOf = new Int32Array(n).fill(-1);
  layers.forEach((layer, li) => layer.forEach((v) => (layerOf[v] = li)));
  const neighbours: number[][] = Array.from({ length: n }, () => []);
  for (const [u, v] of graph.links) {
    if (layerOf[u] < 0 || layerOf[v] < 0) continue;
    neighbours[u].push(v);
    neighbours[v].push(u);
  }
  const pos = new Float64Array(n);
  const refresh = (li: number) => layers[li].forEach((v, k) => (pos[v] = (k + 0.5) / layers[li].length));
  layers.forEach((_, li) => refresh(li));

  const sweep = (li: number, fromAbove: boolean) => {
    const layer = layers[li];
    const keyed = layer.map((v) => {
      let sum = 0;
      let count = 0;
      for (const w of neighbours[v]) {
        // neighbours in the same row count too: they pull related nodes of one row together
        if (layerOf[w] === li || (fromAbove ? layerOf[w] < li : layerOf[w] > li)) {
          sum += pos[w];
          count++;
        }
      }
      // a node without neighbours on that side keeps its place
      return { v, key: count ? sum / count : pos[v] };
    });
    keyed.sort((a, b) => a.key - b.key);
    layers[li] = keyed.map((k) => k.v);
    refresh(li);
  };

  const snapshot = () => layers.map((l) => [...l]);
  const asRows = (flat: number[][]): BandRows => {
    let k = 0;
    return rows.map((band) => band.map(() => flat[k++]));
  };
  let best = snapshot();
  let bestCount = countCrossingsFast(graph, layers, layerOf);
  for (let s = 0; s < SWEEPS; s++) {
    if (s % 2 === 0) for (let li = 1; li < layers.length; li++) sweep(li, true);
    else for (let li = layers.length - 2; li >= 0; li--) sweep(li, false);
    const count = countCrossingsFast(graph, layers, layerOf);
    if (count < bestCount) {
      bestCount = count;
      best = snapshot();
    }
  }
  return asRows(best);
}

/**
 * Crossings between links of adjacent layers only, counted with a merge sort in O(E log E):
 * the cheap score used to keep the best sweep on large models.
 */
function countCrossingsFast(graph: LayoutGraph, layers: number[][], layerOf: Int32Array): number {
  const index = new Int32Array(graph.nodes.length);
  layers.forEach((layer) => layer.forEach((v, k) => (index[v] = k)));
  const byLayer = new Map<number, [number, number][]>();
  for (const [u, v] of graph.links) {
    const lu = layerOf[u];
    const lv = layerOf[v];
    if (lu < 0 || lv < 0 || Math.abs(lu - lv) !== 1) continue;
    const [top, bottom] = lu < lv ? [u, v] : [v, u];
    const key = Math.min(lu, lv);
    if (!byLayer.has(key)) byLayer.set(key, []);
    byLayer.get(key)!.push([index[top], index[bottom]]);
  }
  let total = 0;
  for (const pairs of byLayer.values()) {
    pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    total += inversions(pairs.map((p) => p[1]));
  }
  return total;
}

/** Number of strictly decreasing pairs in `a` (merge sort). */
function inversions(a: number[]): number {
  if (a.length < 2) return 0;
  const mid = a.length >> 1;
  const left = a.slice(0, mid);
  const right = a.slice(mid);
  let count = inversions(left) + inversions(right);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < left.length && j < right.length) {
    if (left[i] <= right[j]) a[k++] = left[i++];
    else {
      a[k++] = right[j++];
      count += left.length - i;
    }
  }
  while (i < left.length) a[k++] = left[i++];
  while (j < right.length) a[k++] = right[j++];
  return count;
}

/**
 * Final touches on an order, kept out of the crossing minimisation because they carry meaning:
 * processes stand in their sequence (order 1, 2, 3… left to right) and every module or application
 * service follows its parent in the same row.
 */
export function arrangeMeaning(graph: LayoutGraph, rows: BandRows): BandRows {
  return rows.map((band) =>
    band.map((row) => {
      // processes with an order take the process slots of this row in sequence order
      const slots = row.map((v, k) => (graph.nodes[v].seq !== undefined ? k : -1)).filter((k) => k >= 0);
      const ordered = slots.map((k) => row[k]).sort((a, b) => graph.nodes[a].seq! - graph.nodes[b].seq!);
      const seqRow = [...row];
      slots.forEach((k, i) => (seqRow[k] = ordered[i]));
      // families: a child whose parent is in this row is placed right after it (and its own children after it)
      const inRow = new Set(seqRow);
      const children = new Map<number, number[]>();
      for (const v of seqRow) {
        const p = graph.parents.get(v);
        if (p !== undefined && inRow.has(p) && p !== v) {
          if (!children.has(p)) children.set(p, []);
          children.get(p)!.push(v);
        }
      }
      const out: number[] = [];
      const placed = new Set<number>();
      const place = (v: number) => {
        if (placed.has(v)) return;
        placed.add(v);
        out.push(v);
        for (const c of children.get(v) ?? []) place(c);
      };
      for (const v of seqRow) {
        const p = graph.parents.get(v);
        if (p !== undefined && inRow.has(p) && !placed.has(p)) continue; // comes with its parent
        place(v);
      }
      for (const v of seqRow) place(v); // a parent cycle leaves nodes out: keep them
      return out;
    }),
  );
}
