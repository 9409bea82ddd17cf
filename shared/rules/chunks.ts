/**
 * A rule's findings as a list of chunks: the report's per-rule lists. A rule of a large model can
 * hold tens of thousands of findings and a recheck changes a few, so a recheck copies only the
 * chunks it changes (and the short list of chunks), never the rule's whole list; the chunks it
 * leaves are shared with the previous report, which never sees a change (nothing is written in
 * place that a report already holds). Read in order, the chunks are the rule's findings in report order.
 */
import type { Problem } from './types';

/** A rule's findings: its chunks in order. Never changed once a report holds it. */
export type Chunks = readonly (readonly Problem[])[];

/** Largest chunk a check makes; a bigger one (a global rule's whole list) is cut up the first time a recheck changes it. */
export const CHUNK = 512;

export const NO_CHUNKS: Chunks = Object.freeze([]);

/** The chunks of a global rule's list just made: the list itself, not copied. */
export function chunksOf(list: readonly Problem[]): Chunks {
  return list.length ? [list] : NO_CHUNKS;
}

/**
 * A list of findings made in chunks of CHUNK as they are pushed (a full check's list of one rule on
 * one kind): the first chunk grows as an array does, each later one is made at its full size and
 * filled, the last cut to its length (`finish`).
 *
 * Why: a full check's lists grown one finding at a time left behind each smaller copy of themselves
 * (an array grows by half again each time it is full), ~5 MB of garbage per full check of the varied
 * 100,000-element model (185,730 findings; V8 heap sampling), and what a check allocates sets how
 * often the young generation is collected, each collection copying the check's live data. The chunks
 * are also what the report and a recheck keep (a list longer than CHUNK was copied into chunks after
 * the check, before a first edit). A rule with a few findings keeps one short array, as before.
 */
export class ChunkedList {
  readonly chunks: Problem[][] = [];
  /** Findings pushed so far. */
  length = 0;
  private last: Problem[] = [];
  /** Findings in `last`. */
  private inLast = 0;

  push(p: Problem): void {
    if (this.inLast === CHUNK) {
      if (this.length === CHUNK) this.chunks.push(this.last);
      this.chunks.push((this.last = new Array<Problem>(CHUNK)));
      this.inLast = 0;
    }
    // the first chunk grows as pushed, the later ones were made at their size
    if (this.length < CHUNK) this.last.push(p);
    else this.last[this.inLast] = p;
    this.inLast++;
    this.length++;
  }

  /** The finding at `i` (0 ≤ i < length). */
  at(i: number): Problem {
    return i < CHUNK && this.length <= CHUNK ? this.last[i] : this.chunks[Math.floor(i / CHUNK)][i % CHUNK];
  }

  /** The chunks, in order, the last one cut to its findings; no more pushes after. */
  finish(): Problem[][] {
    if (this.length === 0) return [];
    if (this.length <= CHUNK) return [this.last];
    // cut in place: the room left is freed, nothing copied
    this.last.length = this.inLast;
    return this.chunks;
  }
}

/** Copies of `chunk` in pieces of CHUNK findings. */
function cutChunk(chunk: readonly Problem[]): Problem[][] {
  const pieces: Problem[][] = [];
  for (let k = 0; k < chunk.length; k += CHUNK) pieces.push(chunk.slice(k, k + CHUNK));
  return pieces;
}

/** Number of findings in `chunks`. */
export function sizeOf(chunks: Chunks): number {
  let n = 0;
  for (const c of chunks) n += c.length;
  return n;
}

/**
 * New chunks made from `from` by taking findings out and adding findings (last, or next to a
 * finding), copying only the chunks it changes. `result()` is `from` itself when nothing changed.
 */
export class ChunkEditor {
  private spine: Problem[][] | null = null;
  /** Chunks this editor made (its own to change). */
  private readonly owned = new Set<readonly Problem[]>();

  constructor(private readonly from: Chunks) {}

  /** Take `p` out (it is in the chunks: the checker only takes out findings it listed). */
  remove(p: Problem): void {
    const at = this.find(p);
    if (!at) return;
    const spine = this.spine!;
    spine[at[0]].splice(at[1], 1);
    if (!spine[at[0]].length) spine.splice(at[0], 1);
  }

  /** Add `p` after every finding. */
  push(p: Problem): void {
    const spine = this.own();
    let last = spine[spine.length - 1];
    if (!last || last.length >= CHUNK) {
      last = [];
      spine.push(last);
      this.owned.add(last);
    } else if (!this.owned.has(last)) {
      last = last.slice();
      spine[spine.length - 1] = last;
      this.owned.add(last);
    }
    last.push(p);
  }

  /** Put `ps` in the place of `p` (a finding in the chunks; `ps` go last when it is not there). */
  replace(p: Problem, ps: readonly Problem[]): void {
    const at = this.find(p);
    if (!at) {
      for (const x of ps) this.push(x);
      return;
    }
    const spine = this.spine!;
    spine[at[0]].splice(at[1], 1);
    if (ps.length) this.insertAt(at[0], at[1], ps);
    else if (!spine[at[0]].length) spine.splice(at[0], 1);
  }

  /** Add `ps` just after `p` (a finding in the chunks), or first when `p` is undefined. */
  insertAfter(p: Problem | undefined, ps: readonly Problem[]): void {
    if (p === undefined) {
      const first = this.own()[0]?.[0];
      if (!first) for (const x of ps) this.push(x);
      else {
        const at = this.find(first)!;
        this.insertAt(at[0], at[1], ps);
      }
      return;
    }
    const at = this.find(p);
    if (at) this.insertAt(at[0], at[1] + 1, ps);
    else for (const x of ps) this.push(x);
  }

  /** The chunks after the edits (`from` when none). */
  result(): Chunks {
    return this.spine ?? this.from;
  }

  private own(): Problem[][] {
    return (this.spine ??= this.from.slice() as Problem[][]);
  }

  /** Where `p` is, as [chunk, index] in a chunk this editor owns (copied, and cut when long, on first change); undefined when absent. */
  private find(p: Problem): [number, number] | undefined {
    const spine = this.own();
    for (let i = 0; i < spine.length; i++) {
      let at = spine[i].indexOf(p);
      if (at < 0) continue;
      if (!this.owned.has(spine[i])) {
        // copy the chunk, cutting a long one into chunks of CHUNK so that later edits copy little
        const pieces = cutChunk(spine[i]);
        for (const piece of pieces) this.owned.add(piece);
        spine.splice(i, 1, ...pieces);
        i += Math.floor(at / CHUNK);
        at %= CHUNK;
      }
      return [i, at];
    }
    return undefined;
  }

  /** Insert `ps` into owned chunk `i` at `at`; a chunk grown past twice CHUNK is cut again. */
  private insertAt(i: number, at: number, ps: readonly Problem[]): void {
    const spine = this.spine!;
    const chunk = spine[i];
    chunk.splice(at, 0, ...ps);
    if (chunk.length > 2 * CHUNK) {
      const pieces = cutChunk(chunk);
      for (const piece of pieces) this.owned.add(piece);
      spine.splice(i, 1, ...pieces);
    }
  }
}
