/**
 * The interchange worker: parses and maps imported files, writes exports and draws SVG off the UI
 * thread, so a 3 MB model never freezes the editor. One job per worker; Cancel terminates it.
 */
import { runJob, type JobError } from './jobs';
import type { FromWorker, ToWorker } from './protocol';
import { fromWire, toWire } from '../../shared/model/wire';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  // documents cross with their tables as records, both ways (shared/model/wire.ts)
  const { job } = fromWire(event.data);
  runJob(job, { signal: { aborted: false }, onProgress: (progress) => scope.postMessage({ type: 'progress', progress }) })
    .then((result) => scope.postMessage(toWire({ type: 'done', result }), result.kind === 'bytes' ? [result.data.buffer as ArrayBuffer] : []))
    .catch((error: JobError) => scope.postMessage({ type: 'error', error }));
};
