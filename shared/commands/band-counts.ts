/**
 * How many boxes each band of a view holds, for the next free slot of a box added without a
 * position. Counting reads every node of the view (~0.1 s at 92,000 boxes), so the counts are
 * remembered by the view's `nodes` object with the elements they were counted with, and an
 * addition hands them on to the view it makes: adding boxes one after another counts once.
 */
import { boxIds } from '../model/boxes-record';
import { bandOf } from '../model/kinds';
import type { Element, LakarDocument, View } from '../model/schema';
import { BANDS } from '../model/vocabulary';
import { whenDone, type CommandDraft } from './registry';

const counted = new WeakMap<object, { elements: LakarDocument['elements']; counts: readonly number[] }>();

/** Boxes on `nodes` per band (in BANDS order) whose element is in `elements`. */
export function boxesPerBand(nodes: View['nodes'], elements: LakarDocument['elements']): readonly number[] {
  const known = counted.get(nodes);
  if (known && known.elements === elements) return known.counts;
  const counts = BANDS.map(() => 0);
  for (const id of boxIds(nodes)) {
    const e = elements.get(id);
    if (e) counts[BANDS.indexOf(bandOf(e.kind))]++;
  }
  counted.set(nodes, { elements, counts });
  return counts;
}

/**
 * The command running on `draft` adds `element` (new to the elements) to view `viewId`, which was
 * `before` and whose boxes it neither adds nor removes otherwise: the view it makes holds one box
 * more in the element's band. Known only when the counts before were.
 */
export function countAdded(draft: CommandDraft, viewId: string, before: { view: View; elements: LakarDocument['elements'] }, element: Element): void {
  const known = counted.get(before.view.nodes);
  if (!known || known.elements !== before.elements) return;
  const counts = [...known.counts];
  counts[BANDS.indexOf(bandOf(element.kind))]++;
  whenDone(draft, (doc) => {
    const view = doc.views[viewId];
    if (view && view.nodes !== before.view.nodes) counted.set(view.nodes, { elements: doc.elements, counts });
  });
}
