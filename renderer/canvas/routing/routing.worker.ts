/**
 * The canvas's routing worker: routes the lines of the active view off the UI thread, so moving a box
 * on a view of thousands of elements never freezes the editor. One long-lived worker; each message is
 * a whole view, the reply every line's polyline and label.
 */
import { computeRoutes } from './compute';
import { fromRouteMessage, type RouteReply, type RouteRequestMessage } from './protocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<RouteRequestMessage>) => void) | null;
  postMessage(message: RouteReply): void;
}

const scope = self as unknown as WorkerScope;
scope.onmessage = (event) => scope.postMessage(computeRoutes(fromRouteMessage(event.data)));
