/**
 * A binary min-heap of numbers (indexes into the caller's tables) under the caller's order: the
 * track assigner (tracks.ts) takes its next run from it instead of scanning every ready run, which
 * on a 10,000-element view was some 65 million comparisons.
 */
export class IndexHeap {
  private readonly items: number[] = [];

  /** `before(a, b)`: a comes out first. Must be a strict total order on the items pushed. */
  constructor(private readonly before: (a: number, b: number) => boolean) {}

  get size(): number {
    return this.items.length;
  }

  push(item: number): void {
    const h = this.items;
    let i = h.length;
    h.push(item);
    while (i > 0) {
      const up = (i - 1) >> 1;
      if (!this.before(item, h[up])) break;
      h[i] = h[up];
      i = up;
    }
    h[i] = item;
  }

  /** The first item under the order, removed (undefined when empty). */
  pop(): number | undefined {
    const h = this.items;
    if (h.length === 0) return undefined;
    const top = h[0];
    const last = h.pop()!;
    if (h.length > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= h.length) break;
        const c = l + 1 < h.length && this.before(h[l + 1], h[l]) ? l + 1 : l;
        if (!this.before(h[c], last)) break;
        h[i] = h[c];
        i = c;
      }
      h[i] = last;
    }
    return top;
  }
}
