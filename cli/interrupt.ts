/**
 * Ctrl+C in the `lakar` CLI. The working process (bin/lakar-child.mjs) installs one SIGINT/SIGTERM
 * handler that raises a stop flag; imports and exports pass `interruptSignal()` to the shared
 * readers and writers, which check it between batches and stop with "cancelled", nothing written.
 * A step that never checks (one long synchronous parse) is ended by the supervisor after its grace
 * period (bin/supervise.mjs). Run in-process (tests), no handler is installed and nothing stops.
 */

const state = { aborted: false };

/** The stop flag the readers and writers check. */
export function interruptSignal(): { readonly aborted: boolean } {
  return state;
}

/** What Ctrl+C does: raise the stop flag (it stays raised: the whole command stops). */
export function raiseInterrupt(): void {
  state.aborted = true;
}

/** Lower the flag again (a host that runs several commands in one process, such as the tests). */
export function clearInterrupt(): void {
  state.aborted = false;
}

/** Raise the stop flag on Ctrl+C or SIGTERM instead of dying at once (the working process only). */
export function installInterruptHandler(): void {
  process.on('SIGINT', raiseInterrupt);
  process.on('SIGTERM', raiseInterrupt);
}
