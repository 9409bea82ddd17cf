/**
 * The canvas's routing worker: routes the lines of the active view off the UI thread, so moving a box
 * on a view of thousands of elements never freezes the editor. One long-lived worker; it is sent a
 * view whole, then edits of it, and answers with the lines drawn differently (routeSession.ts).
 */
import { RouteSession } from './routeSession';
import type { RouteMessage, RouteReply } from './protocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<RouteMessage>) => void) | null;
  postMessage(message: RouteReply): void;
}

const scope = self as unknown as WorkerScope;
const session = new RouteSession();
scope.onmessage = (event) => scope.postMessage(session.answer(event.data));
