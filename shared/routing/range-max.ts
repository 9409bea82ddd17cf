/**
 * Integer positions 0..size-1, each holding the largest value written over it (-1 where none was):
 * "write v over [a, b]" and "largest value over [a, b]" each touch O(log size) nodes. The track
 * assigner (tracks.ts) asks, for each run in turn, for the highest track among the runs placed
 * before it that it overlaps; comparing it with every placed run made a busy channel quadratic
 * (a 10,000-element view has channels of 4,000 runs).
 */
export class RangeMax {
  /** Largest value written over the whole of a node's range. */
  private readonly whole: Int32Array;
  /** Largest value written anywhere inside a node's range. */
  private readonly inside: Int32Array;

  constructor(private readonly size: number) {
    this.whole = new Int32Array(4 * Math.max(1, size)).fill(-1);
    this.inside = new Int32Array(4 * Math.max(1, size)).fill(-1);
  }

  /** Raise every position of [a, b] to at least `value` (an empty range when b < a). */
  write(a: number, b: number, value: number): void {
    if (a <= b) this.writeAt(1, 0, this.size - 1, a, b, value);
  }

  /** The largest value over [a, b] (-1 when nothing was written there, or b < a). */
  max(a: number, b: number): number {
    return a <= b ? this.maxAt(1, 0, this.size - 1, a, b) : -1;
  }

  private writeAt(node: number, lo: number, hi: number, a: number, b: number, value: number): void {
    if (value > this.inside[node]) this.inside[node] = value;
    if (a <= lo && hi <= b) {
      if (value > this.whole[node]) this.whole[node] = value;
      return;
    }
    const mid = (lo + hi) >> 1;
    if (a <= mid) this.writeAt(2 * node, lo, mid, a, b, value);
    if (b > mid) this.writeAt(2 * node + 1, mid + 1, hi, a, b, value);
  }

  private maxAt(node: number, lo: number, hi: number, a: number, b: number): number {
    if (a <= lo && hi <= b) return this.inside[node];
    // a value written over this whole node holds at every position of the query inside it
    let best = this.whole[node];
    const mid = (lo + hi) >> 1;
    if (a <= mid) best = Math.max(best, this.maxAt(2 * node, lo, mid, a, b));
    if (b > mid) best = Math.max(best, this.maxAt(2 * node + 1, mid + 1, hi, a, b));
    return best;
  }
}
