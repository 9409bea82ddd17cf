/**
 * A table store's keys sorted by their order numbers (./table-versions.ts), made with the numbers
 * and changed with them, so that the key after a number and the number before one are found in
 * O(log n): where a removed id goes back (the first id after it that stays) and the number an id
 * put back takes (between its follower's and the one before). Both had been found by listing the
 * table or walking every number: ~6.5 ms a removal and ~1.5 ms its undo at 100,000 elements against
 * ~0.5 and ~0.15 ms at 1,000 (bench/scale/removals.ts); now ~0.2 and ~0.07 ms at 100,000.
 *
 * Sorted blocks of at most 2 × BLOCK numbers (each with its keys alongside), found by binary search
 * on their first and last numbers: inserting or deleting moves at most a block's entries (a native
 * memmove), and a new id, the newest, is pushed on the last block. A balanced tree would answer in
 * the same O(log n) with an object per key; the blocks are two arrays per 512 keys.
 *
 * Numbers are distinct within a version, but re-rooting applies a version's differences one by one,
 * so for a moment a number put back may stand beside an equal one (an id placed where a deleted one
 * stood): `remove` finds its key among equal numbers.
 */

const BLOCK = 512;

export class KeysByNumber {
  /** Blocks of rising numbers, none empty; `#keys[b][i]` has number `#numbers[b][i]`. */
  readonly #numbers: number[][] = [];
  readonly #keys: string[][] = [];

  /** `block`: the entries a block starts with, half the most it holds (smaller in tests, to split often). */
  constructor(readonly block = BLOCK) {}

  /** From numbers already rising, each with its key. */
  static fromSorted(numbers: readonly number[], keys: readonly string[], block = BLOCK): KeysByNumber {
    const out = new KeysByNumber(block);
    for (let i = 0; i < numbers.length; i += block) {
      out.#numbers.push(numbers.slice(i, i + block));
      out.#keys.push(keys.slice(i, i + block));
    }
    return out;
  }

  /** `keys` numbered 0, 1, 2, … in their order (a store's numbers as first made). */
  static inOrder(keys: readonly string[], block = BLOCK): KeysByNumber {
    const out = new KeysByNumber(block);
    for (let i = 0; i < keys.length; i += block) {
      const numbers: number[] = [];
      for (let j = i; j < i + block && j < keys.length; j++) numbers.push(j);
      out.#numbers.push(numbers);
      out.#keys.push(keys.slice(i, i + block));
    }
    return out;
  }

  get size(): number {
    let n = 0;
    for (const block of this.#numbers) n += block.length;
    return n;
  }

  add(seq: number, key: string): void {
    const blocks = this.#numbers;
    if (blocks.length === 0) {
      blocks.push([seq]);
      this.#keys.push([key]);
      return;
    }
    // the last block starting at or below `seq` (the first when none does)
    let lo = 0;
    let hi = blocks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (blocks[mid][0] <= seq) lo = mid;
      else hi = mid - 1;
    }
    const numbers = blocks[lo];
    const keys = this.#keys[lo];
    if (seq >= numbers[numbers.length - 1]) {
      numbers.push(seq);
      keys.push(key);
    } else {
      const i = firstAbove(numbers, seq);
      numbers.splice(i, 0, seq);
      keys.splice(i, 0, key);
    }
    if (numbers.length > 2 * this.block) {
      blocks.splice(lo + 1, 0, numbers.splice(this.block));
      this.#keys.splice(lo + 1, 0, keys.splice(this.block));
    }
  }

  /** Take out `key`, which has number `seq`; false when it is not there. */
  remove(seq: number, key: string): boolean {
    const blocks = this.#numbers;
    for (let b = this.#firstEndingAtOrAbove(seq); b < blocks.length; b++) {
      const numbers = blocks[b];
      const keys = this.#keys[b];
      for (let i = firstAtOrAbove(numbers, seq); i < numbers.length; i++) {
        if (numbers[i] !== seq) return false;
        if (keys[i] !== key) continue;
        if (numbers.length === 1) {
          blocks.splice(b, 1);
          this.#keys.splice(b, 1);
        } else {
          numbers.splice(i, 1);
          keys.splice(i, 1);
        }
        return true;
      }
    }
    return false;
  }

  /** The key with the smallest number above `seq`, undefined when none is. */
  keyAfter(seq: number): string | undefined {
    const b = this.#firstEndingAbove(seq);
    if (b === this.#numbers.length) return undefined;
    return this.#keys[b][firstAbove(this.#numbers[b], seq)];
  }

  /** The largest number below `seq`, -Infinity when none is. */
  numberBelow(seq: number): number {
    const blocks = this.#numbers;
    // blocks starting below `seq` come first: the last of them holds the number
    let lo = 0;
    let hi = blocks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (blocks[mid][0] < seq) lo = mid + 1;
      else hi = mid;
    }
    if (lo === 0) return -Infinity;
    const numbers = blocks[lo - 1];
    return numbers[firstAtOrAbove(numbers, seq) - 1];
  }

  /** The first block whose last number is `seq` or more (the count of blocks when none is). */
  #firstEndingAtOrAbove(seq: number): number {
    const blocks = this.#numbers;
    let lo = 0;
    let hi = blocks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const numbers = blocks[mid];
      if (numbers[numbers.length - 1] >= seq) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  /** The first block whose last number is above `seq` (the count of blocks when none is). */
  #firstEndingAbove(seq: number): number {
    const blocks = this.#numbers;
    let lo = 0;
    let hi = blocks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const numbers = blocks[mid];
      if (numbers[numbers.length - 1] > seq) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

/** The first index in rising `numbers` whose number is above `seq` (their length when none is). */
function firstAbove(numbers: readonly number[], seq: number): number {
  let lo = 0;
  let hi = numbers.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (numbers[mid] > seq) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The first index in rising `numbers` whose number is `seq` or more (their length when none is). */
function firstAtOrAbove(numbers: readonly number[], seq: number): number {
  let lo = 0;
  let hi = numbers.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (numbers[mid] >= seq) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
