/**
 * Getting a just opened document ready for its first commands in idle time, so that the first edit
 * costs what later ones do (issue 18). Without it, at 100,000 elements the first removal built the
 * index of which relations name each element and the tables' order numbers (~640 ms), and the first
 * command of any kind had immer freeze every view it returns (~100 ms).
 *
 * A view's boxes are frozen a part at a time too: freezing the 91,980 boxes of the varied model's
 * large view at once was one idle part of ~170 ms CPU (`npm run bench -- scale`, "largest idle part"),
 * a stall of the window just after opening where 10 ms was asked.
 *
 * Last, each view is checked to be stored as drawn (normalize.ts `checkStoredAsDrawn`), so that the
 * first move, addition or taller name in it draws again only what it touches, not the whole view; a
 * view that is not has its boxes as drawn made then (./drawn-ahead.ts), which that first command
 * takes whole instead of drawing and storing the whole view (46,707 boxes of the varied 100,000-element
 * model's large view, ~1 s).
 */
import { freeze } from 'immer';
import { adoptPlainBoxesTable, isBoxesRecord } from '../model/boxes-record';
import { Table } from '../model/table';
import type { LakarDocument } from '../model/schema';
import { prepareRemovals } from './element';
import { checkStoredAsDrawn, knownNormalised, type DrawnCheck } from './normalize';
import { drawnAheadOf } from './drawn-ahead';
import { prepareProtection } from '../routing/protection';

/** Boxes frozen between two looks at the time left (~1 ms of work). */
const BOXES_PER_PART = 2_000;
/** Where freezing each loaded record of boxes has got to: its ids, how many of their boxes are frozen, and the table being made of them. */
const freezing = new WeakMap<object, { ids: string[]; done: number; items: Map<string, unknown> }>();

/**
 * Freeze every box of `nodes` (a loaded view's plain record), then the record, while `more()` says
 * there is time; true once done. The record's table is made on the way (../model/boxes-record.ts):
 * the first command on the view would make it in one piece (~75 ms CPU at 92,000 boxes).
 */
function freezeBoxes(nodes: Record<string, unknown>, more: () => boolean): boolean {
  let job = freezing.get(nodes);
  if (!job) freezing.set(nodes, (job = { ids: Object.keys(nodes), done: 0, items: new Map() }));
  const { ids, items } = job;
  while (job.done < ids.length) {
    const end = Math.min(ids.length, job.done + BOXES_PER_PART);
    for (let i = job.done; i < end; i++) {
      const box = nodes[ids[i]];
      freeze(box, true);
      items.set(ids[i], box);
    }
    job.done = end;
    if (end < ids.length && !more()) return false;
  }
  freezing.delete(nodes);
  // the boxes first, the record last: a frozen record is one whose boxes are frozen (immer's freeze stops at it)
  Object.freeze(nodes);
  adoptPlainBoxesTable(nodes, Table.fromMap(items));
  return true;
}

/** Views whose check is under way: its steps. */
const drawnChecks = new WeakMap<object, Generator<void, DrawnCheck, LakarDocument>>();

/**
 * Do that work for `doc` while `more()` says there is time left, a part at a time; true once all is
 * ready (call again in the next idle time while false). Changes nothing a reader of `doc` sees: what
 * a command returns is frozen anyway, and the rest are caches.
 */
export function prepareForCommands(doc: LakarDocument, more: () => boolean = () => true): boolean {
  // every call freezes a view at least (or does the first part of what is left), so idle periods cut short still get it done
  let first = true;
  for (const view of Object.values(doc.views)) {
    // a view's boxes kept in a table were made by a command and refuse writes already (../model/boxes-record.ts)
    if (Object.isFrozen(view) && (isBoxesRecord(view.nodes) || Object.isFrozen(view.nodes))) continue;
    if (!first && !more()) return false;
    first = false;
    if (!isBoxesRecord(view.nodes) && !Object.isFrozen(view.nodes) && !freezeBoxes(view.nodes, more)) return false;
    freeze(view, true);
  }
  return (first || more()) && prepareRemovals(doc, more) && prepareProtection(doc.relations, more) && checkViewsDrawn(doc, more);
}

/**
 * Check every view not known to be stored as drawn, a step at a time while `more()` (see the module
 * comment); true once all are checked. A view not stored as drawn has its boxes as drawn made on the
 * way (./drawn-ahead.ts), and is checked again once they no longer hold (a command changed the
 * elements or relations they were drawn with). A check the document outdated (a command ran) starts again.
 */
function checkViewsDrawn(doc: LakarDocument, more: () => boolean): boolean {
  // every call takes a step at least, so idle periods cut short still get it done
  let stepped = false;
  for (const [viewId, view] of Object.entries(doc.views)) {
    if (knownNormalised(view, doc.elements) || drawnAheadOf(view, viewId, doc.elements, doc.relations)) continue;
    let steps = drawnChecks.get(view);
    if (!steps) drawnChecks.set(view, (steps = checkStoredAsDrawn(doc, viewId)));
    for (;;) {
      if (stepped && !more()) return false;
      stepped = true;
      const r = steps.next(doc);
      if (!r.done) continue;
      drawnChecks.delete(view);
      if (r.value === 'outdated') return false;
      break;
    }
  }
  return true;
}
