/**
 * The model's elements a view does not show, for the view form's list (ViewForm.tsx), without walking
 * the model each time the form shows a view.
 *
 * The form filtered and sorted every element of the model per view shown (and per edit): at 100,000
 * elements, switching views walked and sorted all of them to list 50. Now the list is read from the
 * model tree's sort by band and name (tree/treeModel.ts, made once per elements table and patched
 * after an edit), taking elements until it has enough, and the count comes from the view's boxes.
 */
import { BANDS, type Element, type LakarDocument, type View } from '../../shared/model';
import { boxIds, hasBox } from '../../shared/model/boxes-record';
import type { Lang } from '../../shared/i18n';
import { sortedByBand } from '../tree/treeModel';

/** How many of the model's `elements` a view with boxes `nodes` does not show: their count less the view's boxes of them. */
export function countNotOnView(elements: LakarDocument['elements'], nodes: View['nodes']): number {
  let shown = 0;
  for (const id of boxIds(nodes)) if (elements.has(id)) shown++;
  return elements.size - shown;
}

/**
 * The first `limit` elements of `doc` (all of them without one) that a view with boxes `nodes` does
 * not show, band by band from the top and by name within a band, as the model tree lists them. Walks
 * the sort only as far as it must: to the `limit`-th element not shown.
 */
export function notOnView(doc: LakarDocument, nodes: View['nodes'], lang: Lang, limit = Infinity): Element[] {
  const sorted = sortedByBand(doc, lang);
  const found: Element[] = [];
  for (const band of BANDS) {
    for (const e of sorted.get(band) ?? []) {
      if (found.length >= limit) return found;
      if (!hasBox(nodes, e.id)) found.push(e);
    }
  }
  return found;
}
