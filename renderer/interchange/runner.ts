/**
 * Start an interchange job in a Web Worker and follow it: progress, cancel, result. Cancel
 * terminates the worker at once; nothing has touched the open project at that point, so a cancelled
 * or failed import leaves it exactly as it was. Without workers (unit tests) the job runs inline.
 */
import { runJob, type InterchangeJob, type JobError, type JobResult } from './jobs';
import type { FromWorker, ToWorker } from './protocol';

export interface RunningJob {
  /** Resolves with the result; rejects with a JobError (`interchange:error.cancelled` on cancel). */
  result: Promise<JobResult>;
  cancel(): void;
}

export type WorkerFactory = () => Worker;

/** The interchange worker, bundled by Vite as a module worker. */
export const defaultWorkerFactory: WorkerFactory | null =
  typeof Worker === 'undefined' ? null : () => new Worker(new URL('./interchange.worker.ts', import.meta.url), { type: 'module', name: 'lakar-interchange' });

const CANCELLED: JobError = { key: 'interchange:error.cancelled' };

/** Run `job` off the UI thread (or inline without workers), reporting progress. */
export function startJob(job: InterchangeJob, onProgress: (p: { phase: string; fraction: number }) => void, makeWorker: WorkerFactory | null = defaultWorkerFactory): RunningJob {
  if (!makeWorker) {
    const signal = { aborted: false };
    return { result: runJob(job, { signal, onProgress }), cancel: () => (signal.aborted = true) };
  }
  const worker = makeWorker();
  let settle: { resolve(r: JobResult): void; reject(e: JobError): void } | null = null;
  const result = new Promise<JobResult>((resolve, reject) => (settle = { resolve, reject }));
  const finish = (fn: (s: NonNullable<typeof settle>) => void) => {
    worker.terminate();
    if (settle) fn(settle);
    settle = null;
  };
  worker.onmessage = (event: MessageEvent<FromWorker>) => {
    const msg = event.data;
    if (msg.type === 'progress') onProgress(msg.progress);
    else if (msg.type === 'done') finish((s) => s.resolve(msg.result));
    else finish((s) => s.reject(msg.error));
  };
  worker.onerror = (event) => finish((s) => s.reject({ key: 'interchange:error.unexpected', params: { message: event.message || 'worker failed' } }));
  worker.postMessage({ type: 'start', job } satisfies ToWorker);
  return { result, cancel: () => finish((s) => s.reject(CANCELLED)) };
}
