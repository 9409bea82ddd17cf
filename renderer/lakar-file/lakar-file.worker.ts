/// <reference lib="webworker" />
/**
 * The `.lakar` worker: SQLite (WebAssembly) work on project files, off the page's thread (see
 * engine.ts). Requests are answered in order; a user error keeps its i18n key and parameters.
 */
import { UserError } from '../../shared/ipc/errors';
import { createEngine, type LakarFileEngine } from './engine';
import { loadSqlite } from './load-sqlite';
import type { EngineReply, EngineRequest } from './protocol';
import { fromWire, toWire } from '../../shared/model/wire';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const ready: Promise<LakarFileEngine> = loadSqlite().then(createEngine);

/** Buffers in a result that can move to the page instead of being copied. */
function transferables(result: unknown): Transferable[] {
  const out: Transferable[] = [];
  const r = result as { bytes?: Uint8Array; patch?: { ranges: { data: Uint8Array }[] } } | undefined;
  if (r?.bytes instanceof Uint8Array && r.bytes.byteOffset === 0 && r.bytes.byteLength === r.bytes.buffer.byteLength) out.push(r.bytes.buffer as ArrayBuffer);
  return out;
}

let queue: Promise<unknown> = Promise.resolve();

scope.onmessage = (event: MessageEvent<EngineRequest>) => {
  // documents cross with their tables as records, both ways (shared/model/wire.ts)
  const { seq, method, args } = fromWire(event.data);
  queue = queue.then(async () => {
    let reply: EngineReply;
    try {
      const engine = await ready;
      const result = await (engine[method] as (a: unknown) => Promise<unknown>)(args);
      reply = { seq, ok: true, result: toWire(result) };
      scope.postMessage(reply, transferables(result));
    } catch (e) {
      const error = e instanceof UserError ? { key: e.key, params: e.params as Record<string, string | number> | undefined, message: e.message } : { message: e instanceof Error ? e.message : String(e) };
      reply = { seq, ok: false, error };
      scope.postMessage(reply);
    }
  });
};
