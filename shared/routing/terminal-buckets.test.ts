import { describe, expect, it } from 'vitest';
import { TerminalBuckets } from './terminal-buckets';

describe('TerminalBuckets', () => {
  // boxes may stand anywhere a finite number reaches (nodeLayoutSchema): units beyond an Int32's range too
  it.each([0, 3e9, -3e9])('finds the same clashing terminal as lists per channel and unit scanned in order, through random moves and the table growing, a terminal that joins a channel twice in it once (x from %d)', (offset) => {
    let s = 5;
    const rand = (n: number) => ((s = (s * 1103515245 + 12345) % 2147483648), (s / 2147483648) * n);
    const n = 300;
    const xs = new Float64Array(n).map(() => offset + rand(200) - 50);
    const owners = new Int32Array(n).map(() => Math.floor(rand(40)));
    const channels = Array.from({ length: n }, () => [...new Set([Math.floor(rand(4)), Math.floor(rand(4))])]);
    // the plain model: per channel, per unit, a list in arrival order
    const lists = new Map<string, number[]>();
    const list = (ch: number, x: number) => {
      const key = `${ch}:${Math.floor(x)}`;
      if (!lists.has(key)) lists.set(key, []);
      return lists.get(key)!;
    };
    const plainClash = (t: number, x: number) => {
      for (const ch of channels[t])
        for (let k = Math.floor(x) - 1; k <= Math.floor(x) + 1; k++)
          for (const o of list(ch, k)) if (o !== t && owners[o] !== owners[t] && Math.abs(xs[o] - x) < 1) return o;
      return -1;
    };
    // room for the memberships and no more: the moves make new buckets, and the table grows
    const buckets = new TerminalBuckets(xs, owners, channels.flat().length);
    channels.forEach((chs, t) =>
      chs.forEach((ch) => {
        buckets.join(t, ch);
        buckets.join(t, ch); // once in each channel
        list(ch, xs[t]).push(t);
      }),
    );
    let clashes = 0;
    for (let step = 0; step < 3000; step++) {
      const t = Math.floor(rand(n));
      const x = step % 4 ? xs[t] + rand(6) - 3 : offset + rand(5000); // now and then far off, into buckets of its own
      const found = buckets.clash(t, x);
      expect(found).toBe(plainClash(t, x));
      if (found !== -1) clashes++;
      if (rand(2) < 1) {
        for (const ch of channels[t]) list(ch, xs[t]).splice(list(ch, xs[t]).indexOf(t), 1);
        buckets.move(t, x);
        for (const ch of channels[t]) list(ch, x).push(t);
      }
    }
    expect(clashes).toBeGreaterThan(100);
  });
});
