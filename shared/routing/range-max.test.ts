import { describe, expect, it } from 'vitest';
import { RangeMax } from './range-max';

describe('RangeMax', () => {
  it('answers every query as a scan of the values written so far does, on random writes and queries', () => {
    let s = 7;
    const rand = (n: number) => ((s = (s * 1103515245 + 12345) % 2147483648), s % n);
    for (const size of [1, 2, 3, 17, 64, 200]) {
      const tree = new RangeMax(size);
      const plain = new Array<number>(size).fill(-1);
      for (let step = 0; step < 400; step++) {
        const a = rand(size);
        const b = a + rand(size - a);
        if (rand(2)) {
          const v = rand(50);
          tree.write(a, b, v);
          for (let i = a; i <= b; i++) plain[i] = Math.max(plain[i], v);
        } else expect(tree.max(a, b)).toBe(Math.max(...plain.slice(a, b + 1)));
      }
    }
  });

  it('finds nothing in an empty range or where nothing was written', () => {
    const tree = new RangeMax(10);
    tree.write(2, 4, 3);
    expect(tree.max(5, 9)).toBe(-1);
    expect(tree.max(4, 3)).toBe(-1);
    expect(tree.max(0, 2)).toBe(3);
  });
});
