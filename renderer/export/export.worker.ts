/**
 * The export worker: builds PDFs (and IDD text) off the UI thread so a long export never blocks
 * the editor. One job per worker; the UI terminates the worker when the job ends or is cancelled.
 */
import { ExportCancelledError } from '../../shared/export/pdf';
import { runJob } from './jobs';
import type { FromWorker, ToWorker } from './protocol';
import { fromWire } from '../../shared/model/wire';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
const signal = { aborted: false };

scope.onmessage = (event) => {
  // the document arrives with its tables as records (shared/model/wire.ts)
  const msg = fromWire(event.data);
  if (msg.type === 'cancel') {
    signal.aborted = true;
    return;
  }
  runJob(msg.job, { signal, onProgress: (progress) => scope.postMessage({ type: 'progress', progress }) })
    .then((bytes) => scope.postMessage({ type: 'done', bytes }, [bytes.buffer]))
    .catch((e: unknown) => scope.postMessage(e instanceof ExportCancelledError ? { type: 'cancelled' } : { type: 'error', message: String((e as Error)?.message ?? e) }));
};
