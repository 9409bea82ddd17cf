/**
 * The page's side of the `.lakar` worker: `LakarFileEngine` calls as promises. The worker (and the
 * SQLite wasm in it) is started on the first call, so the app pays nothing until a `.lakar` file is
 * opened or saved.
 */
import { UserError } from '../../shared/ipc/errors';
import type { LakarFileEngine } from './engine';
import type { EngineMethod, EngineReply, EngineRequest } from './protocol';
import { fromWire, toWire } from '../../shared/model/wire';

/** The engine in a worker of its own. */
export function workerEngine(start: () => Worker = () => new Worker(new URL('./lakar-file.worker.ts', import.meta.url), { type: 'module' })): LakarFileEngine {
  let worker: Worker | null = null;
  let seq = 0;
  const waiting = new Map<number, { resolve(v: unknown): void; reject(e: unknown): void }>();

  function ensure(): Worker {
    if (worker) return worker;
    const w = start();
    w.onmessage = (event: MessageEvent<EngineReply>) => {
      // documents cross with their tables as records, both ways (shared/model/wire.ts)
      const reply = fromWire(event.data);
      const pending = waiting.get(reply.seq);
      if (!pending) return;
      waiting.delete(reply.seq);
      if (reply.ok) pending.resolve(reply.result);
      else pending.reject(reply.error.key ? new UserError(reply.error.key, reply.error.params) : new Error(reply.error.message));
    };
    w.onerror = (event) => {
      // the worker could not start (wasm refused, out of memory): every waiting call fails with the reason
      const error = new UserError('lakarFile.engineFailed', { message: event.message || 'worker' });
      for (const p of waiting.values()) p.reject(error);
      waiting.clear();
      worker = null;
      w.terminate();
    };
    worker = w;
    return w;
  }

  function call<T>(method: EngineMethod, args: unknown): Promise<T> {
    const w = ensure();
    const request: EngineRequest = { seq: ++seq, method, args: toWire(args) };
    return new Promise<T>((resolve, reject) => {
      waiting.set(request.seq, { resolve: resolve as (v: unknown) => void, reject });
      w.postMessage(request);
    });
  }

  return {
    open: (args) => call('open', args),
    create: (args) => call('create', args),
    save: (args) => call('save', args),
    written: (args) => call('written', args),
    close: (args) => call('close', args),
  };
}
