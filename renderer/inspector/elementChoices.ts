/**
 * What an element picker (ElementPicker.tsx) lists for what the user typed: the model's elements
 * matched by part of the name, in the picker's groups (band or kind), by name, at most `limit` of them.
 *
 * Why not a <select> of every element: at 30,000 elements the inspector's selects made ~30,000
 * <option>s per selected element, so a click in the model tree took 2–4 s (10–15 s with a
 * 27,000-box view open) before the inspector showed the element. The picker shows only matches.
 */
import type { Element, LakarDocument } from '../../shared/model';
import type { Lang } from '../../shared/i18n';
import { fold, sortedByBand } from '../tree/treeModel';

/** Folded name per element object (made once per element, again only when it changes). */
const foldedNames = new WeakMap<Element, string>();

function foldedName(e: Element): string {
  let folded = foldedNames.get(e);
  if (folded === undefined) foldedNames.set(e, (folded = fold(e.name)));
  return folded;
}

export interface ChoiceGroup {
  /** Index of the group in the picker's order (band, or kind of a reference field). */
  group: number;
  items: Element[];
}

export interface Matches {
  groups: ChoiceGroup[];
  /** Elements shown (at most the limit). */
  shown: number;
  /** Elements that match in all. */
  total: number;
}

/**
 * The first `limit` elements of `doc`, in (group, name) order, whose name contains `query` (ignoring
 * case and accents) and that `groupOf` puts in a group (a negative group leaves the element out:
 * another kind, itself). Read from the model tree's sort by band and name (tree/treeModel.ts), made
 * once per elements table and patched after an edit, so opening a picker sorts nothing itself.
 */
export function matchChoices(doc: LakarDocument, lang: Lang, query: string, groupOf: (e: Element) => number, limit: number): Matches {
  const needle = fold(query.trim());
  // per group at most `limit`: the first `limit` of (group, name) order are among them
  const buckets: Element[][] = [];
  let total = 0;
  for (const band of sortedByBand(doc, lang).values()) {
    for (const e of band) {
      const g = groupOf(e);
      if (g < 0 || (needle && !foldedName(e).includes(needle))) continue;
      total++;
      const bucket = (buckets[g] ??= []);
      if (bucket.length < limit) bucket.push(e);
    }
  }
  const groups: ChoiceGroup[] = [];
  let shown = 0;
  buckets.forEach((items, group) => {
    if (shown >= limit || !items?.length) return;
    const take = items.slice(0, limit - shown);
    shown += take.length;
    groups.push({ group, items: take });
  });
  return { groups, shown, total };
}
