/**
 * Reading a second listing of mostly the same ids alongside a first, by position: the documents of
 * a merge (the open project, the common ancestor, their copy) list almost the same elements in the
 * same order, and looking each of 100,000 ids up in each of them cost more than the merge's own work
 * (a lookup in a 100,000-key map is a cache miss or several). Where the listings line up the item is
 * taken from its place; where they do not (an id added or removed on one side) it is looked up.
 */
export class ListingWalk<T> {
  /** The next position of the other listing expected to line up. */
  private at = 0;
  /** The other listing's ids passed over, in its order (ids it has that the first may lack). */
  private readonly passed: string[] = [];

  /** Longest run of ids of the other listing skipped to line up again (ids removed on one side). */
  private static readonly RESYNC = 4;

  constructor(
    private readonly ids: readonly string[],
    private readonly items: readonly (T | undefined)[],
    private readonly lookup: (id: string) => T | undefined,
  ) {}

  /** The other listing's item under `id` (undefined when it has none); ids must be asked in the first listing's order. */
  itemOf(id: string): T | undefined {
    const { ids } = this;
    for (let k = 0; k <= ListingWalk.RESYNC && this.at + k < ids.length; k++) {
      if (ids[this.at + k] !== id) continue;
      for (let s = this.at; s < this.at + k; s++) this.passed.push(ids[s]);
      this.at += k + 1;
      return this.items[this.at - 1];
    }
    return this.lookup(id);
  }

  /** The other listing's ids not met in line, in its order (those the first listing lacks among them); ends the walk. */
  notMet(): string[] {
    for (; this.at < this.ids.length; this.at++) this.passed.push(this.ids[this.at]);
    return this.passed;
  }
}
