/**
 * How many boxes each band of a view holds, for the next free slot of a box added without a
 * position. Counting reads every node of the view (~80 ms at 92,000 boxes), so the counts are
 * remembered by the view's `nodes` object with the elements they were counted with, and an
 * addition hands them on to the view it makes: adding boxes one after another counts once.
 *
 * A view's boxes and the elements are persistent tables (../model/table.ts), so a record of boxes
 * the counts were not handed on to (after an undo, a redo, a move or a removal) is counted from a
 * recent count by the few ids that changed between the two versions. Why: once a view's boxes became
 * a table, adding a data entity to the next free slot of a 92,000-box view after any other edit cost
 * ~80 ms, all of it this count, where every other addition or removal cost ~1 ms.
 */
import { boxIds, knownBoxesTable } from '../model/boxes-record';
import { bandOf } from '../model/kinds';
import type { Element, LakarDocument, View } from '../model/schema';
import type { Table } from '../model/table';
import { BANDS } from '../model/vocabulary';
import { whenDone, type CommandDraft } from './registry';

type Counts = readonly number[];
const counted = new WeakMap<object, { elements: LakarDocument['elements']; counts: Counts }>();

/** Counts made lately (newest first), by tables held weakly: a later version is counted from one of them. */
const recent: { boxes: WeakRef<Table<unknown>>; elements: WeakRef<LakarDocument['elements']>; counts: Counts }[] = [];
const RECENT = 4;
/** Past this many changed ids a walk over every box is as cheap as adjusting by them. */
const MOST_CHANGED = 2_000;

/** Boxes on `nodes` per band (in BANDS order) whose element is in `elements`. */
export function boxesPerBand(nodes: View['nodes'], elements: LakarDocument['elements']): Counts {
  const known = counted.get(nodes);
  if (known && known.elements === elements) return known.counts;
  // a loaded view's plain record has no table until a command or the idle preparation makes one:
  // counting it is the walk over its boxes that making a table would be
  const boxes = knownBoxesTable(nodes);
  const counts = (boxes && countedFromRecent(boxes, elements)) ?? countAll(nodes, elements);
  remember(nodes, boxes, elements, counts);
  return counts;
}

function countAll(nodes: View['nodes'], elements: LakarDocument['elements']): number[] {
  const counts = BANDS.map(() => 0);
  for (const id of boxIds(nodes)) {
    const e = elements.get(id);
    if (e) counts[BANDS.indexOf(bandOf(e.kind))]++;
  }
  return counts;
}

/** The counts of `boxes` with `elements`, from a recent count of versions of the same tables a few changes away; undefined when none is. */
function countedFromRecent(boxes: Table<unknown>, elements: LakarDocument['elements']): number[] | undefined {
  for (const r of recent) {
    const oldBoxes = r.boxes.deref();
    const oldElements = r.elements.deref();
    if (!oldBoxes || !oldElements) continue;
    const movedBoxes = boxes.idsChangedSince(oldBoxes);
    if (!movedBoxes || movedBoxes.size > MOST_CHANGED) continue;
    const changedElements = elements.idsChangedSince(oldElements);
    if (!changedElements || changedElements.size > MOST_CHANGED) continue;
    const counts = [...r.counts];
    // a box counts when its element exists: take each id that may differ out as it was and in as it is
    const bandIn = (table: Table<unknown>, els: LakarDocument['elements'], id: string) => {
      const e: Element | undefined = table.has(id) ? els.get(id) : undefined;
      return e ? BANDS.indexOf(bandOf(e.kind)) : -1;
    };
    for (const id of new Set([...movedBoxes, ...changedElements])) {
      const was = bandIn(oldBoxes, oldElements, id);
      const is = bandIn(boxes, elements, id);
      if (was >= 0) counts[was]--;
      if (is >= 0) counts[is]++;
    }
    return counts;
  }
  return undefined;
}

function remember(nodes: View['nodes'], boxes: Table<unknown> | undefined, elements: LakarDocument['elements'], counts: Counts) {
  counted.set(nodes, { elements, counts });
  if (!boxes) return;
  recent.unshift({ boxes: new WeakRef(boxes), elements: new WeakRef(elements), counts });
  recent.length = Math.min(recent.length, RECENT);
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
    if (view && view.nodes !== before.view.nodes) remember(view.nodes, knownBoxesTable(view.nodes), doc.elements, counts);
  });
}

/**
 * `to` holds the same boxes as `from` (the view stored as drawn: boxes placed anew within their
 * bands), so its counts with `elements` are those of `from` when they are known.
 */
export function handOnCounts(from: View['nodes'], to: View['nodes'], elements: LakarDocument['elements']): void {
  const known = counted.get(from);
  if (known && known.elements === elements && !counted.has(to)) counted.set(to, known);
}
