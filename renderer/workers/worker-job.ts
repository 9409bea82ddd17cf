/**
 * Follow one job in a Web Worker: progress, one result or one error, and cancel. Cancel and every
 * ending terminate the worker at once, so a cancelled job writes nothing and the UI thread never
 * waits for it. Export and interchange each describe their own message protocol through `read`.
 * Messages cross by structured clone: a document's tables go as records and come back as tables
 * (shared/model/wire.ts), here for every protocol.
 */
import { fromWire, toWire } from '../../shared/model/wire';

/** A job running in a worker. */
export interface WorkerJob<R> {
  /** Resolves with the result; rejects with the job's error (or `cancelled()` on cancel). */
  result: Promise<R>;
  cancel(): void;
}

/** What one message from the worker means. */
export type WorkerReading<R, P> = { progress: P } | { value: R } | { error: unknown };

/** How to talk to one kind of worker. */
export interface WorkerProtocol<R, P> {
  /** The message that starts the job. */
  start: unknown;
  /** Interpret a message from the worker. */
  read(message: unknown): WorkerReading<R, P>;
  /** The rejection a cancelled job gives. */
  cancelled(): unknown;
  /** The rejection when the worker itself fails (script error, crash). */
  crashed(message: string): unknown;
}

/** Start a job in the worker `makeWorker` creates and follow it until it settles. */
export function followWorker<R, P>(makeWorker: () => Worker, protocol: WorkerProtocol<R, P>, onProgress: (p: P) => void): WorkerJob<R> {
  const worker = makeWorker();
  let settle: { resolve(r: R): void; reject(e: unknown): void } | null = null;
  const result = new Promise<R>((resolve, reject) => (settle = { resolve, reject }));
  // Settles at most once: a late message after cancel or an error is ignored.
  const finish = (fn: (s: NonNullable<typeof settle>) => void) => {
    worker.terminate();
    if (settle) fn(settle);
    settle = null;
  };
  worker.onmessage = (event: MessageEvent<unknown>) => {
    const reading = protocol.read(fromWire(event.data));
    if ('progress' in reading) onProgress(reading.progress);
    else if ('value' in reading) finish((s) => s.resolve(reading.value));
    else finish((s) => s.reject(reading.error));
  };
  worker.onerror = (event) => finish((s) => s.reject(protocol.crashed(event.message || 'worker failed')));
  worker.postMessage(toWire(protocol.start));
  return { result, cancel: () => finish((s) => s.reject(protocol.cancelled())) };
}
