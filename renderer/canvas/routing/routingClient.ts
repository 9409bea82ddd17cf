/**
 * Asks the routing worker for the routes of a view, newest request first: while the worker is busy
 * only the latest request waits (a burst of edits routes once), and a reply to an older request is
 * still used when nothing newer has arrived (lines settle while the user keeps editing).
 *
 * The worker is sent the view whole once, then only what each edit changed (routeScope.ts), and
 * answers with the lines drawn differently since its last answer (routeSession.ts); a new worker,
 * another view, a failed routing or an edit the worker cannot place sends the view whole again.
 */
import { routeScope, SentScope } from './routeScope';
import { RouteSession } from './routeSession';
import { toRouteMessage, type RouteChanges, type RouteMessage, type RouteReply, type RouteRequest, type RoutedLineMessage } from './protocol';

/** Pause that gathers a burst of edits into one routing. */
const BURST_MS = 60;

export type RouteListener = (reply: RouteChanges | { error: string }, request: RouteRequest) => void;

/** The routing worker, bundled by Vite as a module worker (none in unit tests: work runs inline). */
function makeWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  return new Worker(new URL('./routing.worker.ts', import.meta.url), { type: 'module', name: 'lakar-routing' });
}

export class RoutingClient {
  private worker: Worker | null | undefined;
  /** Routing done inline where there are no workers. */
  private inline: RouteSession | null = null;
  private busy: RouteRequest | null = null;
  private waiting: RouteRequest | null = null;
  private nextId = 1;
  /** What the worker holds (the last request posted to it); null: nothing known, the next goes whole. */
  private sent: SentScope | null = null;
  /** Changes answered for requests overtaken by newer ones: not drawn yet, but the worker's next answer is relative to them. */
  private unshown: { whole: boolean; lines: Map<string, RoutedLineMessage | null> } | null = null;

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
    this.inline = null;
    this.busy = this.waiting = null;
    this.sent = null;
    this.unshown = null;
  }

  /** The message that brings the worker from what it holds to `req`. */
  private messageFor(req: RouteRequest): RouteMessage {
    const base = this.sent?.id;
    const edit = this.sent?.edit(req);
    if (edit && base !== undefined) return { kind: 'edit', id: req.id, base, ...edit };
    // the scope worked out once for both (a walk of every relation of the project)
    const scope = routeScope(req.doc, req.view);
    this.sent = SentScope.of(req, scope);
    return { kind: 'whole', id: req.id, scene: toRouteMessage(req, scope) };
  }

  private pump(): void {
    if (this.busy || !this.waiting) return;
    const req = this.waiting;
    this.waiting = null;
    this.busy = req;
    if (this.worker === undefined) {
      this.worker = makeWorker();
      this.sent = null;
      if (this.worker) {
        this.worker.onmessage = (e: MessageEvent<RouteReply>) => this.done(e.data);
        // a crashed worker leaves the lines straight; the next request starts a new one, sent the view whole
        this.worker.onerror = () => {
          const failed = this.busy;
          this.worker?.terminate();
          this.worker = undefined;
          this.sent = null;
          this.busy = null;
          if (failed) this.listener({ error: 'routing worker failed' }, failed);
          this.pump();
        };
      }
    }
    let message: RouteMessage;
    try {
      message = this.messageFor(req);
    } catch (e) {
      // a request that could not be made into a message: the lines stay as they are and routing goes
      // on (left busy, the canvas would never route again); the next request goes whole
      this.busy = null;
      this.sent = null;
      this.listener({ error: e instanceof Error ? e.message : String(e) }, req);
      return this.pump();
    }
    if (this.worker) this.worker.postMessage(message);
    else {
      const session = (this.inline ??= new RouteSession());
      setTimeout(() => this.done(session.answer(message)), 0);
    }
  }

  private done(reply: RouteReply): void {
    const req = this.busy;
    this.busy = null;
    if (!req || req.id !== reply.id) return this.pump();
    if ('resend' in reply) {
      // the worker did not hold what the edit was made to: send the view whole (unless something newer waits)
      this.sent = null;
      this.waiting ??= req;
    } else if ('error' in reply) {
      this.sent = null;
      this.unshown = null;
      if (this.waiting === null) this.listener(reply, req);
    } else {
      const unshown = reply.whole || !this.unshown ? { whole: reply.whole, lines: new Map<string, RoutedLineMessage | null>() } : this.unshown;
      for (const line of reply.lines) unshown.lines.set(line.id, line);
      for (const id of reply.removed) unshown.lines.set(id, null);
      this.unshown = unshown;
      // a reply overtaken by a newer request is not drawn: its lines would be drawn for old positions
      if (this.waiting === null) {
        this.unshown = null;
        const lines: RoutedLineMessage[] = [];
        const removed: string[] = [];
        for (const [id, line] of unshown.lines) {
          if (line) lines.push(line);
          else removed.push(id);
        }
        try {
          this.listener({ whole: unshown.whole, lines, removed }, req);
        } catch (e) {
          // the lines were not taken in: the next request goes whole, so what is drawn is made anew
          this.sent = null;
          queueMicrotask(() => {
            throw e;
          });
        }
      }
    }
    this.pump();
  }
}
