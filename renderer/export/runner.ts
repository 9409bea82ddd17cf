/**
 * Start an export job in a Web Worker and follow it: progress, cancel, result. Cancel terminates the
 * worker at once, so nothing is written and the UI thread never waits for jsPDF. Where workers are
 * unavailable (unit tests, very old runtimes) the job runs inline; it still yields between parts.
 */
import { ExportCancelledError, type ExportProgress } from '../../shared/export/pdf';
import { runJob, type ExportJob } from './jobs';
import type { FromWorker, ToWorker } from './protocol';

export interface RunningExport {
  /** Resolves with the bytes; rejects with ExportCancelledError when cancelled. */
  result: Promise<Uint8Array>;
  cancel(): void;
}

export type WorkerFactory = () => Worker;

/** The export worker, bundled by Vite as a module worker. */
export const defaultWorkerFactory: WorkerFactory | null =
  typeof Worker === 'undefined' ? null : () => new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module', name: 'lakar-export' });

/** Run `job` off the UI thread (or inline without workers), reporting progress. */
export function startExport(job: ExportJob, onProgress: (p: ExportProgress) => void, makeWorker: WorkerFactory | null = defaultWorkerFactory): RunningExport {
  if (!makeWorker) {
    const signal = { aborted: false };
    return { result: runJob(job, { signal, onProgress }), cancel: () => (signal.aborted = true) };
  }
  const worker = makeWorker();
  let settle: { resolve(b: Uint8Array): void; reject(e: unknown): void } | null = null;
  const result = new Promise<Uint8Array>((resolve, reject) => (settle = { resolve, reject }));
  const finish = (fn: (s: NonNullable<typeof settle>) => void) => {
    worker.terminate();
    if (settle) fn(settle);
    settle = null;
  };
  worker.onmessage = (event: MessageEvent<FromWorker>) => {
    const msg = event.data;
    if (msg.type === 'progress') onProgress(msg.progress);
    else if (msg.type === 'done') finish((s) => s.resolve(msg.bytes));
    else if (msg.type === 'cancelled') finish((s) => s.reject(new ExportCancelledError()));
    else finish((s) => s.reject(new Error(msg.message)));
  };
  worker.onerror = (event) => finish((s) => s.reject(new Error(event.message || 'export worker failed')));
  worker.postMessage({ type: 'start', job } satisfies ToWorker);
  return { result, cancel: () => finish((s) => s.reject(new ExportCancelledError())) };
}
