/**
 * What an element picker (ElementPicker.tsx) lists for what the user typed: the model's elements by
 * name, matched by part of the name, in the picker's groups (band or kind) and at most `limit` of them.
 *
 * Why not a <select> of every element: at 30,000 elements the inspector's selects made ~30,000
 * <option>s per selected element, so a click in the model tree took 2–4 s (10–15 s with a
 * 27,000-box view open) before the inspector showed the element. The picker shows only matches.
 */
import type { Element, Table } from '../../shared/model';

export interface ElementChoice {
  id: string;
  name: string;
  kind: Element['kind'];
  /** The name lower-cased, to match what was typed. */
  folded: string;
}

/**
 * The model's elements sorted by name, made once per elements table (a new table each edit) and
 * language, and only when a picker is opened: selecting an element costs nothing here.
 */
const byNameCache = new WeakMap<Table<Element>, Map<string, readonly ElementChoice[]>>();

export function elementsByName(elements: Table<Element>, lang: string): readonly ElementChoice[] {
  let perLang = byNameCache.get(elements);
  if (!perLang) byNameCache.set(elements, (perLang = new Map()));
  let list = perLang.get(lang);
  if (!list) {
    // one Collator instead of localeCompare per pair: the same order, several times faster on 100,000 names
    const collator = new Intl.Collator(lang);
    list = elements
      .values()
      .map((e) => ({ id: e.id, name: e.name, kind: e.kind, folded: e.name.toLowerCase() }))
      .sort((a, b) => collator.compare(a.name, b.name));
    perLang.set(lang, list);
  }
  return list;
}

export interface ChoiceGroup {
  /** Index of the group in the picker's order (band, or kind of a reference field). */
  group: number;
  items: ElementChoice[];
}

export interface Matches {
  groups: ChoiceGroup[];
  /** Elements shown (at most the limit). */
  shown: number;
  /** Elements that match in all. */
  total: number;
}

/**
 * The first `limit` elements, in (group, name) order, whose name contains `query` (any case) and
 * that `groupOf` puts in a group (a negative group leaves the element out: another kind, itself).
 */
export function matchChoices(sorted: readonly ElementChoice[], query: string, groupOf: (c: ElementChoice) => number, limit: number): Matches {
  const needle = query.trim().toLowerCase();
  // per group at most `limit`: the first `limit` of (group, name) order are among them
  const buckets: ElementChoice[][] = [];
  let total = 0;
  for (const c of sorted) {
    if (needle && !c.folded.includes(needle)) continue;
    const g = groupOf(c);
    if (g < 0) continue;
    total++;
    const bucket = (buckets[g] ??= []);
    if (bucket.length < limit) bucket.push(c);
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
