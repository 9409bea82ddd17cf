/**
 * A grouping the checker's graph keeps as edits arrive (e.g. applications by name, for
 * app.duplicateInModel), so a recheck reads the duplicates instead of grouping every element again.
 */
import type { ElementKind } from '../model/schema';

/** Elements of one kind by a key: which ids share a key, kept up to date id by id. */
export class Grouping {
  private readonly keyOfId = new Map<string, string>();
  /**
   * The ids having each key: the id itself while one has it, a set once two have. Why not a set
   * for every key: most keys are one element's (names are mostly distinct), and a set per
   * application was ~1.2 MB per full check of the varied 100,000-element model.
   */
  private readonly byKey = new Map<string, string | Set<string>>();
  /** Keys held by two elements or more. */
  private readonly sharedKeys = new Set<string>();

  constructor(readonly kind: ElementKind) {}

  /** Element `id` now has `key` (undefined: none, or no longer of the kind). */
  move(id: string, key: string | undefined) {
    const was = this.keyOfId.get(id);
    if (was === key) return;
    if (was !== undefined) {
      const ids = this.byKey.get(was)!;
      if (typeof ids === 'string') this.byKey.delete(was);
      else {
        ids.delete(id);
        if (ids.size < 2) this.sharedKeys.delete(was);
        if (!ids.size) this.byKey.delete(was);
      }
      this.keyOfId.delete(id);
    }
    if (key !== undefined) {
      const ids = this.byKey.get(key);
      if (ids === undefined) this.byKey.set(key, id);
      else if (typeof ids === 'string') {
        this.byKey.set(key, new Set([ids, id]));
        this.sharedKeys.add(key);
      } else {
        ids.add(id);
        if (ids.size > 1) this.sharedKeys.add(key);
      }
      this.keyOfId.set(id, key);
    }
  }

  /** The ids of each shared key (new arrays, in no particular order). */
  shared(): string[][] {
    return [...this.sharedKeys].map((key) => [...(this.byKey.get(key) as Set<string>)]);
  }

  /** `shared()` in order: each group's ids by `rank`, the groups by their first id's. */
  sharedInOrder(rank: (id: string) => number): string[][] {
    const groups = this.shared().map((ids) => ids.sort((a, b) => rank(a) - rank(b)));
    return groups.sort((a, b) => rank(a[0]) - rank(b[0]));
  }
}
