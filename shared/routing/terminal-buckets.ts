/**
 * Terminals (numbered 0..n-1, each with its x and its owner's number) bucketed by channel and whole
 * unit of x, each bucket a list in the order its terminals came to it, for separateTerminals
 * (terminals.ts). Flat typed arrays with an open-addressed table rather than a map of lists per
 * channel and a list of channels per terminal: on a 10,000-element view the two million checks
 * spent most of their time following pointers from map to list to terminal, and the young-object
 * collections copying the half a million small lists.
 */
export class TerminalBuckets {
  /**
   * Table of buckets, four numbers each: channel (-1: free), unit, first and last membership, open
   * addressed from a mixed hash of channel and unit. (Placing a channel's units side by side from
   * where the channel starts made long runs of full slots, the channels' runs running into one
   * another: on a 10,000-element view a look-up walked 30 slots on average and up to 800.)
   */
  private table: Int32Array;
  private used = 0;
  /** Memberships (a terminal in one channel): the terminal, its channel, its bucket and its neighbours there. */
  private joined = 0;
  private readonly member: Int32Array;
  private readonly channelOf: Int32Array;
  private readonly bucketOf: Int32Array;
  private readonly next: Int32Array;
  private readonly prev: Int32Array;
  /** Each terminal's memberships in the order it joined its channels: first, and the one after each. */
  private readonly firstOf: Int32Array;
  private readonly lastOf: Int32Array;
  private readonly nextOf: Int32Array;

  /**
   * `xs`: each terminal's x (kept here: move changes it); `owners`: the number of its owner;
   * `capacity`: most memberships there will be.
   */
  constructor(
    readonly xs: Float64Array,
    private readonly owners: Int32Array,
    capacity: number,
  ) {
    let size = 16;
    while (size < 2 * capacity) size *= 2;
    this.table = TerminalBuckets.emptyTable(size);
    [this.member, this.channelOf, this.bucketOf, this.next, this.prev, this.nextOf] = Array.from({ length: 6 }, () => new Int32Array(capacity).fill(-1));
    this.firstOf = new Int32Array(xs.length).fill(-1);
    this.lastOf = new Int32Array(xs.length).fill(-1);
  }

  private static emptyTable(size: number): Int32Array {
    return new Int32Array(4 * size).fill(-1);
  }

  /** Where the bucket (channel, unit) is in the table, made when `make` (else -1 when there is none). */
  private slot(channel: number, whole: number, make: boolean): number {
    // the table holds units as Int32: a unit beyond that range (a box at x ≥ 2³¹, which a file may
    // hold) is kept as its low 32 bits, and units 2³² apart share a bucket (clash compares the x)
    const unit = whole | 0;
    const t = this.table;
    const mask = t.length / 4 - 1;
    let h = mixed(channel, unit) & mask;
    for (;;) {
      const c = t[4 * h];
      if (c === -1) break;
      if (c === channel && t[4 * h + 1] === unit) return 4 * h;
      h = (h + 1) & mask;
    }
    if (!make) return -1;
    t[4 * h] = channel;
    t[4 * h + 1] = unit;
    if (++this.used * 2 > mask + 1) {
      this.grow();
      return this.slot(channel, unit, false);
    }
    return 4 * h;
  }

  private grow(): void {
    const old = this.table;
    this.table = TerminalBuckets.emptyTable(old.length / 2);
    this.used = 0;
    for (let h = 0; h < old.length; h += 4) {
      if (old[h] === -1) continue;
      const to = this.slot(old[h], old[h + 1], true);
      this.table[to + 2] = old[h + 2];
      this.table[to + 3] = old[h + 3];
      for (let m = old[h + 2]; m !== -1; m = this.next[m]) this.bucketOf[m] = to;
    }
  }

  /** Put terminal t in `channel`'s bucket at its x, last, unless it is in that channel already. */
  join(t: number, channel: number): void {
    for (let m = this.firstOf[t]; m !== -1; m = this.nextOf[m]) if (this.channelOf[m] === channel) return;
    const m = this.joined++;
    this.member[m] = t;
    this.channelOf[m] = channel;
    if (this.lastOf[t] === -1) this.firstOf[t] = m;
    else this.nextOf[this.lastOf[t]] = m;
    this.lastOf[t] = m;
    this.add(m);
  }

  /** Put membership `m` last in the bucket of its channel at its terminal's x. */
  private add(m: number): void {
    const b = this.slot(this.channelOf[m], Math.floor(this.xs[this.member[m]]), true);
    this.bucketOf[m] = b;
    this.prev[m] = this.table[b + 3];
    this.next[m] = -1;
    if (this.table[b + 3] === -1) this.table[b + 2] = m;
    else this.next[this.table[b + 3]] = m;
    this.table[b + 3] = m;
  }

  /** Take membership `m` out of its bucket. */
  private remove(m: number): void {
    const b = this.bucketOf[m];
    if (this.prev[m] === -1) this.table[b + 2] = this.next[m];
    else this.next[this.prev[m]] = this.next[m];
    if (this.next[m] === -1) this.table[b + 3] = this.prev[m];
    else this.prev[this.next[m]] = this.prev[m];
    this.bucketOf[m] = -1;
  }

  /**
   * The first terminal of another owner less than a unit from `x` in t's channels (in the order it
   * joined them), looking at each channel's buckets left to right and each bucket in order; -1 if none.
   */
  clash(t: number, x: number): number {
    const f = Math.floor(x);
    const owner = this.owners[t];
    for (let own = this.firstOf[t]; own !== -1; own = this.nextOf[own])
      for (let k = f - 1; k <= f + 1; k++) {
        const b = this.slot(this.channelOf[own], k, false);
        if (b === -1) continue;
        for (let m = this.table[b + 2]; m !== -1; m = this.next[m]) {
          const o = this.member[m];
          if (o !== t && this.owners[o] !== owner && Math.abs(this.xs[o] - x) < 1) return o;
        }
      }
    return -1;
  }

  /** Move terminal t to x (last in each of its new buckets). */
  move(t: number, x: number): void {
    for (let m = this.firstOf[t]; m !== -1; m = this.nextOf[m]) this.remove(m);
    this.xs[t] = x;
    for (let m = this.firstOf[t]; m !== -1; m = this.nextOf[m]) this.add(m);
  }
}

/** A well-spread 32-bit hash of a channel and a unit (MurmurHash3's finaliser over both). */
function mixed(channel: number, unit: number): number {
  let k = Math.imul(channel, 0x9e3779b1) ^ unit;
  k = Math.imul(k ^ (k >>> 16), 0x85ebca6b);
  k = Math.imul(k ^ (k >>> 13), 0xc2b2ae35);
  return k ^ (k >>> 16);
}
