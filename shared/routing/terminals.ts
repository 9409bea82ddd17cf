/**
 * No two lines of different owners may meet a channel at the same x: their verticals would lie on
 * top of each other. Moves one of them a little (a passage crossing first, it has the most room).
 * Terminals are bucketed per channel by whole units, so each check looks at its neighbours only.
 */
import { passageRange, type Run, type Vert } from './plan';
import { clamp } from './slabs';
import { TerminalBuckets } from './terminal-buckets';

/** Steps tried, in order, to move a terminal off another line's. */
const STEPS = [2, -2, 1, -1, 3, -3, 4, -4, 6, -6, 9, -9, 12, -12];

/** Room a vertical may move sideways without leaving its gap or its box side. */
function freedom(v: Vert): [number, number] {
  if (v.kind === 'pass') return passageRange(v.passage!);
  if (v.escape) return [v.x, v.x];
  const n = v.node!;
  const r = Math.min(12, n.w / 4);
  return [n.x + r, n.x + n.w - r];
}

/**
 * Separate the terminals of `runs`, looked at in the order their runs first reach them. A
 * 10,000-element view has some 260,000 terminals and makes two million checks, most of them for
 * terminals in crowded gaps that find no free place (see TerminalBuckets for how they stay cheap).
 */
export function separateTerminals(runs: readonly Run[]): void {
  // terminals numbered in the order the runs first reach them, through their verticals' own index
  let most = -1;
  let terms = 0;
  for (const run of runs)
    for (const t of run.terms) {
      terms++;
      if (t.v.index > most) most = t.v.index;
    }
  const number = new Int32Array(most + 1).fill(-1);
  const verts: Vert[] = [];
  for (const run of runs)
    for (const t of run.terms)
      if (number[t.v.index] === -1) {
        number[t.v.index] = verts.length;
        verts.push(t.v);
      }
  const ownerNumber = new Map<string, number>();
  const owners = new Int32Array(verts.length);
  const xs = new Float64Array(verts.length);
  verts.forEach((v, i) => {
    let o = ownerNumber.get(v.owner);
    if (o === undefined) ownerNumber.set(v.owner, (o = ownerNumber.size));
    owners[i] = o;
    xs[i] = v.x;
  });
  // every terminal in each of its channels, in the order the runs reach them
  const buckets = new TerminalBuckets(xs, owners, terms);
  for (const run of runs) for (const t of run.terms) buckets.join(number[t.v.index], run.channel);
  for (let b = 0; b < verts.length; b++) {
    const a = buckets.clash(b, xs[b]);
    if (a === -1) continue;
    // a passage crossing has the most room; a port the next most; an escaped port none
    const movers = verts[b].kind === 'pass' || verts[a].kind !== 'pass' ? [b, a] : [a, b];
    for (const mover of movers) {
      const [lo, hi] = freedom(verts[mover]);
      let to = NaN;
      for (const s of STEPS) {
        const x = clamp(xs[mover] + s, lo, hi);
        if (Math.abs(x - xs[mover]) > 0.2 && buckets.clash(mover, x) === -1) {
          to = x;
          break;
        }
      }
      if (Number.isNaN(to)) continue;
      buckets.move(mover, to);
      verts[mover].x = xs[mover];
      break;
    }
  }
}
