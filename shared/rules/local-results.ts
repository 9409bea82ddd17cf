/**
 * A local rule's results as the incremental checker keeps them between checks (checker.ts): the full
 * check's listing, indexed by anchor and by the elements findings point at the first time an edit
 * needs that, and which anchors an edit reached.
 */
import type { Problem } from './types';
import { anchorIdAt } from './full-pass';
import { AnchorsByPointedElement, type AnchorProblems, type ReachedByKind } from './recheck-reach';

/** A local rule's problems: as listed by a full check (`anchorIdAt` gives the anchor of each, see `LocalListing`), and by anchor once an edit needed that. */
export interface LocalResult {
  /** The full check's chunks; emptied once `byAnchor` is built. */
  chunks: Problem[][];
  anchors: string[] | null;
  byAnchor: Map<string, AnchorProblems> | null;
  /** For a rule naming tops of trees (`pointsAtRootsNamed`): its anchors by the elements their problems point at, built on first use (`pointingIndex`). */
  pointing: AnchorsByPointedElement | null;
}

/** The problems of `result` by anchor, built on first use (a full check lists each anchor's problems together). */
export function byAnchor(result: LocalResult): Map<string, AnchorProblems> {
  if (result.byAnchor) return result.byAnchor;
  const map = new Map<string, AnchorProblems>();
  const anchors = result.anchors;
  // an anchor's problems are listed together, maybe across two chunks
  let id: string | undefined;
  let first: Problem | undefined;
  let more: Problem[] | null = null;
  let i = 0;
  for (const chunk of result.chunks) {
    for (let k = 0; k < chunk.length; k++, i++) {
      const p = chunk[k];
      const at = anchorIdAt(anchors, p, i);
      if (at === id) (more ??= [first!]).push(p);
      else {
        if (id !== undefined) map.set(id, more ?? first!);
        id = at;
        first = p;
        more = null;
      }
    }
  }
  if (id !== undefined) map.set(id, more ?? first!);
  result.byAnchor = map;
  // the map holds every problem now; dropping the chunks lets findings later edits remove be freed
  result.chunks = [];
  result.anchors = null;
  return map;
}

/** The anchors of `result` by the elements their problems point at, built on first use. */
export function pointingIndex(result: LocalResult): AnchorsByPointedElement {
  return (result.pointing ??= new AnchorsByPointedElement(byAnchor(result)));
}

/**
 * Calls `fn` with each anchor of one of `kinds` that a walk reached (`byKind`) at most `steps` away
 * (and in `having`, when given), in the walk's order, until `fn` returns true; says whether one did.
 * One loop for both asking whether an edit reached a rule (`reachesWithin`) and rechecking what it
 * reached, so the two never disagree on what counts as reached.
 */
export function forEachReached(byKind: ReachedByKind, kinds: readonly string[], steps: number, having: ReadonlyMap<string, unknown> | undefined, fn: (id: string) => boolean | void): boolean {
  for (const kind of kinds) {
    const at = byKind.get(kind);
    if (at) for (let i = 0; i < at.ids.length; i++) if (at.steps[i] <= steps && (!having || having.has(at.ids[i])) && fn(at.ids[i]) === true) return true;
  }
  return false;
}

const stop = () => true;

/** True when `byKind` (what a walk reached) holds an anchor of one of `kinds` at most `steps` away (and in `having`, when given). */
export function reachesWithin(byKind: ReachedByKind, kinds: readonly string[], steps: number, having?: ReadonlyMap<string, unknown>): boolean {
  return forEachReached(byKind, kinds, steps, having, stop);
}

export const NO_IDS: readonly string[] = Object.freeze([]);

/** The problems in `scratch`, emptying it. */
export function take(scratch: Problem[]): AnchorProblems {
  if (scratch.length === 1) return scratch.pop()!;
  return scratch.splice(0);
}
