/**
 * The live check of the open project. One live checker per open project, fed with the patches of
 * each edit, so a recheck costs in proportion to the edit (about a millisecond on a 10,000-element
 * model). The first edit after a quiet spell is checked on the next tick; while edits keep coming
 * (typing, dragging) the panel is refreshed at most every `CHECK_INTERVAL_MS`, so typing never waits
 * on the checker and the findings never lag far behind. Also used by other panels that want the
 * current findings.
 */
import { useEffect, useRef, useState } from 'react';
import type { CheckReport } from '../../shared/rules';
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

/** The current check report of the open project, refreshed right after each edit (throttled while editing). */
export function useCheckReport(): LiveCheck {
  const doc = useEditor((s) => s.history?.doc ?? null);
  const handle = useEditor((s) => s.project?.handle ?? null);
  const live = useRef<{ handle: string | null; checker: LiveChecker; lastRun: number } | null>(null);
  const [state, setState] = useState<{ report: CheckReport | null; checkedDoc: unknown; handle: string | null }>({ report: null, checkedDoc: null, handle: null });

  // every edit's patches go to the checker of the project they belong to, as they happen
  useEffect(() => onDocChange((change) => live.current?.checker.record(change)), []);

  useEffect(() => {
    if (!doc) return;
    if (!live.current || live.current.handle !== handle) live.current = { handle, checker: new LiveChecker(), lastRun: -Infinity };
    const current = live.current;
    // a throttle, not a debounce: the wait counts from the last check, not from the last edit
    const wait = Math.max(0, current.lastRun + CHECK_INTERVAL_MS - performance.now());
    let idle: (() => void) | null = null;
    const timer = setTimeout(() => {
      current.lastRun = performance.now();
      setState({ report: current.checker.check(doc), checkedDoc: doc, handle });
      idle = whenIdle(() => current.checker.prepare());
    }, wait);
    return () => {
      clearTimeout(timer);
      idle?.();
    };
  }, [doc, handle]);

  if (!doc) return { report: null, pending: false };
  // a report of another project is never shown
  return { report: state.handle === handle ? state.report : null, pending: state.checkedDoc !== doc };
}
