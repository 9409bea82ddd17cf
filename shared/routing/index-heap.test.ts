import { describe, expect, it } from 'vitest';
import { IndexHeap } from './index-heap';

describe('IndexHeap', () => {
  it('gives items out in the order a sort of what is in it gives, pushes and pops interleaved at random, ties by a second key', () => {
    let s = 11;
    const rand = (n: number) => ((s = (s * 1103515245 + 12345) % 2147483648), s % n);
    const key = Array.from({ length: 500 }, () => rand(20));
    const before = (a: number, b: number) => key[a] < key[b] || (key[a] === key[b] && a < b);
    const heap = new IndexHeap(before);
    const plain: number[] = [];
    let next = 0;
    while (next < key.length || plain.length > 0) {
      if (next < key.length && (plain.length === 0 || rand(3) > 0)) {
        heap.push(next);
        plain.push(next++);
      } else {
        plain.sort((a, b) => (before(a, b) ? -1 : 1));
        expect(heap.pop()).toBe(plain.shift());
      }
      expect(heap.size).toBe(plain.length);
    }
    expect(heap.pop()).toBeUndefined();
  });
});
