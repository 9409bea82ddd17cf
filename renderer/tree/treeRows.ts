/**
 * The model tree as a flat list of rows (a band heading, then its elements when the band is open),
 * addressed by index without building a row object per element: a 100,000-element tree is seven
 * offsets and the groups' sorted arrays. Also where keyboard moves land (the ARIA tree pattern).
 */
import type { Band, Element } from '../../shared/model';
import type { TreeGroup } from './treeModel';

const BAND_KEY = 'band:';

export type TreeRow =
  | { type: 'band'; group: TreeGroup; /** Position among the shown bands, from 0. */ pos: number; setSize: number; open: boolean }
  | { type: 'element'; group: TreeGroup; element: Element; /** Position in the band, from 0. */ pos: number };

export interface TreeRows {
  count: number;
  at(index: number): TreeRow;
  /** The row's stable key: `band:` and the band name, or the element id. */
  keyAt(index: number): string;
  /** Index of the row with `key`, or -1 (`hint` is tried first). */
  indexOf(key: string, hint?: number): number;
  /** Index of the heading row of the band holding row `index`. */
  headingOf(index: number): number;
}

/** The rows of `groups` with the bands in `closed` folded. */
export function treeRows(groups: readonly TreeGroup[], closed: ReadonlySet<Band>): TreeRows {
  const starts: number[] = [];
  let count = 0;
  for (const g of groups) {
    starts.push(count);
    count += 1 + (closed.has(g.band) ? 0 : g.items.length);
  }
  const groupOf = (index: number): number => {
    let g = starts.length - 1;
    while (g > 0 && starts[g] > index) g--;
    return g;
  };
  const at = (index: number): TreeRow => {
    const g = groupOf(index);
    const group = groups[g];
    const offset = index - starts[g];
    return offset === 0 ? { type: 'band', group, pos: g, setSize: groups.length, open: !closed.has(group.band) } : { type: 'element', group, element: group.items[offset - 1], pos: offset - 1 };
  };
  const keyAt = (index: number): string => {
    const row = at(index);
    return row.type === 'band' ? BAND_KEY + row.group.band : row.element.id;
  };
  return {
    count,
    at,
    keyAt,
    indexOf(key, hint) {
      if (hint !== undefined && hint >= 0 && hint < count && keyAt(hint) === key) return hint;
      for (let g = 0; g < groups.length; g++) {
        if (BAND_KEY + groups[g].band === key) return starts[g];
        if (closed.has(groups[g].band)) continue;
        const i = groups[g].items.findIndex((e) => e.id === key);
        if (i >= 0) return starts[g] + 1 + i;
      }
      return -1;
    },
    headingOf: (index) => starts[groupOf(index)],
  };
}

/** The index of the next row after `from` (wrapping) whose label starts with `prefix` (already folded), or -1. */
export function typeAhead(rows: TreeRows, from: number, prefix: string, labelOf: (row: TreeRow) => string): number {
  for (let step = 1; step <= rows.count; step++) {
    const i = (from + step) % rows.count;
    if (labelOf(rows.at(i)).startsWith(prefix)) return i;
  }
  return -1;
}
