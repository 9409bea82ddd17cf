/**
 * The live check of the open project. One live checker per open project, fed with the patches of
 * each edit, so a recheck costs in proportion to the edit (about a millisecond on a 10,000-element
 * model). The first edit after a quiet spell is checked on the next tick; while edits keep coming
 * (typing, dragging) the report is refreshed at most every `CHECK_INTERVAL_MS`, so typing never waits
 * on the checker and the findings never lag far behind. Every panel that shows findings (the
 * Problems panel, the markers on the canvas, the inspector's field messages) shares the one checker
 * and the one report: a second reader costs nothing.
 */
import { useEffect } from 'react';
import { create } from 'zustand';
import type { CheckReport } from '../../shared/rules';
import type { LakarDocument } from '../../shared/model';
import { onDocChange, useEditor } from '../state/editor';
import { LiveChecker } from './liveChecker';

/** Shortest time between two checks while edits keep coming, in ms. */
export const CHECK_INTERVAL_MS = 100;

export interface LiveCheck {
  report: CheckReport | null;
  /** An edit is waiting to be checked. */
  pending: boolean;
}

/** Run `fn` when the browser is idle (soon, where it cannot tell); returns the cancel function. */
function whenIdle(fn: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(fn, { timeout: 1000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(fn, 50);
  return () => clearTimeout(id);
}

const useReport = create<{ report: CheckReport | null; checkedDoc: unknown; handle: string | null }>(() => ({ report: null, checkedDoc: null, handle: null }));

/** The checker of the open project and the check waiting to run. */
let live: { handle: string | null; checker: LiveChecker; lastRun: number } | null = null;
let scheduled: { doc: LakarDocument; timer: ReturnType<typeof setTimeout> } | null = null;
let cancelIdle: (() => void) | null = null;
/** Readers mounted; the checker follows edits only while someone reads its findings. */
let readers = 0;
let unsubscribe: (() => void) | null = null;

function schedule(doc: LakarDocument, handle: string | null): void {
  if (scheduled?.doc === doc) return;
  if (scheduled) clearTimeout(scheduled.timer);
  if (!live || live.handle !== handle) live = { handle, checker: new LiveChecker(), lastRun: -Infinity };
  const current = live;
  // a throttle, not a debounce: the wait counts from the last check, not from the last edit
  const wait = Math.max(0, current.lastRun + CHECK_INTERVAL_MS - performance.now());
  cancelIdle?.();
  cancelIdle = null;
  scheduled = {
    doc,
    timer: setTimeout(() => {
      scheduled = null;
      current.lastRun = performance.now();
      useReport.setState({ report: current.checker.check(doc), checkedDoc: doc, handle });
      cancelIdle = whenIdle(() => current.checker.prepare());
    }, wait),
  };
}

/** The current check report of the open project, refreshed right after each edit (throttled while editing). */
export function useCheckReport(): LiveCheck {
  const doc = useEditor((s) => s.history?.doc ?? null);
  const handle = useEditor((s) => s.project?.handle ?? null);
  const state = useReport();

  // every edit's patches go to the checker of the project they belong to, as they happen
  useEffect(() => {
    if (readers++ === 0) unsubscribe = onDocChange((change) => live?.checker.record(change));
    return () => {
      if (--readers === 0) {
        unsubscribe?.();
        unsubscribe = null;
      }
    };
  }, []);

  // also when the document is the one checked last but a check of another is waiting: an undo of an
  // entry of many patches gives back the very document before it (shared/commands/history.ts
  // `HistoryEntry.documents`), and the check of the edit it undid must not be the one shown
  useEffect(() => {
    if (doc && (useReport.getState().checkedDoc !== doc || (scheduled && scheduled.doc !== doc))) schedule(doc, handle);
  }, [doc, handle]);

  if (!doc) return { report: null, pending: false };
  // a report of another project is never shown
  return { report: state.handle === handle ? state.report : null, pending: state.checkedDoc !== doc };
}
