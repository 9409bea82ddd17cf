/**
 * Start an interchange job in a Web Worker and follow it: progress, cancel, result. Cancel
 * terminates the worker at once; nothing has touched the open project at that point, so a cancelled
 * or failed import leaves it exactly as it was. Without workers (unit tests) the job runs inline.
 */
import { runJob, type InterchangeJob, type JobError, type JobResult } from './jobs';
import type { FromWorker, ToWorker } from './protocol';
import { followWorker, type WorkerJob } from '../workers/worker-job';

/** A running job: resolves with the result; rejects with a JobError (`interchange:error.cancelled` on cancel). */
export type RunningJob = WorkerJob<JobResult>;

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
  return followWorker<JobResult, { phase: string; fraction: number }>(
    makeWorker,
    {
      start: { type: 'start', job } satisfies ToWorker,
      read: (data) => {
        const msg = data as FromWorker;
        if (msg.type === 'progress') return { progress: msg.progress };
        if (msg.type === 'done') return { value: msg.result };
        return { error: msg.error };
      },
      cancelled: () => CANCELLED,
      crashed: (message): JobError => ({ key: 'interchange:error.unexpected', params: { message } }),
    },
    onProgress,
  );
}
