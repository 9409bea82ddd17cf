/**
 * The router draws a large view through flat arrays instead of its objects: the verticals' x and
 * the ends that pull them (Pulls), the channel's order constraints listed per run (EdgeList), the
 * passage table in buffers shared by every line (choosePassages). Each must give exactly what the
 * plain way over the objects gave — the same lines to the last digit — whatever the sizes and
 * however often the shared buffers are reused and grown.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { choosePassages, cx, passageRange, passageRoom, type Run, type Vert } from './plan';
import { Pulls } from './pulls';
import { clamp, passageAt, type Cluster, type Passage, type Slabs } from './slabs';
import type { SceneNode } from './scene';
import { EdgeList } from './tracks';

const BEND = 30;

/** What a vertical would like, read through its objects (the router before Pulls). */
function plainDesired(v: Vert): number {
  let sum = 0;
  let n = 0;
  for (const run of v.runs) {
    if (run.terms.length !== 2) continue;
    const other = run.terms[0].v === v ? run.terms[1].v : run.terms[0].v;
    sum += other.x;
    n++;
  }
  if (n === 0) return v.node ? cx(v.node) : v.x;
  return sum / n;
}

/** The passage table as it was, arrays and objects per layer and candidate. */
function plainChoosePassages(slabs: Slabs, seq: readonly number[], x0: number, x1: number): { passage: Passage; x: number }[] {
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
      const extra = (p.uses < passageRoom(p) ? p.uses * 2 : 10_000);
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

const plan = fc.record({
  verts: fc.array(fc.record({ port: fc.boolean(), x: fc.double({ min: -1e4, max: 1e4, noNaN: true }) }), { minLength: 1, maxLength: 30 }),
  runs: fc.array(fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), { maxLength: 40 }),
  moves: fc.array(fc.record({ v: fc.nat(), x: fc.double({ min: -1e4, max: 1e4, noNaN: true }) }), { maxLength: 30 }),
});

describe('drawing through flat arrays', () => {
  it('Pulls: every vertical would like the same x as read through its runs, while they move', () => {
    fc.assert(
      fc.property(plan, (g) => {
        const verts: Vert[] = g.verts.map((v, index) => {
          const node = { x: v.x - 40, w: 80 + index } as SceneNode;
          return { kind: v.port ? 'port' : 'pass', x: v.x, desired: v.x, owner: `o${index}`, ...(v.port ? { node, dir: 'down' as const } : {}), runs: [], index };
        });
        for (const [k, ends] of g.runs.entries()) {
          const run: Run = { channel: k % 3, owner: `r${k}`, terms: [], y: 0, index: k };
          for (const e of ends) {
            const v = verts[e % verts.length];
            run.terms.push({ v, up: e % 2 === 0 });
            v.runs.push(run);
          }
        }
        const pulls = new Pulls(verts);
        const check = () => verts.forEach((v, i) => expect(pulls.desired(i)).toBe(plainDesired(v)));
        check();
        for (const m of g.moves) {
          const i = m.v % verts.length;
          verts[i].x = pulls.x[i] = m.x;
          check();
        }
      }),
      { numRuns: 300 },
    );
  });

  it("EdgeList: each run's constraints in the order they were found", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 3000 }), (n, pairs) => {
        const edges = new EdgeList();
        const plain: number[][] = Array.from({ length: n }, () => []);
        for (const [a, b] of pairs) {
          edges.add(a % n, b % n);
          plain[a % n].push(b % n);
        }
        const [start, list] = edges.bySource(n);
        plain.forEach((targets, i) => expect([...list.subarray(start[i], start[i + 1])]).toEqual(targets));
      }),
      { numRuns: 200 },
    );
  });

  it('choosePassages: the same passages and x as the table of arrays, uses counted alike, over lines of any length one after another', () => {
    const row = fc.array(fc.record({ gap: fc.integer({ min: 0, max: 60 }), width: fc.integer({ min: 1, max: 80 }) }), { minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 1, max: 120 }),
        fc.array(fc.record({ from: fc.nat(), to: fc.nat(), x0: fc.integer({ min: -500, max: 3000 }), x1: fc.integer({ min: -500, max: 3000 }) }), { minLength: 1, maxLength: 25 }),
        (patterns, count, lines) => {
          // up to 120 rows (the table starts with room for 64 layers and 256 candidates, and grows)
          const rows = Array.from({ length: count }, (_, i) => patterns[i % patterns.length]);
          // two copies of the same rows: one routed the plain way, one through the shared table
          const make = (): Slabs => {
            const clusters: Cluster[] = rows.map((gaps, index) => {
              const passages: Passage[] = [{ cluster: index, a: -900, b: -400, uses: 0 }];
              let x = -400;
              for (const { gap, width } of gaps) {
                x += width;
                passages.push({ cluster: index, a: x, b: x + gap, uses: 0 });
                x += gap;
              }
              passages.push({ cluster: index, a: x + 10, b: x + 400, uses: 0 });
              return { index, y0: 0, y1: 0, members: [], passages };
            });
            return { clusters, clusterOf: new Map(), channelTop: () => 0, channelBottom: () => 0, xMin: 0, xMax: 0 };
          };
          const plain = make();
          const flat = make();
          for (const line of lines) {
            const a = line.from % (rows.length + 1);
            const b = line.to % (rows.length + 1);
            const seq: number[] = [];
            if (a < b) for (let c = a; c < b; c++) seq.push(c);
            else for (let c = a - 1; c >= b; c--) seq.push(c);
            const want = plainChoosePassages(plain, seq, line.x0, line.x1).map((o) => [o.passage.cluster, plain.clusters[o.passage.cluster].passages.indexOf(o.passage), o.x]);
            const got = choosePassages(flat, seq, line.x0, line.x1).map((o) => [o.passage.cluster, flat.clusters[o.passage.cluster].passages.indexOf(o.passage), o.x]);
            expect(got).toEqual(want);
          }
          expect(flat.clusters.map((c) => c.passages.map((p) => p.uses))).toEqual(plain.clusters.map((c) => c.passages.map((p) => p.uses)));
        },
      ),
      { numRuns: 150 },
    );
  });
});
