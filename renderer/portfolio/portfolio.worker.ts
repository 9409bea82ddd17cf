/**
 * The portfolio worker: reads, digests, checks and matches the portfolio off the UI thread, and
 * keeps it between messages so a changed file is re-analysed alone. Cancel terminates the worker.
 */
import { handleRequest } from './client';
import { PortfolioSession } from './jobs';
import type { FromPortfolioWorker, ToPortfolioWorker } from './protocol';
import { fromWire, toWire } from '../../shared/model/wire';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ToPortfolioWorker>) => void) | null;
  postMessage(message: FromPortfolioWorker): void;
}

const scope = self as unknown as WorkerScope;
const session = new PortfolioSession();

scope.onmessage = (event) => {
  // documents cross with their tables as records, both ways (shared/model/wire.ts)
  const { id, request } = fromWire(event.data);
  handleRequest(session, request, { signal: { aborted: false }, onProgress: (progress) => scope.postMessage({ id, type: 'progress', progress }) })
    .then((reply) => scope.postMessage(toWire({ id, type: 'done', reply })))
    .catch((error: unknown) => scope.postMessage({ id, type: 'error', error: toError(error) }));
};

function toError(e: unknown): { key: string; params?: Record<string, string | number> } {
  if (e && typeof e === 'object' && 'key' in e && typeof (e as { key: unknown }).key === 'string') return e as { key: string };
  return { key: 'portfolio:error.unexpected', params: { message: e instanceof Error ? e.message : String(e) } };
}
