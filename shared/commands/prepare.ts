/**
 * Getting a just opened document ready for its first commands in idle time, so that the first edit
 * costs what later ones do (issue 18). Without it, at 100,000 elements the first removal built the
 * index of which relations name each element and the tables' order numbers (~640 ms), and the first
 * command of any kind had immer freeze every view it returns (~100 ms).
 */
import { freeze } from 'immer';
import { isBoxesRecord } from '../model/boxes-record';
import type { LakarDocument } from '../model/schema';
import { prepareRemovals } from './element';

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
    freeze(view, true);
    first = false;
  }
  return (first || more()) && prepareRemovals(doc, more);
}
