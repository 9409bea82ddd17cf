/**
 * The live check of the open project. One incremental checker per open project; after each edit
 * the check waits for a pause in typing (debounce) and then rechecks only what the edit can affect,
 * so typing never waits on the checker. Also used by other panels that want the current findings.
 */
import { useEffect, useRef, useState } from 'react';
import { createChecker, type CheckReport, type IncrementalChecker } from '../../shared/rules';
import { useEditor } from '../state/editor';

/** Pause after the last edit before rechecking, in ms. */
export const CHECK_DEBOUNCE_MS = 150;

export interface LiveCheck {
  report: CheckReport | null;
  /** An edit is waiting to be checked. */
  pending: boolean;
}

/** The current check report of the open project, refreshed shortly after each edit. */
export function useCheckReport(): LiveCheck {
  const doc = useEditor((s) => s.history?.doc ?? null);
  const handle = useEditor((s) => s.project?.handle ?? null);
  const checker = useRef<{ handle: string | null; checker: IncrementalChecker } | null>(null);
  const [state, setState] = useState<{ report: CheckReport | null; checkedDoc: unknown; handle: string | null }>({ report: null, checkedDoc: null, handle: null });

  useEffect(() => {
    if (!doc) return;
    if (!checker.current || checker.current.handle !== handle) checker.current = { handle, checker: createChecker() };
    const current = checker.current.checker;
    // the first check of a project runs on the next tick so opening never blocks; later ones after a pause
    const delay = state.report === null || state.handle !== handle ? 0 : CHECK_DEBOUNCE_MS;
    const timer = setTimeout(() => setState({ report: current.check(doc), checkedDoc: doc, handle }), delay);
    return () => clearTimeout(timer);
    // state is read only to pick the first delay
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [doc, handle]);

  if (!doc) return { report: null, pending: false };
  // a report of another project is never shown
  return { report: state.handle === handle ? state.report : null, pending: state.checkedDoc !== doc };
}
