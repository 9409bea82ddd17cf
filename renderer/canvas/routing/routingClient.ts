/**
 * Asks the routing worker for the routes of a view, newest request first: while the worker is busy
 * only the latest request waits (a burst of edits routes once), and a reply to an older request is
 * still used when nothing newer has arrived (lines settle while the user keeps editing).
 */
import { toRouteMessage, type RouteReply, type RouteRequest } from './protocol';
import { computeRoutes } from './compute';

/** Pause that gathers a burst of edits into one routing. */
const BURST_MS = 60;

export type RouteListener = (reply: RouteReply, request: RouteRequest) => void;

/** The routing worker, bundled by Vite as a module worker (none in unit tests: work runs inline). */
function makeWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  return new Worker(new URL('./routing.worker.ts', import.meta.url), { type: 'module', name: 'lakar-routing' });
}

export class RoutingClient {
  private worker: Worker | null | undefined;
  private busy: RouteRequest | null = null;
  private waiting: RouteRequest | null = null;
  private nextId = 1;

  constructor(private readonly listener: RouteListener) {}

  private timer: ReturnType<typeof setTimeout> | null = null;

  /**
   * Route `req` (its id is set here); a request still waiting is replaced. Sent after a short pause,
   * so a burst of edits (undo held down, typing) is routed once, not once per step.
   */
  request(req: Omit<RouteRequest, 'id'>): number {
    const full = { ...req, id: this.nextId++ };
    this.waiting = full;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.pump();
    }, BURST_MS);
    return full.id;
  }

  /** Stop the worker (the canvas is gone). */
  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.worker?.terminate();
    this.worker = undefined;
    this.busy = this.waiting = null;
  }

  private pump(): void {
    if (this.busy || !this.waiting) return;
    const req = this.waiting;
    this.waiting = null;
    this.busy = req;
    if (this.worker === undefined) {
      this.worker = makeWorker();
      if (this.worker) {
        this.worker.onmessage = (e: MessageEvent<RouteReply>) => this.done(e.data);
        // a crashed worker leaves the lines straight; the next request starts a new one
        this.worker.onerror = () => {
          const failed = this.busy;
          this.worker?.terminate();
          this.worker = undefined;
          this.busy = null;
          if (failed) this.listener({ id: failed.id, error: 'routing worker failed' }, failed);
          this.pump();
        };
      }
    }
    if (this.worker) this.worker.postMessage(toRouteMessage(req));
    else setTimeout(() => this.done(computeRoutes(req)), 0);
  }

  private done(reply: RouteReply): void {
    const req = this.busy;
    this.busy = null;
    // a reply overtaken by a newer request is dropped: its lines would be drawn for old positions
    if (req && req.id === reply.id && this.waiting === null) this.listener(reply, req);
    this.pump();
  }
}
