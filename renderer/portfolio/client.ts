/**
 * The UI's handle on the portfolio worker: one long-lived worker per open portfolio (it holds the
 * analysed projects), requests answered in order with progress, and cancel, which terminates the
 * worker at once (the portfolio must then be opened again). Without workers (unit tests) the same
 * session runs inline.
 */
import { PortfolioSession, type JobOptions, type PortfolioProgress } from './jobs';
import type { FromPortfolioWorker, PortfolioReply, PortfolioRequest, ToPortfolioWorker } from './protocol';
import { fromWire, toWire } from '../../shared/model/wire';

/** Run one request against a session (in the worker, or inline). */
export async function handleRequest(session: PortfolioSession, request: PortfolioRequest, o: JobOptions): Promise<PortfolioReply> {
  switch (request.type) {
    case 'open':
      return { analysis: await session.open(request.files, o) };
    case 'update':
      return { analysis: await session.update(request.changed, request.removed, o) };
    case 'check':
      o.onProgress({ stage: 'check', done: 0, total: 1 });
      return { problems: session.check(request.doc, request.file) };
    case 'doc':
      return { doc: session.doc(request.file) ?? null };
    case 'report':
      return { pdf: await session.report(request.lang, request.reasons, o) };
  }
}

export type WorkerFactory = () => Worker;

export const defaultPortfolioWorker: WorkerFactory | null =
  typeof Worker === 'undefined' ? null : () => new Worker(new URL('./portfolio.worker.ts', import.meta.url), { type: 'module', name: 'lakar-portfolio' });

interface Pending {
  resolve(reply: PortfolioReply): void;
  reject(error: unknown): void;
  onProgress(p: PortfolioProgress): void;
}

/** A portfolio being analysed in a worker (or inline). */
export class PortfolioClient {
  private worker: Worker | null = null;
  private readonly inline: { session: PortfolioSession; signal: { aborted: boolean } } | null;
  private readonly pending = new Map<number, Pending>();
  private next = 0;
  private closed = false;

  constructor(makeWorker: WorkerFactory | null = defaultPortfolioWorker) {
    if (!makeWorker) {
      this.inline = { session: new PortfolioSession(), signal: { aborted: false } };
      return;
    }
    this.inline = null;
    this.worker = makeWorker();
    this.worker.onmessage = (event: MessageEvent<FromPortfolioWorker>) => {
      // documents cross with their tables as records, both ways (shared/model/wire.ts)
      const msg = fromWire(event.data);
      const p = this.pending.get(msg.id);
      if (!p) return;
      if (msg.type === 'progress') return p.onProgress(msg.progress);
      this.pending.delete(msg.id);
      if (msg.type === 'done') p.resolve(msg.reply);
      else p.reject(msg.error);
    };
    this.worker.onerror = (event) => this.fail({ key: 'portfolio:error.unexpected', params: { message: event.message || 'worker failed' } });
  }

  /** Send `request`; resolves with the reply, rejects with an error payload (`portfolio:error.cancelled` after cancel). */
  request(request: PortfolioRequest, onProgress: (p: PortfolioProgress) => void = () => undefined): Promise<PortfolioReply> {
    if (this.closed) return Promise.reject({ key: 'portfolio:error.cancelled' });
    if (this.inline) return handleRequest(this.inline.session, request, { signal: this.inline.signal, onProgress });
    const id = ++this.next;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, onProgress });
      this.worker!.postMessage(toWire({ id, request } satisfies ToPortfolioWorker));
    });
  }

  /** Stop everything at once: the worker is terminated and every request rejects as cancelled. */
  cancel(): void {
    if (this.inline) this.inline.signal.aborted = true;
    this.fail({ key: 'portfolio:error.cancelled' });
  }

  private fail(error: unknown): void {
    this.closed = true;
    this.worker?.terminate();
    this.worker = null;
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
  }
}
