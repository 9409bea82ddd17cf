/**
 * Where each vertical of a plan would like to stand while the router spreads them (router.ts
 * placeVerts): towards the other end of each two-ended run it joins, averaged, else over its box's
 * centre (a port) or where it is (a crossing). The verticals' x live here in one flat array, by
 * their index in the plan, with the other ends listed once: four rounds over the 260,000 verticals
 * of a 10,000-element view following each one's runs and their terminals through objects scattered
 * over the heap cost most of a second.
 */
import { cx, type Vert } from './plan';

export class Pulls {
  /** x of each vertical, by index (placing writes here; the caller copies them back onto the verts). */
  readonly x: Float64Array;
  /** For vertical i, its pulling ends are other[first[i]] … other[first[i + 1] - 1], in the order of its runs. */
  private readonly first: Int32Array;
  private readonly other: Int32Array;
  /** Where a vertical with no pulling end would like to be: its box's centre, NaN for where it is. */
  private readonly alone: Float64Array;

  /** `verts[i].index` must be i. */
  constructor(verts: readonly Vert[]) {
    const n = verts.length;
    this.x = new Float64Array(n);
    this.alone = new Float64Array(n);
    this.first = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) {
      const v = verts[i];
      this.x[i] = v.x;
      this.alone[i] = v.node ? cx(v.node) : NaN;
      let k = 0;
      for (const run of v.runs) if (run.terms.length === 2) k++;
      this.first[i + 1] = this.first[i] + k;
    }
    this.other = new Int32Array(this.first[n]);
    for (let i = 0, at = 0; i < n; i++) {
      const v = verts[i];
      for (const run of v.runs) if (run.terms.length === 2) this.other[at++] = (run.terms[0].v === v ? run.terms[1].v : run.terms[0].v).index;
    }
  }

  /** x that vertical i would like: the mean x of its pulling ends, summed in order. */
  desired(i: number): number {
    const a = this.first[i];
    const b = this.first[i + 1];
    if (a === b) return Number.isNaN(this.alone[i]) ? this.x[i] : this.alone[i];
    let sum = 0;
    for (let k = a; k < b; k++) sum += this.x[this.other[k]];
    return sum / (b - a);
  }
}
