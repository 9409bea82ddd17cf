/**
 * For a global rule keeping its structure across renames (`pointsAtEveryNamed`), the entries of the
 * structure whose findings point at given elements, found by an index instead of a pass over every
 * entry. A finding of infra.classifiedControlsPartial points at its site and every application of it
 * holding classified data: on the 100,000-element varied model the pass met ~10⁵ ids per rename of
 * an application, ~5 ms of a recheck whose goal is 2 ms (issue 18).
 */

interface PointingIndex<E> {
  readonly entries: readonly E[];
  /** Element id → positions in `entries` of those whose findings point at it, ascending. */
  readonly positions: Map<string, number[]>;
}

/** One index per kept structure: made at the first rename reaching the rule, then read by the next ones. */
const indexes = new WeakMap<object, PointingIndex<unknown>>();

/**
 * The entries of `structure` (listed by `entriesOf`, in the order `run` emits their findings) whose
 * findings point at one of `elements` (`idsOf`: the ids an entry's finding points at), in that order.
 */
export function entriesPointingAt<E>(structure: object, entriesOf: () => readonly E[], idsOf: (entry: E) => readonly string[], elements: ReadonlySet<string>): E[] {
  let index = indexes.get(structure) as PointingIndex<E> | undefined;
  if (!index) {
    const entries = entriesOf();
    const positions = new Map<string, number[]>();
    for (let i = 0; i < entries.length; i++)
      for (const id of idsOf(entries[i])) {
        const list = positions.get(id);
        if (!list) positions.set(id, [i]);
        else if (list[list.length - 1] !== i) list.push(i);
      }
    indexes.set(structure, (index = { entries, positions }));
  }
  const at = new Set<number>();
  for (const id of elements) for (const i of index.positions.get(id) ?? []) at.add(i);
  return [...at].sort((a, b) => a - b).map((i) => index.entries[i]);
}
