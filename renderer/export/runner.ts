/**
 * Start an export job in a Web Worker and follow it: progress, cancel, result. Cancel terminates the
 * worker at once (../workers/worker-job), so nothing is written and the UI thread never waits for jsPDF. Where workers are
 * unavailable (unit tests, very old runtimes) the job runs inline; it still yields between parts.
 */
import { ExportCancelledError, type ExportProgress } from '../../shared/export/pdf';
import { runJob, type ExportJob } from './jobs';
import type { FromWorker, ToWorker } from './protocol';
import { followWorker, type WorkerJob } from '../workers/worker-job';

/** A running export: resolves with the bytes; rejects with ExportCancelledError when cancelled. */
export type RunningExport = WorkerJob<Uint8Array>;

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
  return followWorker<Uint8Array, ExportProgress>(
    makeWorker,
    {
      start: { type: 'start', job } satisfies ToWorker,
      read: (data) => {
        const msg = data as FromWorker;
        if (msg.type === 'progress') return { progress: msg.progress };
        if (msg.type === 'done') return { value: msg.bytes };
        return { error: msg.type === 'cancelled' ? new ExportCancelledError() : new Error(msg.message) };
      },
      cancelled: () => new ExportCancelledError(),
      crashed: (message) => new Error(message),
    },
    onProgress,
  );
}
