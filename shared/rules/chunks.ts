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

/** Largest chunk a recheck makes; a bigger one (a full check's whole list) is cut up the first time a recheck changes it. */
export const CHUNK = 512;

export const NO_CHUNKS: Chunks = Object.freeze([]);

/** The chunks of a list just made (a full check's or a global rule's): the list itself, not copied. */
export function chunksOf(list: readonly Problem[]): Chunks {
  return list.length ? [list] : NO_CHUNKS;
}

/** Copies of `chunk` in pieces of CHUNK findings. */
function cutChunk(chunk: readonly Problem[]): Problem[][] {
  const pieces: Problem[][] = [];
  for (let k = 0; k < chunk.length; k += CHUNK) pieces.push(chunk.slice(k, k + CHUNK));
  return pieces;
}

/** `chunks` with every chunk longer than CHUNK cut (itself when none is), so that a later edit copies little. */
export function cut(chunks: Chunks): Chunks {
  if (chunks.every((c) => c.length <= CHUNK)) return chunks;
  return chunks.flatMap((c) => (c.length <= CHUNK ? [c] : cutChunk(c)));
}

/** Number of findings in `chunks`. */
export function sizeOf(chunks: Chunks): number {
  let n = 0;
  for (const c of chunks) n += c.length;
  return n;
}

/**
 * New chunks made from `from` by taking findings out and adding findings last, copying only the
 * chunks it changes. `result()` is `from` itself when nothing changed.
 */
export class ChunkEditor {
  private spine: Problem[][] | null = null;
  /** Chunks this editor made (its own to change). */
  private readonly owned = new Set<readonly Problem[]>();

  constructor(private readonly from: Chunks) {}

  /** Take `p` out (it is in the chunks: the checker only takes out findings it listed). */
  remove(p: Problem): void {
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
      spine[i].splice(at, 1);
      if (!spine[i].length) spine.splice(i, 1);
      return;
    }
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

  /** The chunks after the edits (`from` when none). */
  result(): Chunks {
    return this.spine ?? this.from;
  }

  private own(): Problem[][] {
    return (this.spine ??= this.from.slice() as Problem[][]);
  }
}
