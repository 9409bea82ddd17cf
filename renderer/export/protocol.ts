/** Messages between the UI and the export worker. */
import type { ExportProgress } from '../../shared/export/pdf';
import type { ExportJob } from './jobs';

export type ToWorker = { type: 'start'; job: ExportJob } | { type: 'cancel' };

export type FromWorker =
  | { type: 'progress'; progress: ExportProgress }
  | { type: 'done'; bytes: Uint8Array }
  | { type: 'cancelled' }
  | { type: 'error'; message: string };
