/**
 * The findings of one severity group of the Problems panel, read without copying them: the panel
 * shows a page of rows and a count, and a large model's group holds tens of thousands of findings
 * that a recheck mostly leaves as they were. A group is the rules' lists (of the live report's
 * `byRule`) one after the other; a plain array is a FindingList too.
 */
import type { Problem } from '../../shared/rules';

/** What the panel reads of a group's findings. */
export interface FindingList {
  readonly length: number;
  /** The findings from `start` up to `end` (not included), as an array. */
  slice(start: number, end: number): Problem[];
  forEach(fn: (problem: Problem, index: number) => void): void;
}

/** Several lists read as one, in order. */
export class ConcatList implements FindingList {
  readonly length: number;

  constructor(private readonly lists: readonly (readonly Problem[])[]) {
    let n = 0;
    for (const list of lists) n += list.length;
    this.length = n;
  }

  slice(start: number, end: number): Problem[] {
    const out: Problem[] = [];
    let offset = 0;
    for (const list of this.lists) {
      if (offset >= end) break;
      const from = Math.max(start - offset, 0);
      const to = Math.min(end - offset, list.length);
      for (let i = from; i < to; i++) out.push(list[i]);
      offset += list.length;
    }
    return out;
  }

  forEach(fn: (problem: Problem, index: number) => void): void {
    let i = 0;
    for (const list of this.lists) for (const p of list) fn(p, i++);
  }
}
