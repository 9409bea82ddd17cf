/**
 * The subsets of a kind the checker's graph keeps as edits arrive (`ModelGraph.filtered`: open
 * channels, non-citizen target groups…), so a global rule that reads only those costs what they are,
 * not the whole kind, on each recheck.
 */
import type { Element, ElementKind } from '../model/schema';

/** Each kept subset by its test; `members` null when it must be listed again. */
export class Subsets {
  private readonly byTest = new Map<(e: Element) => boolean, { kind: ElementKind; members: Map<string, Element> | null }>();

  /** The elements of `kind` passing `test`, in the order `list` gives them (called only when they must be listed). */
  of(kind: ElementKind, test: (e: Element) => boolean, list: (fn: (e: Element, id: string) => void) => void): ReadonlyMap<string, Element> {
    let subset = this.byTest.get(test);
    if (!subset) this.byTest.set(test, (subset = { kind, members: null }));
    if (!subset.members) {
      const members = new Map<string, Element>();
      list((e, id) => {
        if (test(e)) members.set(id, e);
      });
      subset.members = members;
    }
    return subset.members;
  }

  /**
   * Follow element `id` changing from `before` to `after` in every kept subset. `inPlace`: the
   * document may list a new element other than last (an undo puts a deleted one back where it
   * stood: model/placed.ts), so a subset it joins is listed again rather than appended to.
   */
  update(id: string, before: Element | undefined, after: Element | undefined, inPlace = false) {
    for (const [test, subset] of this.byTest) {
      const members = subset.members;
      if (!members) continue;
      const passes = !!after && after.kind === subset.kind && test(after);
      if (members.has(id)) {
        // still in: replaced in place; out: the others keep their order
        if (passes && before?.kind === after!.kind) members.set(id, after!);
        else if (passes) subset.members = null;
        else members.delete(id);
      } else if (passes) {
        // new to the document: last in the kind's order as in the subset's (unless put back in its
        // place); one that now passes, or joined the kind by changing kind (put in its document
        // place: graph.ts), belongs somewhere in the middle, so the subset is listed again when next read
        if (before !== undefined || inPlace) subset.members = null;
        else members.set(id, after!);
      }
    }
  }
}
