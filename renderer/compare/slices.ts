/**
 * Long work on the window's thread, done in slices between which the window draws and answers the
 * user: a picked copy of a 100,000-element project is checked beside the open one in 1–2 s of CPU,
 * which in one piece froze the window with nothing shown after the file dialog. The work must stay
 * on this thread: the check makes the copy share the open project's own objects (the merge passes
 * over what is one object on all sides), and objects cannot be shared with a worker.
 */

/** Work done before the window is given its turn: a frame's worth, less what drawing it takes. */
export const SLICE_MS = 12;

/** The next task of the event loop (`scheduler.yield` where there is one, not clamped as nested timeouts are). */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export interface SliceOptions {
  /** Stops the work between two slices: the result is then null. */
  signal?: AbortSignal;
  /** Called after each slice (to show progress). */
  onSlice?: () => void;
  /** Milliseconds of work per slice. */
  sliceMs?: number;
  /** The clock (tests give one that says each step took a slice). */
  now?: () => number;
}

/**
 * The value `steps` returns, taking its steps a slice at a time with a turn of the event loop between
 * slices; null when `signal` stopped it first (the steps are then left where they are, never finished).
 */
export async function runInSlices<R>(steps: Generator<void, R, unknown>, options: SliceOptions = {}): Promise<R | null> {
  const { signal, onSlice, sliceMs = SLICE_MS, now = () => performance.now() } = options;
  // the window's turn first: what started the work (a file just arrived) was one piece already
  await nextTask();
  for (;;) {
    if (signal?.aborted) return null;
    const end = now() + sliceMs;
    let step = steps.next();
    while (!step.done && now() < end) step = steps.next();
    if (step.done) return step.value;
    onSlice?.();
    await nextTask();
  }
}
