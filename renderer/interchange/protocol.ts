/** Messages between the UI and the interchange worker. */
import type { InterchangeJob, JobError, JobResult } from './jobs';

export type ToWorker = { type: 'start'; job: InterchangeJob };

export type FromWorker =
  | { type: 'progress'; progress: { phase: string; fraction: number } }
  | { type: 'done'; result: JobResult }
  | { type: 'error'; error: JobError };
